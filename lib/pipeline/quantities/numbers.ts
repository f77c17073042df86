// Numbers written with digits: separators decided by context, numeric dates, clock times.
// Works on tokens of folded text, where every digit script is already ASCII, "٫" is "." and
// "٬" is ",".

import type { FoldedToken } from './tokens';

export interface DigitNumber {
  value: number;
  /** Token index just after the number. */
  end: number;
  /** A single run of digits without separators ("2022", not "2,022"). */
  plain: boolean;
  integer: boolean;
}

/**
 * `value` times a scale word's `scale`, without binary noise: «64,6 مليون» is 64,600,000, not
 * 64,599,999.99999999 (which no longer equals another outlet's «64.6 مليون» read the same way).
 */
export const scaleBy = (value: number, scale: number): number => Number((value * scale).toPrecision(12));

const isDigits = (t: FoldedToken | undefined): t is FoldedToken => t !== undefined && t.type === 'digits';
const glued = (t: FoldedToken | undefined): boolean => t !== undefined && !t.spaceBefore;

/**
 * Reads the number starting at digit token i. `decimalHint(j)` tells whether what follows
 * token j makes a single "." decimal (a scale word or a percent sign: "6.4 مليار"), as
 * opposed to the Maghreb thousands dot ("7.500 منصب").
 */
export function parseDigits(
  tokens: FoldedToken[],
  i: number,
  decimalHint: (j: number) => boolean,
  groupSpace: (k: number) => 0 | 1 | 2,
): DigitNumber {
  const groups = [tokens[i].text];
  const seps: string[] = [];
  let j = i + 1;
  while (j + 1 < tokens.length) {
    const p = tokens[j];
    const d = tokens[j + 1];
    if (p.type === 'punct' && (p.text === ',' || p.text === '.' || p.text === "'" || p.text === '،') && glued(p) && isDigits(d) && glued(d)) {
      seps.push(p.text);
      groups.push(d.text);
      j += 2;
    } else break;
  }
  // Egyptian/Levantine decimal mark: "5 ر 17" is 17.5 (fraction first in logical order).
  if (seps.length === 0 && tokens[j]?.type === 'word' && tokens[j].text === 'ر' && isDigits(tokens[j + 1])) {
    const frac = groups[0];
    const whole = tokens[j + 1].text;
    return { value: Number(`${whole}.${frac}`), end: j + 2, plain: false, integer: false };
  }
  // Space as thousands separator: "10 000" (first group 1–3 digits, then groups of exactly 3,
  // each after one space that groupSpace accepts; see README "Separators").
  if (seps.length === 0 && groups[0].length <= 3 && groups[0][0] !== '0') {
    let k = j;
    const extra: string[] = [];
    let weak = false;
    for (let g = 0; isDigits(tokens[k]) && tokens[k].text.length === 3 && (g = groupSpace(k)) > 0; k++) {
      extra.push(tokens[k].text);
      if (g === 1) weak = true;
    }
    // Not when the next thing continues as a date or clock ("10 000:" is nonsense anyway),
    // nor when one more digit group follows ("11 234 5678" is a phone number, "٣٤٥ ٦٧٨ ٩" a list).
    const more = isDigits(tokens[k]) && tokens[k].spaceBefore && !tokens[k].lineBefore && tokens[k].start === tokens[k - 1].end + 1;
    // A weak space ("٣٤٥ ٦٧٨") groups only in a run of three or more groups ("١ ٢٣٤ ٥٦٧").
    if (extra.length > (weak ? 1 : 0) && !more && !(tokens[k]?.type === 'punct' && glued(tokens[k]) && isDigits(tokens[k + 1]))) {
      return { value: Number(groups[0] + extra.join('')), end: k, plain: false, integer: true };
    }
  }
  if (seps.length === 0) return { value: Number(groups[0]), end: j, plain: true, integer: true };

  const kinds = new Set(seps);
  const allThree = groups.slice(1).every((g) => g.length === 3);
  const joinAll = (): DigitNumber => ({ value: Number(groups.join('')), end: j, plain: false, integer: true });
  const firstOnly = (): DigitNumber => ({ value: Number(groups[0]), end: i + 1, plain: true, integer: true });

  if (kinds.size === 1) {
    const sep = seps[0];
    // The Arabic comma groups thousands only in full groups of three ("١،٢٣٤،٥٦٧"); otherwise it
    // separates list items ("5،6").
    if (sep === "'" || sep === '،') return allThree ? joinAll() : firstOnly();
    if (seps.length > 1) return allThree ? joinAll() : firstOnly();
    const after = groups[1];
    if (sep === ',') {
      if (after.length === 3 && groups[0] !== '0') return joinAll();
      return { value: Number(`${groups[0]}.${after}`), end: j, plain: false, integer: false };
    }
    // A single dot: Maghreb thousands only for "7.500"-like numbers with nothing that
    // makes the decimal reading the natural one.
    if (after.length === 3 && groups[0] !== '0' && groups[0].length <= 3 && !decimalHint(j - 1)) return joinAll();
    return { value: Number(`${groups[0]}.${after}`), end: j, plain: false, integer: false };
  }
  // Both kinds: the last separator is the decimal mark, the others group thousands.
  const dec = seps[seps.length - 1];
  let intPart = groups[0];
  if (kinds.has('،')) return firstOnly();
  for (let k = 0; k < seps.length - 1; k++) {
    if (seps[k] === dec) return firstOnly();
    intPart += groups[k + 1];
  }
  return { value: Number(`${intPart}.${groups[groups.length - 1]}`), end: j, plain: false, integer: false };
}

export interface NumericDate {
  day: number;
  month: number;
  year: number;
  end: number;
}

const DATE_SEPS = new Set(['-', '/', '.', '–', '\\']);

// A numeric date's year: Gregorian, or Hijri ("1436/10/30 هـ", "30 /10 / 1436هـ": outlets of
// the Arabian Peninsula date decrees and deadlines in the Hijri calendar, with or without the mark).
const isDateYear = (y: number): boolean => (y >= 1800 && y <= 2200) || (y >= 1300 && y <= 1500);

/** "19 - 06 - 2024", "10/9/2023", "2023-09-10", "1436/10/30" starting at digit token i, or null. */
export function parseNumericDate(tokens: FoldedToken[], i: number): NumericDate | null {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!s1 || !s2 || !isDigits(b) || !isDigits(c)) return null;
  if (s1.type !== 'punct' || s2.type !== 'punct' || s1.text !== s2.text || !DATE_SEPS.has(s1.text)) return null;
  if (s1.lineBefore || b.lineBefore || s2.lineBefore || c.lineBefore) return null;
  const A = Number(a.text);
  const B = Number(b.text);
  const C = Number(c.text);
  if (a.text.length <= 2 && b.text.length <= 2 && c.text.length === 4) {
    if (A >= 1 && A <= 31 && B >= 1 && B <= 12 && isDateYear(C)) return { day: A, month: B, year: C, end: i + 5 };
  }
  if (a.text.length === 4 && b.text.length <= 2 && c.text.length <= 2) {
    if (isDateYear(A) && B >= 1 && B <= 12 && C >= 1 && C <= 31) return { day: C, month: B, year: A, end: i + 5 };
  }
  return null;
}

export interface ClockTime {
  hours: number;
  minutes: number;
  end: number;
}

/** "16:13", "10:00", "09:30:15" starting at digit token i, or null. */
export function parseClock(tokens: FoldedToken[], i: number): ClockTime | null {
  const h = tokens[i];
  const colon = tokens[i + 1];
  const m = tokens[i + 2];
  if (!colon || colon.type !== 'punct' || colon.text !== ':' || !glued(colon) || !isDigits(m) || !glued(m)) return null;
  if (h.text.length > 2 || m.text.length !== 2) return null;
  const hours = Number(h.text);
  const minutes = Number(m.text);
  if (hours > 24 || minutes > 59) return null;
  let end = i + 3;
  if (tokens[end]?.text === ':' && glued(tokens[end]) && isDigits(tokens[end + 1]) && tokens[end + 1].text.length === 2 && glued(tokens[end + 1])) end += 2;
  return { hours, minutes, end };
}
