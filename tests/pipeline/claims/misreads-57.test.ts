// Readings fixed in the fifty-seventh round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: the number a noun is said to come to in its own relative
// clause, «البالغ عددهم N», is stated even where an estimate opens the sentence (modality.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('a count stated in a relative clause after an estimate', () => {
  it('reads «الناخبين البالغ عددهم نحو N» as a count where an estimate opens the sentence', () => {
    const text = 'وقالت اللجنة إن نسبة المشاركة تقدر بنحو 58% من الناخبين المسجلين البالغ عددهم نحو 7.4 مليون.';
    expect(claimOf(text, 7400000)?.modality).toBe('count');
    expect(claimOf(text, 7400000)?.concept).toBe('voter:registered');
  });

  it('keeps a forecast a forecast: «يتوقع أن يبلغ عدد الزوار N»', () => {
    expect(claimOf('ويتوقع أن يبلغ عدد الزوار 3 ملايين زائر هذا العام.', 3000000)?.modality).toBe('projection');
  });
});
