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
    const ch = text[i];
    if (ARABIC_LETTER.test(ch)) {
      arabic++;
      letters++;
    } else if (ANY_LETTER.test(ch)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

function dirAttr(el: Element | null): 'rtl' | 'ltr' | null {
  const v = el?.getAttribute('dir')?.trim().toLowerCase();
  return v === 'rtl' || v === 'ltr' ? v : null;
}

/** Page direction: html[dir], body[dir], else rtl when most letters are Arabic script. */
export function pageDirection(doc: Document, sampleText?: string): 'rtl' | 'ltr' | null {
  const declared = dirAttr(doc.documentElement) ?? dirAttr(doc.body);
  if (declared) return declared;
  const text = sampleText ?? doc.body?.textContent ?? '';
  if (!/\p{L}/u.test(text)) return null;
  return arabicShare(text) >= 0.5 ? 'rtl' : 'ltr';
}
