// Readings fixed in the forty-sixth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a clause that opens a statement of its own with «وأن»
// (concept-of.ts); «و» and a hamza after a figure, the next item (quantities/kinds.ts); a group
// taken out alive (concept-of.ts); a crime's name before the people charged (concept-of.ts); people
// moved whom a relative clause describes (concept-of.ts); a reporting verb with its object pronoun
// after «وفق ما» (attribution.ts); a sum's noun before the period it is of, and the head of a
// construct (money.ts); the current account's gap, its share of
// the output and no balance-of-payments basis (claims/index.ts, rates.ts, bop-basis.ts); the year's
// first months, a quarter of last year, and a period set against or after another figure
// (period.ts); youth of the ages a relative clause gives (rate-group.ts); those remanded in custody
// (concepts.ts); livestock lost (livestock.ts); a witness's own kin, those shelters took in
// (concept-of.ts); a group within those aboard, people a place can hold (concept-of.ts); their number
// estimated, no speaker (attribution.ts); how many quarters running (period.ts); a season's close
// announced, no speaker's name (text/people.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-06-10' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);

describe('a clause that opens a statement of its own', () => {
  it('takes no event from the clause before «وأن»', () => {
    expect(claimOf('وذكّر الباحث بأن الهيئة أحصت 73 عاملا قتلوا في حوادث العمل، وأن 240 ألف شخص يعملون في القطاع.', 240000)?.concept).toBeNull();
  });

  it('still takes a toll named clauses before the figure', () => {
    expect(claimOf('إن حصيلة ضحايا السيول، التي ضربت البلدة، وصلت إلى 208 أشخاص.', 208)?.concept).toBe('death');
  });
});

describe('«و» and a hamza after a figure', () => {
  it('is no counted noun: the next item of a headline opens there', () => {
    expect(extractQuantities('ارتفاع عدد الجثث المنتشلة إلى 17 وإنقاذ 4 عمال').find((q) => q.value === 17)?.unit).toBeNull();
    expect(claimOf('ارتفاع عدد الجثث المنتشلة إلى 17 وإنقاذ 4 عمال', 17)?.concept).toBe('bodies');
  });

  it('keeps a noun whose root opens with «و»', () => {
    expect(extractQuantities('بناء 650 وظيفة').find((q) => q.value === 650)?.unit).toBe('وظيفة');
  });
});

describe('a group taken out alive', () => {
  it('counts the rescued when «أحياء» follows the verb of taking out', () => {
    expect(claimOf('وبلغ عدد العمال الذين أخرجوا أحياء 13 عاملا.', 13)?.concept).toBe('rescued:worker');
  });

  it('counts the rescued when «أحياء» follows the group', () => {
    expect(claimOf('وانتشلت فرق الإنقاذ 6 عمال أحياء.', 6)?.concept).toBe('rescued:worker');
  });

  it('leaves a group only found alive, more of a total given before', () => {
    expect(claimOf('وارتفع عدد الناجين إلى 31 شخصا، بعد أن عثر صيادون على 5 مهاجرين أحياء.', 5)?.concept).toBe('migrant');
  });
});

describe('a crime’s name', () => {
  it('is not what befell the people charged with it', () => {
    expect(claimOf('ووجهت النيابة تهمة القتل غير العمد إلى 4 من مسؤولي الشركة المشغلة.', 4)?.concept).not.toMatch(/^death/);
  });
});

describe('people moved whom a relative clause describes', () => {
  it('counts those moved, not what befell them before', () => {
    expect(claimOf('ونُقل 7 من العمال الذين أُنقذوا إلى مستشفى البلدة.', 7)?.concept).toBe('worker:moved');
  });

  it('keeps the event of a relative clause when no verb of moving stands before', () => {
    expect(claimOf('وكان بين المصابين 7 من العمال الذين أُنقذوا من النفق.', 7)?.concept).not.toBe('worker:moved');
  });
});

describe('a reporting verb with its object pronoun', () => {
  it('is skipped after «وفق ما» and «لما»', () => {
    expect(claimOf('وانتشلت الفرق 9 جثث، وفق ما أعلنته هيئة الإسعاف الثلاثاء.', 9)?.attribution).toBe('هيئة الإسعاف');
    expect(claimOf('وانتشلت الفرق 9 جثث، وفقا لما ذكرته الشرطة.', 9)?.attribution).toBe('الشرطة');
    expect(claimOf('وانتشلت الفرق 9 جثث، حسبما أعلنه الدفاع المدني.', 9)?.attribution).toBe('الدفاع المدني');
  });
});

describe('a sum’s noun and its period', () => {
  it('reaches the noun past the period between it and the figure', () => {
    expect(claimOf('وأظهرت البيانات أن عجز الحساب الجاري اتسع خلال الأشهر الثلاثة الأولى من العام ليبلغ 1620 مليون دينار.', 1620000000)?.concept).toBe('money:deficit:current-account:per:q:1');
    expect(claimOf('وراجع البنك تقديراته لعجز الحساب الجاري خلال الربع الأول من سنة 2026 ليبلغ 1780 مليون دينار.', 1780000000)?.concept).toBe('money:deficit:current-account:per:q:1');
  });

  it('takes the head of a construct: a budget’s deficit is a deficit', () => {
    expect(claimOf('وبلغ عجز الموازنة 3.4 مليار دينار.', 3400000000)?.concept).toBe('money:deficit');
    expect(claimOf('وبلغت الموازنة 21 مليار دينار.', 21000000000)?.concept).toBe('money:budget');
  });
});

describe('the current account’s gap', () => {
  it('restated as a share of the output is that gap’s share, of its period', () => {
    expect(claimOf('وبلغ عجز الحساب الجاري 1620 مليون دينار خلال الربع الأول، وهو ما يمثل 1.3 في المئة من الناتج المحلي الإجمالي.', 1.3)?.concept).toBe('percent:deficit:current-account:per:q:1');
  });

  it('named before a share of the output is the current account’s, not the budget’s', () => {
    expect(claimOf('وبلغ عجز الحساب الجاري 1.3 في المئة من الناتج المحلي الإجمالي.', 1.3)?.concept).toBe('percent:deficit:current-account');
  });

  it('takes no balance-of-payments basis, which it always is on', () => {
    expect(claimOf('وبلغ عجز الحساب الجاري لميزان المدفوعات 1620 مليون دينار.', 1620000000)?.concept).toBe('money:deficit:current-account');
    expect(claimOf('وبلغت الصادرات 3200 مليون دينار وفق منهجية ميزان المدفوعات.', 3200000000)?.concept).toMatch(/:bop/);
  });
});

describe('periods', () => {
  const claimAt = (text: string, v: number, published: string): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

  it('reads a quarter of last year as that year’s', () => {
    expect(claimAt('وكان معدل البطالة في الربع الثاني من العام الماضي 12.7%.', 12.7, '2026-10-08')?.concept).toBe('percent:unemployment:per:q:2:in:2025');
  });

  it('gives a quarter right after another figure to that figure', () => {
    const c = claimAt('وارتفع معدل البطالة إلى 9.4% في الربع الأول، بعدما كان قد هبط إلى 9.1% في الربع الأخير من العام الماضي، ليتجاوز عدد العاطلين 1.8 مليون شخص.', 1800000, '2026-05-02');
    expect(c?.concept ?? '').not.toMatch(/q:4/);
  });

  it('never dates a figure by the period it is set against, before it', () => {
    const c = claimAt('وارتفع عدد العاطلين بنحو 64 ألف شخص مقارنة بالربع الأخير من العام الماضي، وليس بـ58 ألفا كما أعلن سابقا.', 58000, '2026-05-02');
    expect(c?.concept ?? '').not.toMatch(/q:4/);
  });
});

describe('youth of the ages a relative clause gives', () => {
  it('reads the group and its ages', () => {
    expect(claimOf('وكشف التقرير أن معدل البطالة في صفوف الشباب الذين تتراوح أعمارهم بين 16 و24 عاما بلغ 23.8%.', 23.8)?.concept).toBe('percent:unemployment:among:youth-16-24');
  });
});

describe('those remanded in custody', () => {
  it('are a count of their own, of the group they belong to', () => {
    expect(claimOf('وقررت النيابة العامة حبس خمسة من العاملين بالشركة على ذمة التحقيقات.', 5)?.concept).toBe('remanded:worker');
    expect(claimOf('وارتفع عدد المحبوسين احتياطيا إلى سبعة.', 7)?.concept).toBe('remanded');
  });
});

describe('livestock lost', () => {
  it('counts the heads of a herd lost', () => {
    expect(claimOf('وقال مسؤولون إن المزارعين فقدوا نحو 2,300 رأس من الماشية.', 2300)?.concept).toBe('livestock:lost');
    expect(claimOf('وبلغ عدد رؤوس الماشية النافقة نحو 4,100 رأس.', 4100)?.concept).toBe('livestock:lost');
  });

  it('leaves a herd no one lost', () => {
    expect(claimOf('وتقدر الثروة الحيوانية في الولاية بنحو 6 ملايين رأس من الماشية.', 6000000)?.concept).not.toBe('livestock:lost');
  });
});

describe('a witness’s own kin', () => {
  it('gives no toll of the event', () => {
    expect(claimOf('وقال إن السيل «جرف أربعة منازل لأقاربي في ليلة واحدة».', 4)?.concept).toBeNull();
    expect(claimOf('ودمرت السيول 4 منازل في القرية.', 4)?.concept).toBe('building:destroyed');
  });
});

describe('those shelters took in', () => {
  it('are the sheltered, the shelters named before the verb', () => {
    expect(claimOf('وأوضحت اللجنة أن مراكز الإيواء، وعددها 11 مركزا، استقبلت 540 شخصا في ذروة الحالة.', 540)?.concept).toBe('sheltered');
  });

  it('leaves people a hospital took in', () => {
    expect(claimOf('واستقبلت المستشفيات 540 شخصا.', 540)?.concept).not.toBe('sheltered');
  });
});

describe('a group within those aboard', () => {
  it('is a part of them', () => {
    expect(claimOf('وأكدت المنظمة أن أحدا من الأطفال الستة الذين كانوا على متنه لم ينج.', 6)?.concept).toBe('aboard:child');
  });

  it('leaves the migrants a boat carried its whole', () => {
    expect(claimOf('وكان القارب يقل 74 مهاجرا.', 74)?.concept).toBe('aboard');
  });
});

describe('people a place can hold', () => {
  it('are no count of anyone there', () => {
    const text = 'وقال إن «أكثر من 4 آلاف شخص احتشدوا في ساحة لا تتسع لأكثر من 900 شخص».';
    expect(claimOf(text, 900)?.concept).toBeNull();
    expect(claimOf(text, 4000)?.concept).toBe('crowd');
  });
});

describe('their number estimated', () => {
  it('names no speaker by «عددهم»', () => {
    expect(claimOf('وأشار البيان إلى أن المهاجمين، الذين قُدّر عددهم بنحو 260 مسلحا، تكبدوا خسائر فادحة.', 260)?.attribution ?? '').not.toContain('عدد');
  });
});

describe('how many quarters running', () => {
  it('names no quarter', () => {
    expect(claimOf('بينما انكمش قطاع البناء بنسبة 1.7% للربع الثالث على التوالي.', 1.7)?.concept ?? '').not.toMatch(/:per:q/);
    expect(claimOf('بينما انكمش قطاع البناء بنسبة 1.7% في الربع الثالث.', 1.7)?.concept ?? '').toMatch(/:per:q:3/);
  });
});

describe('a season’s close announced', () => {
  it('ends the speaker’s name', () => {
    expect(claimOf('أعلنت الهيئة العامة للحبوب اختتام موسم التسويق، بعد أن بلغت الكميات المسلمة 840 ألف طن.', 840000)?.attribution).toBe('الهيئة العامة للحبوب');
  });
});
