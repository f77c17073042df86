// lib/pipeline/text/spelling: one foreign name written two ways, and two words that are not.
import { describe, expect, it } from 'vitest';
import { spelledAlike } from '../../../lib/pipeline/text/spelling';

describe('spelledAlike', () => {
  it('takes the letters that stand for one foreign sound as one', () => {
    expect(spelledAlike('غارونا', 'جارونا')).toBe(true);
    expect(spelledAlike('قاردن', 'جاردن')).toBe(true);
    expect(spelledAlike('بيرسون', 'بيرصون')).toBe(true);
    expect(spelledAlike('تومسن', 'طومسن')).toBe(true);
  });

  it('takes a vowel written in one spelling and left out in the other', () => {
    expect(spelledAlike('بوكانا', 'بكانا')).toBe(true);
    expect(spelledAlike('ميلانو', 'ميلانوو')).toBe(true);
  });

  it('never takes two different letters, two differences, or short words', () => {
    expect(spelledAlike('غارونا', 'مارونا')).toBe(false);
    expect(spelledAlike('غارونا', 'جاروني')).toBe(false);
    expect(spelledAlike('قتل', 'غتل')).toBe(false);
    expect(spelledAlike('سوق', 'سو')).toBe(false);
    expect(spelledAlike('حافلة', 'حافلات')).toBe(false);
  });
});
