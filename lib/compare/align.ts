// When two claims speak of the same thing: same concept, same kind, same rate, projections
// only with projections, and scopes (owners, places) that do not contradict each other.
// A national toll never matches a provincial one; Turkey's toll never matches Syria's or
// the two countries' combined toll.

import type { Claim } from '../types';
import { entitiesCompatible } from '../text/entities';

const sameKind = (a: Claim, b: Claim): boolean =>
  a.kind === b.kind || (['count', 'other'].includes(a.kind) && ['count', 'other'].includes(b.kind));

const modalityClass = (c: Claim): string => (c.modality === 'projection' ? 'projection' : 'count');

/** Every entity of one set has a compatible entity in the other, both ways. */
function setsCompatible(a: string[], b: string[]): boolean {
  // A total ("في البلدين", "الإجمالي") is the figure for several places named together.
  if (a.length === 1 && a[0] === 'total') return b.length > 1 || b[0] === 'total';
  if (b.length === 1 && b[0] === 'total') return a.length > 1;
  return a.every((x) => b.some((y) => entitiesCompatible(x, y))) && b.every((y) => a.some((x) => entitiesCompatible(x, y)));
}

const owners = (c: Claim): string[] => c.owners ?? [];
const places = (c: Claim): string[] => c.places ?? [];

/** How well two claims' scopes agree (higher is closer), or null when they contradict. */
export function scopeScore(a: Claim, b: Claim): number | null {
  const ao = owners(a);
  const bo = owners(b);
  const ap = places(a);
  const bp = places(b);
  // One names only whose figure it is, the other only where: "السوري" vs "في سوريا".
  // A per-province figure never stands for a national one, however its country is named.
  if (ao.length > 0 && ap.length === 0 && bo.length === 0 && bp.length > 0) return !b.adminPlace && setsCompatible(ao, bp) ? 2 : null;
  if (bo.length > 0 && bp.length === 0 && ao.length === 0 && ap.length > 0) return !a.adminPlace && setsCompatible(bo, ap) ? 2 : null;
  let score = 0;
  if (ao.length > 0 && bo.length > 0) {
    if (!setsCompatible(ao, bo)) return null;
    score += 2;
  }
  if (ap.length > 0 && bp.length > 0) {
    if (!setsCompatible(ap, bp)) return null;
    score += 3;
  } else if (ap.length > 0 || bp.length > 0) {
    const present = ap.length > 0 ? ap : bp;
    const admin = ap.length > 0 ? a.adminPlace : b.adminPlace;
    // A province named as such ("بإقليم الحوز") is never the same as an unspecified
    // (national) figure, nor is a combined figure for several countries.
    if (admin || present.length > 1 || present[0] === 'total') return null;
  }
  if (ao.length + bo.length + ap.length + bp.length === 0) score += 1;
  return score;
}

/** Match score of two claims (higher is closer), or null when they are about different things. */
export function matchScore(a: Claim, b: Claim): number | null {
  if (!a.comparable || !b.comparable || !a.concept || a.concept !== b.concept) return null;
  if (!sameKind(a, b) || a.rate !== b.rate || modalityClass(a) !== modalityClass(b)) return null;
  if (a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit && a.unit && b.unit) return null;
  const s = scopeScore(a, b);
  if (s === null) return null;
  return s + (a.unit && b.unit && a.unit === b.unit ? 0.5 : 0);
}
