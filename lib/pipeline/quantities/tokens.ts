// The number scanner's tokens, over FOLDED text (see lib/pipeline/text/fold.ts): runs of ASCII digits,
// runs of letters (Arabic and Latin kept apart, so "G20" is a Latin word glued to digits), and
// single punctuation characters. Offsets are into the folded string; `spaceBefore` says whether
// whitespace came before, so "بـ6" (glued) and "بـ 6" (spaced) can both be told apart from "ب 6".
// Not lib/pipeline/text/tokens.ts tokensOf: that one keeps a number's separators inside one token, and
// the scanner must see each separator to decide "7.500" from "7.5" (lib/pipeline/text/normalize.ts lists
// the splitters and why each exists). A char-code loop, because this runs over every page.

export type FoldedTokenType = 'digits' | 'word' | 'punct';

export interface FoldedToken {
  type: FoldedTokenType;
  /** Folded start/end offsets. */
  start: number;
  end: number;
  /** Folded text of the token. */
  text: string;
  /** Whitespace before the token. */
  spaceBefore: boolean;
  /** A line break in the whitespace before the token. */
  lineBefore: boolean;
  /** Latin letters (for words). */
  latin: boolean;
}

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

/** Splits folded text into tokens in one pass. */
export function foldedTokens(folded: string): FoldedToken[] {
  const out: FoldedToken[] = [];
  const n = folded.length;
  let i = 0;
  let spaceBefore = true;
  let lineBefore = true;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      spaceBefore = true;
      if (c === 10 || c === 13 || c === 0x2029) lineBefore = true;
      i++;
      continue;
    }
    const start = i;
    let type: FoldedTokenType;
    let latin = false;
    if (c >= 48 && c <= 57) {
      type = 'digits';
      i++;
      while (i < n) {
        const d = folded.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
    } else if (isArabicLetter(c)) {
      type = 'word';
      i++;
      while (i < n && isArabicLetter(folded.charCodeAt(i))) i++;
    } else if (isLatinLetter(c)) {
      type = 'word';
      latin = true;
      i++;
      while (i < n && isLatinLetter(folded.charCodeAt(i))) i++;
    } else {
      type = 'punct';
      i++;
    }
    out.push({ type, start, end: i, text: folded.slice(start, i), spaceBefore, lineBefore, latin });
    spaceBefore = false;
    lineBefore = false;
  }
  return out;
}
