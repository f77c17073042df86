// Topic labels a reader understands at a glance: the concept's noun in the plural or definite
// form ("قتلى", "المفقودون", "قوة الزلزال"), with whose and where from the claims' scope
// ("قتلى الزلزال في كندا", "جنود كندا في النرويج", "نسبة أصوات سميث").
// Only concepts without an entry (an unknown counted noun) fall back to the claim's own words.

import type { Claim } from '../../types';
import { displayName, entityType, isGeographic } from '../text/entities';
import { eventNounOf } from '../text/events';
import { combinedPlaces } from './align';
import { nounOf } from '../claims/nouns';

// The event a toll is of, from the words of the topic's sentences.
function eventOf(claims: Claim[]): string | null {
  for (const c of claims) {
    const e = eventNounOf(c.sentence);
    if (e) return e;
  }
  return null;
}

const names = (keys: string[]): string[] => keys.map(displayName).filter((n): n is string => !!n);
const joined = (parts: string[]): string => parts.reduce((acc, p, i) => (i === 0 ? p : `${acc} و${p}`), '');

const specificity = (c: Claim) => (c.owners?.length ?? 0) + (c.places?.length ?? 0);

/** The claim whose scope names the most, the current article's claims first. */
function mostSpecific(current: Claim[], others: Claim[]): Claim {
  const all = [...current, ...others];
  return all.reduce((best, c) => (specificity(c) > specificity(best) ? c : best), all[0]);
}

/** Where the topic's figures are: the places, or the countries they add up. */
function whereOf(all: Claim[], best: Claim): { where: string | null; owner: string | null } {
  // A combined toll names every place it adds up, whichever claim spells them out.
  const combined = combinedPlaces(best);
  if (combined) {
    const spelled = all.map(combinedPlaces).find((p) => p && p[0] !== 'total');
    const list = spelled ?? combined;
    return { where: list[0] === 'total' ? 'البلدين' : joined(names(list)), owner: null };
  }
  const places = (best.places ?? []).filter((p) => p !== 'total');
  const geoOwners = (best.owners ?? []).filter(isGeographic);
  // A person owns votes ("نسبة أصوات سميث"); for anything else a person is who spoke.
  const votes = /^(votes|voter|percent:vote)/.test(best.concept ?? '');
  const people = votes ? (best.owners ?? []).filter((o) => !isGeographic(o) && entityType(o) === 'person') : [];
  let where = places.length > 0 ? joined(names(places)) : null;
  // "مناطق سيطرة الحكومة" says whose zone; the country follows ("… في كندا").
  if (where && places.some((p) => p.startsWith('zone:')) && geoOwners.length > 0) where = `${where} في ${joined(names(geoOwners))}`;
  else if (!where && geoOwners.length > 0) return { where: null, owner: joined(names(geoOwners)) || null };
  const owner = people.length > 0 ? joined(names(people)) : geoOwners.length > 0 && !places.some((p) => p.startsWith('zone:')) ? joined(names(geoOwners)) : null;
  return { where: where || null, owner: owner || null };
}

/**
 * Label of a topic from its claims (the current article's first): "قتلى الزلزال في كندا",
 * "قتلى كندا والنرويج", "جنود كندا في النرويج", "نسبة أصوات سميث", "قوة الزلزال".
 */
export function topicLabel(current: Claim[], others: Claim[]): string {
  const all = [...current, ...others];
  const first = all[0];
  const noun = first.concept ? nounOf(first.concept) : undefined;
  if (!noun) return (mostSpecific(current, others).label ?? first.unit ?? first.text).trim();
  if (noun.scopeless) return [noun.definite, noun.suffix].filter(Boolean).join(' ');
  const best = mostSpecific(current, others);
  const { where, owner } = whereOf(all, best);
  const event = noun.event ? eventOf(all) : null;
  const parts: string[] = [];
  if (event && noun.construct) {
    // "قتلى الزلزال في كندا": the event names whose dead; the country becomes the place.
    parts.push(noun.construct, event);
    const place = [where, owner].filter((p): p is string => !!p);
    if (place.length > 0) parts.push('في', place.join(' في '));
  } else if (owner && noun.construct) {
    parts.push(noun.construct, owner);
    if (where) parts.push('في', where);
  } else if (!owner && where && noun.construct && namedSite(best)) {
    // "قيمة صفقة المشروع": a project site or city names the thing itself.
    parts.push(noun.construct, where);
  } else {
    parts.push(noun.definite);
    if (owner) parts.push(isGeographicName(best) ? 'في' : 'لـ', owner);
    if (where) parts.push('في', where);
  }
  if (noun.suffix) parts.push(noun.suffix);
  return parts.join(' ').replace('لـ ', 'لـ');
}

const isGeographicName = (c: Claim): boolean => (c.owners ?? []).some(isGeographic);
const namedSite = (c: Claim): boolean =>
  /^money/.test(c.concept ?? '') && (c.places ?? []).length === 1 && ['region', 'city'].includes(entityType(c.places?.[0] ?? ''));
