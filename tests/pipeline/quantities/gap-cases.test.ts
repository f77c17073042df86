// The classes of cases issue 11 found missing (gap-cases.ts), each strict like the main table.

import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import gapCases from './gap-cases';
import { checkQuantity, summary } from './check';

describe('extractQuantities: classes once missed', () => {
  it('has several variants in every class', () => {
    const byGroup = new Map<string, number>();
    for (const c of gapCases) byGroup.set(c.group, (byGroup.get(c.group) ?? 0) + 1);
    for (const [group, n] of byGroup) expect(n, group).toBeGreaterThanOrEqual(5);
  });
  for (const c of gapCases) {
    it(`[${c.group}] ${c.s}`, () => {
      const got = extractQuantities(c.s);
      expect(got.length, summary(got)).toBe(c.e.length);
      c.e.forEach((e, i) => checkQuantity(got[i], e));
      for (const q of got) expect(c.s.slice(q.start, q.end)).toBe(q.text);
    });
  }
});
