import { afterEach, describe, expect, it } from 'vitest';
import { ABOUT_RULE, AGREEMENT_GAP, allAgree, figuresAgree, lastDigitStep, setAgreementKnobs } from '../../../lib/pipeline/compare/agreement';
import { aboutBounds } from '../../../lib/pipeline/quantities/tolerance';
import { writtenPrecision } from '../../../lib/pipeline/compare/precision';
import { figuresConflict } from '../../../lib/pipeline/compare/interval';
import type { Qualifier } from '../../../lib/types';

const fig = (value: number, qualifier: Qualifier = 'exact', text = String(value)) => ({ value, min: null, max: null, qualifier, text });

describe('writtenPrecision: how precisely a figure was written', () => {
  it.each([
    [170_000_000, '170 مليون', 1_000_000, false],
    [44_200_000, '44.2 مليون', 100_000, true],
    [44_200_000, '٤٤٫٢ مليون', 100_000, true],
    [3000, '3 آلاف', 1000, false],
    [13_000, '١٣ ألفا', 1000, false],
    [3000, 'ثلاثة آلاف', 1000, false],
    [1300, '1,300', 0, false],
    [10_000, '10000', 0, false],
    [1320, '1320', 0, false],
    [60, '60', 0, false],
    [7500, '7.500', 0, false],
    [6.8, '6.8', 0, false],
    [40, 'أربعين', 0, false],
  ])('%d written «%s» → step %d', (value, text, step, truncated) => {
    expect(writtenPrecision(value, text)).toEqual({ step, truncated });
  });
});

describe('figuresAgree: the same count once qualifiers and rounding are read', () => {
  it('a lower bound and a value just above it agree', () => {
    expect(figuresAgree(fig(320, 'more-than', 'أكثر من 320'), fig(323))).toBe(true);
    expect(figuresAgree(fig(1300, 'at-least', 'ما لا يقل عن 1300'), fig(1301))).toBe(true);
  });
  it('digits written in full are exact: «170» is not 173, nor is «1300» at least 1301', () => {
    expect(figuresAgree(fig(170), fig(173))).toBe(false);
    expect(figuresAgree(fig(1301, 'at-least', 'ما لا يقل عن 1301'), fig(1300))).toBe(false);
  });
  it('a figure written rounded agrees with the exact one it rounds; one written with decimals also with one it cuts', () => {
    expect(figuresAgree(fig(170_000_000, 'exact', '170 مليون'), fig(170_300_000, 'exact', '170.3 مليون'))).toBe(true);
    expect(figuresAgree(fig(171_000_000, 'exact', '171 مليون'), fig(170_800_000, 'exact', '170.8 مليون'))).toBe(true);
    expect(figuresAgree(fig(44_200_000, 'exact', '44.2 مليون'), fig(44_288_361))).toBe(true);
    expect(figuresConflict([fig(170_000_000, 'exact', '170 مليون'), fig(170_300_000, 'exact', '170.3 مليون')])).toBe(false);
  });
  it('a whole number of millions is not the exact figure cut down: 170.8 million is not «170 مليون»', () => {
    expect(figuresAgree(fig(170_000_000, 'exact', '170 مليون'), fig(170_800_000, 'exact', '170.8 مليون'))).toBe(false);
    expect(figuresAgree(fig(5000, 'exact', 'خمسة آلاف'), fig(5700))).toBe(false);
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

// As the extractor gives them: «نحو» carries its ±10 % bounds, a range its two ends.
const about = (value: number, text: string) => ({ value, ...aboutBounds(value), qualifier: 'about' as const, text });
const range = (min: number, max: number, text: string) => ({ value: min, min, max, qualifier: 'range' as const, text });

describe('figuresAgree: compatible figures more than AGREEMENT_GAP apart are two figures, never a conflict', () => {
  it('an «about» figure and an exact one 7 % away differ without conflict; 2.5 % away they agree', () => {
    expect(figuresAgree(about(80, 'نحو 80'), fig(86))).toBe(false);
    expect(figuresConflict([about(80, 'نحو 80'), fig(86)])).toBe(false);
    expect(figuresAgree(about(1_030_000_000, 'نحو 1.03 مليار'), fig(1_100_000_000, 'exact', '1.1 مليار'))).toBe(false);
    expect(figuresConflict([about(1_030_000_000, 'نحو 1.03 مليار'), fig(1_100_000_000, 'exact', '1.1 مليار')])).toBe(false);
    expect(figuresAgree(about(200, 'حوالي 200'), fig(205))).toBe(true);
  });
  it('a lower bound agrees with a value up to 5 % above it, and two close lower bounds agree', () => {
    expect(figuresAgree(fig(400, 'more-than', 'أكثر من 400'), fig(412))).toBe(true);
    expect(figuresAgree(fig(400, 'more-than', 'أكثر من 400'), fig(430))).toBe(false);
    expect(figuresConflict([fig(400, 'more-than', 'أكثر من 400'), fig(430)])).toBe(false);
    expect(figuresAgree(fig(515, 'at-least', 'ما لا يقل عن 515'), fig(500, 'more-than', 'أكثر من 500'))).toBe(true);
    expect(figuresAgree(fig(560, 'at-least', 'ما لا يقل عن 560'), fig(500, 'more-than', 'أكثر من 500'))).toBe(false);
  });
  it('a range is compared where it comes closest: 29 agrees with «بين 20 و30», 34 does not', () => {
    expect(figuresAgree(range(20, 30, 'بين 20 و30'), fig(29))).toBe(true);
    expect(figuresAgree(fig(34), range(20, 30, 'بين 20 و30'))).toBe(false);
  });
  it('an «about» figure says what rounds to it (ABOUT_RULE): «نحو 6.5 ملايين» and 6.6 million are two figures, 6.52 million agrees', () => {
    expect(figuresAgree(about(6_500_000, 'نحو 6.5 ملايين'), fig(6_600_000, 'exact', '6.6 مليون'))).toBe(false);
    expect(figuresConflict([about(6_500_000, 'نحو 6.5 ملايين'), fig(6_600_000, 'exact', '6.6 مليون')])).toBe(false);
    expect(figuresAgree(about(6_500_000, 'نحو 6.5 ملايين'), fig(6_520_000))).toBe(true);
    expect(figuresAgree(about(1500, 'نحو 1500'), fig(1460))).toBe(true);
  });
  it('the seed estimates stay three figures', () => {
    expect(allAgree([fig(3000, 'exact', '3 آلاف'), fig(8000, 'more-than', 'أكثر من 8 آلاف'), about(10_000, 'نحو 10 آلاف')])).toBe(false);
    expect(figuresAgree(fig(8000, 'more-than', 'أكثر من 8 آلاف'), about(10_000, 'نحو 10 آلاف'))).toBe(false);
  });
});

describe('agreement knobs (eval/agreement.ts): «about» at its rounding, bounds at one step', () => {
  afterEach(() => setAgreementKnobs({ gap: AGREEMENT_GAP, about: ABOUT_RULE, bound: 'open' }));
  it('lastDigitStep is the place of the last significant digit', () => {
    expect([600, 43, 1_030_000_000, 30.85, 9.8].map(lastDigitStep)).toEqual([100, 1, 10_000_000, 0.01, 0.1]);
  });
  it("'rounding': «نحو 6.5 ملايين» says 6.45–6.55 million, so 6.6 million differs and 6.52 million agrees", () => {
    setAgreementKnobs({ about: 'rounding' });
    expect(figuresAgree(about(6_500_000, 'نحو 6.5 ملايين'), fig(6_600_000, 'exact', '6.6 مليون'))).toBe(false);
    expect(figuresAgree(about(6_500_000, 'نحو 6.5 ملايين'), fig(6_520_000))).toBe(true);
  });
  it("'step': «أكثر من 60» says 60–70; 'step2': «أكثر من 600» says 600–610", () => {
    setAgreementKnobs({ gap: 0.2, bound: 'step' });
    expect(figuresAgree(fig(60, 'more-than', 'أكثر من 60'), fig(68))).toBe(true);
    expect(figuresAgree(fig(60, 'more-than', 'أكثر من 60'), fig(71))).toBe(false);
    setAgreementKnobs({ bound: 'step2' });
    expect(figuresAgree(fig(600, 'more-than', 'أكثر من 600'), fig(608))).toBe(true);
    expect(figuresAgree(fig(600, 'more-than', 'أكثر من 600'), fig(640))).toBe(false);
  });
});
