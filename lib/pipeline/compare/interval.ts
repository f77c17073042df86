// Interval logic: each figure allows an interval of true values ("أكثر من 8 آلاف" → (8000, ∞),
// "نحو 10 آلاف" → 10000 ± ABOUT_TOLERANCE). Figures conflict when no single value lies in all
// their intervals; on a line that is the same as some pair not overlapping.

import { ABOUT_TOLERANCE } from '../quantities/tolerance';
import { writtenPrecision } from './precision';

export { ABOUT_TOLERANCE };

export interface Interval {
  lo: number;
  hi: number;
}

export interface IntervalSource {
  value: number;
  min: number | null;
  max: number | null;
  qualifier: string;
  /** The figure as written; an exact figure written rounded («170 مليون») allows what rounds to it. */
  text?: string;
}

const PERCENT_TEXT = /[%٪]|بالمئه|بالمائه|بالمئة|بالمائة|في المئة|في المائة/;
/** The place a percentage's text is rounded to: a point, or its last decimal written. */
function percentStep(text: string): number {
  const decimals = /[.,٫]([0-9\u0660-\u0669]+)/.exec(text)?.[1].length ?? 0;
  // (Just under the place: 11.3 and 11.4 are two figures, not one rounded both ways.)
  return decimals === 0 ? 1 : 10 ** -decimals * (1 - 1e-6);
}
/** How far a percentage said "about" («نحو 18%») may lie from its value, in points. */
export const PERCENT_ABOUT_POINTS = 1;

/** Interval a figure allows; unbounded sides are ±Infinity. */
export function intervalOf(f: IntervalSource): Interval {
  let lo = f.min ?? -Infinity;
  let hi = f.max ?? Infinity;
  if (f.qualifier === 'exact') {
    lo = f.min ?? f.value;
    hi = f.max ?? f.value;
    // Rounded to the nearest step, or cut down to it: «44.2 مليون» stands for 44,150,000 … 44,299,999.
    const written = f.text ? writtenPrecision(f.value, f.text) : { step: 0, truncated: false };
    const { truncated } = written;
    // «62%» beside 62.3 %: a share written in whole points is rounded to the point; «5.8%» beside
    // 5.83 %, to its last decimal.
    const step = written.step === 0 && f.text && Math.abs(f.value) <= 100 && PERCENT_TEXT.test(f.text) ? percentStep(f.text) : written.step;
    if (step > 0 && lo === hi) {
      lo -= step / 2;
      hi += truncated ? step * (1 - 1e-9) : step / 2;
    }
  }
  if (f.qualifier === 'about' && lo === hi) {
    const d = Math.abs(f.value) * ABOUT_TOLERANCE;
    lo = f.value - d;
    hi = f.value + d;
  }
  // "نحو 18%": a share said roughly is rounded to about a point, not ±10 % of itself (which would
  // let «نحو 50%» stand for 45 % to 55 %).
  if (f.qualifier === 'about' && f.text && PERCENT_TEXT.test(f.text)) {
    const d = Math.min(Math.abs(f.value) * ABOUT_TOLERANCE, PERCENT_ABOUT_POINTS);
    lo = f.value - d;
    hi = f.value + d;
  }
  if (f.qualifier === 'more-than' || f.qualifier === 'at-least') lo = Math.min(lo === -Infinity ? f.value : lo, f.value);
  if (f.qualifier === 'less-than' || f.qualifier === 'at-most') hi = Math.max(hi === Infinity ? f.value : hi, f.value);
  return { lo, hi };
}

/** True where no value satisfies every interval at once. */
export function intervalsConflict(intervals: Interval[]): boolean {
  if (intervals.length < 2) return false;
  let lo = -Infinity;
  let hi = Infinity;
  for (const i of intervals) {
    lo = Math.max(lo, i.lo);
    hi = Math.min(hi, i.hi);
  }
  return lo > hi;
}

/** True where the figures cannot all be true at once. */
export function figuresConflict(figures: IntervalSource[]): boolean {
  return intervalsConflict(figures.map(intervalOf));
}
