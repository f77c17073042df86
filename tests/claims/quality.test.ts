// Claim details the difference panel depends on: compound numbers, scopes carried along a list,
// control zones, country-by-country figures, earlier mentions, short attributions, money cues.
import { describe, expect, it } from 'vitest';
import { extractClaims, isEarlierMention } from '../../lib/claims/index';
import { fold } from '../../lib/text/fold';
import type { Claim } from '../../lib/types';

const byValue = (claims: Claim[], v: number) => claims.find((c) => c.value === v);
const words = (s: string | null | undefined) => (s ?? '').trim().split(/\s+/).filter(Boolean).length;

describe('numbers written as "35 ألفا و225"', () => {
  it('are comparable counts with their concept', () => {
    const c = extractClaims('وارتفعت حصيلة الضحايا في البلدين إلى 35 ألفا و225 قتيلا، وفي كندا إلى 31 ألفا و634 قتيلا.');
    const a = byValue(c, 35225);
    const b = byValue(c, 31634);
    expect(a?.comparable).toBe(true);
    expect(a?.concept).toBe('death');
    expect(b?.comparable).toBe(true);
    expect(b?.places).toEqual(['ca']);
  });

  it('still keeps model names out', () => {
    const c = extractClaims('وحلقت طائرة إف-16 فوق المدينة.');
    for (const x of c) if (/16/.test(x.text)) expect(x.comparable).toBe(false);
  });
});

describe('scope', () => {
  it('the next item of a list shares the place of the first', () => {
    const c = extractClaims('وأعلن الوزير ارتفاع الحصيلة في كندا إلى 9100 قتيل و40200 مصاب.');
    expect(byValue(c, 9100)?.places).toEqual(['ca']);
    expect(byValue(c, 40200)?.concept).toBe('injured');
    expect(byValue(c, 40200)?.places).toEqual(['ca']);
  });

  it('a figure for a control zone is that zone, not the country', () => {
    const gov = extractClaims('وأعلنت وزارة الصحة السورية ارتفاع عدد القتلى إلى 650 وإصابة 1200 آخرين في مناطق سيطرة الحكومة.');
    expect(byValue(gov, 650)?.places).toEqual(['zone:government']);
    expect(byValue(gov, 650)?.adminPlace).toBe(true);
    expect(byValue(gov, 1200)?.places).toEqual(['zone:government']);
    const opp = extractClaims('وأفادت فرق الدفاع المدني العاملة في مناطق الشمال الواقعة تحت سيطرة المعارضة بمقتل 610 أشخاص.');
    expect(byValue(opp, 610)?.places).toEqual(['zone:opposition']);
    // "خارج السيطرة" names no zone.
    const none = extractClaims('وقال المجلس إن الوضع خارج السيطرة بعد مقتل 90 شخصا في المدينة.');
    expect(byValue(none, 90)?.places ?? []).not.toContain('zone:other');
  });

  it('countries named one by one are national figures, not a breakdown', () => {
    const c = extractClaims('وارتفعت الحصيلة في كندا إلى 2800 قتيل، أما في البرازيل فقد قتل 1300 شخص.');
    expect(byValue(c, 2800)?.places).toEqual(['ca']);
    expect(byValue(c, 2800)?.adminPlace).toBeFalsy();
  });

  it('a per-city item keeps its place after "حالة وفاة"', () => {
    const c = extractClaims('وتم تسجيل 900 وفاة بإقليم النخيل، و14 حالة وفاة بعمالة الواحة.');
    expect(byValue(c, 14)?.places).toEqual(['place:واحه']);
    expect(byValue(c, 14)?.adminPlace).toBe(true);
  });

  it('a total of money is not a total over places', () => {
    const c = extractClaims('ووقع البلدان اتفاقية لتطوير المدينة بتكلفة إجمالية تبلغ 40 مليار دولار.');
    expect(byValue(c, 40e9)?.places ?? []).not.toContain('total');
  });
});

describe('what a figure counts', () => {
  it('areas, residents and patients in hospital are their own concepts', () => {
    const c = extractClaims('وضرب الزلزال مساحة 600 كيلومتر مربع في ولايات يقطنها نحو 12.5 مليون شخص، وأصيب 90 ألف شخص بينهم 11 ألف جريح يتلقون العلاج بالمستشفيات.');
    expect(byValue(c, 600)?.concept).toBe('area');
    expect(byValue(c, 12.5e6)?.concept).toBe('population');
    expect(byValue(c, 11000)?.concept).toBe('injured:treated');
  });

  it('money: deposits, ranked tranches, and deals named by a verb', () => {
    const c = extractClaims(
      'وقالت الشركة إنها ستقوم بتحويل 9 مليارات دولار من الودائع. وتستقبل مصر دفعة ثانية بقيمة 12 مليار دولار من الصفقة. وتؤكد الصفقة التي تستثمر بموجبها «الشركة» 30 مليار دولار في مصر.',
    );
    expect(byValue(c, 9e9)?.concept).toBe('money:deposit');
    expect(byValue(c, 12e9)?.concept).toBe('money:tranche:2');
    expect(byValue(c, 30e9)?.concept).toBe('money:deal');
  });
});

describe('earlier mentions', () => {
  it('recognises a figure the article recalls as an earlier one', () => {
    const s1 = 'وكانت السلطات ذكرت في وقت سابق أن الحصيلة بلغت 6 آلاف.';
    expect(isEarlierMention(s1, s1.indexOf('6'))).toBe(true);
    const s2 = 'وفي وقت سابق أكد المتحدث أنه تم تأكيد 3900 حالة وفاة.';
    expect(isEarlierMention(s2, s2.indexOf('3900'))).toBe(true);
    const s3 = 'وارتفعت الحصيلة إلى 9 آلاف قتيل، بعد أن كانت 6 آلاف.';
    expect(isEarlierMention(s3, s3.indexOf('9'))).toBe(false);
  });
});

describe('attribution is short and names the speaker', () => {
  const attr = (text: string, v: number) => byValue(extractClaims(text), v)?.attribution ?? null;

  it('cuts the document before the body that issued it', () => {
    expect(fold(attr('وبلغت حصيلة الوفيات 210 أشخاص، بحسب آخر تصريح لوزارة الصحة.', 210) ?? '')).toBe(fold('وزارة الصحة'));
    expect(fold(attr('وذكر التلفزيون نقلا عن بيان لوزارة الداخلية أن عدد القتلى ارتفع إلى 1900 قتيل.', 1900) ?? '')).toBe(fold('وزارة الداخلية'));
    expect(attr('وارتفعت الحصيلة إلى 30 ألفا و100 قتيل، بحسب آخر تعداد رسمي.', 30100)).toBeNull();
  });

  it('gives the body a news agency quoted', () => {
    expect(fold(attr('ونقلت وكالة الأنباء عن هيئة إدارة الكوارث أن الزلزال خلف 29 ألف قتيل.', 29000) ?? '')).toBe(fold('هيئة إدارة الكوارث'));
  });

  it('stops before the figure and its verbal noun', () => {
    expect(fold(attr('فيما أكد الائتلاف الوطني وجود أكثر من 2800 قتيل.', 2800) ?? '')).toBe(fold('الائتلاف الوطني'));
  });

  it('is not fooled by a noun sharing a verb stem', () => {
    const a = attr('وبإضافة أحدث رقم معلن وهو 5100 قتيل يرتفع العدد.', 5100);
    expect(a ?? '').not.toMatch(/رقم|معلن/);
  });

  it('keeps the noun a nationality qualifies, and continues with تابع', () => {
    expect(fold(attr('وكانت السلطات الليبية ذكرت في وقت سابق أن الحصيلة بلغت 6 آلاف.', 6000) ?? '')).toBe(fold('السلطات الليبية'));
    expect(fold(attr('وتابعت وزارة الداخلية أن حصيلة القتلى ارتفعت إلى 1200 وفاة.', 1200) ?? '')).toBe(fold('وزارة الداخلية'));
  });

  it('never runs on into the reported clause, and stays within six words', () => {
    const a = attr('قالت وسائل إعلام محلية الرئيس المنتهية ولايته متقدم بـ 61.2% من الأصوات.', 61.2);
    expect(fold(a ?? '')).toBe(fold('وسائل إعلام محلية'));
    const long = attr('أعلنت اللجنة العليا للطوارئ والاستجابة التابعة للحكومة المكلفة من البرلمان ارتفاع عدد الضحايا إلى 3700 شخص.', 3700);
    expect(words(long)).toBeLessThanOrEqual(6);
    expect(fold(long ?? '')).toBe(fold('اللجنة العليا للطوارئ والاستجابة'));
  });

  it('still cuts a long title to the name that ends it', () => {
    const a = attr('وقال مستشار الاتصالات في البيت الأبيض جون كيربي إن هناك 2500 جندي في المنطقة.', 2500);
    expect(fold(a ?? '')).toBe(fold('جون كيربي'));
  });
});

describe('an article glued to the digits', () => {
  it('keeps "الـ12 ألف" comparable while "إف-16" stays a name', () => {
    const [near] = extractClaims('ضحايا الزلزال يقتربون من الـ12 ألف قتيل في البلدين.');
    expect(near.value).toBe(12000);
    expect(near.comparable).toBe(true);
    const [jet] = extractClaims('وصلت طائرات إف-16 إلى البلاد.');
    expect(jet?.comparable ?? false).toBe(false);
  });
});
