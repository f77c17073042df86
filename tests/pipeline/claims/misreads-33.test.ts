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
    const text = 'وقال المحافظ إن بين القتلى 7 مصريين و9 سوريين.';
    expect(conceptOf(text, 7)).toBe('death:part');
    expect(conceptOf(text, 9)).toBe('death:part');
  });
});

describe('a labour-force survey’s groups', () => {
  it('keeps each group’s unemployment rate apart from the whole rate and from each other', () => {
    const text = 'وبلغ معدل البطالة 17.4% في الربع الثالث. وبلغ معدل البطالة بين الذكور 16.3% وبين الإناث 27.6%، فيما بقي المعدل بين الشباب عند 39.2%.';
    expect(conceptOf(text, 17.4)).toMatch(/^percent:unemployment(:per|$)/);
    expect(conceptOf(text, 16.3)).toBe('percent:unemployment:among:men');
    expect(conceptOf(text, 27.6)).toBe('percent:unemployment:among:women');
    expect(conceptOf(text, 39.2)).toBe('percent:unemployment:among:youth');
    expect(conceptOf('وبلغ معدل بطالة الشباب 41.3%.', 41.3)).toBe('percent:unemployment:among:youth');
    expect(claimOf(text, 27.6)?.label).toBe('معدل البطالة بين الإناث');
  });
});

describe('whose figure it is', () => {
  it('guesses no country from a foreign agency for a measure of the quake itself', () => {
    expect(ownersOf('وقالت هيئة المسح الجيولوجي الأمريكية إن الزلزال وقع على عمق 14 كيلومترا.', 14)).toEqual([]);
  });

  it('reads «الفائز» after a verb of winning as no party’s name', () => {
    expect(ownersOf('وحصلت المرشحة سلمى نوار على 31.5%، فيما حصد الفائز أكثر من 280 ألف صوت.', 280000)).toEqual([]);
  });

  it('reads a speaker’s name set between commas after the title as the speaker', () => {
    expect(ownersOf('وقالت رئيسة المحكمة، لينا-ماري فوراك، في جلسة علنية، إن الرئيس المنتخب حصل على 281,420 صوتا.', 281420)).toEqual([]);
  });
});

describe('those who fled', () => {
  it('reads «فر» before its subject as fleeing, and prisoners who flee as no displaced', () => {
    expect(conceptOf('وحسب السلطات المحلية، فر نحو 4 آلاف شخص من القرية والقرى المجاورة.', 4000)).toBe('displaced');
    expect(conceptOf('فر 20 سجينا من السجن المركزي.', 20)).toBe('prisoner');
  });
});

describe('an economy’s sums', () => {
  it('reads a surplus as a sum of its own', () => {
    expect(conceptOf('وبلغ فائض الميزان التجاري 8.7 مليار دولار.', 8.7e9)).toBe('money:surplus');
    // («، أي نحو …» in another currency: the same sum converted.)
    expect(conceptOf('وبلغ فائض الميزان التجاري 11.2 مليار رينغيت، أي نحو 2.6 مليار دولار.', 2.6e9)).toBe('money:surplus');
  });

  it('keeps a sum restated in another currency out of its kind’s group (topic.ts)', () => {
    const text = 'وبلغ فائض الميزان التجاري 11.2 مليار رينغيت (نحو 2.6 مليار دولار).';
    const [ringgit, dollars] = [claimOf(text, 11.2e9), claimOf(text, 2.6e9)];
    expect(ringgit?.concept).toBe(dollars?.concept);
    expect(bucketOf(ringgit!)).not.toBe(bucketOf(dollars!));
  });

  it('reads a sum in a currency CLDR names as money, in its code where one country’s', () => {
    const [ringgit] = extractQuantities('بلغ الفائض 8.7 مليار رينغيت');
    expect(ringgit).toMatchObject({ kind: 'money', unit: 'MYR' });
    const [peso] = extractQuantities('بلغت الصادرات 98 مليار بيزو');
    expect(peso).toMatchObject({ kind: 'money', unit: 'بيزو' });
    const [gold] = extractQuantities('وبيع 5 ذهب');
    expect(gold?.kind).not.toBe('money');
  });
});

describe('parts and wholes', () => {
  it('reads the whole restated after «N من الجرحى» as the whole, and the part’s clause past it', () => {
    const text = 'وأشار المسؤول إلى أن 12 من الجرحى الخمسة والعشرين لا يزالون في المستشفى.';
    expect(conceptOf(text, 12)).toBe('injured:treated');
    expect(conceptOf(text, 25)).toBe('injured');
  });

  it('reads a fraction of a group as no count of people', () => {
    expect(conceptOf('واعتبرت زعيمة التحالف أن «ثلث الناخبين صوتوا ضد الحكومة».', 1 / 3)).toBeNull();
  });

  it('reads «جثث أخرى» as more bodies recovered, not the bodies so far', () => {
    expect(conceptOf('وانتشلت فرق الإنقاذ ثلاث جثث أخرى في القرية.', 3)).toBe('bodies:new');
  });

  it('reads the people of the families just counted as the families’ event', () => {
    expect(conceptOf('ونزحت 1200 أسرة تضم 5,100 شخص من قراها.', 5100)).toBe('displaced');
    expect(conceptOf('وتضررت 300 أسرة يبلغ عدد أفرادها 1500 فرد.', 1500)).toBe('affected');
  });

  it('reads the items after «توزعت الوفيات على N …:» as the dead of each place', () => {
    const text = 'وتتوزع الوفيات على ثلاثة أقسام إدارية: 14 في نورتا، و6 في كاليمبا، و5 في سوراني.';
    expect(conceptOf(text, 3)).toMatch(/^unit:/);
    expect(conceptOf(text, 6)).toBe('death');
    expect(conceptOf(text, 5)).toBe('death');
  });
});

describe('a bulleted breakdown', () => {
  it('reads the lines under «توزعت الوفيات على … الآتي:» as the dead of the place each line names', () => {
    const text = 'وبحسب المكتب، توزعت الوفيات على ثلاث مديريات على النحو الآتي:\n- نورتا: 11 حالة وفاة\n- كاليمبا: 5 حالات\n- سوراني: حالتان\n\nوأصيب 33 شخصا.';
    const claims = extractClaims(text, { published: '2026-11-20' });
    const of = (v: number): Claim | undefined => claims.find((c) => c.value === v);
    expect(of(5)?.concept).toBe('death');
    expect(of(5)?.places).toEqual(['town:كاليمبا']);
    expect(of(2)?.concept).toBe('death');
    expect(of(33)?.concept).toBe('injured');
  });
});

describe('cases and deaths side by side', () => {
  it('reads «وفاتان» as two deaths, and cases beside the deaths as cases, not both together', () => {
    const [cases, deaths] = extractQuantities('70 إصابة ووفاتان');
    expect(deaths).toMatchObject({ value: 2, kind: 'count' });
    expect(conceptOf('- نورتا: 70 إصابة ووفاتان', 70)).toBe('injured');
    expect(cases?.value).toBe(70);
    expect(conceptOf('وسجلت نورتا 70 إصابة ووفاة واحدة.', 70)).toBe('injured');
    expect(conceptOf('أسفر الهجوم عن 50 قتيلا وجريحا.', 50)).toBe('casualties');
  });
});

describe('a bloc’s figure', () => {
  it('reads a rate «في مجمل دول الاتحاد» as a total over countries', () => {
    expect(claimOf('في وقت لم يتجاوز فيه التضخم في مجمل دول الاتحاد 1.9% في أكتوبر.', 1.9)?.places).toEqual(['total']);
  });
});

describe('an outbreak’s figures', () => {
  it('reads a town that registered cases as its share of the outbreak, not the day’s', () => {
    const text = 'وأعلنت وزارة الصحة أن عدد الإصابات بالكوليرا في منطقة نيرو بلغ 480 حالة. وأوضحت الوزارة أن مدينة نيرو سجلت 250 إصابة.';
    expect(conceptOf(text, 250)).toBe('injured');
  });

  it('reads a field survey’s count as a count, an opinion survey’s share as a poll’s', () => {
    expect(claimOf('وأحصت فرق المسح 190 منزلا متضررا جزئيا.', 190)?.modality).toBe('count');
    expect(claimOf('وأظهر مسح للرأي أن 45% من الناخبين يؤيدون الحزب.', 45)?.modality).toBe('projection');
  });

  it('reads a count «estimated at about» as a count, not a forecast', () => {
    expect(claimOf('غير أن جمعية الهلال قدّرت عدد النازحين بنحو 12 ألف شخص.', 12000)?.modality).toBe('count');
    expect(claimOf('وقالت الصحيفة إن صفقة انتقاله تقدر بنحو 20 مليونا.', 20e6)?.modality).toBe('projection');
  });
});

describe('a results list', () => {
  it('gives a share in brackets or after a comma the party of the seats before it', () => {
    const text = 'وارتفعت حصيلة الحزب الحاكم إلى 58 مقعدا، بنسبة 31.2% من الأصوات، فيما تراجع تحالف النهر إلى 37 مقعدا (22.5%).';
    expect(ownersOf(text, 31.2)).toEqual(ownersOf(text, 58));
    expect(ownersOf(text, 22.5)).toEqual(ownersOf(text, 37));
    expect(ownersOf(text, 37).length).toBe(1);
  });

  it('gives a share before «و» and seats named for a party that party', () => {
    const text = 'وحصل حزب الأرز على 30.4% من الأصوات و55 مقعدا، مقابل 21.7% و35 مقعدا لتحالف النهر.';
    expect(conceptOf(text, 21.7)).toBe('percent:vote');
    expect(ownersOf(text, 21.7)).toEqual(ownersOf(text, 35));
  });

  it('resolves a party named by its noun alone to the one party of the article so named', () => {
    const text = 'وتصدرت حركة الأفق الوطني الانتخابات بنسبة 41.3% من الأصوات. وبحسب التقديرات، ستحصل الحركة على 44 مقعدا من المقاعد المئة.';
    expect(ownersOf(text, 44)).toEqual(ownersOf(text, 41.3));
    const two = 'وحصلت حركة الأفق على 40 مقعدا، وحصلت حركة السهل على 30 مقعدا. وستحصل الحركة على 44 مقعدا في البرلمان المقبل.';
    expect(ownersOf(two, 44)).toEqual([]);
  });

  it('reads a party’s name of two nouns joined by «و» whole, never a second party', () => {
    expect(ownersOf('وحصل حزب العمل والبناء الحاكم على 55 مقعدا.', 55)).toEqual(['person:حزب العمل والبناء الحاكم']);
    expect(ownersOf('وحصل حزب الأرز والحزب الاشتراكي على 30 مقعدا.', 30)).not.toContain('person:حزب الأرز والحزب الاشتراكي');
  });

  it('reads the next in rank after «تلته» as a party’s share', () => {
    const text = 'وحلّ الحزب الديمقراطي ثانيا بنسبة 19.8% من الأصوات، تلته المبادرة الخضراء الجديدة بـ13.4%.';
    expect(conceptOf(text, 13.4)).toBe('percent:vote');
    expect(ownersOf(text, 13.4)).toEqual(['person:المبادره الخضراء الجديده']);
  });
});

describe('economic releases', () => {
  it('reads a share quoted with its preposition as a figure', () => {
    expect(conceptOf('وقالت الرابطة إن أسعار المواد الغذائية ارتفعت «بأكثر من 15%» خلال عام.', 15)).toMatch(/^percent:inflation:food/);
  });

  it('reads a rate named by an indefinite noun before its value («بمعدل إماتة يبلغ»)', () => {
    expect(conceptOf('وبلغ عدد الإصابات 640 حالة، أي بمعدل إماتة يبلغ 1.9%.', 1.9)).toBe('percent:rate:امات');
  });

  it('reads the change of prices as inflation', () => {
    expect(conceptOf('وشمل التصحيح التغير الشهري للأسعار، الذي بات 0.6%.', 0.6)).toMatch(/^percent:inflation/);
  });
});

describe('places', () => {
  it('keeps a Romance place name’s particle and word in its name', () => {
    const text = 'وقتل 6 في مقاطعة فالدا، وشخصان في مقاطعة فالدا دي أورو.';
    expect(claimOf(text, 2)?.places).not.toEqual(claimOf(text, 6)?.places);
  });
});
