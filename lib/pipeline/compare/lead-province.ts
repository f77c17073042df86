// A read about one province: its headline and lead name that province and no other. A figure of
// that read with no place and no owner is the province's when it meets another read's figure the
// province names («418 ألف نازح» in a read that leads with «إقليم X», against «312 ألفا في إقليم
// X»): otherwise the scope rule keeps a province's figure from a national one (align.ts).
import type { Claim } from '../../types';
import { memoized } from '../../lazy';
import { findEntities } from '../text/entities';
import { tokensOf } from '../text/tokens';

const CACHE_LIMIT = 4000;

/**
 * The one province (an administrative unit's key) a read's headline-and-lead context names, or
 * null. (Remembered per lead: a read's lead is asked again each time another article is compared.)
 */
export const leadProvince = memoized((lead: string): string | null => {
  const provinces = new Set(findEntities(tokensOf(lead)).filter((h) => h.admin).map((h) => h.key));
  return provinces.size === 1 ? [...provinces][0] : null;
}, CACHE_LIMIT);

/** The figure placed in its read's province where it names no place and no owner of its own. */
export function placedByLead(c: Claim, province: string | null): Claim {
  return province !== null && (c.places ?? []).length === 0 && (c.owners ?? []).length === 0 ? { ...c, places: [province], adminPlace: true } : c;
}
