// Whose side of a divided country a sentence's figures are about (government- or opposition-held).

import type { Token } from '../text/tokens';

// "في مناطق سيطرة الحكومة", "تحت سيطرة المسلحين": a figure for one side's zone of a country,
// never the country's whole toll.
const CONTROL = /^(و|ب|ل|في)?(ال)?سيطره?$/;
const GOVERNMENT = /^(و|ل)?(ال)?(حكومه|نظام|دوله|الحكومه|النظام)$/;
const OPPOSITION = /^(و|ل)?(ال)?(معارضه|مسلحين|فصايل|معارضين|مسلحه|الفصايل)$/;

/** Control zone a sentence restricts its figures to ("zone:government", "zone:opposition"), or null. */
export function zoneOf(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || !CONTROL.test(t.norm)) continue;
    // "مناطق سيطرة" / "تحت سيطرة" / "الخاضعة لسيطرة" name a zone; "خارج السيطرة" does not.
    const prev = tokens[i - 1]?.bare ?? '';
    if (!/^(مناطق|منطقه|تحت|خاضعه|الخاضعه|واقعه)$/.test(prev) && !/^(ل|ب)سيطره$/.test(t.norm)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      if (GOVERNMENT.test(tokens[k].norm)) return 'zone:government';
      if (OPPOSITION.test(tokens[k].norm)) return 'zone:opposition';
    }
    return 'zone:other';
  }
  return null;
}
