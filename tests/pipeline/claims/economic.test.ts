// Economic figures (lib/pipeline/claims: concept-of.ts, money.ts, economy.ts): invented sentences,
// one phenomenon each. A figure of one measure or one period never meets another's on a card.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';
import { nounOf } from '../../../lib/pipeline/claims/nouns';

const PUBLISHED = '2024-06-10';
const byValue = (text: string, v: number, article?: string): Claim | undefined => extractClaims(text, { published: PUBLISHED, article }).find((c) => c.value === v);
const concept = (text: string, v: number, article?: string): string | null => byValue(text, v, article)?.concept ?? null;

describe('a percentage is a vote share only in an article about a vote', () => {
  it('gives no vote concept to a market or survey percentage with «مقابل» or «حصل»', () => {
    expect(String(concept('وارتفع قطاع المصارف بنسبة 2.5 في المائة، وفي المقابل تراجع قطاع العقار بنسبة 1.2 في المائة.', 2.5))).not.toMatch(/^percent:(vote|turnout)/);
    expect(String(concept('وارتفع قطاع المصارف بنسبة 2.5 في المائة، وفي المقابل تراجع قطاع العقار بنسبة 1.2 في المائة.', 1.2))).not.toMatch(/^percent:(vote|turnout)/);
    expect(concept('وقال إن الطالبة حصلت على نسبة 97 بالمئة في الشهادة الثانوية.', 97)).toBeNull();
    expect(concept('وزادت مشاركة القطاع الخاص في الاقتصاد إلى 40% مقابل 30% قبل خمس سنوات.', 40)).toBeNull();
  });

  it('keeps a candidate\'s share and the turnout in an election article', () => {
    expect(concept('وحصل المرشح على 52 في المائة من الأصوات مقابل 45 في المائة لمنافسه.', 52)).toBe('percent:vote');
    expect(concept('وبلغت نسبة المشاركة في الانتخابات 61 في المائة.', 61)).toBe('percent:turnout');
  });

  it('reads a headline with its article: a share in the title of an election story is a vote share', () => {
    const body = 'وأظهرت النتائج الأولية للانتخابات الرئاسية تقدم الرئيس بفارق كبير.';
    expect(concept('الرئيس متقدم بـ 58% مقابل 41% لمنافسه', 58, body)).toBe('percent:vote');
    expect(concept('الرئيس متقدم بـ 58% مقابل 41% لمنافسه', 58, 'وارتفعت أسهم الشركة في ختام التداولات.')).toBeNull();
  });
});

describe('a share restated after a candidate\'s votes', () => {
  it('is that candidate\'s share, the votes counted in the accusative («صوتا») too', () => {
    const text = 'فوز المرشح جون بول سميث في الانتخابات الرئاسية. نال سميث 3 ملايين صوتا، مقابل 1,579,925 صوتا لمنافسته ماري جونز، أي ما يعادل 27.9%.';
    const share = byValue(text, 27.9);
    expect(share?.concept).toBe('percent:vote');
    expect(share?.owners).toEqual(['person:ماري جونز']);
  });
});

describe('an economy\'s sums are of one kind each', () => {
  it('reads revenue, profit, reserves and debt apart from each other and from a deal\'s value', () => {
    expect(concept('وبلغت إيرادات الميناء 4.2 مليار دولار خلال العام.', 4.2e9)).toMatch(/^money:revenue/);
    expect(concept('وحققت الشركة أرباحا صافية بقيمة 300 مليون ريال.', 3e8)).toMatch(/^money:profit/);
    expect(concept('وارتفع احتياطي النقد الأجنبي إلى 35 مليار دولار.', 35e9)).toMatch(/^money:reserves/);
    expect(concept('وتبلغ ديون البلاد الخارجية 160 مليار دولار.', 160e9)).toMatch(/^money:debt/);
    expect(concept('ووقعت الحكومة صفقة بقيمة 20 مليار دولار.', 20e9)).toBe('money:deal');
  });

  it('keeps a loan a loan and a tranche a tranche beside an economy\'s noun', () => {
    expect(concept('وحصلت الحكومة على قرض بقيمة 3 مليارات دولار لدعم الاحتياطي.', 3e9)).toBe('money:loan');
  });
});

describe('the period an economy\'s figure covers', () => {
  it('keeps a month\'s, a quarter\'s and a year\'s revenue apart', () => {
    const month = concept('وبلغت إيرادات الممر المائي خلال شهر مارس 310 ملايين دولار.', 3.1e8);
    const quarter = concept('وبلغت إيرادات الممر المائي في الربع الأول 950 مليون دولار.', 9.5e8);
    const year = concept('وبلغت إيرادات الممر المائي خلال العام 7 مليارات دولار.', 7e9);
    const fiscal = concept('وسجلت إيرادات الممر المائي 8 مليارات دولار في العام المالي الماضي.', 8e9);
    expect(month).toBe('money:revenue:per:m:3');
    expect(quarter).toBe('money:revenue:per:q:1');
    expect(year).toBe('money:revenue:per:y');
    expect(fiscal).toBe('money:revenue:per:pfy');
    expect(concept('وبلغت إيرادات الممر المائي 310 ملايين دولار.', 3.1e8)).toBe('money:revenue');
  });

  it('names the period in the label', () => {
    expect(byValue('وبلغت إيرادات الممر المائي خلال شهر مارس 310 ملايين دولار.', 3.1e8)?.label).toContain('في شهر مارس');
  });

  it('does not read a name or a month of another figure as a period', () => {
    expect(concept('وقال المحلل فارس الشهري إن أرباح الشركة بلغت 50 مليون ريال.', 5e7)).toBe('money:profit');
    // The month belongs to the next figure, after a comma.
    expect(concept('وبلغت أرباح الشركة 50 مليون ريال، مقابل 40 مليونا في شهر مايو.', 5e7)).toBe('money:profit');
  });

  it('leaves a toll\'s month alone: the month of an event is its date', () => {
    expect(concept('وقتل 40 شخصا في شهر مارس في هجوم على سوق.', 40)).toBe('death');
  });
});

describe('rates of an economy', () => {
  it('keeps core inflation apart from headline inflation, and a yearly base from a monthly one', () => {
    const text = 'وارتفع معدل التضخم السنوي إلى 33 في المائة، بينما تراجع التضخم الأساسي على أساس شهري إلى 1.2 في المائة.';
    expect(concept(text, 33)).toBe('percent:inflation:base:y');
    expect(concept(text, 1.2)).toBe('percent:inflation:core:base:m');
    expect(concept('وبلغ التضخم على أساس سنوي 33 في المائة.', 33)).toBe('percent:inflation:base:y');
  });

  it('labels a rate by its name, never as a share of the votes', () => {
    const claim = byValue('وارتفع معدل التضخم في المدن إلى 35.7 في المائة مقابل 29.8 في المائة.', 35.7);
    expect(claim?.concept).toMatch(/^percent:inflation/);
    expect(claim?.label).toContain('التضخم');
    expect(claim?.label ?? '').not.toContain('الأصوات');
  });

  it('reads a change in per cent of a named sum or currency, up or down, apart from the level', () => {
    expect(concept('وتراجعت إيرادات الممر المائي بنسبة 40 في المائة.', 40)).toBe('percent:change:revenue:down');
    // (A change over the year is set against the year before, as a change that names no base is.)
    expect(concept('وارتفعت الصادرات 5% خلال العام.', 5)).toBe('percent:change:exports:up');
    expect(concept('وارتفعت الصادرات 5% على أساس شهري.', 5)).toBe('percent:change:exports:up:base:m');
    expect(concept('وسمح البنك المركزي للعملة المحلية بالهبوط نحو 38 في المائة.', 38)).toMatch(/^percent:change:currency:[^:]+:down$/);
    // A sum's currency is its unit, not a currency that moved: the change is the sum's own
    // (sum-change.ts); an earlier change is a baseline.
    expect(concept('وبلغت القروض 12 مليار ريال بارتفاع 7 في المائة.', 7)).toBe('percent:change:loan:up');
    expect(concept('وتراجعت الأرباح 3% مقارنة بارتفاع 9% قبل عام.', 9)).toBeNull();
  });

  it('keeps an interest rate and growth apart from a change, and an unnamed move out of every card', () => {
    expect(concept('ورفع البنك المركزي سعر الفائدة على الإيداع إلى 27.25 في المائة.', 27.25)).toBe('percent:interest:deposit');
    expect(concept('ويتوقع الصندوق نمو الاقتصاد بنسبة 3.5 في المائة.', 3.5)).toBe('percent:growth');
    expect(concept('وارتفع قطاع التأمين بنسبة 1.8 في المائة.', 1.8)).toBeNull();
  });

  it('keeps a vote share in an election sentence beside a word of change', () => {
    expect(concept('وارتفعت نسبة أصوات المرشح في الانتخابات إلى 48 في المائة.', 48)).toMatch(/^percent:vote/);
  });
});

describe('a target is a projection', () => {
  it('reads «تستهدف»، «المستهدف» and «من المنتظر» before a figure as a projection', () => {
    expect(byValue('وتستهدف الحكومة إيرادات بقيمة 12 مليار دولار.', 12e9)?.modality).toBe('projection');
    expect(byValue('ويبلغ معدل النمو المستهدف 4.2 في المائة.', 4.2)?.modality).toBe('projection');
    expect(byValue('ومن المنتظر أن ترتفع الصادرات إلى 50 مليار دولار.', 50e9)?.modality).toBe('projection');
    expect(byValue('وبلغت الصادرات 50 مليار دولار.', 50e9)?.modality).toBe('count');
  });
});

describe('what a sum is for is not which sum it is', () => {
  it('reads «لتمويل» as a purpose: the investment stays an investment', () => {
    expect(concept('وقدمت الشركة مبلغا لتمويل المشروع السياحي باستثمارات 20 مليار دولار.', 20e9)).toBe('money:deal');
    expect(concept('وحصلت الحكومة على تمويل بقيمة 3 مليارات دولار من الصندوق.', 3e9)).toBe('money:loan');
  });
});

describe('the amount a sum moved by is not its level', () => {
  it('reads «بمقدار» after a verb of change, and «بانخفاض» right before the amount', () => {
    expect(concept('وانخفضت إيرادات الممر المائي بمقدار 2 مليار دولار.', 2e9)).toBe('money:revenue:change:down');
    expect(concept('وسجلت صادرات البلاد زيادة بارتفاع 3 مليارات دولار.', 3e9)).toBe('money:exports:change:up');
    expect(concept('وبلغت إيرادات الممر المائي 7 مليارات دولار.', 7e9)).toBe('money:revenue');
    expect(byValue('وانخفضت إيرادات الممر المائي بمقدار 2 مليار دولار.', 2e9)?.label).toContain('التراجع في الإيرادات');
  });
});

describe('a tranche released and the reserves it raises', () => {
  it('reads «يفرج عن», «صرفا فوريا لنحو» as a tranche, and the reserves named with their adjective as reserves', () => {
    expect(concept('صندوق النقد يفرج عن 190.5 مليون دولار لكندا.', 190.5e6)).toBe('money:tranche');
    expect(concept('وافق الصندوق على المراجعة، ما يتيح صرفا فوريا لنحو 190.5 مليون دولار.', 190.5e6)).toBe('money:tranche');
    expect(concept('وأضاف البيان أن الدفعة سترفع الاحتياطيات الدولية إلى نحو 4.9 مليار دولار.', 4.9e9)).toBe('money:reserves');
  });
});

describe('a labour survey\'s unemployed', () => {
  it('are counted as such, beside the rate («عدد العاطلين عن العمل بلغ 8.1 مليون شخص»)', () => {
    expect(concept('وأوضحت الهيئة أن عدد العاطلين عن العمل بلغ 8.1 مليون شخص.', 8.1e6)).toBe('unemployed');
    expect(concept('بينما تراجع عدد العاطلين إلى 8 ملايين.', 8e6)).toBe('unemployed');
    expect(concept('وبلغ معدل البطالة 32%.', 32)).toMatch(/^percent:unemployment/);
  });
  it('never lends the unemployed to the employed counted after them («عدد العاملين»: a group after عدد is who is counted)', () => {
    const text = 'وبلغ عدد العاطلين عن العمل 8.1 مليون شخص، في حين ارتفع عدد العاملين إلى 17.2 مليون.';
    expect(concept(text, 8.1e6)).toBe('unemployed');
    expect(concept(text, 17.2e6)).toBe('worker');
  });
});

describe('the level a sum reached after a change by some rate', () => {
  it('is the sum named before the rate («بنسبة 12% إلى …», «5 في المئة إلى …»)', () => {
    expect(concept('وتراجعت عائدات السياحة بنسبة 12% إلى 3.2 مليار دولار.', 3.2e9)).toBe('money:revenue');
    expect(concept('وارتفعت الصادرات 5 في المئة إلى 12 مليار دولار.', 12e9)).toBe('money:exports');
    expect(concept('وارتفع احتياطي النقد الأجنبي بنسبة 3.5 بالمئة إلى 46 مليار دولار.', 46e9)).toBe('money:reserves');
    // (A count before «إلى», not a rate, names no sum.)
    expect(concept('وصل 5 أشخاص إلى 3 مليارات دولار.', 3e9)).toBeNull();
  });
});

describe('a budget\'s balance in per cent', () => {
  it('reads a deficit and a surplus, and not a figure of a relative clause after them', () => {
    expect(concept('ويتوقع الصندوق أن تسجل البلاد عجزا في موازنتها بنحو 4.1 في المائة من الناتج.', 4.1)).toBe('percent:deficit');
    expect(concept('وتسعى الحكومة إلى فائض أولي 2.5 في المائة.', 2.5)).toBe('percent:surplus');
    expect(concept('وزاد ذلك عجز الموازنة التي يشكل فيها الغاز 60% من الموارد.', 60)).toBeNull();
  });
});

describe('a profit attributable to shareholders', () => {
  it('is a profit, not revenue («العائد» is "attributable")', () => {
    expect(concept('وبلغ صافي الربح العائد للمساهمين 1.5 مليار درهم.', 1.5e9)).toBe('money:profit');
  });
});

describe('the period a series figure covers: spans, calendar and fiscal years, words relative to the publication date', () => {
  // Published 2024-06-10: "last year" is 2023, "last month" May.
  it('keeps a five-year total apart from one year\'s figure', () => {
    const span = concept('وبلغت إيرادات الممر المائي خلال السنوات الخمس الماضية 35 مليار دولار.', 35e9);
    expect(span).toBe('money:revenue:per:years:5');
    expect(concept('وحقق الممر المائي إيرادات بلغت 35 مليار دولار خلال 5 سنوات.', 35e9)).toBe(span);
    expect(concept('وبلغت صادرات البلاد على مدى عامين 80 مليار دولار.', 80e9)).toBe('money:exports:per:years:2');
    expect(concept('وتضاعفت ديون البلاد خلال العقد الماضي إلى 160 مليار دولار.', 160e9)).toBe('money:debt:per:years:10');
    expect(concept('وبلغت إيرادات الممر المائي خلال 2023 نحو 9 مليارات دولار.', 9e9)).not.toBe(span);
  });

  it('reads the calendar year, and "last year" resolved against the publication date, as the same year', () => {
    const named = concept('وبلغت إيرادات الممر المائي خلال 2023 نحو 9 مليارات دولار.', 9e9);
    expect(named).toBe('money:revenue:per:y:2023');
    expect(concept('وبلغت إيرادات الممر المائي في عام 2023 نحو 9 مليارات دولار.', 9e9)).toBe(named);
    expect(concept('وبلغت إيرادات الممر المائي العام الماضي 9 مليارات دولار.', 9e9)).toBe(named);
    expect(concept('وبلغت إيرادات الممر المائي خلال 2022 نحو 8 مليارات دولار.', 8e9)).toBe('money:revenue:per:y:2022');
    // «ارتفع … العام الماضي بنسبة 12% ليصل إلى …»: the change between the period and the level is no other figure's clause.
    expect(concept('وارتفع عدد الزوار العام الماضي بنسبة 12% ليصل إلى 4 ملايين زائر.', 4e6)).toMatch(/:per:y:2023$/);
    expect(concept('وارتفع عدد الزوار العام الماضي بنسبة 12% وقال المدير إن 4 ملايين زائر قدموا.', 4e6) ?? '').not.toMatch(/:per:y:2023$/);
    // Another publication year, another "last year".
    expect(extractClaims('وبلغت إيرادات الممر المائي العام الماضي 9 مليارات دولار.', { published: '2025-02-01' })[0]?.concept).toBe('money:revenue:per:y:2024');
  });

  it('reads a fiscal year by the year it ends, and a cumulative figure since a year or since the start of this one', () => {
    const fy = concept('وسجلت إيرادات الممر المائي 9.4 مليار دولار في العام المالي 2022/2023.', 9.4e9);
    expect(fy).toBe('money:revenue:per:fy:2023');
    expect(concept('وسجلت إيرادات الممر المائي 9.4 مليار دولار في العام المالي 2022-2023.', 9.4e9)).toBe(fy);
    expect(concept('وبلغت إيرادات الممر المائي منذ عام 2019 نحو 40 مليار دولار.', 40e9)).toBe('money:revenue:per:since:2019');
    // The current fiscal year is this year, as another outlet says it.
    expect(concept('وتوقع الصندوق نمو الاقتصاد بنسبة 3% في السنة المالية الحالية.', 3)).toBe('percent:growth:per:y:2024');
    expect(concept('ويتوقع الصندوق أن يبلغ النمو 2.6% هذا العام.', 2.6)).toBe('percent:growth:per:y:2024');
    expect(concept('وتوقع الصندوق نمو الاقتصاد بنسبة 3% في العام المالي.', 3)).toBe('percent:growth:per:fy');
    expect(concept('وبلغت إيرادات الممر المائي منذ بداية العام 3 مليارات دولار.', 3e9)).toMatch(/:per:ytd:2024$/);
    // «السنة المالية المنتهية في 30 سبتمبر»: the one that last ended on that day before publication.
    const ended = (published: string) => extractClaims('وبلغت إيرادات الممر المائي 5.9 مليار دولار خلال السنة المالية المنتهية في 30 سبتمبر.', { published }).find((c) => c.value === 5.9e9)?.concept;
    expect(ended('2024-10-14')).toBe('money:revenue:per:fy:2024');
    expect(ended('2024-06-10')).toBe('money:revenue:per:fy:2023');
    // «منذ إطلاقه عام 2020», «منذ تأسيسه في 2019»: since that year, as «منذ عام 2019».
    expect(concept('وبلغت إيرادات الصندوق 3 مليارات دولار منذ تأسيسه عام 2019.', 3e9)).toBe('money:revenue:per:since:2019');
    expect(concept('وبلغت إيرادات الصندوق 3 مليارات دولار منذ إطلاقه في 2019.', 3e9)).toBe('money:revenue:per:since:2019');
  });

  it('reads "last month" as the month before publication, the same period as that month named', () => {
    const named = concept('وبلغت إيرادات الممر المائي خلال شهر مايو 310 ملايين دولار.', 3.1e8);
    expect(named).toBe('money:revenue:per:m:5');
    expect(concept('وبلغت إيرادات الممر المائي الشهر الماضي 310 ملايين دولار.', 3.1e8)).toBe(named);
  });

  it('names the span or the year in the label', () => {
    expect(byValue('وبلغت إيرادات الممر المائي خلال السنوات الخمس الماضية 35 مليار دولار.', 35e9)?.label).toContain('خلال 5 سنوات');
    expect(byValue('وبلغت إيرادات الممر المائي خلال 2023 نحو 9 مليارات دولار.', 9e9)?.label).toContain('خلال عام 2023');
  });

  it('reads "this year" and a decade, and no decade from a contract («عقد»)', () => {
    expect(concept('وقالت الهيئة إن إيرادات الممر المائي هذا العام 4 مليارات دولار.', 4e9)).toBe('money:revenue:per:y:2024');
    expect(concept('وقالت الشركة إن إيراداتها من عقد التشغيل بلغت 4 مليارات دولار.', 4e9)).toBe('money:revenue');
  });

  it('reads no span from a figure after "خلال العام", and none for a toll', () => {
    expect(concept('وبلغت إيرادات الميناء خلال العام 7 مليارات دولار.', 7e9)).toBe('money:revenue:per:y');
    expect(concept('وقتل 40 شخصا خلال 2023 في هجمات على الطرق.', 40)).toBe('death');
  });
});

describe('a year that is not the figure\'s period', () => {
  it('reads no year from the base of a comparison, a deadline, a span between two years or the year of a part', () => {
    expect(String(concept('وتراجعت أرباح الشركة بنسبة 41 في المائة مقارنة بعام 2023.', 41))).not.toMatch(/:per:y:/);
    expect(String(concept('وارتفعت إيرادات الشركة بنسبة 59% مقارنة بالفترة نفسها من عام 2023.', 59))).toBe('percent:change:revenue:up');
    expect(String(concept('ومن المفترض أن ترتفع إيرادات الممر المائي إلى 15 مليار دولار بحلول عام 2030.', 15e9))).not.toMatch(/:per:y:/);
    expect(String(concept('ومن عام 2010 وحتى العام الماضي نمت إيرادات الشركة بمعدل 13.6 في المائة.', 13.6))).not.toMatch(/:per:y:/);
    expect(String(concept('وبلغت ديون البلاد في الربع الأول من عام 2023 نحو 92 مليار دولار.', 92e9))).toMatch(/^money:debt:per:q:1(:in:2023)?$/);
  });
});

describe('a gap against a forecast', () => {
  it('is its own measure, not the level («مقارنة بالتوقعات», «أقل من التوقعات»)', () => {
    expect(concept('وتمثل هذه الأرقام عجزا بقيمة 2.1 مليار دولار مقارنة بالتقديرات.', 2_100_000_000)).toBe('money:deficit:vs-forecast');
    expect(concept('وجاءت الأرباح 2 مليار ريال أقل من التوقعات.', 2_000_000_000)).toBe('money:profit:vs-forecast');
    // A level that beat the forecast is still the level.
    expect(concept('وبلغت الأرباح 5 مليارات ريال متجاوزة التوقعات.', 5_000_000_000)).toBe('money:profit');
    expect(concept('وتكبدت الشركات خسارة بنحو 1.5 مليار دولار.', 1_500_000_000)).toBe('money:loss');
  });
  it('is labelled as such', () => {
    expect(nounOf('money:loss:vs-forecast')).toMatchObject({ definite: 'الخسائر', suffix: 'مقارنة بالتوقعات' });
  });
});

describe('a budget\'s spending', () => {
  it('is a sum of its own, with or without «إجمالي»', () => {
    expect(concept('وأقرت الحكومة موازنة العام بإجمالي نفقات يبلغ 900 مليار دينار.', 900e9)).toMatch(/^money:spending/);
    expect(concept('وتتضمن الموازنة نفقات تتجاوز 900 مليار دينار وإيرادات قدرها 800 مليار دينار.', 800e9)).toMatch(/^money:revenue/);
    expect(nounOf('money:spending')?.definite).toBe('النفقات');
  });
});

describe('a target year far ahead', () => {
  it('does not make the article\'s own year an earlier one', () => {
    // Published in 2024: next year's budget and a 2030 vision; 2025 is no earlier year.
    const text = 'أقر مجلس الوزراء الثلاثاء ميزانية عام 2025 بنفقات تبلغ 900 مليار دينار، مقابل إيرادات متوقعة قدرها 800 مليار دينار، ضمن رؤية 2030.';
    expect(concept(text, 800e9)).not.toMatch(/:in:2025/);
  });
});

describe('inflation by the goods it counts and with a month named twice', () => {
  it('reads food and non-food inflation named after «تضخم»', () => {
    const text = 'وسجل تضخم أسعار الغذاء 21.3% على أساس سنوي، فيما بلغ تضخم المواد غير الغذائية 7.2%.';
    expect(concept(text, 21.3)).toMatch(/^percent:inflation:food/);
    expect(concept(text, 7.2)).toMatch(/^percent:inflation:nonfood/);
    expect(nounOf('percent:inflation:nonfood')?.definite).toMatch(/غير الغذائية/);
  });

  it('reads a month named in both calendars, after a slash or in brackets, as the month', () => {
    // (Its yearly adjective is the rate's base, which the report's reading drops for inflation: report-month.ts.)
    expect(concept('قال الجهاز إن معدل التضخم السنوي تراجع في مايو/أيار إلى 8.6 بالمائة.', 8.6)).toMatch(/^percent:inflation:per:m:5(:base:y)?$/);
    expect(concept('قال الجهاز إن معدل التضخم السنوي تراجع في مايو (أيار) إلى 8.6 بالمائة.', 8.6)).toMatch(/^percent:inflation:per:m:5(:base:y)?$/);
  });

  it('reads consumer prices moving as inflation, the noun before the verb or the index after it', () => {
    expect(concept('وأوضحت الهيئة أن أسعار المستهلكين ارتفعت 0.7% على أساس شهري.', 0.7)).toBe('percent:inflation:base:m');
    expect(concept('وعلى أساس شهري، ارتفع المؤشر العام لأسعار المستهلكين 0.7 في المئة.', 0.7)).toBe('percent:inflation:base:m');
    // Not the prices an aside names before a comma: core inflation, named earlier.
    expect(concept('وقال البنك إن المعدل السنوي للتضخم الأساسي، الذي يستبعد السلع المتقلبة الأسعار، ارتفع إلى 9.8% في مايو.', 9.8)).toMatch(/^percent:inflation:core/);
  });
});
