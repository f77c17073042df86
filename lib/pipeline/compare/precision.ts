// How precisely a figure was written. «170 مليون» and «44.2 مليون» are rounded to the last digit
// written (a million, a hundred thousand): the exact 170.3 million and 44,238,361 agree with them.
// A figure written with decimals may also be cut down to its last one (44,288,361 agrees with
// «44.2 مليون»); a whole number of millions is not (322.8 billion is «323 مليار», not «322»), so
// the development readers read them (lib/pipeline/compare/README.md §3). Digits written out in
// full are exact: «170» and 173 are two counts, «600» and 601 too (a writer who rounds says «نحو»).
// Number words are rounded to their scale («ثلاثة آلاف» → the thousand) from a thousand up.

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;
const LEADING_ZEROS = /^[0\u0660\u06F0]+/;
const DECIMALS = /[0-9\u0660-\u0669\u06F0-\u06F9][.\u066B][0-9\u0660-\u0669\u06F0-\u06F9]/;

const trailingZeros = (n: number): number => {
  let z = 0;
  for (let v = Math.round(n); v >= 10 && v % 10 === 0; v /= 10) z++;
  return z;
};

export interface WrittenPrecision {
  /** The place the figure is rounded to (1000 for «3 آلاف»), 0 when written exactly. */
  step: number;
  /** True where a scale word cut the figure down («44.2 مليون» for 44,288,361), not only rounded it. */
  truncated: boolean;
}

/** How precisely a figure was written. */
export function writtenPrecision(value: number, text: string): WrittenPrecision {
  const v = Math.abs(value);
  const exact = { step: 0, truncated: false };
  if (v < 1 || !Number.isInteger(v * 1e6)) return exact;
  const integerDigits = Math.floor(Math.log10(v)) + 1;
  const digits = (text.match(DIGIT) ?? []).join('').replace(LEADING_ZEROS, '').length;
  if (digits === 0) return v >= 1000 && Number.isInteger(v) ? { step: 10 ** trailingZeros(v), truncated: false } : exact;
  if (digits < integerDigits) return { step: 10 ** (integerDigits - digits), truncated: DECIMALS.test(text) };
  return exact;
}
