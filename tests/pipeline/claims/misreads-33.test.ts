// Readings fixed in the thirty-third round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: nationalities listed after «بين القتلى» (nationality-part.ts);
// a labour-force survey's rate among one group (rate-group.ts); no owner guessed from a foreign
// agency for a quake's depth (index.ts); «الفائز» and a court president's name are no one whose votes
// they are (parties.ts, attribution.ts); «فر» as a verb of fleeing, prisoners who flee escape
// (concepts.ts, concept-of.ts); a surplus, and sums in any currency CLDR names (money.ts, lexicon.ts);
// the whole restated after a partitive (definite-numeral.ts, concept-of.ts); a fraction of a group,
// more bodies (index.ts, concept-of.ts); a place's own tally in an outbreak (measure.ts); shares beside
// seats, a party named short, the next in rank (context.ts, share-before-seats.ts, short-party.ts,
// parties.ts); the families' people, a count estimated «بنحو», a toll distributed over places, a
// Romance place name (family-members.ts, modality.ts, distributed.ts, entities.ts); a quoted share, the
// change of prices, a bloc's rate (comparable.ts, rates.ts, scope.ts); a bulleted breakdown (index.ts);
// a field survey's count (modality.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import { bucketOf } from '../../../lib/pipeline/compare/topic';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-11-20'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];

describe('nationalities among the dead', () => {
  it('reads each item of a list after «بين القتلى» as a part of the dead', () => {
    const text = 'وقال المحافظ إن بين القتلى 11 مصريا و12 سوريا.';
    expect(conceptOf(text, 11)).toBe('death:part');
    expect(conceptOf(text, 12)).toBe('death:part');
    // («أن الناجين هم N [nationality] و…»: so after the event's people and «هم».)
    const survivors = 'مشيرة إلى أن الناجين هم 61 غامبيا و19 سنغاليا.';
    expect(conceptOf(survivors, 61)).toBe('rescued:part');
    expect(conceptOf(survivors, 19)).toBe('rescued:part');
  });
});

describe('a labour-force survey’s groups', () => {
  it('keeps each group’s unemployment rate apart from the whole rate and from each other', () => {
    const text = 'وبلغ معدل البطالة 20.9% في الربع الثالث. وبلغ معدل البطالة بين الذكور 18.5% وبين الإناث 32.9%، فيما بقي المعدل بين الشباب عند 44.1%.';
    expect(conceptOf(text, 20.9)).toMatch(/^percent:unemployment(:per|$)/);
    expect(conceptOf(text, 18.5)).toBe('percent:unemployment:among:men');
    expect(conceptOf(text, 32.9)).toBe('percent:unemployment:among:women');
    expect(conceptOf(text, 44.1)).toBe('percent:unemployment:among:youth');
    expect(conceptOf('وبلغ معدل بطالة الشباب 41.3%.', 41.3)).toBe('percent:unemployment:among:youth');
    expect(claimOf(text, 32.9)?.label).toBe('معدل البطالة بين الإناث');
  });
});

describe('whose figure it is', () => {
  it('guesses no country from a foreign agency for a measure of the quake itself', () => {
    expect(ownersOf('وقالت هيئة المسح الجيولوجي الأمريكية إن الزلزال وقع على عمق 16 كيلومترا.', 16)).toEqual([]);
  });

  it('reads «الفائز» after a verb of winning as no party’s name', () => {
    expect(ownersOf('وحصلت المرشحة سلمى نوار على 34.9%، فيما حصد الفائز أكثر من 312 ألف صوت.', 312000)).toEqual([]);
  });

  it('reads a speaker’s name set between commas after the title as the speaker', () => {
    expect(ownersOf('وقالت رئيسة المحكمة، لينا-ماري فوراك، في جلسة علنية، إن الرئيس المنتخب حصل على 305,161 صوتا.', 305161)).toEqual([]);
  });
});

describe('those who fled', () => {
  it('reads «فر» before its subject as fleeing, and prisoners who flee as no displaced', () => {
    expect(conceptOf('وحسب السلطات المحلية، فر نحو 3 آلاف شخص من القرية والقرى المجاورة.', 3000)).toBe('displaced');
    expect(conceptOf('فر 20 سجينا من السجن المركزي.', 20)).toBe('prisoner');
  });
});

describe('an economy’s sums', () => {
  it('reads a surplus as a sum of its own', () => {
    expect(conceptOf('وبلغ فائض الميزان التجاري 12.4 مليار دولار.', 12.4e9)).toBe('money:surplus');
    // («، أي نحو …» in another currency: the same sum converted.)
    expect(conceptOf('وبلغ فائض الميزان التجاري 14.5 مليار رينغيت، أي نحو 3.4 مليار دولار.', 3.4e9)).toBe('money:surplus');
  });

  it('keeps a sum restated in another currency out of its kind’s group (topic.ts)', () => {
    const text = 'وبلغ فائض الميزان التجاري 14.5 مليار رينغيت (نحو 3.4 مليار دولار).';
    const [ringgit, dollars] = [claimOf(text, 14.5e9), claimOf(text, 3.4e9)];
    expect(ringgit?.concept).toBe(dollars?.concept);
    expect(bucketOf(ringgit!)).not.toBe(bucketOf(dollars!));
  });

  it('reads a sum in a currency CLDR names as money, in its code where one country’s', () => {
    const [ringgit] = extractQuantities('بلغ الفائض 12.4 مليار رينغيت');
    expect(ringgit).toMatchObject({ kind: 'money', unit: 'MYR' });
    const [peso] = extractQuantities('بلغت الصادرات 98 مليار بيزو');
    expect(peso).toMatchObject({ kind: 'money', unit: 'بيزو' });
    const [gold] = extractQuantities('وبيع 5 ذهب');
    expect(gold?.kind).not.toBe('money');
  });
});

describe('parts and wholes', () => {
  it('reads the whole restated after «N من الجرحى» as the whole, and the part’s clause past it', () => {
    const text = 'وأشار المسؤول إلى أن 19 من الجرحى السبعة والثلاثين لا يزالون في المستشفى.';
    expect(conceptOf(text, 19)).toBe('injured:treated');
    expect(conceptOf(text, 37)).toBe('injured');
  });

  it('reads a fraction of a group as no count of people', () => {
    expect(conceptOf('واعتبرت زعيمة التحالف أن «ثلثي الناخبين صوتوا ضد الحكومة».', 2 / 3)).toBeNull();
  });

  it('reads «جثث أخرى» as more bodies recovered, not the bodies so far', () => {
    expect(conceptOf('وانتشلت فرق الإنقاذ ثلاث جثث أخرى في القرية.', 3)).toBe('bodies:new');
  });

  it('reads the people of the families just counted as the families’ event', () => {
    expect(conceptOf('ونزحت 1840 أسرة تضم 6,912 شخصا من قراها.', 6912)).toBe('displaced');
    expect(conceptOf('وتضررت 300 أسرة يبلغ عدد أفرادها 1500 فرد.', 1500)).toBe('affected');
  });

  it('reads the items after «توزعت الوفيات على N …:» as the dead of each place', () => {
    const text = 'وتتوزع الوفيات على ثلاثة أقسام إدارية: 23 في نورتا، و7 في كاليمبا، و4 في سوراني.';
    expect(conceptOf(text, 3)).toMatch(/^unit:/);
    expect(conceptOf(text, 7)).toBe('death');
    expect(conceptOf(text, 4)).toBe('death');
  });
});

describe('a bulleted breakdown', () => {
  it('reads the lines under «توزعت الوفيات على … الآتي:» as the dead of the place each line names', () => {
    const text = 'وبحسب المكتب، توزعت الوفيات على ثلاث مديريات على النحو الآتي:\n- نورتا: 12 حالة وفاة\n- كاليمبا: 8 حالات\n- سوراني: حالتان\n\nوأصيب 52 شخصا.';
    const claims = extractClaims(text, { published: '2026-11-20' });
    const of = (v: number): Claim | undefined => claims.find((c) => c.value === v);
    expect(of(8)?.concept).toBe('death');
    expect(of(8)?.places).toEqual(['town:كاليمبا']);
    expect(of(2)?.concept).toBe('death');
    expect(of(52)?.concept).toBe('injured');
  });
});

describe('cases and deaths side by side', () => {
  it('reads «وفاتان» as two deaths, and cases beside the deaths as cases, not both together', () => {
    const [cases, deaths] = extractQuantities('92 إصابة ووفاتان');
    expect(deaths).toMatchObject({ value: 2, kind: 'count' });
    expect(conceptOf('- نورتا: 92 إصابة ووفاتان', 92)).toBe('injured');
    expect(cases?.value).toBe(92);
    expect(conceptOf('وسجلت نورتا 92 إصابة ووفاة واحدة.', 92)).toBe('injured');
    expect(conceptOf('أسفر الهجوم عن 50 قتيلا وجريحا.', 50)).toBe('casualties');
  });
});

describe('a bloc’s figure', () => {
  it('reads a rate «في مجمل دول الاتحاد» as a total over countries', () => {
    expect(claimOf('في وقت لم يتجاوز فيه التضخم في مجمل دول الاتحاد 2.7% في أكتوبر.', 2.7)?.places).toEqual(['total']);
  });
});

describe('an outbreak’s figures', () => {
  it('reads a town that registered cases as its share of the outbreak, not the day’s', () => {
    const text = 'وأعلنت وزارة الصحة أن عدد الإصابات بالكوليرا في منطقة نيرو بلغ 612 حالة. وأوضحت الوزارة أن مدينة نيرو سجلت 398 إصابة.';
    expect(conceptOf(text, 398)).toBe('injured');
  });

  it('reads a field survey’s count as a count, an opinion survey’s share as a poll’s', () => {
    expect(claimOf('وأحصت فرق المسح 268 منزلا متضررا جزئيا.', 268)?.modality).toBe('count');
    expect(claimOf('وأظهر مسح للرأي أن 45% من الناخبين يؤيدون الحزب.', 45)?.modality).toBe('projection');
  });

  it('reads a count «estimated at about» as a count, not a forecast', () => {
    expect(claimOf('غير أن جمعية الهلال قدّرت عدد النازحين بنحو 9 آلاف شخص.', 9000)?.modality).toBe('count');
    expect(claimOf('وقالت الصحيفة إن صفقة انتقاله تقدر بنحو 20 مليونا.', 20e6)?.modality).toBe('projection');
  });
});

describe('a results list', () => {
  it('gives a share in brackets or after a comma the party of the seats before it', () => {
    const text = 'وارتفعت حصيلة الحزب الحاكم إلى 62 مقعدا، بنسبة 33.96% من الأصوات، فيما تراجع تحالف النهر إلى 41 مقعدا (25.94%).';
    expect(ownersOf(text, 33.96)).toEqual(ownersOf(text, 62));
    expect(ownersOf(text, 25.94)).toEqual(ownersOf(text, 41));
    expect(ownersOf(text, 41).length).toBe(1);
  });

  it('gives a share before «و» and seats named for a party that party', () => {
    const text = 'وحصل حزب الوطن على 34.1% من الأصوات و61 مقعدا، مقابل 25.9% و42 مقعدا لتحالف النهر.';
    expect(conceptOf(text, 25.9)).toBe('percent:vote');
    expect(ownersOf(text, 25.9)).toEqual(ownersOf(text, 42));
  });

  it('resolves a party named by its noun alone to the one party of the article so named', () => {
    const text = 'وتصدرت حركة الأفق الوطني الانتخابات بنسبة 44.7% من الأصوات. وبحسب التقديرات، ستحصل الحركة على 50 مقعدا من المقاعد المئة.';
    expect(ownersOf(text, 50)).toEqual(ownersOf(text, 44.7));
    const two = 'وحصلت حركة الأفق على 40 مقعدا، وحصلت حركة السهل على 30 مقعدا. وستحصل الحركة على 50 مقعدا في البرلمان المقبل.';
    expect(ownersOf(two, 50)).toEqual([]);
  });

  it('reads a party’s name of two nouns joined by «و» whole, never a second party', () => {
    expect(ownersOf('وحصل حزب الوطن والتجديد الحاكم على 61 مقعدا.', 61)).toEqual(['person:حزب الوطن والتجديد الحاكم']);
    expect(ownersOf('وحصل حزب الوطن والحزب الاشتراكي على 30 مقعدا.', 30)).not.toContain('person:حزب الوطن والحزب الاشتراكي');
  });

  it('reads the next in rank after «تلته» as a party’s share', () => {
    const text = 'وحلّ الحزب الديمقراطي ثانيا بنسبة 21.3% من الأصوات، تلته الرابطة الخضراء الجديدة بـ16.2%.';
    expect(conceptOf(text, 16.2)).toBe('percent:vote');
    expect(ownersOf(text, 16.2)).toEqual(['person:الرابطه الخضراء الجديده']);
  });
});

describe('economic releases', () => {
  it('reads a share quoted with its preposition as a figure', () => {
    expect(conceptOf('وقالت الرابطة إن أسعار المواد الغذائية ارتفعت «بأكثر من 10%» خلال عام.', 10)).toMatch(/^percent:inflation:food/);
  });

  it('reads a rate named by an indefinite noun before its value («بمعدل إماتة يبلغ»)', () => {
    expect(conceptOf('وبلغ عدد الإصابات 917 حالة، أي بمعدل إماتة يبلغ 2.4%.', 2.4)).toBe('percent:rate:امات');
  });

  it('reads the change of prices as inflation', () => {
    expect(conceptOf('وشمل التصحيح التغير الشهري للأسعار، الذي بات 0.9%.', 0.9)).toMatch(/^percent:inflation/);
  });
});

describe('places', () => {
  it('keeps a Romance place name’s particle and word in its name', () => {
    const text = 'وقتل 6 في مقاطعة فالدا، وشخصان في مقاطعة فالدا دي أورو.';
    expect(claimOf(text, 2)?.places).not.toEqual(claimOf(text, 6)?.places);
  });
});
