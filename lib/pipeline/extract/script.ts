// Which script a text is written in: Readability reports `dir: null` on most Arabic pages,
// so direction and a language fallback come from counting letters.

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const ANY_LETTER = /\p{L}/u;

/** Share (0..1) of letters in `text` that are Arabic script; 0 when there are no letters. */
export function arabicShare(text: string, limit = 20_000): number {
  let arabic = 0;
  let letters = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Code-point ranges first: a regular expression per character costs more than the rest of
    // the extraction's bookkeeping on a short article.
    if (isArabicLetter(c)) {
      arabic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c > 0x7f && !isSpaceOrPunctuation(c) && ANY_LETTER.test(text[i])) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** The ranges of ARABIC_LETTER, as code units. */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)
  );
}

/** General punctuation and spaces above ASCII (no-break space, dashes, quotes): never letters. */
function isSpaceOrPunctuation(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x00ab && c <= 0x00bb);
}

export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

// Languages written in Arabic script: a page declaring one of them is believed; any other
// declaration on an Arabic-script article is a template default ("en-US") and is overruled.
const ARABIC_SCRIPT_LANGUAGES = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'ku', 'sd', 'ug', 'ks']);

/** The article's direction from its own letters; the declared one only when it has none. */
export function articleDirection(share: number, hasLetters: boolean, declared: 'rtl' | 'ltr' | null): 'rtl' | 'ltr' | null {
  if (!hasLetters) return declared;
  return share >= 0.5 ? 'rtl' : 'ltr';
}

/** The article's language: the declared one when its script matches the text, else "ar" for Arabic text. */
export function articleLanguage(share: number, hasLetters: boolean, declared: string | null): string | null {
  if (!hasLetters) return declared;
  const arabicText = share >= 0.5;
  if (declared && ARABIC_SCRIPT_LANGUAGES.has(declared) === arabicText) return declared;
  return arabicText ? 'ar' : null;
}
