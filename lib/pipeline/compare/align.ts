// When two claims speak of the same thing: same concept, same kind, same rate, projections
// only with projections, and scopes (owners, places) that do not contradict each other.
// A national toll never matches a provincial one; one country's toll never matches another's or
// the two countries' combined toll.

import type { Claim } from '../../types';
import { entitiesCompatible, entityType, findEntities, isGeographic, parentOf } from '../text/entities';
import { isClauseBreak, tokensOf } from '../text/tokens';
import { isEventConcept } from '../claims/concepts';
import { oneSiteSentence, oneSiteToll } from './means';
import { frontedPlace } from './fronted-place';
import { otherForecasters } from './forecasters';

const sameKind = (a: Claim, b: Claim): boolean =>
  a.kind === b.kind || (['count', 'other'].includes(a.kind) && ['count', 'other'].includes(b.kind));

const modalityClass = (c: Claim): string => (c.modality === 'projection' ? 'projection' : 'count');

/** Every entity of one set has a compatible entity in the other, both ways. */
function setsCompatible(a: string[], b: string[], same: (x: string, y: string) => boolean = entitiesCompatible): boolean {
  // A total ("في البلدين", "الإجمالي") is the figure for several places named together.
  if (a.length === 1 && a[0] === 'total') return b.length > 1 || b[0] === 'total';
  if (b.length === 1 && b[0] === 'total') return a.length > 1;
  return a.every((x) => b.some((y) => same(x, y))) && b.every((y) => a.some((x) => same(x, y)));
}

// A town's rate or share is never its country's («نسبة المشاركة في [مدينة]» beside the national
// one), where a count of an event's people may be the town's and the whole event's at once (a
// flood that struck one town): for rates a town and its country are two scopes.
const isRate = (c: Claim): boolean => c.kind === 'percent' || !!c.concept?.startsWith('percent');
const sameScope = (a: Claim, b: Claim) => (x: string, y: string): boolean =>
  isRate(a) || isRate(b) ? x === y || (entitiesCompatible(x, y) && entityType(x) === entityType(y)) : entitiesCompatible(x, y);

const isPerson = (k: string): boolean => entityType(k) === 'person';

// An event's people (the dead, the rescued, the arrested) and a turnout belong to no person: a
// name read as their owner is a speaker, a commander or a word taken for a name («بقيادة …»،
// «إقبال …»), never a candidate's share. (Votes, seats and money stay a person's or a party's.)
const personless = (c: Claim): boolean => !!c.concept && (isEventConcept(c.concept) || c.concept.startsWith('percent:turnout'));
const owners = (c: Claim): string[] => (personless(c) ? (c.owners ?? []).filter((k) => !isPerson(k)) : c.owners ?? []);
const places = (c: Claim): string[] => c.places ?? [];

// A country only guessed from the speaker («قالت الحكومة X إن 32 قتلوا») says whose officials
// spoke, not where: beside a town the other read names and no gazetteer places in a country
// («في بلدة Y»), it contradicts nothing — as a figure naming no scope would not.
const guessedOwner = (c: Claim): boolean => c.evidence?.scope === 'guessed';
const unplacedTown = (p: string[]): boolean => p.length === 1 && p[0] !== 'total' && entityType(p[0]) === 'city' && parentOf(p[0]) === null;
/** A figure naming only an owner against one naming only a place: 2 when they agree, 1 for a guess beside an unplaced town. */
function crossScore(owned: Claim, placed: Claim): number | null {
  // (An incident at one site named by its province, against the toll a read gives its country by a
  // guess: one toll, told once with where it struck and once with the country's name — means.ts.)
  if (placed.adminPlace) return guessedOwner(owned) && oneSiteSentence(placed) ? 1 : null;
  if (setsCompatible(owners(owned), places(placed), sameScope(owned, placed))) return 2;
  return guessedOwner(owned) && unplacedTown(places(placed)) ? 1 : null;
}

/**
 * «وأصيب عشرة آخرون في إطلاق نار داخل قاعة أفراح … في بلدة X بإقليم Y»: the one province a figure's
 * clause names after it, beyond where its scope is read, is where the figure is. Not one named
 * after a comma («بلغت الحصيلة 70 قتيلا، في العاصفة التي اجتاحت إقليم X»: where the event struck,
 * of a toll that may be wider). Read once per claim (a long read's comparison asks about each many times).
 */
const provinceAfter = new WeakMap<Claim, string | null>();
function clauseProvince(c: Claim): string | null {
  const known = provinceAfter.get(c);
  if (known !== undefined) return known;
  const tokens = tokensOf(c.sentence);
  const provinces = findEntities(tokens).filter((h) => h.admin);
  const end = c.end - c.sentenceStart;
  const from = tokens.findIndex((t) => t.start >= end);
  const at = provinces[0]?.from ?? -1;
  const one = provinces.length > 0 && provinces.every((h) => h.key === provinces[0].key);
  const found = one && from >= 0 && at >= from && !tokens.slice(from, at).some(isClauseBreak) ? provinces[0].key : null;
  provinceAfter.set(c, found);
  return found;
}

// «في مدينة X بالبلد Y»: a town and its own country are one place, the town; two places
// of which neither holds the other are a figure for several.
function ancestors(key: string): Set<string> {
  const out = new Set<string>();
  for (let p = parentOf(key); p && !out.has(p); p = parentOf(p)) out.add(p);
  return out;
}
const narrowest = (keys: string[]): string[] => (keys.length < 2 ? keys : keys.filter((k) => !keys.some((o) => o !== k && ancestors(o).has(k))));

/** How well two claims' scopes agree (higher is closer), or null when they contradict. */
export function scopeScore(a: Claim, b: Claim): number | null {
  const ao = owners(a);
  const bo = owners(b);
  // One candidate's votes are a part of all the votes cast: a person on one side only is
  // never the same figure as one with nobody's name. A share with nobody's name may be any
  // candidate's (or the turnout misread): it never joins one candidate's share either.
  if (ao.some(isPerson) !== bo.some(isPerson)) return null;
  const ap = places(a);
  const bp = places(b);
  // One names only whose figure it is, the other only where: "الكندي" vs "في كندا".
  // A per-province figure never stands for a national one, however its country is named.
  if (ao.length > 0 && ap.length === 0 && bo.length === 0 && bp.length > 0) return crossScore(a, b);
  if (bo.length > 0 && bp.length === 0 && ao.length === 0 && ap.length > 0) return crossScore(b, a);
  let score = 0;
  if (ao.length > 0 && bo.length > 0) {
    if (!setsCompatible(ao, bo, sameScope(a, b))) return null;
    score += 2;
  }
  if (ap.length > 0 && bp.length > 0) {
    if (!setsCompatible(ap, bp, sameScope(a, b))) return null;
    score += 3;
  } else if (ap.length > 0 || bp.length > 0) {
    const present = ap.length > 0 ? ap : bp;
    const admin = ap.length > 0 ? a.adminPlace : b.adminPlace;
    const unscoped = ap.length > 0 ? b : a;
    // A province named as such ("بإقليم أونتاريو") is never the same as an unspecified
    // (national) figure, nor is a combined figure for several countries — unless the
    // unspecified figure's own clause names that province after it (clauseProvince).
    // (Unless the placed figure counts an incident at one site: its places, however many and
    // however named, say where that site is — oneSiteToll, means.ts.)
    const one = narrowest(present);
    if (one.includes('total')) return null;
    // «وفي مدينة X، …»: one place's share of a read reporting on several (fronted-place.ts).
    if (frontedPlace(ap.length > 0 ? a : b)) return null;
    if ((one.length > 1 || (admin && !(owners(unscoped).length === 0 && clauseProvince(unscoped) === one[0]))) && !oneSiteToll(ap.length > 0 ? a : b)) return null;
  }
  if (ao.length + bo.length + ap.length + bp.length === 0) score += 1;
  return score;
}

/**
 * The places a combined figure adds up ("في كندا والنرويج", "النرويج وكندا", "الإجمالي في
 * البلدين" → ['total']), or null for a figure about one place or none.
 */
export function combinedPlaces(c: Claim): string[] | null {
  if (places(c).includes('total')) return ['total'];
  // (An incident at one site is no sum over the places its sentence names: oneSiteToll.)
  if (oneSiteToll(c)) return null;
  // Places named together, or owners named together ("النرويج وكندا"); an owner and a place
  // ("جنود كندا في النرويج") are two roles, not a sum.
  for (const list of [places(c), owners(c)]) {
    // Two names where one contains the other ("تورونتو" in "كندا") are one place.
    const distinct = narrowest([...new Set(list.filter(isGeographic))]);
    if (distinct.length >= 2) return distinct;
  }
  return null;
}

/** A combined figure only matches another combined figure over the same places (or a total). */
function combinedScore(a: Claim, b: Claim): number | null | undefined {
  const ca = combinedPlaces(a);
  const cb = combinedPlaces(b);
  if (!ca && !cb) return undefined;
  if (!ca || !cb) return null;
  if (ca[0] === 'total' || cb[0] === 'total') return 3;
  return setsCompatible(ca, cb) ? 3 : null;
}

// What the figure measures is the event itself (the quake's magnitude): where it was felt or
// whom the sentence names is no scope. So is a building's height in floors: the district or city
// one outlet names beside it ("مبنى من 9 طوابق في حي X") is where the building stands, not a part.
// And a speed: a storm's winds, a bus's speed (claims/speed.ts) — the agency's country or the
// station that measured it is no place the figure is a part of.
const SCOPELESS = new Set(['magnitude', 'magnitude:aftershock', 'floor']);
const isScopeless = (concept: string): boolean => SCOPELESS.has(concept) || concept.startsWith('speed');

/** One claim names only an owner, the other only a place. */
const crossRoles = (a: Claim, b: Claim): boolean =>
  (owners(a).length > 0 && places(a).length === 0 && owners(b).length === 0 && places(b).length > 0) ||
  (owners(b).length > 0 && places(b).length === 0 && owners(a).length === 0 && places(a).length > 0);

/** Match score of two claims (higher is closer), or null when they are about different things. */
export function matchScore(a: Claim, b: Claim): number | null {
  if (!a.comparable || !b.comparable || !a.concept || a.concept !== b.concept) return null;
  if (!sameKind(a, b) || a.rate !== b.rate || modalityClass(a) !== modalityClass(b)) return null;
  if (a.kind === 'money' && b.kind === 'money' && a.unit !== b.unit && a.unit && b.unit) return null;
  if (otherForecasters(a, b)) return null;
  const combined = isScopeless(a.concept) ? 1 : combinedScore(a, b);
  let s = combined === undefined ? scopeScore(a, b) : combined;
  // Money changes hands: "الاستثمار الكندي" (whose) and "في النرويج" (where) describe one deal.
  if (s === null && a.kind === 'money' && crossRoles(a, b)) s = 1;
  if (s === null) return null;
  // The same counted word is no evidence of the same topic ("17 حالة وفاة" in one city vs
  // "2122 حالة وفاة" nationally), so it earns nothing here.
  return s;
}
