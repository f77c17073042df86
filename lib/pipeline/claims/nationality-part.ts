// "بلغ عدد الناجين 45، بينهم 28 [nationality] و14 [nationality]": a list of nationalities after «بينهم/منهم»
// that follows a figure of people names parts of it — those of one nationality among the
// survivors, the dead, the missing. Each item is that event's part (its nationality is its owner,
// scope.ts), another topic than the whole and than the other nationalities'. A nationality list
// the event's noun introduces with no figure («الناجون هم N [nationality] و…») names parts of
// those people too; one of which nothing is said stays out of every card (concept-of.ts nationalityList).

import type { Token } from '../text/tokens';
import { tokensOf } from '../text/tokens';
import { findEntities, entityType } from '../text/entities';
import type { Located } from './locate';
import { conceptOfWord } from './concepts';

const PART_OF = /^(و)?(بينهم|منهم|بينها|منها|هم)$/;
// How far the «بينهم» may stand after the figure it opens a part of: "45، بينهم".
const MAX_GAP = 3;

/** The figure's own noun is a nationality adjective (CLDR gazetteer, text/entities). */
export const isNationalityUnit = (unit: string | null): boolean => !!unit && findEntities(tokensOf(unit)).some((h) => entityType(h.key) === 'country');

/**
 * The event a nationality item is a part of: after «بينهم» right after a figure of an event, or
 * carried (`going`) over items joined by «و». null when the figure is no such item.
 */
export function nationalityPartEvent(tokens: Token[], prev: Located | null, loc: Located, prevConcept: string | null, going: string | null, events: ReadonlySet<string>): string | null {
  if (loc.q.kind !== 'count' || !isNationalityUnit(loc.q.unit)) return null;
  // «إن بين القتلى 7 [nationality] و9 [nationality]»: the list opens right after «بين» and the event's people.
  // («الناجون هم N [nationality] و…», a list with no figure of the event: concept-of.ts, index.ts.)
  const among = amongEvent(tokens, loc.qFrom, events);
  if (among) return among;
  if (!prev || prev.qTo > loc.qFrom) return null;
  const between = tokens.slice(prev.unitEnd, loc.qFrom);
  // ("و14 [nationality]" or "وثلاثة [nationality]": the «و» apart or glued to a number word.)
  const joined = between.length > 0 ? between.every((t) => t.norm === 'و' || (t.type === 'punct' && /^[،,]$/.test(t.raw))) : /^و/.test(tokens[loc.qFrom]?.norm ?? '');
  if (going && joined) return going;
  const event = prevConcept?.split(':')[0] ?? '';
  if (!events.has(event) || between.length === 0 || between.length > MAX_GAP) return null;
  const opener = between[between.length - 1];
  return PART_OF.test(opener.norm) && between.slice(0, -1).every((t) => t.type === 'punct') ? event : null;
}

/** «بين القتلى» right before the figure: the event whose people it counts, or null. */
function amongEvent(tokens: Token[], qFrom: number, events: ReadonlySet<string>): string | null {
  const noun = tokens[qFrom - 1];
  if (qFrom < 2 || noun?.type !== 'word' || !/^ال/.test(noun.norm) || !/^(و)?بين$/.test(tokens[qFrom - 2].norm)) return null;
  const concept = conceptOfWord(noun);
  return concept && events.has(concept) ? concept : null;
}
