// Numbers read wrong in the invented batches' developed half (the twenty-sixth round). Invented
// sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text, { published: null }).find((c) => c.value === v);

describe('some of those counted before («N من المصابين»), told by what befell them', () => {
  it('counts them by the clause’s verb of another event', () => {
    // (The injured who died are those who died of their wounds since the forty-fifth round.)
    expect(byValue('وتوفي ثلاثة من المصابين متأثرين بجروحهم.', 3)?.concept).toBe('death:of-wounds');
    expect(byValue('ودُفن بعد ظهر الأربعاء 11 من ضحايا الانهيار في مقبرة البلدة.', 11)?.concept).toBe('buried');
  });

  it('keeps the noun’s count where no verb says otherwise', () => {
    // (The group they are said to be is read since the twenty-seventh round: the dead children.)
    expect(byValue('وقال الطبيب إن 11 من القتلى أطفال.', 11)?.concept).toBe('death:child');
    expect(byValue('وقتل 12 من المدنيين في القصف.', 12)?.concept).toMatch(/^death/);
  });
});

describe('a toll fronted by «وفي» and a name the gazetteer lacks («وفي X، لقي …»)', () => {
  it('is that place’s', () => {
    const c = byValue('وفي مبوندا، على بعد 40 كيلومترا من العاصمة، لقي أربعة أشخاص حتفهم في انزلاق أصغر.', 4);
    expect(c?.concept).toBe('death');
    expect(c?.places).toEqual(['town:مبوندا']);
  });

  it('not a common word fronted the same way', () => {
    expect(byValue('وفي المقابل، لقي أربعة أشخاص حتفهم في انزلاق أصغر.', 4)?.places ?? []).toEqual([]);
    expect(byValue('وفي تطور، لقي أربعة أشخاص حتفهم في انزلاق أصغر.', 4)?.places ?? []).toEqual([]);
  });
});

describe('the province a collision, crash or collapse took place in', () => {
  it('is where the event was, not a province’s share of a larger toll', () => {
    const text = 'ارتفعت حصيلة ضحايا تصادم قطار الركاب بقطار الشحن قرب محطة البلدة في ولاية النهرين إلى 53 قتيلا و178 جريحا.';
    expect(byValue(text, 53)?.places).toEqual(['place:نهرين']);
    expect(byValue(text, 53)?.adminPlace).toBeFalsy();
    expect(byValue(text, 178)?.adminPlace).toBeFalsy();
  });

  it('stays a share after a quake, which strikes several provinces', () => {
    expect(byValue('وقالت الوزارة إن حصيلة قتلى الزلزال في إقليم النهرين ارتفعت إلى 1351 وفاة.', 1351)?.adminPlace).toBe(true);
  });
});

describe('the dead of one place among a toll («بين القتلى 21 من ولاية X و14 من Y»)', () => {
  it('are parts of the toll after «بين القتلى», as after «بينهم»', () => {
    const text = 'وقالت السلطات إن بين القتلى الذين جرى التعرف على هوياتهم 21 من ولاية النهرين و14 من تيكانا، معظمهم من العمال.';
    expect(byValue(text, 21)?.concept).toBe('death:part');
    expect(byValue(text, 14)?.concept).toBe('death:part');
  });

  it('and the next item of the list is not the first item’s province', () => {
    const text = 'وجرى التعرف على هويات 38 من القتلى، بينهم 19 من ولاية النهرين و14 من تيكانا.';
    expect(byValue(text, 19)?.concept).toBe('death:part');
    expect(byValue(text, 14)?.concept).toBe('death:part');
    expect(byValue(text, 14)?.places ?? []).not.toContain('place:نهرين');
  });

  it('leaves a group among them its own count', () => {
    expect(byValue('ومن بين القتلى 41 طفلا.', 41)?.concept).toBe('death:child');
  });
});

describe('the dead of one group named after their noun («22 قتيلا من المدنيين», «22 قتيلا مدنيا»)', () => {
  it('are that group’s dead, as «مقتل 22 من المدنيين» is', () => {
    expect(byValue('ارتفعت حصيلة الهجوم إلى 22 قتيلا من المدنيين، بينهم 5 أطفال.', 22)?.concept).toBe('death:civilian');
    expect(byValue('22 قتيلا مدنيا في هجوم على القرية', 22)?.concept).toBe('death:civilian');
  });

  it('not a list of groups, nor a place glued to its preposition', () => {
    expect(byValue('وأصيب 30 جريحا من العسكريين والمدنيين.', 30)?.concept).toBe('injured');
    expect(byValue('وسجلت 91 وفاة بإقليم النهرين، و13 وفاة بعمالة النهرين.', 13)?.concept).toBe('death');
  });
});

describe('«others» who are still missing, and those living in the shelters', () => {
  it('counts «20 آخرين ما زالوا في عداد المفقودين» among the missing, after a count of the injured', () => {
    expect(byValue('وأفاد بأن عدد المصابين بلغ 57 شخصا، وأن أكثر من 20 آخرين ما زالوا في عداد المفقودين.', 20)?.concept).toBe('missing');
  });

  it('counts «7400 شخص يقيمون حاليا في 38 مركز إيواء» among the sheltered, not the population', () => {
    expect(byValue('وأوضح أن نحو 7400 شخص يقيمون حاليا في 38 مركز إيواء.', 7400)?.concept).toBe('sheltered');
    expect(byValue('وفي المدينة التي يقطنها نحو 90 ألف نسمة، اصطف الأهالي أمام نقاط التوزيع.', 90_000)?.concept).toBe('population');
  });
});

describe('a month with its year after it («في أكتوبر 2025», «في أكتوبر من العام الماضي»)', () => {
  const byValueOn = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-11-02' }).find((c) => c.value === v);

  it('is that year’s month when the year is before the read’s', () => {
    expect(byValueOn('وكان معدل التضخم قد بلغ 11.9% في أكتوبر من العام الماضي.', 11.9)?.concept).toBe('percent:inflation:per:m:10:in:2025');
    expect(byValueOn('وكان معدل التضخم قد بلغ 11.9% في أكتوبر 2025.', 11.9)?.concept).toBe('percent:inflation:per:m:10:in:2025');
    expect(byValueOn('وبلغ معدل التضخم 9.7% في أكتوبر الماضي.', 9.7)?.concept).toBe('percent:inflation:per:m:10');
  });

  it('not when it is the month a change is measured from, and never for a figure after it', () => {
    expect(byValueOn('وتراجعت الصادرات 5% عن سبتمبر 2025.', 5)?.concept).not.toMatch(/:in:/);
    expect(byValueOn('بزيادة 12.3 في المئة عن سبتمبر 2025، فيما بلغت قيمة إعادة التصدير 21.3 مليار دولار.', 21_300_000_000)?.concept ?? '').not.toMatch(/:per:m:9/);
  });
});

describe('a threshold or level a rate is measured against («عتبة 10%», «قرب 10%»)', () => {
  it('is no rate reported', () => {
    expect(byValue('التضخم يقترب من عتبة 10%.. والبنك المركزي أمام قرار صعب', 10)?.concept ?? null).toBe(null);
    expect(byValue('ويرى مراقبون أن استمرار التضخم قرب 10% يضع ضغوطا على الأجور.', 10)?.concept ?? null).toBe(null);
    expect(byValue('وارتفع التضخم إلى 9.8% في أكتوبر.', 9.8)?.concept).toMatch(/^percent:inflation/);
  });
});

describe('a country named after a direction word that locates an unknown town («من سواحل X غربي ليبيا»)', () => {
  it('says where the town lies: it owns no later figure of the sentence', () => {
    const text = 'كان على متن المركب 72 شخصا عندما أبحر من سواحل ماكوندا غربي ليبيا مساء الثلاثاء، ما يعني أن 22 شخصا لا يزالون في عداد المفقودين.';
    expect(byValue(text, 22)?.concept).toBe('missing');
    expect(byValue(text, 22)?.owners ?? []).not.toContain('ly');
  });
});
