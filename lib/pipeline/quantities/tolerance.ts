// The one place that says how wide "about" is. Comparison (lib/pipeline/compare) imports it too, so a
// figure given as "نحو 10 آلاف" and one given as "10500" are judged with the same width.

/** Relative half-width of an "about" figure: نحو 10000 → 9000..11000. */
export const ABOUT_TOLERANCE = 0.1;

/** The interval [value·(1−t), value·(1+t)] an "about" figure allows. */
export function aboutBounds(value: number): { min: number; max: number } {
  const d = Math.abs(value) * ABOUT_TOLERANCE;
  return { min: value - d, max: value + d };
}
