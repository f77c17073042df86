// Causes of mixed cards read on the stream's own stories (eval/stream-audit.ts): each a general
// phrasing of Arabic news, tested on invented sentences. A figure that is not the story's, or that
// counts another thing, never reaches a card under the story's concept.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const PUBLISHED = '2024-06-10';
const byValue = (text: string, v: number): Claim | undefined => extractClaims(text, { published: PUBLISHED }).find((c) => c.value === v && c.comparable);
const concept = (text: string, v: number): string | null => byValue(text, v)?.concept ?? null;

describe('a value word names the thing it is the value of (money.ts)', () => {
  it('keeps the value of withdrawals, of transactions and a market value apart from a deal and from each other', () => {
    const withdrawals = concept('وسجلت أجهزة الصرف خلال الشهر عمليات بقيمة سحوبات تجاوزت 40 مليار ريال.', 4e10);
    const transactions = concept('فيما بلغ إجمالي قيمة العمليات عبر نقاط البيع أكثر من 9 مليارات ريال.', 9e9);
    const market = concept('وبلغت القيمة السوقية للشركة نحو 3 مليارات ريال.', 3e9);
    expect(withdrawals).toMatch(/^money:value:/);
    expect(transactions).toMatch(/^money:value:/);
    expect(withdrawals).not.toBe(transactions);
    expect(market).toBe('money:value:market');
  });

  it("keeps a deal's value a deal's value", () => {
    expect(concept('ووقعت الشركتان صفقة بقيمة 12 مليار دولار.', 1.2e10)).toBe('money:deal');
    expect(concept('وتبلغ قيمة الصفقة 12 مليار دولار.', 1.2e10)).toBe('money:deal');
    expect(concept('وقال إن الاستثمارات بقيمة إجمالية تبلغ 12 مليار دولار.', 1.2e10)).toBe('money:deal');
  });
});

describe('"one" as an adjective after a noun with a preposition counts nothing (context.ts isOneAdjective)', () => {
  it('gives no concept to «من أسرة واحدة», «في يوم واحد», «بضربة واحدة»', () => {
    expect(concept('ولقي ثلاثة أشخاص مصرعهم وأصيب اثنان آخران من أسرة واحدة بإصابات بالغة.', 1)).toBeNull();
    expect(concept('وتعرضت البلدة لأربع غارات في يوم واحد.', 1)).toBeNull();
    expect(concept('وانهارت العمارة بضربة واحدة.', 1)).toBeNull();
  });

  it('keeps a count of one: «شخص واحد», «جنديا واحدا»', () => {
    expect(concept('وأسفر الانفجار عن مقتل شخص واحد.', 1)).toBe('death');
  });
});

describe('those saved from drowning are the rescued, not the dead (concept-of.ts)', () => {
  it('reads «أنقذت … حالة غرق» and «أنقذ … من الغرق» as rescued', () => {
    expect(concept('وأوضح أن فرق الإنقاذ أنقذت 11 حالة غرق على شاطئ المدينة.', 11)).toBe('rescued');
    expect(concept('وأنقذ خفر السواحل 4 أشخاص من الغرق قبالة الجزيرة.', 4)).toBe('rescued');
  });

  it('keeps the drowned the dead', () => {
    expect(concept('وغرق 6 أشخاص في النهر رغم محاولات الإنقاذ.', 6)).toBe('death');
  });
});

describe("another event's or another matter's figure is not the story's (context.ts)", () => {
  it('drops a figure of an incident recalled as «قبل عدة أسابيع»', () => {
    expect(concept('وكان حادث آخر قد وقع في المنطقة قبل عدة أسابيع، وأصيب فيه خمسة أشخاص.', 5)).toBeNull();
    expect(concept('ووقع حريق في السوق نفسه قبل سنوات أودى بحياة 9 أشخاص.', 9)).toBeNull();
  });

  it('drops a figure of the event the article\'s own comes after («ويأتي التفجير بعد أيام من …»)', () => {
    expect(concept('ويأتي التفجير بعد أيام من مقتل 14 شخصا في هجوم على سوق.', 14)).toBeNull();
    // One day, some hours, and «على» for «من»; the clauses that go on describing it too.
    expect(concept('وتأتي الانفجارات بعد يوم على هجوم استهدف بلدة حدودية، وأصيب 14 شخصا بجروح متفاوتة.', 14)).toBeNull();
    expect(concept('وجاء الهجوم بعد ساعات من مقتل 14 شخصا في هجوم على سوق.', 14)).toBeNull();
    expect(concept('وأصيب 14 شخصا بجروح متفاوتة في هجوم استهدف بلدة حدودية بعد يوم على زيارة الوزير.', 14)).toBe('injured');
  });

  it('gives a figure the year of a full date named before it, never of a date a count starts from', () => {
    expect(concept('وكانت أكبر مذبحة تلك التي وقعت في 8 مارس 2019 وقتل فيها 16 جنديا.', 16)).toBe('death:soldier:in:2019');
    expect(concept('وقتل 16 جنديا منذ 8 مارس 2019.', 16)).not.toContain(':in:');
  });

  it("keeps the story's own event dated by a span", () => {
    expect(concept('وارتفعت حصيلة الفيضانات التي ضربت الإقليم قبل أسبوعين إلى 140 قتيلا.', 140)).toBe('death');
  });

  it('drops the figures of a sentence opened by «من جهة أخرى», «على صعيد آخر», «وفي حادث منفصل»', () => {
    expect(concept('من جهة أخرى، قتل 8 أشخاص في قصف على قرية مجاورة.', 8)).toBeNull();
    expect(concept('وعلى صعيد آخر، أصيب 12 شخصا في انفجار بالعاصمة.', 12)).toBeNull();
    expect(concept('وفي حادث منفصل، لقي 3 أشخاص حتفهم في انهيار مبنى.', 3)).toBeNull();
    // Another operation or raid of the same kind: its own figures.
    expect(concept('وفي عملية أخرى منفصلة، اعتقلت الشرطة ثلاثة عناصر إرهابية.', 3)).toBeNull();
    expect(concept('وفي غارة أخرى، قتل 5 مدنيين في القرية.', 5)).toBeNull();
  });

  it('keeps a related matter and the figures of the article itself', () => {
    expect(concept('وفي سياق متصل، ارتفعت حصيلة الهجوم إلى 26 قتيلا.', 26)).toBe('death');
    expect(concept('وقتل 26 شخصا في الهجوم.', 26)).toBe('death');
  });
});

describe('a list of groups after one event verb shares it (context.ts partOfPrevious)', () => {
  it('gives «و3 من عناصر الشرطة» the event of «إصابة 5 من المسلحين»', () => {
    const text = 'وأسفر القصف عن إصابة 5 من المسلحين و3 من عناصر الشرطة.';
    // (Gunmen are a group of their own since concepts.ts POPULATIONS 'militant': a part, like the police.)
    expect(concept(text, 5)).toBe('injured:militant');
    expect(concept(text, 3)).toBe('injured:soldier');
    expect(concept('وأسفر القصف عن مقتل 5 من الجنود و3 من المدنيين.', 3)).toBe('death:civilian');
  });
});

describe("a poll's share is no result (modality.ts)", () => {
  it('reads a share of those who prefer or intend as a projection, a share of those who voted as a count', () => {
    const poll = byValue('وشمل الاستطلاع ألف شخص، كان 52 بالمئة منهم يفضلون التصويت بنعم في الاستفتاء.', 52);
    const result = byValue('وأظهرت النتائج النهائية للاستفتاء أن 52 بالمئة صوتوا بنعم.', 52);
    expect(poll?.modality).toBe('projection');
    expect(result?.modality).toBe('count');
  });
});

describe('fighter jets are not fighters (concepts.ts)', () => {
  it('reads «مقاتلات» as a thing of its own and «مقاتلين» as soldiers', () => {
    expect(concept('وتسلم سلاح الجو 4 مقاتلات من الطراز الجديد.', 4)).not.toMatch(/soldier/);
    expect(concept('وقتل 4 مقاتلين في الاشتباكات.', 4)).toBe('death:soldier');
  });
});

describe('fighters who joined a group are recruits, not troops (concept-of.ts)', () => {
  it('reads «ألف مقاتل التحقوا بالتنظيم» and «وانضم 500 مقاتل» as no troop count', () => {
    expect(concept('وقال التقرير إن نحو 20 ألف مقاتل التحقوا بالتنظيم من نحو مائة دولة.', 20000)).toBeNull();
    expect(concept('وانضم 500 مقاتل أجنبي إلى الجماعة خلال العام.', 500)).toBeNull();
    expect(concept('ونشرت الحكومة 5 آلاف جندي على الحدود.', 5000)).toBe('soldier');
  });
});

describe('a milder degree said of the figure first keeps it all injured (concepts.ts severityOf)', () => {
  it('reads «اثنان بحالة خفيفة وثالثهم بحالة خطرة» as injured, not severe', () => {
    expect(concept('وأصيب اثنان بحالة خفيفة وثالثهم بحالة خطرة في الحادث.', 2)).toBe('injured');
    expect(concept('وأصيب اثنان بحالة خطرة في الحادث.', 2)).toBe('injured:severe');
  });
});

describe('the cause named after a figure is not what it counts (concept-of.ts)', () => {
  it('reads «وجرح 40 جراء سقوط صاروخ» as injured, not missiles', () => {
    expect(concept('وقتل 9 أشخاص وجرح 40 جراء سقوط صاروخ على السوق.', 40)).toBe('injured');
  });
});

describe('the dual of a verb of death names the event (concepts.ts)', () => {
  it('reads «اثنين من عناصر الأمن قُتلا» as soldiers killed, not a troop count', () => {
    expect(concept('وأوضح مصدر أن اثنين من عناصر الأمن قُتلا بتفجير عبوة.', 2)).toBe('death:soldier');
  });
});

describe('a breakdown after a dash or a bracket is made of parts (context.ts breakdownEvent)', () => {
  it('reads «32 قتيلا - 20 مسلحا و12 جنديا -» as the toll and two parts of it', () => {
    for (const text of ['وأسفرت المعارك عن سقوط 32 قتيلا - 20 مسلحا و12 جنديا - خلال يومين.', 'وأسفرت المعارك عن سقوط 32 قتيلا (20 مسلحا و12 جنديا) خلال يومين.']) {
      expect(concept(text, 32)).toBe('death');
      // (The gunmen's share is named by its group, still a part: concepts.ts POPULATIONS 'militant'.)
      expect(concept(text, 20)).toBe('death:militant');
      expect(concept(text, 12)).toBe('death:soldier');
    }
  });
});

describe('what follows the cause still speaks of the figure (concept-of.ts)', () => {
  it('reads «300 جريح جراء الانفجار يتلقون العلاج» as those in hospital', () => {
    expect(concept('وأوضح أن 300 جريح جراء الانفجار يتلقون العلاج في المستشفيات.', 300)).toBe('injured:treated');
  });
});

describe('a share of a sum or a value is no vote share (concept-of.ts)', () => {
  it('reads «100 بالمائة من قيمتها» in a referendum article as no vote share', () => {
    const text = 'وقبل الاستفتاء قال الخبراء إن الضمانات ليست 100 بالمائة من قيمتها الاسمية، فيما صوت 61 بالمائة بلا.';
    expect(concept(text, 100)).toBeNull();
    expect(concept(text, 61)).toMatch(/^percent:vote/);
  });
});

describe('«منذ بدء المعركة» makes a figure cumulative (measure.ts)', () => {
  it('keeps a battle\'s count since it began apart from one day\'s', () => {
    expect(concept('وسقط على المدينة منذ بدء المعركة أكثر من 400 صاروخ.', 400)).toBe('missile:since');
    expect(concept('وسقط على المدينة أمس أكثر من 40 صاروخا.', 40)).toBe('missile');
  });
});

describe('what the latest rules must leave alone', () => {
  it('keeps a share «من إجمالي الأصوات» a vote share, a price before «ويفضلون» a price, a count since a dated start undated', () => {
    expect(concept('وجاءت الموافقة في الاستفتاء بنسبة 64 في المائة من إجمالي الأصوات.', 64)).toMatch(/^percent:vote/);
    expect(byValue('وتبدأ الأسعار في الحي من 3 ملايين إسترليني ويفضلون الشقق الكبيرة.', 3e6)?.modality).toBe('count');
    expect(concept('ومنذ بدء التحقيق في مارس 2019 استمع القضاة إلى نحو 900 ضحية.', 900)).not.toContain(':in:');
  });
});
