// «وفي مدينة X، انهارت 6 مبان»: a sentence that opens on «وفي» and a town or region, then a
// comma, turns to that place as one of several the read reports on — its figure is that place's
// share, never the whole an unplaced figure of another read gives. (Not a country: «وفي البلد X،
// أودت العملية بـ…» turns a survey of several countries to one country's incident, which another
// read may well count unplaced.)

import type { Claim } from '../../types';
import { entityType, findEntities } from '../text/entities';
import { tokensOf } from '../text/tokens';

// The fronted adverbial is short: «وفي» [a settlement word] the name (one to three words).
const MAX_FRONT = 5;

// Read once per claim: a long read's comparison asks about each claim many times.
const known = new WeakMap<Claim, boolean>();

/** True when the figure's sentence opens with «وفي <one of its places>،» before the figure. */
export function frontedPlace(c: Claim): boolean {
  let v = known.get(c);
  if (v === undefined) known.set(c, (v = readFrontedPlace(c)));
  return v;
}

function readFrontedPlace(c: Claim): boolean {
  const own = (c.places ?? []).filter((k) => entityType(k) !== 'country');
  if (own.length === 0) return false;
  const tokens = tokensOf(c.sentence);
  if (tokens[0]?.norm !== 'وفي') return false;
  const comma = tokens.findIndex((t, i) => i > 0 && t.type === 'punct' && /^[،,]$/.test(t.raw));
  if (comma < 2 || comma > MAX_FRONT + 1) return false;
  // The comma comes before the figure, and the words up to it name one of the figure's places.
  if (tokens[comma].start > c.start - c.sentenceStart) return false;
  return findEntities(tokens.slice(1, comma)).some((h) => own.includes(h.key));
}
