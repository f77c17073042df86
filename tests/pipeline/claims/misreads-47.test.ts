// Readings fixed in the forty-seventh round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: the words after a destroyed count end at the next act
// (damage.ts); a rate named by its pronoun, and youth by their ages alone (rates.ts,
// rate-group.ts); the land treated apart from the land struck (area-act.ts); remittances, a series
// with its period and its change (period.ts, rates.ts, money.ts); a workplace's staff, the injured
// who left hospital and those still treated (concept-of.ts); an incident's whole toll
// (claims/index.ts); victims who died of their wounds, a crowd that rushed in (concept-of.ts);
// suffocation cases and two deaths in the dual (concepts.ts); a debt's term and its service
// (money.ts); a fiscal year that ends next year (claims/index.ts); a counted noun's broken plural
// «أفعال» keyed as its singular (concepts.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string, published = '2026-06-10'): Claim[] => extractClaims(text, { published });
const conceptOf = (text: string, v: number, published?: string): string | null | undefined => claimsOf(text, published).find((c) => c.value === v)?.concept;

describe('the words after a count of buildings', () => {
  it('end at the next act: destroyed wholly, then others damaged in part', () => {
    const text = 'دمرت السيول 380 منزلا بالكامل وألحقت أضرارا جزئية بـ1240 منزلا آخر.';
    expect(conceptOf(text, 380)).toBe('building:destroyed');
    expect(conceptOf(text, 1240)).toBe('building:damaged-partly');
  });

  it('still read two adjectives of the same buildings as either', () => {
    expect(conceptOf('وأحصت البلدية 760 مبنى مدمرا ومتضررا.', 760)).toBe('building:destroyed-or-damaged');
  });
});

describe('a labour rate', () => {
  it('named by its pronoun is the rate of the noun further back', () => {
    expect(conceptOf('وأظهر المسح أن البطالة ما زالت تضرب الشباب بشدة في الأرياف، إذ بلغ معدلها 24.1% خلال الفصل.', 24.1)).toBe('percent:unemployment');
  });

  it('of a bracket of youth’s ages alone is youth of those ages', () => {
    expect(conceptOf('وبلغ معدل البطالة 23.4% لدى الفئة العمرية بين 16 و24 عاما.', 23.4)).toBe('percent:unemployment:among:youth-16-24');
  });

  it('of an older bracket is no youth’s', () => {
    expect(conceptOf('وبلغ معدل البطالة 6.2% لدى الفئة العمرية بين 35 و44 عاما.', 6.2)).not.toContain('youth');
  });
});

describe('land treated against a pest', () => {
  it('is a count of its own beside the land struck', () => {
    expect(conceptOf('وقالت الوزارة إن الجراد غزا 47 ألف هكتار، وإن فرق المكافحة عالجت 12 ألفا و600 هكتار.', 47000)).toBe('area');
    expect(conceptOf('وقالت الوزارة إن الجراد غزا 47 ألف هكتار، وإن فرق المكافحة عالجت 12 ألفا و600 هكتار.', 12600)).toBe('area:treated');
  });

  it('reads the words after the figure first, and the whole it is a part of as struck', () => {
    const text = 'حصيلة الموسم: 19,300 هكتار عولجت من أصل 52,700 هكتار مصابة';
    expect(conceptOf(text, 19300)).toBe('area:treated');
    expect(conceptOf(text, 52700)).toBe('area');
  });

  it('keeps «منها» a part of the treated land', () => {
    expect(conceptOf('وعالجت الفرق 12 ألفا و600 هكتار، منها 2700 هكتار عبر الرش الجوي.', 2700)).toBe('area:treated:part');
  });
});

describe('remittances', () => {
  it('are a series, of the period named', () => {
    expect(conceptOf('بلغت تحويلات العاملين في الخارج 41.6 مليار درهم خلال النصف الأول من السنة الجارية.', 41600000000)).toBe('money:remittance:per:h:1');
  });

  it('move by a share of themselves', () => {
    // (Set against a year before, as a change that names no base is: one measure.)
    expect(conceptOf('ارتفعت تحويلات المغتربين بنسبة 6.2% على أساس سنوي.', 6.2)).toBe('percent:change:remittance:up');
  });

  it('are not a payment system’s transfers', () => {
    expect(conceptOf('ارتفع عدد العمليات عبر نظام المدفوعات للتحويلات المالية ارتفاعا بنسبة 9.7%.', 9.7) ?? '').not.toContain('remittance');
  });

  it('take a kind from an adjective of the definite noun only, not from whose they are', () => {
    expect(conceptOf('بلغت التحويلات النقدية 3.1 مليار دولار.', 3100000000)).toBe('money:remittance:نقد');
    expect(conceptOf('بلغت تحويلات الجالية 3.1 مليار دولار.', 3100000000)).toBe('money:remittance');
  });
});

describe('the workers of a plant', () => {
  it('it employs are its staff, not those there when it happened', () => {
    expect(conceptOf('وأضافت الشركة أن المصنع يشغل 960 عاملا.', 960)).toBe('worker:staff');
    const text = 'وأكدت اللجنة أن 410 عمال كانوا داخل المصنع لحظة الحادث، من أصل 960 عاملا يعملون فيه.';
    expect(conceptOf(text, 410)).toBe('worker');
    expect(conceptOf(text, 960)).toBe('worker:staff');
  });
});

describe('the injured of a leak', () => {
  it('who left hospital in the plural verb have recovered; the others still treated are in hospital', () => {
    const text = 'وأوضحت الوزارة أن 187 مصابا غادروا المستشفيات بعد تلقيهم العلاج، فيما لا يزال 23 آخرون يتلقون العلاج.';
    expect(conceptOf(text, 187)).toBe('recovered');
    expect(conceptOf(text, 23)).toBe('injured:treated');
  });
});

describe('an incident’s toll', () => {
  it('called its whole, outside a war, is the toll itself, no sum over places', () => {
    const c = claimsOf('وبلغ العدد الإجمالي للمصابين في حريق المستودع 64 شخصا.').find((x) => x.value === 64);
    expect(c?.concept).toBe('injured');
    expect(c?.places).toEqual([]);
  });

  it('of victims who died of their wounds since is a count of its own', () => {
    expect(conceptOf('وأوضحت الوزارة أن 11 من الضحايا توفوا في المستشفيات متأثرين بحروقهم.', 11)).toBe('death:of-wounds');
  });

  it('leaves a crowd that rushed to the site a crowd', () => {
    expect(conceptOf('وأضاف أن نحو 240 شخصا من سكان القرى المجاورة هرعوا إلى المكان لجمع الوقود.', 240)).toBe('crowd');
  });
});

describe('a storm’s cases', () => {
  it('of suffocation are injured, and two deaths in the dual are deaths', () => {
    const text = 'خلفت العاصفة وفاتين و3870 حالة اختناق في عشر محافظات.';
    expect(conceptOf(text, 3870)).toBe('injured');
    expect(claimsOf(text).find((c) => c.value === 2)?.concept).toBe('death');
  });

  it('keeps «وفاة واحدة» after suffocation cases one death', () => {
    expect(conceptOf('أكثر من 1600 حالة اختناق ووفاة واحدة', 1)).toBe('death');
  });
});

describe('a country’s external debt', () => {
  it('short-term, long-term and its service are three sums, not the debt', () => {
    const text = 'وأظهرت البيانات أن الدين الخارجي طويل الأجل بلغ 121.5 مليار دولار، في حين سجل الدين قصير الأجل 24.9 مليار دولار.';
    expect(conceptOf(text, 121500000000)).toBe('money:debt:long-term');
    expect(conceptOf(text, 24900000000)).toBe('money:debt:short-term');
    expect(conceptOf('وسددت الحكومة 31.2 مليار دولار لخدمة دينها الخارجي.', 31200000000)).toBe('money:debt:service');
  });

  it('of this June is this year’s, whatever fiscal year ending next year the article names', () => {
    const text = 'عدّل البنك المركزي بيانات الدين الخارجي في نهاية يونيو/حزيران 2026 إلى 152.3 مليار دولار. وقالت النشرة إن خدمة الدين المستحقة خلال العام المالي 2026/2027 تبلغ 30 مليار دولار.';
    expect(conceptOf(text, 152300000000, '2026-11-02')).toBe('money:debt:per:m:6');
  });
});

describe('a counted noun the lexicon does not know', () => {
  it('is one key in the singular and in its broken plural «أفعال»', () => {
    expect(conceptOf('ورصدت الفرق 12 سربا منذ مطلع الشهر.', 12)).toBe(conceptOf('ورصدت الفرق 9 أسراب منذ مطلع الشهر.', 9));
  });
});
