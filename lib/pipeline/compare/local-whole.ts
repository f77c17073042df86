// A read that gives an event's whole toll and, beside it, one town's or province's («لقي ثلاثة
// أشخاص حتفهم في وسط البلاد وشرقها … قتيلان في X وقتيل في Y») tells its local figures apart from
// the whole: another read's whole toll never meets one of those local figures, though a town's
// count may elsewhere be a one-town event's whole (compare/align.ts sameScope) — and a figure of no
// place in a read whose headline and lead name that town is the town's, no whole («لقي سبعة
// أشخاص حتفهم … في مدينة X» against «9 قتلى في مدينة X» beside the nation's 16).
import type { Claim } from '../../types';
import { memoized } from '../../lazy';
import { entityType, findEntities, isGeographic } from '../text/entities';
import { tokensOf } from '../text/tokens';
import { namesNoPlace } from './lead-province';

const CACHE_LIMIT = 4000;
/** The places a read's headline-and-lead context names (remembered per lead). */
const placesOfLead = memoized((lead: string): ReadonlySet<string> => new Set(findEntities(tokensOf(lead)).map((h) => h.key)), CACHE_LIMIT);

/** Places named, all below a country (towns, regions, by the gazetteer or by pattern): a local figure. */
export const isLocal = (c: Claim): boolean => (c.places ?? []).length > 0 && (c.places ?? []).every((p) => p !== 'total' && entityType(p) !== 'country' && isGeographic(p));

const isCount = (c: Claim): boolean => c.kind === 'count' && !!c.concept;

/** The concepts a read counts both for the whole (no place below a country) and, in smaller figures, for some place. */
export function wholeAndLocals(claims: readonly Claim[]): Set<string> {
  const largest = new Map<string, number>();
  for (const c of claims) if (isCount(c) && !isLocal(c)) largest.set(c.concept as string, Math.max(largest.get(c.concept as string) ?? -Infinity, c.value));
  return new Set(claims.filter((c) => isCount(c) && isLocal(c) && c.value < (largest.get(c.concept as string) ?? -Infinity)).map((c) => c.concept as string));
}

/**
 * True when one side is a whole and the other a local figure of one concept, and the local one's
 * read (or the other) tells the two apart; not when the whole side names no place (a party's or a
 * person's figure at most) and its read's lead (`aLead`, `bLead`: headline and lead) names every
 * place of the local one.
 */
export function wholeAgainstLocal(a: Claim, aSplit: ReadonlySet<string>, b: Claim, bSplit: ReadonlySet<string>, aLead = '', bLead = ''): boolean {
  if (!isCount(a) || a.concept !== b.concept || isLocal(a) === isLocal(b)) return false;
  const [local, whole, wholeLead] = isLocal(a) ? [a, b, bLead] : [b, a, aLead];
  if (namesNoPlace(whole) && wholeLead) {
    const named = placesOfLead(wholeLead);
    if ((local.places ?? []).every((p) => named.has(p))) return false;
  }
  return aSplit.has(a.concept as string) || bSplit.has(a.concept as string);
}
