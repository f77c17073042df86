// Rules found by the gold evaluation (tests/regression-gold): what "عدد X" counts, the number "العدد" refers
// back to, whose vote share a candidate named before the clause holds, and a part of a sum.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (claims: Claim[], v: number) => claims.filter((c) => c.value === v);

describe('what a figure counts, read from its head noun', () => {
  it('"عدد القتلى" decides, not a nearer word such as "المنكوبة"', () => {
    const c = extractClaims('ويخشى رئيس البلدية أن عدد القتلى في الوادي المنكوب قد يزيد على 7 آلاف.');
    expect(byValue(c, 7000)[0]?.concept).toBe('death');
    expect(byValue(c, 7000)[0]?.modality).toBe('projection');
  });

  it('"العدد" refers back to the figure just given in the sentence', () => {
    const c = extractClaims('وقالت الحكومة إن حصيلة الضحايا بلغت 2500 شخص، مع توقعات بارتفاع العدد إلى 6 آلاف شخص.');
    expect(byValue(c, 2500)[0]?.concept).toBe('death');
    expect(byValue(c, 6000)[0]?.concept).toBe('death');
    expect(byValue(c, 6000)[0]?.modality).toBe('projection');
  });

  it('a bare "العدد" with nothing before it stays unknown', () => {
    const c = extractClaims('وارتفع العدد إلى 70 شخصا.');
    expect(byValue(c, 70)[0]?.concept ?? null).toBeNull();
  });
});

describe('vote shares', () => {
  it('belong to the candidate named before the comma, not to his country', () => {
    const c = extractClaims('وقالت وسائل إعلام إن الرئيس الكندي جون سميث، متقدم بـ 61.2% مقابل 38.8% لمنافسه المرشح مارك تيلور.');
    expect(byValue(c, 61.2)[0]?.owners).toEqual(['person:جون سميث']);
    expect(byValue(c, 38.8)[0]?.owners).toEqual(['person:مارك تيلور']);
  });

  it('a speaker named before the comma never owns a death toll', () => {
    const c = extractClaims('وقال الرئيس جون سميث، إن الحصيلة بلغت 9000 قتيل.');
    expect(byValue(c, 9000)[0]?.concept).toBe('death');
    expect(byValue(c, 9000)[0]?.owners ?? []).not.toContain('person:جون سميث');
  });
});

describe('a part of a sum', () => {
  it('"X من الوديعة" is a part of the deposit, "X من الودائع" the deposits', () => {
    const part = extractClaims('وأضاف أنه تقرر تحويل 4 مليارات دولار من الوديعة الإماراتية إلى العملة المحلية.');
    expect(byValue(part, 4e9)[0]?.concept).toBe('money:deposit:part');
    const whole = extractClaims('وقالت الشركة إنها ستحول 8 مليارات دولار من الودائع إلى استثمارات.');
    expect(byValue(whole, 8e9)[0]?.concept).toBe('money:deposit');
  });

  it('a sum received "من الدفعة الأولى" is part of the tranche, a tranche named before stays one', () => {
    const part = extractClaims('وقال رئيس الوزراء إن البلاد تسلمت 3 مليارات دولار من الدفعة الأولى للصفقة.');
    expect(byValue(part, 3e9)[0]?.concept).toBe('money:tranche:part');
    const named = extractClaims('وتستقبل البلاد دفعة ثانية بقيمة 12 مليار دولار من صفقة تطوير المدينة.');
    expect(byValue(named, 12e9)[0]?.concept).toBe('money:tranche:2');
  });
});
