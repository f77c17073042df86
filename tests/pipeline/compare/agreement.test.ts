import { describe, expect, it } from 'vitest';
import { allAgree, figuresAgree } from '../../../lib/pipeline/compare/agreement';
import { writtenPrecision } from '../../../lib/pipeline/compare/precision';
import { figuresConflict } from '../../../lib/pipeline/compare/interval';
import type { Qualifier } from '../../../lib/types';

const fig = (value: number, qualifier: Qualifier = 'exact', text = String(value)) => ({ value, min: null, max: null, qualifier, text });

describe('writtenPrecision: how precisely a figure was written', () => {
  it.each([
    [170_000_000, '170 مليون', 1_000_000, true],
    [44_200_000, '44.2 مليون', 100_000, true],
    [3000, '3 آلاف', 1000, true],
    [13_000, '١٣ ألفا', 1000, true],
    [3000, 'ثلاثة آلاف', 1000, true],
    [1300, '1,300', 100, false],
    [10_000, '10000', 1000, false],
    [1320, '1320', 10, false],
    [60, '60', 0, false],
    [7500, '7.500', 100, false],
    [6.8, '6.8', 0, false],
    [40, 'أربعين', 0, false],
  ])('%d written «%s» → step %d', (value, text, step, truncated) => {
    expect(writtenPrecision(value, text)).toEqual({ step, truncated });
  });
});

describe('figuresAgree: the same count once qualifiers and rounding are read', () => {
  it('a lower bound and a value just above it agree', () => {
    expect(figuresAgree(fig(320, 'more-than', 'أكثر من 320'), fig(323))).toBe(true);
    expect(figuresAgree(fig(1301, 'at-least', 'ما لا يقل عن 1301'), fig(1300))).toBe(true);
  });
  it('a figure written rounded agrees with the exact one it rounds or cuts', () => {
    expect(figuresAgree(fig(170_000_000, 'exact', '170 مليون'), fig(170_800_000, 'exact', '170.8 مليون'))).toBe(true);
    expect(figuresAgree(fig(44_200_000, 'exact', '44.2 مليون'), fig(44_288_361))).toBe(true);
    expect(figuresConflict([fig(170_000_000, 'exact', '170 مليون'), fig(170_800_000, 'exact', '170.8 مليون')])).toBe(false);
  });
  it('exact digits written in full do not stand for each other', () => {
    expect(figuresAgree(fig(1320), fig(1329))).toBe(false);
    expect(figuresAgree(fig(7.7), fig(7.8))).toBe(false);
  });
  it('compatible but far-apart estimates are told apart', () => {
    expect(figuresAgree(fig(8000, 'more-than', 'أكثر من 8 آلاف'), fig(10_000, 'about', 'نحو 10 آلاف'))).toBe(false);
    expect(figuresAgree(fig(4100, 'more-than'), fig(48_132))).toBe(false);
  });
  it('a group agrees only when every pair does', () => {
    expect(allAgree([fig(320, 'more-than'), fig(323), fig(323)])).toBe(true);
    expect(allAgree([fig(320, 'more-than'), fig(323), fig(325)])).toBe(false);
    expect(allAgree([fig(10_000, 'more-than'), fig(10_100), fig(8000, 'more-than')])).toBe(false);
  });
});
