// Order statistics for timings: medians and p95 over repeated runs, never means (one GC pause
// or a neighbour's job on a shared 2-core machine would drag a mean).

/** Value at quantile q (0..1) by nearest rank on a sorted copy; NaN for an empty list. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values: number[]): number => quantile(values, 0.5);
export const p95 = (values: number[]): number => quantile(values, 0.95);

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  return { n: values.length, p50: round(median(values)), p95: round(p95(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) };
}

/** Rounds to a few significant decimals for printing and JSON (null stays null). */
export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export const ratio = (a: number, b: number): number | null => (b > 0 && Number.isFinite(a) ? round(a / b) : null);
