// One count of two groups joined by «و» is neither group's (lib/pipeline/claims/union-count.ts);
// a plural then a singular is a list and keeps its group. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, value: number): string | null | undefined => extractClaims(text).find((c) => c.value === value)?.concept;

describe('a count of two groups together', () => {
  it('is neither group\'s: two plurals, or two singular counted forms', () => {
    expect(conceptOf('وأضاف أن 10 أطفال ورجال يشاركون في العرض على المسرح.', 10)).toBeNull();
    expect(conceptOf('وقتل 25 امرأة وطفلا في الهجوم على القرية.', 25)).toBeNull();
  });

  it('keeps its group in a list: a plural, then one of another group', () => {
    expect(conceptOf('وقتل أربعة أطفال وامرأة في القصف على القرية.', 4)).toBe('death:child');
    expect(conceptOf('وقتل 5 جنود ومدنيان في الهجوم على الحاجز.', 5)).toBe('death:soldier');
  });

  it('keeps its group when no other group follows', () => {
    expect(conceptOf('وأصيب 12 طفلا وثلاث نساء في الحادث.', 12)).toBe('injured:child');
    expect(conceptOf('وأضاف أن 10 أطفال وصلوا إلى المستشفى.', 10)).toBe('child');
  });
});
