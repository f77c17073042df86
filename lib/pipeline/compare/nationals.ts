// One nationality's people and the whole count. A read that counts the people of a nationality
// («أكثر من 300 حاج تشادي», «60 فنلنديا») beside a count naming no one («700 وفاة») gives the
// latter as the whole: fewer nationals are among it (no second incident: same-event.ts), and a
// whole and one nationality's people never share a card (compare/index.ts).

import type { Claim } from '../../types';
import { isEventConcept } from '../claims/concepts';
import { entityType, findEntities } from '../text/entities';
import { tokensOf } from '../text/tokens';
import { normalizeArabic } from '../text/normalize';

// How many tokens after the figure its nationality may stand: «150 حاجا تشاديا», «60 فنلنديا».
const NATIONALITY_REACH = 3;
const NATIONALITY_CHARS = 60;
const saidWithNoun = new WeakMap<Claim, boolean>();

/** The owner is a nationality written right after the figure, with its counted noun (not the speaker's: «السلطات الكندية»). */
function nationalityAfter(c: Claim): boolean {
  let v = saidWithNoun.get(c);
  if (v === undefined) {
    // (A few words are read, never the rest of a long sentence: linear in a long article's claims.)
    const after = c.end - c.sentenceStart;
    const tokens = tokensOf(c.sentence.slice(after, after + NATIONALITY_CHARS)).slice(0, NATIONALITY_REACH + 1);
    v = findEntities(tokens).some((h) => h.from < NATIONALITY_REACH && (c.owners ?? []).includes(h.key));
    saidWithNoun.set(c, v);
  }
  return v;
}

/** A count of one country's people, stated, counted nowhere in particular. */
const ofOneCountry = (c: Claim): boolean =>
  c.kind === 'count' && (c.owners ?? []).length === 1 && entityType((c.owners ?? [])[0]) === 'country' && (c.places ?? []).length === 0 && c.evidence?.scope === 'stated';

/** People of one nationality, said with the counted noun («حاجا تشاديا»), counted nowhere in particular. */
export const ownNationals = (c: Claim): boolean => ofOneCountry(c) && nationalityAfter(c);

/**
 * The nationals of an event's toll (dead, injured, missing, rescued …), which news breaks down by
 * nationality; other counts of one nationality («24 ألف طفل فنلندي» beside «100 ألف طفل») need not be
 * among the unscoped one.
 */
export const tollNationals = (c: Claim): boolean => ownNationals(c) && isEventConcept(c.concept);

/** A figure naming neither whose people nor where. */
export const unscoped = (c: Claim): boolean => (c.owners ?? []).length === 0 && (c.places ?? []).length === 0;

// A count of everyone: naming no one, or only a nationality guessed from the sentence (a speaker's,
// an airline's), not said of the people counted.
const wholeCount = (c: Claim): boolean => c.kind === 'count' && (unscoped(c) || c.evidence?.scope === 'guessed');

/**
 * The concepts a read counts both for some nationality and, in a larger figure, for everyone (its
 * whole: «300 راكب … بينهم 120 تشاديا»; not «12 جنديا تشاديا» beside another incident's «4 جنود»).
 */
export function wholeAndNationals(claims: readonly Claim[]): Set<string> {
  const largest = new Map<string, number>();
  for (const c of claims) if (wholeCount(c) && c.concept) largest.set(c.concept, Math.max(largest.get(c.concept) ?? -Infinity, c.value));
  return new Set(claims.filter((c) => ownNationals(c) && c.concept && (c.value < (largest.get(c.concept) ?? -Infinity) || amongGroup(c))).map((c) => c.concept as string));
}

// «من بين المفقودين 29 تشاديا»، «بينهم 12 فنلنديا»: the nationals named as some of a group.
const AMONG = /(?:^|\s)و?(?:من بين|بينهم|بينهن|منهم|منهن)(?:\s+\S+)?\s*$/;
const AMONG_REACH = 30;

/** The nationals are said to be among a group (so the read has a whole, even one it counts elsewhere). */
const amongGroup = (c: Claim): boolean => AMONG.test(normalizeArabic(c.sentence.slice(Math.max(0, c.start - c.sentenceStart - AMONG_REACH), c.start - c.sentenceStart)));

/**
 * True when one side counts everyone (`wholeCount`) and the other one nationality's people, and either read
 * tells the two apart (`wholeAndNationals`): the unscoped one is a whole, the other a part of one.
 */
export function wholeAgainstNationals(a: Claim, aSplit: ReadonlySet<string>, b: Claim, bSplit: ReadonlySet<string>): boolean {
  const [whole, part] = wholeCount(a) && ofOneCountry(b) ? [a, b] : wholeCount(b) && ofOneCountry(a) ? [b, a] : [null, null];
  if (!whole || !part) return false;
  const k = whole.concept ?? '';
  return part.concept === k && (aSplit.has(k) || bSplit.has(k));
}
