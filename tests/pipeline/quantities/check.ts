// One expected quantity against one found (shared by the table-driven tests).

import { expect } from 'vitest';
import type { Expect } from './cases';
import type { Quantity } from '../../../lib/types';

export function checkQuantity(q: Quantity, e: Expect): void {
  if (e.t !== undefined) expect(q.text).toBe(e.t);
  if (e.v !== undefined) expect(q.value).toBeCloseTo(e.v, 6);
  if (e.q !== undefined) expect(q.qualifier).toBe(e.q);
  if (e.k !== undefined) expect(q.kind).toBe(e.k);
  if (e.u !== undefined) expect(q.unit).toBe(e.u);
  if (e.min !== undefined) {
    if (e.min === null) expect(q.min).toBeNull();
    else expect(q.min).toBeCloseTo(e.min, 6);
  }
  if (e.max !== undefined) {
    if (e.max === null) expect(q.max).toBeNull();
    else expect(q.max).toBeCloseTo(e.max, 6);
  }
  if (e.vague !== undefined) expect(q.vague === true).toBe(e.vague);
}

/** "text=value/qualifier/kind/unit | …": what was found, for failure messages. */
export function summary(qs: Quantity[]): string {
  return qs.map((q) => `${q.text}=${q.value}/${q.qualifier}/${q.kind}/${q.unit}`).join(' | ');
}
