// Readings fixed in the thirty-fifth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: a read whose bodies are its dead (compare/bodies.ts); a
// boat that overturned, a drowning (compare/means.ts); an aside with a figure of its own, a verb of
// survival taken for a noun, the head naming the figure's own group, a vessel's capacity
// (concept-of.ts, voyage.ts); a figure corrected in the same sentence (corrected.ts, and
// quantities/read-labels.ts for «الرقم إلى N»); an emergency line's number (comparable.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { bodiesAsDead } from '../../../lib/pipeline/compare/bodies';
import { meansOf } from '../../../lib/pipeline/compare/means';
import { entitiesCompatible } from '../../../lib/pipeline/text/entities';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-11-20' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const read = (text: string) => ({ claims: claimsOf(text), text: () => text });
const deadOf = (texts: string[]): number[] => [...bodiesAsDead(texts.map(read))].filter(([, k]) => k === 'death').map(([c]) => c.value);

describe('bodies recovered and the dead', () => {
  const bodiesOnly = 'انتشلت فرق الإنقاذ 40 جثة إثر غرق قارب قبالة الساحل.';
  const deadOnly = 'ارتفعت حصيلة غرق القارب إلى 48 قتيلا بحسب المنظمة.';

  it('compares a read’s bodies as its dead when a read counting both gives the same figure twice', () => {
    const same = 'غرق قارب قبالة الساحل: أكثر من 45 قتيلا. وبحسب آخر حصيلة، انتشلت فرق الإنقاذ 47 جثة.';
    expect(deadOf([bodiesOnly, deadOnly, same])).toEqual([40]);
  });

  it('and when its bodies, day by day, add up to its toll', () => {
    const parts = 'ارتفعت حصيلة غرق القارب إلى 29 قتيلا. وانتشلت الفرق 21 جثة يوم الأحد. كما انتشلت 8 جثث يوم الاثنين.';
    expect(deadOf([bodiesOnly, deadOnly, parts])).toEqual([40]);
  });

  it('reads a group among the bodies as that group among the dead', () => {
    const withChildren = 'انتشلت فرق الإنقاذ 40 جثة إثر غرق قارب، بينها جثث 7 أطفال.';
    expect(deadOf([withChildren, deadOnly])).toEqual([40]);
    expect([...bodiesAsDead([withChildren, deadOnly].map(read))].find(([c]) => c.value === 7)?.[1]).toBe('death:child');
  });

  it('takes a toll since the season began for no count of this event’s dead', () => {
    const season = 'انتشلت فرق الإنقاذ 14 جثة من تحت الركام. وقالت الشرطة إن الانهيارات أودت بحياة 26 شخصا في الإقليم منذ بداية موسم الأمطار.';
    expect(deadOf([bodiesOnly, deadOnly, season]).sort((a, b) => a - b)).toEqual([14, 40]);
  });

  it('reads a place’s bodies as its dead where the places add up to the read’s toll', () => {
    const byPlace = 'ارتفعت حصيلة الانهيارات الأرضية إلى 20 قتيلا. وقال المتحدث: «انتشلنا حتى الآن 12 جثة في كارابو، و8 في موليندا».';
    expect(deadOf([deadOnly, byPlace]).sort((a, b) => a - b)).toEqual([8, 12]);
  });

  it('keeps bodies apart when a read counts both as two measures', () => {
    const both = 'انتشلت الفرق 7 جثث من الماء، فيما ارتفع عدد الوفيات إلى 12 بعد وفاة آخرين في المستشفى.';
    expect(deadOf([bodiesOnly, deadOnly, both])).toEqual([]);
  });
});

describe('the means of a wreck', () => {
  it('reads a boat that overturned as a drowning, a bus that overturned as a road accident only', () => {
    expect(meansOf('إثر انقلاب قارب خشبي كان يقل مهاجرين').has('drowning')).toBe(true);
    expect(meansOf('إثر انقلاب حافلة على الطريق السريع').has('drowning')).toBe(false);
  });
});

describe('the last few days', () => {
  it('reads a count of the last few days as an added count, not the toll', () => {
    expect(conceptOf('وانتشل الغواصون 13 جثة خلال الأيام الثلاثة الأخيرة.', 13)).toBe('bodies:new');
    expect(conceptOf('وانتشل الغواصون 13 جثة من البحيرة.', 13)).toBe('bodies');
  });
});

describe('those aboard and those who survived', () => {
  it('gives an aside’s own figure the words after it, not the whole before it', () => {
    const s = 'وأوضح أن عدد الركاب هو 64 راكبا، بينهم 37 نجوا من الغرق.';
    expect(conceptOf(s, 64)).toBe('passenger');
    expect(conceptOf(s, 37)).toBe('rescued:part');
  });

  it('still reads the verb after an aside closed by a comma as the whole’s', () => {
    expect(conceptOf('أكد الوزير أن 33 شخصا، بمن فيهم 19 عسكريا، لقوا حتفهم في الحرائق.', 33)).toBe('death');
  });

  it('reads a verb of survival the extractor took for the noun as the survivors', () => {
    expect(conceptOf('وقال إن 37 نجوا من الغرق.', 37)).toBe('rescued');
  });

  it('keeps a group named after «عدد» from the words of a relative clause between', () => {
    expect(conceptOf('وأوضح أن عدد الركاب الذي تأكد بعد مراجعة قوائم المفقودين هو 64 راكبا.', 64) ?? '').not.toMatch(/missing|rescued/);
    expect(conceptOf('ارتفع عدد الركاب القتلى إلى 12 راكبا.', 12)).toBe('death:passenger');
  });

  it('reads a vessel’s capacity as no count of those aboard', () => {
    expect(conceptOf('وكشف التحقيق أن القارب، الذي لا تتجاوز طاقته ثلاثين راكبا، كان يحمل أيضا بضائع.', 30)).toBe('passenger:capacity');
  });
});

describe('a figure corrected in its own sentence', () => {
  it('gives the corrected count the concept of the figure it corrects', () => {
    const s = 'وكان المتحدث باسم الدفاع المدني قد أعلن صباح الجمعة مقتل 27 شخصا، قبل أن يصحح الرقم إلى 25، موضحا أن جثتين احتُسبتا مرتين.';
    expect(conceptOf(s, 25)).toBe('death');
    expect(claimOf(s, 25)?.kind).toBe('count');
  });

  it('and the corrected share', () => {
    const s = 'وكانت رئيسة اللجنة قد أعلنت في البداية أن نسبة المشاركة بلغت 58.2%، قبل أن تصححها بعد نحو ساعة إلى 56.9% من أصل 6,102,337 ناخبا مسجلا.';
    expect(conceptOf(s, 56.9)).toBe('percent:turnout');
  });
});

describe('the sections of a price index', () => {
  it('reads a section named after «قسم» as that section’s rate', () => {
    expect(conceptOf('وبحسب البيانات المعدلة، ارتفع تضخم قسم النقل إلى 4.7% بدلا من 3.9%.', 4.7)).toBe('percent:change:prices:نقل:up');
  });

  it('reads the monthly rate of prices’ rise as inflation on a month’s base', () => {
    expect(conceptOf('وزاد معدل الارتفاع الشهري للأسعار إلى 1.3% بدلا من 0.9%.', 1.3)).toBe('percent:inflation:base:m');
  });

  it('reads the lines of a list of inflation’s sections as each section’s rate', () => {
    const text = 'وتوزعت معدلات التضخم السنوية في أبرز أقسام السلة على النحو التالي:\n- الغذاء والمشروبات: 3.4%\n- النقل: 2.8%\n- التعليم: 6.2%';
    expect(conceptOf(text, 3.4)).toBe('percent:inflation:food');
    expect(conceptOf(text, 2.8)).toBe('percent:change:prices:نقل:up');
    expect(conceptOf(text, 6.2)).toBe('percent:change:prices:تعليم:up');
  });
});

describe('a month in both calendars', () => {
  it('gives the other calendar’s two-word name no room between the rate’s noun and its figure', () => {
    const s = 'وعدّل الجهاز في نشرته الصادرة أمس المعدل السنوي لتضخم أسعار المستهلكين في المدن لشهر أكتوبر/تشرين الأول إلى 9.3%.';
    expect(conceptOf(s, 9.3)).toMatch(/^percent:inflation/);
  });
});

describe('seats and votes', () => {
  it('reads a party named «… من أجل …» as the seats’ owner', () => {
    const c = claimOf('وأظهرت النتائج حصول التحالف من أجل النهضة الريفية على 87 مقعدا.', 87);
    expect(c?.concept).toBe('seat');
    expect(c?.owners).toEqual(['person:تحالف من اجل النهضه الريفيه']);
  });

  it('reads the candidate named after the party a share is given to as its owner', () => {
    const s = 'وحصل مرشح الحزب الحاكم على 48.3% من الأصوات، مقابل 36.2% لمرشحة حزب الفجر الجديد، هالة الراوندي، و9.4% لمرشح حركة الوادي، كريم البستاني.';
    expect(claimOf(s, 9.4)?.owners).toEqual(['person:كريم البستاني']);
    expect(claimOf(s, 36.2)?.owners).toEqual(['person:هاله الراوندي']);
  });

  it('takes a place named with its division word by a list for the place named without it', () => {
    expect(entitiesCompatible('town:قسم كارابو', 'town:كارابو')).toBe(true);
    expect(entitiesCompatible('town:قسم كارابو', 'town:موليندا')).toBe(false);
  });

  it('takes a name without its second surname for the same person, never another’s first name for him', () => {
    expect(entitiesCompatible('person:ماريا لوبيث', 'person:ماريا لوبيث غارثيا')).toBe(true);
    expect(entitiesCompatible('person:ماريا لوبيث', 'person:ماريا فرنانديث')).toBe(false);
  });

  it('reads how many seats short of a majority as a margin, no party’s seats', () => {
    expect(conceptOf('وحصل الحزب على 87 مقعدا، أي أقل بتسعة مقاعد من الأغلبية المطلقة.', 9)).toBe('seat:margin');
  });

  it('reads the items of a list of seats after its whole as seats, a party noun taken for a figure’s noun too', () => {
    const s = 'واستقر الحزب الحاكم عند 19 مقعدا من أصل 41، مقابل 12 للتحالف المدني، و6 لحركة الغد الجديد.';
    expect(conceptOf(s, 41)).toBe('seat:total');
    expect(conceptOf(s, 12)).toBe('seat');
    expect(claimOf(s, 6)?.concept).toBe('seat');
    expect(claimOf(s, 6)?.owners).toEqual(['person:حركه الغد الجديد']);
  });

  it('reads the number a chamber’s seats amount to as the whole', () => {
    expect(conceptOf('وتنافس المرشحون على مقاعد الجمعية الوطنية البالغ عددها 193 مقعدا.', 193)).toBe('seat:total');
  });

  it('keeps local councils’ seats apart from the parliament’s', () => {
    expect(conceptOf('وفي انتخابات المجالس المحلية التي جرت في اليوم نفسه، فاز الحزب بـ318 مقعدا.', 318)).toBe('seat:local');
  });

  it('reads a count out of a whole of things as those things', () => {
    expect(conceptOf('وفق نتائج جزئية بعد فرز الأصوات في 22 من أصل 41 مركز فرز.', 22)).toBe('unit:مركز:part');
  });

  it('reads the one vote over half a majority needs as no figure', () => {
    expect(claimOf('متجاوزا عتبة الخمسين في المئة زائد صوت واحد التي يشترطها الدستور.', 1)?.comparable ?? false).toBe(false);
  });
});

describe('numbers to call', () => {
  it('reads an emergency line’s number as none of the figures compared', () => {
    expect(claimOf('ودعت الشرطة الأسر إلى الاتصال برقم الطوارئ الوطني 112.', 112)?.comparable).toBe(false);
  });
});
