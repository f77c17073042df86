// Tokens with offsets: words, numbers and punctuation, each with its normalised forms.
// Claims and entities walk these to find what stands next to a number.
// A regular expression rather than Intl.Segmenter('ar', { granularity: 'word' }): ICU keeps a
// conjunction glued to digits ("و١٠٬٥٠٠" is one word), where the number must stand alone, and
// its segmentation alone takes 13 times as long as this expression on the corpus-dev texts.

import { normalizeArabic, stem, stripClitics } from './normalize';

export type TokenType = 'word' | 'num' | 'punct';

export interface Token {
  type: TokenType;
  /** As written. */
  raw: string;
  /** Folded and lowercased. */
  norm: string;
  /** Without conjunction, article and one-letter prepositions. */
  bare: string;
  stem: string;
  start: number;
  end: number;
}

// A word (letters and marks, with the Persian/Kurdish letters of foreign names: پ چ ڤ گ ک ی),
// a number (digits with inner separators), or one punctuation mark. Invisible format
// characters (direction marks, soft hyphen) join the letters around them and are never a token.
const LETTER = '\\u0621-\\u063a\\u0641-\\u064a\\u064b-\\u065f\\u0670\\u0640\\u067e\\u0686\\u06a4\\u06af\\u06a9\\u06cc\\u200c\\u200dA-Za-z';
const FORMAT = '\\u00ad\\u200b\\u200e\\u200f\\u2060\\ufeff\\u061c\\u202a-\\u202e\\u2066-\\u2069';
const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';
const TOKEN_RE = new RegExp(
  `([${LETTER}]+(?:[${FORMAT}]+[${LETTER}]+)*)|([${DIGIT}]+(?:[.,\\u066b\\u066c][${DIGIT}]+)*[%\\u066a]?)|([^\\s${LETTER}${DIGIT}${FORMAT}])`,
  'g',
);

/** Tokenises text; offsets are UTF-16 positions in `text` plus `base`. */
export function tokensOf(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const type: TokenType = m[1] ? 'word' : m[2] ? 'num' : 'punct';
    if (type === 'word' && isEraMark(raw, out[out.length - 1], base + m.index)) continue;
    const f = formsOf(raw, type);
    out.push({
      type,
      raw,
      norm: f.norm,
      bare: f.bare,
      stem: f.stem,
      start: base + m.index,
      end: base + m.index + raw.length,
    });
  }
  return out;
}

// «عام 2014م», «1436هـ»: the era letter written onto a year (Gregorian, Hijri) is part of the
// date, not a word of the clause — as a word it pushed the noun a figure counts out of reach.
// (Only glued to a year of either calendar: «100 م» and «سباق 800م» are metres.)
const GREGORIAN_MARK = /^م$/;
const HIJRI_MARK = /^ه\u0640?$/;
function isEraMark(raw: string, previous: Token | undefined, start: number): boolean {
  if (!previous || previous.type !== 'num' || previous.end !== start || !/^[0-9\u0660-\u0669]{4}$/.test(previous.raw)) return false;
  const year = Number(previous.norm);
  return (GREGORIAN_MARK.test(raw) && year >= 1900 && year <= 2099) || (HIJRI_MARK.test(raw) && year >= 1300 && year <= 1499);
}

interface WordForms {
  norm: string;
  bare: string;
  stem: string;
}

// Every text is tokenised several times (claims, people, story features) and words repeat
// (a few thousand distinct ones per megabyte of news): each written form is normalised and
// stemmed once. Bounded (emptied when full), like the keyword stems' memo (normalize.ts).
const FORMS_MEMO_LIMIT = 50_000;
const wordForms = new Map<string, WordForms>();

// A word some outlets write for another everyone reads the same way: the Maghreb's «أثمان» for
// «أسعار» (prices; «ارتفعت أثمان المواد الغذائية», «الرقم الاستدلالي للأثمان»), its clitics kept.
const MAGHREB_PRICES = /^(و|ف|ب|ل|لل)?(ال)?اثمان(ها|ه|هم)?$/;
const regionalWord = (norm: string): string => norm.replace(MAGHREB_PRICES, (_, pre = '', art = '', suf = '') => `${pre}${pre === 'لل' ? '' : art}اسعار${suf}`);

/** Normalised forms of one token as written (its type follows from how it is written). */
function formsOf(raw: string, type: TokenType): WordForms {
  let f = wordForms.get(raw);
  if (f === undefined) {
    const norm = type === 'word' ? regionalWord(normalizeArabic(raw)) : normalizeArabic(raw);
    f = type === 'word' ? { norm, bare: stripClitics(norm), stem: stem(norm) } : { norm, bare: norm, stem: norm };
    if (wordForms.size >= FORMS_MEMO_LIMIT) wordForms.clear();
    wordForms.set(raw, f);
  }
  return f;
}

/** Punctuation that closes a clause inside a sentence (commas, colons, dashes, brackets). */
export function isClauseBreak(t: Token): boolean {
  return t.type === 'punct' && /^[،,:؛;\-–—()\[\]«»"“”]$/.test(t.raw);
}

const QUOTE = /^[«»"“”]$/;
/** A quotation mark. */
export const isQuoteMark = (t: Token | undefined): boolean => !!t && t.type === 'punct' && QUOTE.test(t.raw);
/** An Arabic or a Latin comma. */
export const isComma = (t: Token | undefined): boolean => t?.type === 'punct' && /^[،,]$/.test(t.raw);
/**
 * «14» جنديا, "431" موقوفا, (6) حالات, في حالة «حرجة»: the quote or bracket at `i` is one of a
 * pair round a lone number (or, a quote, round one word), a way outlets highlight a figure or a
 * word — no clause ends there.
 */
export function isHighlightQuote(tokens: readonly Token[], i: number): boolean {
  const is = (k: number, re: RegExp): boolean => tokens[k]?.type === 'punct' && re.test(tokens[k].raw);
  const q = (k: number): boolean => isQuoteMark(tokens[k]);
  if (q(i)) return (tokens[i + 1]?.type !== 'punct' && !!tokens[i + 1] && q(i + 2)) || (tokens[i - 1]?.type !== 'punct' && !!tokens[i - 1] && q(i - 2));
  return (is(i, /^\($/) && tokens[i + 1]?.type === 'num' && is(i + 2, /^\)$/)) || (is(i, /^\)$/) && tokens[i - 1]?.type === 'num' && is(i - 2, /^\($/));
}

/** Candidate bare forms of a word for lexicon look-ups: as is, then with clitics cut one by one. */
export function lexicalForms(t: Token): readonly string[] {
  // A word's forms depend on its two normalised forms only: found once per word (memo below,
  // keyed by the first; a token whose bare form differs, built by hand, is read afresh).
  const known = lexicalMemo.get(t.norm);
  if (known !== undefined && known.bare === t.bare) return known.forms;
  const forms = lexicalFormsOf(t);
  if (lexicalMemo.size >= FORMS_MEMO_LIMIT) lexicalMemo.clear();
  lexicalMemo.set(t.norm, { bare: t.bare, forms });
  return forms;
}

const lexicalMemo = new Map<string, { bare: string; forms: readonly string[] }>();

function lexicalFormsOf(t: Token): readonly string[] {
  const forms = new Set<string>([t.norm, t.bare]);
  let w = t.norm;
  for (let k = 0; k < 3; k++) {
    const m = /^(?:و|ف)?(?:بال|كال|فال|لل|ال|ب|ل|ك)?/.exec(w);
    if (!m || m[0].length === 0 || w.length - m[0].length < 2) break;
    w = w.slice(m[0].length);
    forms.add(w);
  }
  if (t.norm.startsWith('و') && t.norm.length > 2) forms.add(t.norm.slice(1));
  // "30 كنديا": a demonym in the accusative is the demonym ("كندي").
  for (const f of [...forms]) if (/[^اي]يا$/.test(f) && f.length > 4) forms.add(f.slice(0, -1));
  return [...forms];
}
