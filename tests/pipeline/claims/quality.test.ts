// Claim details the difference panel depends on: compound numbers, scopes carried along a list,
// control zones, country-by-country figures, earlier mentions, short attributions, money cues.
import { describe, expect, it } from 'vitest';
import { extractClaims, isEarlierMention } from '../../../lib/pipeline/claims/index';
import { fold } from '../../../lib/pipeline/text/fold';
import type { Claim } from '../../../lib/types';

const byValue = (claims: Claim[], v: number) => claims.find((c) => c.value === v);
const words = (s: string | null | undefined) => (s ?? '').trim().split(/\s+/).filter(Boolean).length;

describe('numbers written as "27 ألفا و418"', () => {
  it('are comparable counts with their concept', () => {
    const c = extractClaims('وبلغت حصيلة الضحايا في البلدين 27 ألفا و418 قتيلا، وفي كندا 24 ألفا و906 قتلى.');
    const a = byValue(c, 27418);
    const b = byValue(c, 24906);
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
    const gov = extractClaims('وأكدت وزارة الصحة الكندية ارتفاع عدد الوفيات إلى 480 وإصابة 930 آخرين في مناطق سيطرة الحكومة.');
    expect(byValue(gov, 480)?.places).toEqual(['zone:government']);
    expect(byValue(gov, 480)?.adminPlace).toBe(true);
    expect(byValue(gov, 930)?.places).toEqual(['zone:government']);
    const opp = extractClaims('وقالت فرق الإغاثة في مناطق الجنوب الواقعة تحت سيطرة المعارضة إن الحريق أدى إلى مقتل 275 شخصا.');
    expect(byValue(opp, 275)?.places).toEqual(['zone:opposition']);
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
    const s1 = 'وكانت الحكومة قد أعلنت في وقت سابق أن عدد الضحايا بلغ 4 آلاف.';
    expect(isEarlierMention(s1, s1.indexOf('4'))).toBe(true);
    const s2 = 'وفي وقت سابق قال الناطق إن 2700 حالة وفاة سجلت.';
    expect(isEarlierMention(s2, s2.indexOf('2700'))).toBe(true);
    const s3 = 'وارتفعت الحصيلة إلى 9 آلاف قتيل، بعد أن كانت 6 آلاف.';
    expect(isEarlierMention(s3, s3.indexOf('9'))).toBe(false);
  });

  it('reads "earlier this week" dating the event, not the count that rises to the figure', () => {
    const latest = 'أكد المحافظ أن حصيلة ضحايا السيول، التي اجتاحت الوادي في وقت سابق من هذا الشهر، ارتفعت إلى 57 شخصا.';
    expect(isEarlierMention(latest, latest.indexOf('57'))).toBe(false);
    // Recalled in the pluperfect, or said earlier with no rise to the figure: still an earlier count.
    const recalled = `وكان المحافظ قد ${latest}`;
    expect(isEarlierMention(recalled, recalled.indexOf('57'))).toBe(true);
    const said = 'وأعلنت الوزارة في وقت سابق من اليوم أن عدد القتلى 30 شخصا.';
    expect(isEarlierMention(said, said.indexOf('30'))).toBe(true);
  });

  it('reads "at first" after the figure in its own clause, when told where the figure ends', () => {
    const s = 'وتم الإبلاغ عن 12 حالة وفاة في البداية، لكن العدد يرتفع.';
    const end = s.indexOf('12') + 2;
    expect(isEarlierMention(s, s.indexOf('12'), end)).toBe(true);
    expect(isEarlierMention(s, s.indexOf('12'))).toBe(false);
    const other = 'وقتل 12 شخصا، وفي البداية كان العدد أقل.';
    expect(isEarlierMention(other, other.indexOf('12'), other.indexOf('12') + 2)).toBe(false);
  });
});

describe('attribution is short and names the speaker', () => {
  const attr = (text: string, v: number) => byValue(extractClaims(text), v)?.attribution ?? null;

  it('cuts the document before the body that issued it', () => {
    expect(fold(attr('ووصلت حصيلة الوفيات إلى 185 شخصا، بحسب آخر تصريح لوزارة الصحة.', 185) ?? '')).toBe(fold('وزارة الصحة'));
    expect(fold(attr('وأفادت الإذاعة نقلا عن بيان لوزارة الدفاع بأن عدد القتلى بلغ 740 قتيلا.', 740) ?? '')).toBe(fold('وزارة الدفاع'));
    expect(attr('وبلغت الحصيلة 17 ألفا و450 قتيلا، حسب آخر إحصاء رسمي.', 17450)).toBeNull();
  });

  it('gives the body a news agency quoted', () => {
    expect(fold(attr('ونقلت وكالة الأنباء الرسمية عن هيئة الطوارئ الوطنية أن الإعصار خلف 3 آلاف قتيل.', 3000) ?? '')).toBe(fold('هيئة الطوارئ الوطنية'));
  });

  it('stops before the figure and its verbal noun', () => {
    expect(fold(attr('فيما أكد التحالف المدني وجود أكثر من 1700 قتيل.', 1700) ?? '')).toBe(fold('التحالف المدني'));
  });

  it('is not fooled by a noun sharing a verb stem', () => {
    const a = attr('وعند احتساب أحدث رقم معلن وهو 2300 قتيل يرتفع الإجمالي.', 2300);
    expect(a ?? '').not.toMatch(/رقم|معلن/);
  });

  it('keeps the noun a nationality qualifies, and continues with تابع', () => {
    expect(fold(attr('وكانت السلطات الكندية قالت في وقت سابق إن الحصيلة بلغت 5 آلاف.', 5000) ?? '')).toBe(fold('السلطات الكندية'));
    expect(fold(attr('وكانت السلطات البرازيلية قد أعلنت أمس أن الحصيلة بلغت 4 آلاف.', 4000) ?? '')).toBe(fold('السلطات البرازيلية'));
    expect(fold(attr('وتابعت وزارة الصحة أن عدد الوفيات وصل إلى 860 وفاة.', 860) ?? '')).toBe(fold('وزارة الصحة'));
  });

  it('never runs on into the reported clause, and stays within six words', () => {
    const a = attr('قالت وسائل إعلام محلية الرئيس المنتهية ولايته متقدم بـ 61.2% من الأصوات.', 61.2);
    expect(fold(a ?? '')).toBe(fold('وسائل إعلام محلية'));
    const long = attr('أعلنت الهيئة الوطنية للإغاثة والإيواء التابعة للحكومة المؤقتة في العاصمة ارتفاع عدد الضحايا إلى 2150 شخصا.', 2150);
    expect(words(long)).toBeLessThanOrEqual(6);
    expect(fold(long ?? '')).toBe(fold('الهيئة الوطنية للإغاثة والإيواء'));
  });

  it('still cuts a long title to the name that ends it', () => {
    const a = attr('وقال مستشار الاتصالات في القصر الرئاسي سامي حداد إن هناك 1800 جندي في المنطقة.', 1800);
    expect(fold(a ?? '')).toBe(fold('سامي حداد'));
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
