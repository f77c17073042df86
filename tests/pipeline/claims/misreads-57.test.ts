// Readings fixed in the fifty-seventh round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a party's seats by its own agents' tally sheets are its
// claim, not the result (modality.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('a party’s seats by its own agents’ tally sheets', () => {
  it('reads them as the party’s claim, not a result', () => {
    expect(claimOf('وقال حزب الأمل إن محاضر الفرز التي جمعها مندوبوه تمنحه 45 مقعدا على الأقل.', 45)?.modality).toBe('projection');
    expect(claimOf('وأكد الحزب أنه فاز بـ45 مقعدا وفق محاضر ممثليه في مكاتب التصويت.', 45)?.modality).toBe('projection');
  });

  it('keeps the commission’s count of all tally sheets a result', () => {
    expect(claimOf('وحصل حزب الأمل على 40 مقعدا بعد فرز محاضر جميع مراكز الاقتراع.', 40)?.modality).toBe('count');
  });

  it('keeps a result a result where another clause cites the party’s sheets', () => {
    const text = 'وأعلنت اللجنة فوز حزب الأمل بـ40 مقعدا، لكن الحزب قال إن محاضر مندوبيه تمنحه 45 مقعدا.';
    expect(claimOf(text, 40)?.modality).toBe('count');
    expect(claimOf(text, 45)?.modality).toBe('projection');
  });
});
