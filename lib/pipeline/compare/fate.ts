// What happened to the people or things a fallback figure counts (`unit:X`, a noun of no known
// concept), as the words just before it in its own clause say: «اعتقل أكثر من 200 مدرس» counts the
// teachers arrested, «ضمت المظاهرة حوالي ألفي مدرس» those at the protest. The noun is the same and
// the concept falls back to it, so only this word tells the arrested from the whole, the dead
// fishermen from those aboard, the injured players from the squad (README §1 "Same event", fates).

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';
import { conceptOfWord, EVENT_CONCEPTS } from '../claims/concepts';

/** How many words before the figure may name its event («اعتقل», «اعتقلت السلطات أمس»). */
export const FATE_WORDS = 3;

/** The event (death, injured, arrested, rescued …) the words before a figure name, or null. */
export function fateOf(c: Claim): string | null {
  const before = tokensOf(c.sentence.slice(0, Math.max(0, c.start - c.sentenceStart)));
  let words = 0;
  for (let i = before.length - 1; i >= 0 && words < FATE_WORDS; i--) {
    const t = before[i];
    // The clause ends at a punctuation mark or another figure.
    if (t.type !== 'word') break;
    words++;
    const concept = conceptOfWord(t);
    if (concept !== null && EVENT_CONCEPTS.has(concept)) return concept;
  }
  return null;
}

/**
 * SEPARATE_FATES: whether two figures counted by a noun of no known concept (`unit:X`) whose own
 * clauses name different fates (or a fate and none) are two topics (topic.ts bucketOf): never on
 * one card, nor a round-up of one read. Its evidence is one development card (the stream audit is
 * unchanged by it) and one held-out card it made mixed: to be re-measured (README §1 "Same event", "Fates").
 */
export const SEPARATE_FATES = true;
const knobs = { fates: SEPARATE_FATES as boolean };
/** For measuring (eval/run.ts, eval/stream-audit.ts `--fates`) only. */
export function setFateKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}

const fates = new WeakMap<Claim, string>();
/** The fate a fallback figure's topic is told by ('' for none, or any other concept). */
export function fateKey(c: Claim): string {
  if (!knobs.fates || !c.concept?.startsWith('unit:')) return '';
  let f = fates.get(c);
  if (f === undefined) fates.set(c, (f = fateOf(c) ?? ''));
  return f;
}
