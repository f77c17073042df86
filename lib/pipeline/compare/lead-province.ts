// A read about one province: its headline and lead name that province and no other. A figure of
// that read with no place and no owner is the province's when it meets another read's figure the
// province names («418 ألف نازح» in a read that leads with «إقليم X», against «312 ألفا في إقليم
// X»): otherwise the scope rule keeps a province's figure from a national one (align.ts).
import type { Claim } from '../../types';
import { memoized } from '../../lazy';
import { findEntities, isGeographic } from '../text/entities';
import { tokensOf, type Token } from '../text/tokens';

const CACHE_LIMIT = 4000;

/**
 * The one province (an administrative unit's key) a read's headline-and-lead context names, or
 * null. (Remembered per lead: a read's lead is asked again each time another article is compared.)
 */
export const leadProvince = memoized((lead: string): string | null => {
  const tokens = tokensOf(lead);
  const hits = findEntities(tokens).filter((h) => h.admin);
  const provinces = new Set(hits.map((h) => h.key));
  if (provinces.size === 1) return [...provinces][0];
  // («بمنطقة X في إقليم Y»: a unit and the one it lies in, one place — the innermost, named first.)
  return hits.length === 2 && nested(tokens, hits[0].to, hits[1].from) ? hits[0].key : null;
}, CACHE_LIMIT);

/** Only «في» (or nothing, «بإقليم») between two units' names: the second holds the first (not «وإقليم», a second one). */
const nested = (tokens: readonly Token[], end: number, next: number): boolean =>
  next >= end && next - end <= 1 && tokens.slice(end, next).every((t) => t.norm === 'في') && !/^و/.test(tokens[next]?.norm ?? '');

/** The figure names no place: no place and no owner that is one (a party's or a person's at most). */
export const namesNoPlace = (c: Claim): boolean => (c.places ?? []).length === 0 && !(c.owners ?? []).some(isGeographic);

/**
 * The figure placed in its read's province where it names no place of its own («قائمة X 39 مقعدا»
 * in a read about one region's election).
 */
export function placedByLead(c: Claim, province: string | null): Claim {
  return province !== null && namesNoPlace(c) ? { ...c, places: [province], adminPlace: true } : c;
}
