import { describe, expect, it } from 'vitest';
import { ABOUT_TOLERANCE, figuresConflict, intervalOf } from '../../../lib/pipeline/compare/index';

const f = (value: number, qualifier: string, min: number | null = value, max: number | null = value) => ({ value, qualifier, min, max });

describe('interval logic', () => {
  it('"about 10,000" and "more than 8,000" can both be true', () => {
    expect(figuresConflict([f(10000, 'about', 10000 * (1 - ABOUT_TOLERANCE), 10000 * (1 + ABOUT_TOLERANCE)), f(8000, 'more-than', 8000, null)])).toBe(false);
  });

  it('3,000 and 10,000 cannot', () => {
    expect(figuresConflict([f(3000, 'exact'), f(10000, 'about', 9000, 11000)])).toBe(true);
    expect(figuresConflict([f(3000, 'exact'), f(8000, 'more-than', 8000, null)])).toBe(true);
  });

  it('widens a bare "about" by the documented tolerance', () => {
    const i = intervalOf(f(1000, 'about'));
    expect(i.lo).toBeCloseTo(1000 * (1 - ABOUT_TOLERANCE));
    expect(i.hi).toBeCloseTo(1000 * (1 + ABOUT_TOLERANCE));
    expect(figuresConflict([f(1000, 'about'), f(1050, 'exact')])).toBe(false);
    expect(figuresConflict([f(1000, 'about'), f(1200, 'exact')])).toBe(true);
  });

  it('open bounds and ranges', () => {
    expect(intervalOf(f(5, 'less-than', null, 5))).toEqual({ lo: -Infinity, hi: 5 });
    expect(figuresConflict([f(4000, 'range', 3000, 5000), f(4500, 'exact')])).toBe(false);
    expect(figuresConflict([f(4000, 'range', 3000, 5000), f(600, 'less-than', null, 600)])).toBe(true);
  });
});

describe('a share written in whole points or to a decimal', () => {
  const pct = (value: number, text: string) => ({ value, qualifier: 'exact', min: value, max: value, text });
  it('is rounded to the point: «62%» agrees with 62.3 %, not with 62.7 %', () => {
    expect(figuresConflict([pct(62, '62%'), pct(62.3, '62.3%')])).toBe(false);
    expect(figuresConflict([pct(62, '62 بالمئة'), pct(62.7, '62.7 بالمئة')])).toBe(true);
    // A share written with decimals is rounded to its last one: «5.8%» agrees with 5.83 %, not 5.86 %;
    // 11.3 % and 11.4 % are two figures.
    expect(figuresConflict([pct(5.8, '5.8%'), pct(5.83, '5.83%')])).toBe(false);
    expect(figuresConflict([pct(5.8, '5.8%'), pct(5.86, '5.86%')])).toBe(true);
    expect(figuresConflict([pct(11.3, '11.3%'), pct(11.4, '11.4%')])).toBe(true);
    expect(figuresConflict([pct(62.3, '62.3%'), pct(62.36, '62.36%')])).toBe(true);
    // A count written in full digits stays exact.
    expect(figuresConflict([pct(62, '62 قتيلا'), pct(62.3, '62.3')])).toBe(true);
  });
});
