// The shapes public Arabic number parsers test (Duckling, Recognizers-Text), rewritten as our
// own cases with OUR contract's answers, plus invented news-wire sentences (public-shapes.ts).

import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import shapes from './public-shapes';
import { checkQuantity, summary } from './check';

describe('extractQuantities: shapes of public Arabic number-parser test data', () => {
  it('covers every group with enough cases', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(300);
    const groups = new Set(shapes.map((c) => c.group));
    for (const g of ['words', 'digits', 'fractions', 'ordinals', 'percent', 'money', 'temperature', 'duration', 'dates', 'ranges', 'news'])
      expect(groups.has(g), g).toBe(true);
    expect(shapes.filter((c) => c.group === 'news' || c.group === 'more wire').length).toBeGreaterThanOrEqual(60);
  });

  for (const c of shapes) {
    it(`[${c.group}] ${c.s}`, () => {
      const got = extractQuantities(c.s);
      expect(got.length, summary(got)).toBe(c.e.length);
      c.e.forEach((e, i) => checkQuantity(got[i], e));
      for (const q of got) expect(c.s.slice(q.start, q.end)).toBe(q.text);
    });
  }
});

describe('extractQuantities: labels that must never be counts or ranges', () => {
  const scores = ['فاز الفريق 4-2 على ضيفه', 'تغلب المنتخب على منافسه 1-0', 'انتهت المباراة بنتيجة 3 - 3', 'خسر الفريق 1-4 أمام منافسه'];
  for (const s of scores) {
    it(`score: ${s}`, () => {
      const got = extractQuantities(s);
      expect(got.length, summary(got)).toBe(2);
      for (const q of got) {
        expect(q.qualifier).toBe('exact');
        expect(q.kind).toBe('other');
      }
    });
  }
  const labels = ['اتصل على الرقم 0551234567', 'هاتف: +212 522 123 456', 'الخط الساخن 1919', 'رقم الخبر 7712345', 'تابعوا https://example.org/2024/01/15/story-99881 للمزيد'];
  for (const s of labels) {
    it(`label: ${s}`, () => {
      const got = extractQuantities(s);
      for (const q of got) expect(q.kind, summary(got)).toBe('other');
    });
  }
  it('a range written with a hyphen still is one when no sports word comes before', () => {
    const [q] = extractQuantities('يستغرق الإصلاح 2-4 أسابيع');
    expect(q.qualifier).toBe('range');
    expect(q.min).toBe(2);
    expect(q.max).toBe(4);
  });
});
