// Readings fixed in the twenty-ninth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented places: a speed is no distance (speed.ts); a party's share won
// after its seats, and seats joined to its share (index.ts); a constituency fronted before a share
// (scope-words.ts); a clinic's intake (received.ts); the homeless are displaced (concept-of.ts);
// emigrants and votes from abroad (home-abroad.ts); a bulletin's cases beside its deaths
// (concept-of.ts); one place after a pair of tolls, and a list's line labelled by its place
// (scope.ts); new patients (concept-of.ts); a province's name ends before an adjective of nearness
// (text/entities.ts); those vaccinated (vaccinated.ts); a sector's growth (sector.ts, label.ts) and a
// rate after a year-on-year base (index.ts); those staying in shelters, and those still there (concept-of.ts);
// the ruling party by its qualifier and a party's quoted name that opens with a place's (text/entities.ts);
// buildings damaged after others destroyed (damage.ts); «أجلى» and the areas people come from (concepts.ts,
// concept-of.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';
import { entitiesCompatible } from '../../../lib/pipeline/text/entities';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2025-03-04' }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const placesOf = (text: string, v: number): string[] => claimOf(text, v)?.places ?? [];
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];

describe('a speed', () => {
  const storm = 'وضربت العاصفة الساحل برياح قصوى سرعتها 185 كيلومترا في الساعة وهبات تصل إلى 220 كلم/ساعة، بينما تتحرك بسرعة 14 كم/س نحو الشمال.';
  it('reads a distance per hour as the wind’s, the gusts’ or the storm’s motion, never a distance', () => {
    expect(conceptOf(storm, 185)).toBe('speed:wind');
    expect(conceptOf(storm, 220)).toBe('speed:gust');
    expect(conceptOf(storm, 14)).toBe('speed:movement');
    expect(conceptNoun('speed:wind')).toBe('سرعة الرياح');
  });

  it('reads a vehicle’s speed and a limit apart, and miles an hour apart from kilometres', () => {
    const bus = 'وأوضحت الشرطة أن الحافلة كانت تسير بسرعة 95 كيلومترا في الساعة، متجاوزة السرعة المسموح بها والبالغة 60 كيلومترا في الساعة.';
    expect(conceptOf(bus, 95)).toBe('speed');
    expect(conceptOf(bus, 60)).toBe('speed:limit');
    expect(conceptOf('وبلغت سرعة الرياح 115 ميلا في الساعة.', 115)).toBe('speed:wind:mph');
  });

  it('keeps a distance from a place a distance', () => {
    expect(conceptOf('ووقع الحادث على بعد 40 كيلومترا شمال مدينة بارينا.', 40)).toMatch(/^distance/);
  });
});

describe('a party’s share and seats told together', () => {
  it('gives a share won «بعدما حاز» to the party whose seats came before, past the whole they are counted in', () => {
    const text = 'وأعلنت اللجنة فوز حزب النهضة المدنية بـ71 مقعدا من أصل 180 مقعدا، بعدما حاز 38,2 في المائة من الأصوات.';
    expect(ownersOf(text, 38.2)).toEqual(ownersOf(text, 71));
    expect(ownersOf(text, 71)).toEqual(['person:حزب النهضه المدنيه']);
  });

  it('never gives the share of a rival a relative clause names to the winner', () => {
    const text = 'وحصل حزب النهضة المدنية على 71 مقعدا، متقدما على منافسه الذي نال 24.5%.';
    expect(ownersOf(text, 24.5)).not.toContain('person:حزب النهضه المدنيه');
  });

  it('gives the seats joined to a party’s share to that party', () => {
    const text = 'ونالت كتلة الأرض والعمل 22.4% من الأصوات و27 مقعدا، فيما حصل حزب الفجر على 9 مقاعد.';
    expect(ownersOf(text, 27)).toEqual(ownersOf(text, 22.4));
    expect(ownersOf(text, 27).length).toBe(1);
  });
});

describe('places and groups of an election', () => {
  it('reads a constituency fronted before a sentence of shares as their place', () => {
    const text = 'وفي دائرة فيينا، التي تنتخب 12 نائبا، تقدم حزب الفجر بنسبة 31.5% من الأصوات.';
    expect(placesOf(text, 31.5)).toEqual(['city:atvie']);
  });

  it('reads emigrants registered to vote and votes from abroad as abroad', () => {
    expect(conceptOf('وقالت اللجنة إن الأصوات جاءت من أصل 140,200 مغترب سجلوا للتصويت بالبريد.', 140200)).toBe('voter:registered:abroad');
    expect(conceptOf('ووصل إلى مركز الفرز نحو 120 ألف صوت بريدي من الخارج.', 120000)).toBe('votes:abroad');
    expect(conceptOf('وشكلت الأصوات الواردة من الخارج، وعددها 118,300 صوتا، نحو 9% من المجموع.', 118300)).toBe('votes:abroad');
    expect(conceptOf('وحصل حزب الفجر على 118,300 صوت.', 118300)).toBe('votes');
  });
});

describe('tolls and their places', () => {
  it('reads what a clinic received as its intake, its name and town between the verb and the figure', () => {
    expect(conceptOf('فيما استقبلت عيادة خاصة في المدينة 6 مصابين بجروح طفيفة.', 6)).toBe('injured:received');
    expect(conceptOf('في حين استقبل مستشفى الرحمة في بلدة تاروما 13 مصابا.', 13)).toBe('injured:received');
  });

  it('reads people left homeless as displaced, past the families they belong to', () => {
    const text = 'وأضاف أن 38 شخصا أصيبوا بجروح، وأن نحو 4500 شخص من نحو 900 أسرة باتوا بلا مأوى.';
    expect(conceptOf(text, 4500)).toBe('displaced');
    expect(conceptOf(text, 38)).toBe('injured');
  });

  it('reads a bulletin’s cases beside its deaths as the sick', () => {
    expect(conceptOf('وسجلت الوزارة 312 حالة و7 وفيات في الإقليم.', 312)).toBe('injured');
    expect(conceptOf('وسجلت الوزارة 52 حالة ووفاتان.', 52)).toBe('injured');
    expect(conceptOf('وسجلت الشرطة 312 حالة منذ بداية العام.', 312)).toBeNull();
  });

  it('gives the place after a pair of tolls to both', () => {
    const text = 'وأسفرت الاشتباكات عن 14 قتيلا و31 جريحا في مارونا، و3 قتلى و8 جرحى في بلدة تاروما.';
    expect(placesOf(text, 14)).toEqual(placesOf(text, 31));
    expect(placesOf(text, 14).length).toBe(1);
    expect(placesOf(text, 3)).toEqual(placesOf(text, 8));
    expect(placesOf(text, 3)).not.toEqual(placesOf(text, 14));
  });

  it('reads a list’s line labelled by a rare name before a colon as that place', () => {
    expect(placesOf('- كاسيلو: 640 حالة و12 وفاة', 640)).toEqual(['town:كاسيلو']);
    expect(placesOf('- كاسيلو: 640 حالة و12 وفاة', 12)).toEqual(['town:كاسيلو']);
    expect(placesOf('المصدر: 640 حالة و12 وفاة', 640)).toEqual([]);
  });

  it('reads new patients as the day’s, not those in hospital', () => {
    expect(conceptOf('وأضافت المديرية أن 1,230 مريضا جديدا أدخلوا المستشفيات.', 1230)).toBe('patient:new');
    expect(conceptOf('وقالت الوزارة إن 4 آلاف مريض يتلقون العلاج.', 4000)).not.toBe('patient:new');
  });
});

describe('a province named with an adjective after it', () => {
  it('ends the name before «المجاورة»', () => {
    expect(placesOf('تلتها مقاطعة كاسيلو المجاورة بـ187 إصابة و7 وفيات.', 187)).toEqual(['place:كاسيلو']);
  });
});

describe('those vaccinated', () => {
  it('reads people a vaccine reached, before or after the verb, and children vaccinated', () => {
    expect(conceptOf('وتلقى 246,500 شخص جرعة من اللقاح الفموي حتى الآن.', 246500)).toBe('vaccinated');
    expect(conceptOf('وأعلنت الوزارة أن نحو 310 آلاف شخص تلقوا اللقاح.', 310000)).toBe('vaccinated');
    expect(conceptOf('وأطلقت السلطات حملة تطعيم استفاد منها حتى الآن أكثر من 210 آلاف شخص.', 210000)).toBe('vaccinated');
    expect(conceptOf('وتم تطعيم 40 ألف طفل.', 40000)).toBe('vaccinated:child');
  });

  it('reads neither the doses shipped nor people who received aid', () => {
    expect(conceptOf('ووصلت 600 ألف جرعة إلى البلاد.', 600000)).toBe('dose');
    expect(conceptOf('وتلقى 5 آلاف شخص مساعدات غذائية.', 5000)).not.toBe('vaccinated');
  });
});

describe('a sector’s growth', () => {
  const text = 'ونما الاقتصاد بنسبة 3% مقارنة بالفترة نفسها من العام الماضي، مدعوما بتوسع القطاعات غير النفطية بنسبة 4.6%، مقابل انكماش القطاع النفطي بنسبة 1.7%.';
  it('reads each sector’s rate apart from the economy’s, a fall apart from a rise, after a year-on-year base', () => {
    expect(conceptOf(text, 4.6)).toMatch(/^percent:growth:sector:غير-/);
    expect(conceptOf(text, 1.7)).toMatch(/^percent:growth:sector:[^:-]+:down/);
    expect(conceptOf(text, 3)).toMatch(/^percent:growth(:|$)/);
    expect(conceptOf(text, 3)).not.toMatch(/sector/);
  });

  it('keys one sector alike in the singular and the plural, and labels it in the article’s words', () => {
    expect(conceptOf('وسجل القطاع غير النفطي نموا بنسبة 4.1%.', 4.1)).toBe(conceptOf(text, 4.6));
    expect(claimOf(text, 4.6)?.label).toBe('نمو القطاعات غير النفطية');
  });

  it('reads neither a sector’s share of the economy nor a place called a strip', () => {
    expect(conceptOf('وتشكل القطاعات غير النفطية نحو 84% من الناتج.', 84) ?? '').not.toMatch(/sector/);
    expect(conceptOf('وارتفع عدد المصابين في قطاع غزة بنسبة 20%.', 20) ?? '').not.toMatch(/sector/);
  });
});

describe('those in shelters', () => {
  it('reads people staying in shelters as sheltered, and those still there as a later stock', () => {
    const text = 'وبلغ عدد النازحين 7,200 شخص، يقيم 3,100 منهم في 52 مأوى مؤقتا.';
    expect(conceptOf(text, 3100)).toBe('sheltered');
    expect(conceptOf('وبلغ عدد النازحين 9,400 شخص، لا يزال 2,300 منهم في مراكز الإيواء.', 2300)).toBe('sheltered:still');
    expect(conceptOf('وبلغ عدد النازحين 7,200 شخص، يقيم 3,100 منهم في منازل أقاربهم.', 3100)).not.toBe('sheltered');
    expect(conceptOf('وأضاف أن أكثر من 9 آلاف شخص أمضوا الليل في 310 مراكز إيواء.', 9000)).toBe('sheltered');
  });
});

describe('parties named by a qualifier or a quoted name', () => {
  it('reads «الحزب الحاكم» as the party whose full name ends with the same qualifier, not another party', () => {
    expect(entitiesCompatible('person:حزب الحاكم', 'person:حزب النهضه المدنيه الحاكم')).toBe(true);
    expect(entitiesCompatible('person:حزب الحاكم', 'person:حزب النهضه المدنيه')).toBe(false);
    expect(entitiesCompatible('person:حزب الحاكم', 'person:تحالف الحاكم')).toBe(false);
  });

  it('reads a quoted name that opens with a country’s as a party, and a quoted country alone as the country', () => {
    const text = 'ونال تحالف الفجر 31.4% من الأصوات و44 مقعدا، وحركة «ألبانيا الجديدة» 6.2% و7 مقاعد.';
    // (Keyed with its party noun since the thirty-fourth round, quoted names read by parties.ts; the
    // same party as «ألبانيا الجديدة» alone, entitiesCompatible.)
    expect(ownersOf(text, 6.2)).toEqual(['person:حركه البانيا الجديده']);
    expect(ownersOf(text, 7)).toEqual(['person:حركه البانيا الجديده']);
    expect(entitiesCompatible('person:حركه البانيا الجديده', 'person:البانيا الجديده')).toBe(true);
    expect(ownersOf('وحصلت «ألبانيا» على 12 ميدالية.', 12)).not.toContain('person:البانيا');
  });
});

describe('buildings destroyed, then others damaged', () => {
  it('reads the kind nearest before the figure, not the earlier figure’s «بالكامل», and keeps «أو» both', () => {
    const text = 'فيما دمرت السيول 140 منزلا بالكامل وألحقت أضرارا بأكثر من 900 منزل آخر.';
    expect(conceptOf(text, 140)).toBe('building:destroyed');
    expect(conceptOf(text, 900)).toBe('building:damaged');
    expect(conceptOf('ودمر الزلزال أو ألحق أضرارا بـ 2000 مبنى.', 2000)).toBe('building:destroyed-or-damaged');
  });
});

describe('the evacuated and where they came from', () => {
  it('reads «أجلى» past the words between, and «من المناطق» as where those counted come from', () => {
    expect(conceptOf('وكان الدفاع المدني قد أجلى قبل وصول العاصفة أكثر من 180 ألف شخص من المناطق الساحلية.', 180000)).toBe('evacuated');
    expect(conceptOf('وأجلى الدفاع المدني 3 آلاف شخص.', 3000)).toBe('evacuated');
  });
});
