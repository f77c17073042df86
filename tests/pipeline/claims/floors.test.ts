// A building's height in floors (concepts.ts THINGS 'floor', floors.ts, context.ts isBaseline,
// compare/align.ts SCOPELESS): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2025-03-02' });
const byValue = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const concept = (text: string, v: number): string | null => byValue(text, v)?.concept ?? null;

describe("a building's floors are a counted thing of their own", () => {
  it.each([
    ['انهارت عمارة سكنية مكونة من سبعة طوابق في وسط المدينة فجر اليوم.', 7],
    ['وكان البرج المؤلف من 16 طابقا قد أخلي قبل أيام.', 16],
    ['واشتعلت النيران في فندق من 12 طابقا.', 12],
  ])('%s → floor', (text, value) => {
    expect(concept(text, value)).toBe('floor');
  });

  it('keeps floors licensed or added apart from the standing building', () => {
    expect(concept('وقالت البلدية إن الشركة حصلت على رخصة لبناء 6 طوابق فقط.', 6)).toBe('floor:planned');
    expect(concept('وكان المالك قد حصل على تصريح بتعلية 3 طوابق.', 3)).toBe('floor:planned');
    // "قيد الإنشاء" says the building was under construction: its height is still its height.
    expect(concept('انهار مبنى قيد الإنشاء مؤلف من 14 طابقا في الضاحية.', 14)).toBe('floor');
  });

  it('reads "من N طابقا … إلى M قتيلا" as two things, not a from-to pair', () => {
    const text = 'وارتفعت حصيلة انهيار البرج المكون من 11 طابقا في الضاحية إلى 23 قتيلا.';
    expect(concept(text, 11)).toBe('floor');
    expect(concept(text, 23)).toBe('death');
    // One thing under two words is still a pair: the first figure is where the change starts.
    expect(concept('وارتفع عدد القتلى من 12 قتيلا إلى 19 ضحية.', 12)).toBeNull();
  });

  it('matches two outlets\' heights whatever district one of them names', () => {
    const a = byValue('انهار مبنى من سبعة طوابق في حي الميناء القديم.', 7)!;
    const b = byValue('وأوضح المسؤول أن المبنى يتكون من ستة طوابق.', 6)!;
    expect(a.concept).toBe('floor');
    expect(matchScore(a, b)).not.toBeNull();
  });
});
