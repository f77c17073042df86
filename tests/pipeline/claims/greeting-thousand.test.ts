// A bare «ألف» that strengthens a greeting, thanks or wish counts nothing (claims/comparable.ts):
// invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const comparableValues = (text: string): number[] => extractClaims(text).filter((c) => c.comparable).map((c) => c.value);

describe('«ألف» in a greeting', () => {
  it('is no figure after or before a greeting, thanks or wish', () => {
    expect(comparableValues('وقال المحافظ: «مرحبًا ألف بكل ضيف في المدينة».')).toEqual([]);
    expect(comparableValues('ألف مبروك للناجحين في الامتحانات.')).toEqual([]);
    expect(comparableValues('وقال: ألف شكر لكل من ساعدنا.')).toEqual([]);
  });

  it('still counts a thousand people welcomed or thanked', () => {
    expect(comparableValues('وصل ألف ضيف إلى المدينة.')).toEqual([1000]);
    expect(comparableValues('وقال: مرحبا بألف ضيف في المدينة.')).toEqual([1000]);
  });
});
