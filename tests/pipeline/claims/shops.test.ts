// A market's shops (lib/pipeline/claims/concepts.ts shop, damage.ts, period.ts takesPeriod):
// invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null => extractClaims(text, { published: '2026-01-24' }).find((c) => c.value === v)?.concept ?? null;

describe('shops', () => {
  it('are one thing whichever word the outlet uses, burned or not', () => {
    expect(conceptOf('والتهمت النيران نحو 300 محل في السوق.', 300)).toBe('shop:destroyed');
    expect(conceptOf('وقال إن النيران أتت على أكثر من 450 متجرا.', 450)).toBe('shop:destroyed');
    // (All a market has is another count than those that burned.)
    expect(conceptOf('ويضم السوق أكثر من ألفي محل.', 2000)).toBe('shop');
  });

  it('a year names another fire, not a period of a series', () => {
    expect(conceptOf('وكان أعنفها حريق عام 2019 الذي أتى على نحو 200 محل.', 200)).not.toMatch(/:per:/);
  });
});
