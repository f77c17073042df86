// A source whose counts cover one side's zone of a divided country. Where one read says a body's
// figure is for a zone ("وقالت وزارة الصحة إن 700 شخص قتلوا في مناطق سيطرة الحكومة"), another
// read quoting the same body without naming the zone ("أعلنت وزارة الصحة مقتل 240 شخصا") gives
// that body's count of the same zone, not the country's whole toll: a ministry of one side, a
// rescue service of the other, count where they work.

import type { Claim } from '../../types';
import { entitiesCompatible, entityType } from '../text/entities';
import { sameSource } from './reason';

const isZone = (p: string): boolean => p.startsWith('zone:');
/** The countries a claim is about (its owners and places that are countries). */
const countriesOf = (c: Claim): string[] => [...(c.owners ?? []), ...(c.places ?? [])].filter((k) => entityType(k) === 'country');

interface ZoneSource {
  attribution: string;
  concept: string;
  zone: string;
  countries: string[];
}

/** Every (source, concept, zone) the reads of one comparison state. */
export function zoneSources(reads: readonly (readonly Claim[])[]): ZoneSource[] {
  const out: ZoneSource[] = [];
  for (const claims of reads) {
    for (const c of claims) {
      const zone = (c.places ?? []).find(isZone);
      if (!zone || !c.attribution || !c.concept) continue;
      out.push({ attribution: c.attribution, concept: c.concept, zone, countries: countriesOf(c) });
    }
  }
  return out;
}

/**
 * The claim with the zone its source covers, when the claim names no zone or place below a
 * country and one stated zone source of the comparison is the same body, the same concept and a
 * compatible country; else the claim itself. Two zones for one body (or none) change nothing.
 */
export function withSourceZone(c: Claim, sources: readonly ZoneSource[]): Claim {
  if (!c.attribution || !c.concept || sources.length === 0) return c;
  const places = c.places ?? [];
  if (places.some((p) => entityType(p) !== 'country')) return c;
  const countries = countriesOf(c);
  const zones = new Set(
    sources
      .filter((s) => s.concept === c.concept && sameSource(s.attribution, c.attribution as string))
      .filter((s) => countries.length === 0 || s.countries.length === 0 || countries.some((k) => s.countries.some((x) => entitiesCompatible(k, x))))
      .map((s) => s.zone),
  );
  if (zones.size !== 1) return c;
  const [zone] = zones;
  // (As a sentence naming the zone reads it: the country is whose figure it is, the zone where.)
  const owners = [...new Set([...(c.owners ?? []), ...places])];
  return { ...c, owners, places: [zone], adminPlace: true, entities: [...new Set([...owners, zone])] };
}
