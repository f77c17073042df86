// Finds a quote from the extracted article text in the live page's text. The two differ in
// whitespace (Readability joins paragraphs with blank lines, the DOM concatenates text nodes),
// in Arabic marks and letter forms, and in digit scripts, so both sides are compared folded and
// without whitespace; offsets are mapped back to the original page text exactly.

import { foldChar } from '../../pipeline/text/fold';
import type { TextQuoteSelector } from './describe';

export interface QuoteMatch {
  /** UTF-16 offsets in the original haystack. */
  start: number;
  end: number;
  /** How much of prefix and suffix matched around this occurrence, 0..1. */
  score: number;
}

/** Text folded for matching, whitespace removed, with a map back to the original. */
export interface PreparedText {
  text: string;
  norm: string;
  /** map[i] = offset in `text` of norm[i]; map[norm.length] = text.length. */
  map: Int32Array;
}

function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x85 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Folds `text` (see lib/pipeline/text/fold) and drops whitespace, keeping offsets back to `text`. */
export function prepareText(text: string): PreparedText {
  const map = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text.charCodeAt(i));
    if (f.length === 0) continue;
    for (let k = 0; k < f.length; k++) {
      if (isSpace(f.charCodeAt(k))) continue;
      parts.push(f[k]);
      map[n++] = i;
    }
  }
  map[n] = text.length;
  return { text, norm: parts.join(''), map: map.subarray(0, n + 1) };
}

function normOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text.charCodeAt(i));
    for (let k = 0; k < f.length; k++) if (!isSpace(f.charCodeAt(k))) out += f[k];
  }
  return out;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNumberSeparator = (c: string) => c === '.' || c === ',';

/** Arabic combining marks: they belong to the letter before them. */
function isCombiningMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed);
}

/** The folded character next to offset `i` in direction `step`, skipping dropped marks ('' at the edge). */
function neighbour(text: string, i: number, step: 1 | -1): { char: string; at: number } {
  for (let j = i; j >= 0 && j < text.length; j += step) {
    const f = foldChar(text.charCodeAt(j));
    if (f.length > 0) return { char: f, at: j };
  }
  return { char: '', at: -1 };
}

/** True when a number quote would sit inside a longer number ("10" inside "110" or "1,100"). */
function cutsANumber(text: string, start: number, end: number, exact: string): boolean {
  if (isDigit(exact[0])) {
    const before = neighbour(text, start - 1, -1);
    if (isDigit(before.char)) return true;
    if (isNumberSeparator(before.char) && isDigit(neighbour(text, before.at - 1, -1).char)) return true;
  }
  if (isDigit(exact[exact.length - 1])) {
    const after = neighbour(text, end, 1);
    if (isDigit(after.char)) return true;
    if (isNumberSeparator(after.char) && isDigit(neighbour(text, after.at + 1, 1).char)) return true;
  }
  return false;
}

/** Length of the common ending of `a` (before `aEnd`) and `b`. */
function commonSuffix(a: string, aEnd: number, b: string): number {
  let k = 0;
  while (k < b.length && aEnd - 1 - k >= 0 && a[aEnd - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

/** Length of the common beginning of `a` (from `aStart`) and `b`. */
function commonPrefix(a: string, aStart: number, b: string): number {
  let k = 0;
  while (k < b.length && aStart + k < a.length && a[aStart + k] === b[k]) k++;
  return k;
}

/** Best occurrence of the selector's quote in prepared text, or null when it is not there. */
export function matchQuoteIn(hay: PreparedText, selector: TextQuoteSelector, hint?: number): QuoteMatch | null {
  const exact = normOnly(selector.exact);
  if (exact.length === 0) return null;
  const prefix = normOnly(selector.prefix);
  const suffix = normOnly(selector.suffix);
  const contextLength = prefix.length + suffix.length;

  let best: QuoteMatch | null = null;
  let bestRank = -Infinity;
  for (let at = hay.norm.indexOf(exact); at !== -1; at = hay.norm.indexOf(exact, at + 1)) {
    const start = hay.map[at];
    let end = hay.map[at + exact.length - 1] + 1;
    while (end < hay.text.length && isCombiningMark(hay.text.charCodeAt(end))) end++;
    if (cutsANumber(hay.text, start, end, exact)) continue;

    const matched = commonSuffix(hay.norm, at, prefix) + commonPrefix(hay.norm, at + exact.length, suffix);
    // Context decides; closeness to the hint only breaks ties (it stays below one character).
    const closeness =
      hint === undefined ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, hay.text.length)) - 1e-9;
    const rank = matched + closeness;
    if (rank > bestRank) {
      bestRank = rank;
      best = { start, end, score: contextLength === 0 ? 1 : matched / contextLength };
    }
  }
  return best;
}

/** Best occurrence of `selector.exact` in `haystack`, by its context and closeness to `hint`. */
export function matchQuote(haystack: string, selector: TextQuoteSelector, hint?: number): QuoteMatch | null {
  return matchQuoteIn(prepareText(haystack), selector, hint);
}
