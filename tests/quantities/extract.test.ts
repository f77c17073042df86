import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../lib/quantities/index';
import cases from './cases';
import type { Expect } from './cases';
import type { Quantity } from '../../lib/types';

function check(q: Quantity, e: Expect): void {
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

describe('extractQuantities: table of invented sentences', () => {
  it('has at least 300 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });
  for (const c of cases) {
    it(`[${c.group}] ${c.s}`, () => {
      const got = extractQuantities(c.s);
      const summary = got.map((q) => `${q.text}=${q.value}/${q.qualifier}/${q.kind}/${q.unit}`).join(' | ');
      expect(got.length, summary).toBe(c.e.length);
      c.e.forEach((e, i) => check(got[i], e));
      for (const q of got) expect(c.s.slice(q.start, q.end)).toBe(q.text);
    });
  }
});
