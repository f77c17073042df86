// Economic figures (lib/pipeline/claims: concept-of.ts, money.ts, economy.ts): invented sentences,
// one phenomenon each. A figure of one measure or one period never meets another's on a card.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

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
