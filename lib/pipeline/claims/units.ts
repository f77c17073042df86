// Provinces an article refers back to: "وبلغت الحصيلة في الإقليم 300", "بالولاية ذاتها" name the
// last province the article named with that unit word ("إقليم X" earlier); and the words for the
// whole country ("في البلاد"), which never name one place of a breakdown.

import type { Token } from '../text/tokens';
import { lexicalForms } from '../text/tokens';
import { UNIT_WORDS } from '../text/gazetteer';
import type { EntityHit } from '../text/entities';
import { textOf } from './scope';
import { isFi, startsWithBa } from './scope-words';

// "في البلاد", "في الدولة", "بالمملكة": the whole country, never one place of a breakdown.
const WHOLE_COUNTRY = /^(ال)?(بلاد|دوله|مملكه|جمهوريه|وطن)$/;
export const namesWholeCountry = (t: Token): boolean => WHOLE_COUNTRY.test(t.bare) || WHOLE_COUNTRY.test(t.norm);

/** Provinces an article has named so far, by their unit word ("اقليم" → the last "إقليم X"). */
export type NamedUnits = Map<string, { key: string; text: string }>;
// Unit words a definite form of which refers back to the province named before ("في الإقليم").
// (Not "المنطقة", "الجهة": "the region", "the authority".)
const BACK_UNITS = new Set([...UNIT_WORDS, 'ولايه']);
const RESIDENTS = /^(و)?(سكان|اهالي|ابناء)$/;
const unitFormOf = (t: Token | undefined): string | undefined => (t?.type === 'word' ? lexicalForms(t).find((f) => BACK_UNITS.has(f)) : undefined);

/** Remembers the provinces a sentence names with their unit word, for later back references. */
export function rememberUnits(tokens: Token[], hits: EntityHit[], named: NamedUnits, sentence: string, base: number): void {
  for (const h of hits) {
    const unit = h.admin ? unitFormOf(tokens[h.from]) : undefined;
    if (unit) named.set(unit, { key: h.key, text: textOf(tokens, sentence, base, h.from, h.to) });
  }
}

/**
 * The province a clause [from, to) refers back to with the definite unit word alone ("وبلغت
 * الحصيلة في الإقليم 300", "بالولاية ذاتها", "من سكان المقاطعة"), when the article named one
 * before; else null.
 */
export function unitReferredTo(tokens: Token[], from: number, to: number, named: NamedUnits): { key: string; text: string } | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const unit = unitFormOf(t);
    if (!unit || !/^(و|ف)?(ب)?ال/.test(t.norm)) continue;
    // («33 من سكان المقاطعة»: or its inhabitants, those it counts.)
    if (!startsWithBa(t) && !isFi(tokens[i - 1]) && !RESIDENTS.test(tokens[i - 1]?.norm ?? '')) continue;
    // "في الولاية الثانية" (a term of office), "في الإقليم الجنوبي": not the province named before.
    const next = tokens[i + 1];
    if (next?.type === 'word' && next.norm.startsWith('ال') && !/^(ذات|نفس)/.test(next.bare)) continue;
    return named.get(unit) ?? null;
  }
  return null;
}
