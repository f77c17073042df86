// The value axis of a number line: a readable domain with round ticks that holds every figure
// and every bounded end of the intervals their wording allows, with room for an arrow on the
// side an interval leaves open.
import type { Interval } from '../../../pipeline/compare/interval';
import { compactNumber, compactScale } from '../compact';
import { formatNumber } from '../figure';
import type { Lang } from '../../i18n/messages';

export interface Domain {
  lo: number;
  hi: number;
  step: number;
  ticks: number[];
}

/** Step of 1, 2, 2.5 or 5 × 10^k closest above `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  const n = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return n * p;
}

const clean = (v: number) => Number(v.toPrecision(12));

/**
 * A readable domain for figures (`value`) and their intervals: the extent with ~10% padding
 * (twice that on an open side, for its arrow), rounded out to nice ticks, starting at 0 when all
 * values are non-negative and the smallest is near 0 relative to the largest.
 */
export function niceDomain(figures: (Interval & { value: number })[], targetTicks = 5): Domain {
  const values = figures.flatMap((f) => [f.value, f.lo, f.hi]).filter(Number.isFinite);
  if (values.length === 0) return { lo: 0, hi: 1, step: 1, ticks: [0, 1] };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const nonNegative = lo >= 0;
  if (nonNegative && lo <= hi * 0.4) lo = 0;
  let span = hi - lo;
  if (span === 0) {
    span = Math.abs(hi) * 0.2 || 1;
    lo -= span / 2;
    hi += span / 2;
  }
  const opensUp = figures.some((f) => f.hi === Infinity);
  const opensDown = figures.some((f) => f.lo === -Infinity);
  const pad = span * 0.1;
  let paddedLo = lo === 0 && nonNegative && !opensDown ? 0 : lo - pad * (opensDown ? 2 : 1);
  const paddedHi = hi + pad * (opensUp ? 2 : 1);
  if (nonNegative) paddedLo = Math.max(0, paddedLo);
  const step = niceStep((paddedHi - paddedLo) / Math.max(1, targetTicks));
  const niceLo = clean(Math.floor(paddedLo / step) * step);
  const niceHi = clean(Math.ceil(paddedHi / step) * step);
  const ticks: number[] = [];
  for (let v = niceLo; v <= niceHi + step * 1e-9; v += step) ticks.push(clean(v));
  return { lo: niceLo, hi: niceHi === niceLo ? niceLo + step : niceHi, step, ticks };
}

/** Decimals needed to write `step` exactly (0.05 → 2, 2.5 → 1, 20 → 0). */
function decimalsOf(step: number): number {
  for (let d = 0; d < 6; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return 6;
}

/**
 * A tick's text: compact ("20 ألف", "20K") when every tick is a whole tenth of the scale (compact
 * numbers keep one decimal), else the full number with the step's decimals, so no two ticks read
 * the same.
 */
export function tickText(value: number, domain: Domain, lang: Lang): string {
  const tenth = compactScale(Math.max(Math.abs(domain.lo), Math.abs(domain.hi))) / 10;
  if (tenth >= 100 && decimalsOf(domain.step / tenth) === 0) return compactNumber(value, lang);
  return formatNumber(value, decimalsOf(domain.step));
}
