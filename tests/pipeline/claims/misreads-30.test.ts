// Readings fixed in the thirtieth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented parties: a place in the ranking of an election's results is a
// vote share (concepts.ts); a party described by an aside, and a party's name whose first word is in
// construct (parties.ts); the non-food part of consumer prices, and a group a rate is given to
// with «لل» (price-groups.ts, rates.ts); the prices of a group «أما» fronts (price-groups.ts); a rate
// restated on another base (period.ts, index.ts); the year's months up to a report's month leave
// it the report's month (report-month.ts).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2025-03-04' }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];
const analysedConcept = (text: string, v: number): string | null | undefined =>
  analyzeArticle({ url: 'u', canonicalUrl: 'u', site: 'u', host: 'u', title: text.split('\n')[0], byline: null, published: '2025-11-12', lang: 'ar', dir: 'rtl', text }).claims.find((c) => c.value === v)?.concept;

describe('a place in the ranking of the results', () => {
  const vote = 'جرت الانتخابات التشريعية يوم الأحد في البلاد. ';
  it('reads a share given with its rank as the party’s share of the votes', () => {
    expect(conceptOf(vote + 'وحلّت جبهة السنابل في المركز الثاني بنسبة 21.4%.', 21.4)).toBe('percent:vote');
    expect(conceptOf(vote + 'وجاء حزب الموج ثالثا بنسبة 9.2%.', 9.2)).toBe('percent:vote');
  });

  it('keeps a rank outside an article about an election no vote share', () => {
    expect(conceptOf('وحلّت الشركة في المركز الثاني بنسبة 21.4% من السوق.', 21.4)).not.toBe('percent:vote');
  });

  it('gives the share to a party described by an aside between commas', () => {
    expect(ownersOf(vote + 'وحلّت جبهة السنابل، المعارضة والمقربة من النقابات، في المركز الثاني بنسبة 21.4%.', 21.4)).toEqual(['person:جبهه السنابل']);
  });
});

describe('a party whose name opens with a noun in construct', () => {
  const vote = 'جرت الانتخابات التشريعية يوم الأحد في البلاد. ';
  it('names the party with its first word and the definite word after it', () => {
    expect(ownersOf(vote + 'ونال حزب نداء الجبال 6.3% من الأصوات و7 مقاعد.', 6.3)).toEqual(['person:حزب نداء الجبال']);
    expect(ownersOf(vote + 'ونال حزب نداء الجبال 6.3% من الأصوات و7 مقاعد.', 7)).toEqual(['person:حزب نداء الجبال']);
  });

  it('takes no verb after an indefinite party noun for a name', () => {
    expect(ownersOf(vote + 'وحصل تحالف يضم الأحزاب الثلاثة على 12 مقعدا.', 12)).toEqual([]);
  });
});

describe('the parts of consumer prices', () => {
  it('reads non-food goods as the non-food part of inflation, and a group given a rate with «لل»', () => {
    const parts = 'وأوضح المكتب أن أسعار المواد الغذائية صعدت 7.7% على أساس سنوي، مقابل 2.9% للسلع غير الغذائية، وارتفعت أسعار السلع غير الغذائية في العاصمة 3.4%.';
    expect(conceptOf(parts, 2.9)).toMatch(/^percent:inflation:nonfood/);
    expect(conceptOf(parts, 3.4)).toMatch(/^percent:inflation:nonfood/);
    expect(conceptOf('وارتفعت الأجور 2.9% للعمال غير المهرة.', 2.9)).toBeNull();
  });

  it('reads the prices of a group «أما» fronts as that group’s', () => {
    expect(conceptOf('أما السلع غير الغذائية فارتفعت أسعارها 3.1%، والخدمات المدفوعة 4.4%.', 3.1)).toBe('percent:inflation:nonfood');
    expect(conceptOf('أما السلع غير الغذائية فارتفعت أسعارها 3.1%، والخدمات المدفوعة 4.4%.', 4.4)).toBe('percent:change:prices:خدمات:up');
  });

  it('reads a rate joined by «و» with a base of its own as the rate before it on that base', () => {
    const food = 'وعلى أساس شهري، زادت الأسعار 0.6%، مدفوعة بأسعار الغذاء التي ارتفعت 1.3% خلال الشهر وحده، و7.2% على أساس سنوي.';
    expect(conceptOf(food, 1.3)).toBe('percent:inflation:food:base:m');
    expect(conceptOf(food, 7.2)).toBe('percent:inflation:food:base:y');
    expect(conceptOf('وارتفعت الأسعار 0.6%، وزاد عدد السياح 7.2% على أساس سنوي.', 7.2)).not.toBe('percent:inflation:base:y');
  });
});

describe('the month of a monthly report', () => {
  it('gives the report’s month to its undated figures beside the average of the year’s months to it', () => {
    const report = [
      'التضخم السنوي يرتفع إلى 5.4% في سبتمبر',
      'أظهرت بيانات المكتب أن معدل التضخم السنوي بلغ 5.4 في المئة في سبتمبر الماضي.',
      'وبلغ متوسط التضخم في الأشهر التسعة الأولى من العام 4.8 في المئة.',
      'وقفزت أسعار المواد الغذائية 7.7 في المئة على أساس سنوي.',
    ].join('\n');
    expect(analysedConcept(report, 7.7)).toBe('percent:inflation:food:per:m:9');
    expect(analysedConcept(report, 4.8)).toBe('percent:inflation:per:months:9');
  });
});
