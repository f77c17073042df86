// Sentence splitting for Arabic news text. Ends: . ؟ ? ! ؛ ; … and line breaks.
// Not ends: the Arabic comma ، , a dot inside a number (6.4), a dot after a one-letter
// abbreviation part (أ.ف.ب، د.ب.أ), and anything inside «…» or "…" quotes on the same line.
// Hand-written because Intl.Segmenter('ar', { granularity: 'sentence' }) (ICU) does not do this
// job: it ends sentences inside «…» quotes and at every dot of أ.ف.ب, and does not end them at
// ؛ or …, so a quoted figure would lose its speaker (on the corpus-dev texts it finds 1,098
// sentences where this finds 674).

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '؟', '?', '!', '؛', ';', '…']);
const OPEN_QUOTES: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
// Quotes longer than this are assumed unbalanced and stop protecting their content.
const MAX_QUOTE = 400;
// The longest sentence of the corpora is about 1,000 characters; a run this long without an end
// is a table or a dump, cut at a space so the work done per sentence (claims look around each
// figure within its sentence) stays bounded and a long text is read in linear time.
export const MAX_SENTENCE = 2000;

const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\u0621-\u064aA-Za-z]/.test(c);

/** True where the dot at i belongs to an abbreviation such as أ.ف.ب or U.S. */
function isAbbreviationDot(text: string, i: number): boolean {
  const prev = text[i - 1];
  const prevPrev = text[i - 2];
  // One letter standing alone before the dot: "أ." or ".ف."
  const singleBefore = isLetter(prev) && !isLetter(prevPrev) && !isDigit(prevPrev);
  const next = text[i + 1];
  const nextNext = text[i + 2];
  const singleAfter = isLetter(next) && (nextNext === '.' || !isLetter(nextNext));
  return singleBefore && (singleAfter || text[i - 3] === '.' || prevPrev === '.');
}

/** Splits text into trimmed sentences with UTF-16 offsets into the input. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let closer: string | null = null;
  let quoteAt = 0;

  const emit = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      closer = null;
      emit(i);
      continue;
    }
    if (i - start >= MAX_SENTENCE && (c === ' ' || c === '\t')) {
      closer = null;
      emit(i);
      continue;
    }
    if (closer !== null) {
      if (c === closer || i - quoteAt > MAX_QUOTE) closer = null;
      continue;
    }
    if (OPEN_QUOTES[c] !== undefined) {
      closer = OPEN_QUOTES[c];
      quoteAt = i;
      continue;
    }
    if (!TERMINATORS.has(c)) continue;
    if (c === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    if (c === '.' && isAbbreviationDot(text, i)) continue;
    // Runs of terminators ("!!", "...", "؟!") end one sentence, together with a closing quote.
    let j = i + 1;
    while (j < text.length && (TERMINATORS.has(text[j]) || text[j] === '»' || text[j] === '”' || text[j] === ')')) j++;
    emit(j);
    i = j - 1;
  }
  emit(text.length);
  return out;
}
