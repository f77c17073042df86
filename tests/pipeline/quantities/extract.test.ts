import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import cases from './cases';
import { checkQuantity as check } from './check';


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
