// Phone numbers and ids, read as one label of kind other: "+966 11 234 5678", "(011) 4567890",
// "0100-123-4567", and digits after a label word ("القرار رقم 2334", "الخط الساخن 19999").

import type { Reader, ScanCtx } from './context';
import { digitsAt, digitsGoOn, isPunct } from './context';
import type { Core } from './core';
import { labelCore } from './core';
import { RANGE_STARTS } from './lexicon';
import { parseClock, parseNumericDate } from './numbers';

export interface Label {
  label: Core;
  /** Digits in the label (a phone number has at least seven). */
  digitCount: number;
}

/** Digit groups from token `from` (phone numbers, ids) as one label starting at token startToken. */
export function readLabel(ctx: ScanCtx, startToken: number, from: number): Label {
  const { tokens } = ctx;
  let k = from;
  let digits = tokens[k].text;
  k++;
  // "(011) 4567890": an area code in brackets.
  if (isPunct(ctx, startToken, '(') && isPunct(ctx, k, ')') && !tokens[k].spaceBefore && tokens[k + 1]?.type === 'digits' && tokens[k + 1].start === tokens[k].end + 1) {
    digits += tokens[k + 1].text;
    k += 2;
  }
  for (;;) {
    const a = tokens[k];
    if (!a || a.lineBefore) break;
    // "11 234 5678" (one space), "0100-123-4567".
    if (a.type === 'digits' && a.start === tokens[k - 1].end + 1) {
      digits += a.text;
      k++;
    } else if (a.type === 'punct' && (a.text === '-' || a.text === '/') && !a.spaceBefore && tokens[k + 1]?.type === 'digits' && !tokens[k + 1].spaceBefore) {
      digits += tokens[k + 1].text;
      k += 2;
    } else break;
  }
  return { label: labelCore(Number(digits), startToken, tokens[startToken].start, k), digitCount: digits.length };
}

/**
 * "+966 11 234 5678": an international phone number, seven digits or more; a plus sign before
 * fewer is a rise in a table ("+6.4%", "+11%"), read as the number after it.
 */
export const readInternationalPhone: Reader = (ctx, i) => {
  const next = ctx.tokens[i + 1];
  if (ctx.tokens[i].text !== '+' || next?.type !== 'digits' || next.spaceBefore) return null;
  const { label, digitCount } = readLabel(ctx, i, i + 1);
  return digitCount >= PHONE_DIGITS ? label : null;
};

/** Fewest digits of a phone number with its country code. */
const PHONE_DIGITS = 7;

/** "(011) 4567890": an area code with a leading zero in brackets, then the number. */
export const readAreaCodePhone: Reader = (ctx, i) => {
  const next = ctx.tokens[i + 1];
  if (ctx.tokens[i].text !== '(' || next?.type !== 'digits' || next.spaceBefore || next.text.length < 2 || next.text.charCodeAt(0) !== 48 || !isPunct(ctx, i + 2, ')')) return null;
  const { label, digitCount } = readLabel(ctx, i, i + 1);
  return label.end > i + 3 && digitCount >= 7 ? label : null;
};

const SET_TO: ReadonlySet<string> = new Set(['إلى', 'الى', 'إلي', 'الي']);

/** "القرار رقم 2334", "الخط الساخن 19999", "هاتف: 0123…": digits after a label word are a label. */
export const readCuedLabel: Reader = (ctx, i) => {
  const { tokens, hits } = ctx;
  if (!hits[i]!.lex.labelCue) return null;
  let k = i + 1;
  if (isPunct(ctx, k, ':')) k++;
  // «صحح الرقم إلى 25», «رفع الرقم إلى 40»: the figure a number was set to, a value.
  if (tokens[k]?.type === 'word' && SET_TO.has(tokens[k].text)) return null;
  // "رقم هاتف 0123…": one naming word may stand between; "الرقم بين ٢٠ و٣٠" is a range.
  if (tokens[k]?.type === 'word' && !tokens[k].latin && !tokens[k].lineBefore && tokens[k + 1]?.type === 'digits' && !RANGE_STARTS.has(tokens[k].text) && !hits[k]?.lex.qualifiers) k++;
  if (!digitsAt(ctx, k) || parseNumericDate(tokens, k) || parseClock(tokens, k)) return null;
  const h = hits[k + 1];
  const scaled = h !== undefined && h.proclitics === '' && h.lex.scale !== undefined;
  if (scaled || (digitsGoOn(ctx, k + 1) && tokens[k + 1].text !== '-')) return null;
  return readLabel(ctx, k, k).label;
};
