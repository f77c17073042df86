// Which related reads may put their figures into the current read's cards. Listing an earlier
// read as "same story" and comparing its figures are two decisions: different events of one kind
// (two days' weather bulletins, two road accidents, two daily market reports) share the kind's
// vocabulary and get listed, but their figures are not two reports of one thing. Two reports of
// one event nearly always share a word rarely seen in the news (a place, a name, an unusual noun
// of that event); a read sharing only common words is listed without its figures. A read the
// reader linked by hand always counts.

import { specificity } from './specificity';

/**
 * A related read gives figures to cards when its pair score is at least CARD_LINK_THRESHOLD and
 * the rarest content keyword both reads share has a background specificity of at least
 * MIN_SHARED_SPECIFICITY. Chosen by `npx tsx eval/cardlink.ts` on the development part (tune +
 * ../shared/corpus + seeds, 1,000 unrelated reads of ../shared/stream in the history, 40 viewed
 * after each story; check not looked at): the least stream noise that keeps every development
 * difference shown and the regression fixture (tests/regression-gold, ≥ 80 %) green. Curve
 * (floor / minimum shared specificity → gold differences shown; unrelated articles with a card):
 *   every listed read (0 / 0) → 85/121; 42/720 (5.8 %)
 *   score floor alone: 0.24 (no chained read) → 82; 41 · 0.27 → 75; 27 · 0.30 → 59; 22 · 0.36 → 35; 13
 *   rarest shared word (floor 0): 0.50 → 85; 35 · 0.52 → 85; 35 · **0.53 → 85; 34 (4.7 %)** ·
 *     0.54 → 84; 33 · 0.55 → 84; 30 (regression fixture 78.7 %) · 0.56 → 80; 30 (two seed
 *     differences lost) · 0.60 → 78; 23
 *   both: 0.24 / 0.55 → 82; 30 · 0.26 / 0.55 → 78; 23 · 0.24 / 0.60 → 68; 23 · 0.24 / 0.70 → 39; 9
 * A strong score that needs no rare word (0.40–0.50) changed nothing and was left out. Read by
 * read, noise stays far above the 1 % target: weather bulletins, daily oil and stock reports and
 * a war's daily reports share rare words of their kind; figure by figure, the same-event rules
 * (lib/pipeline/compare/same-event.ts) bring it under (lib/pipeline/compare/README.md §1 "Card link").
 */
export const CARD_LINK_THRESHOLD = 0;
export const MIN_SHARED_SPECIFICITY = 0.53;
/** Whether a town or village named by pattern, shared by both reads, counts as a rare word. */
export const PATTERN_PLACES = true;

const knobs = { threshold: CARD_LINK_THRESHOLD, minShared: MIN_SHARED_SPECIFICITY, places: PATTERN_PLACES as boolean };

/** For the evaluation's sweep (eval/cardlink.ts) only; everything else uses the constants. */
export function setCardLinkKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}

const isContent = (k: string): boolean => !k.startsWith('@') && !k.startsWith('#');
// A town or village named by its pattern («قرية X», «بلدة Y»): the event's own place, as rare in
// the news as its name. Not a province or district («محافظة X», «إقليم Y»: a war's daily reports
// share them, measured), a country, a city of the gazetteer or a person (one minister or capital
// appears in many events).
const isPatternPlace = (k: string): boolean => k.startsWith('@town:');

/**
 * Background specificity of the rarest content keyword two reads share (0 when they share none).
 * Not refined by the reader's store: there the story's own reads make its rare words look common
 * (with the store's counts, 0.55 drops the regression fixture to 75 % of differences).
 */
export function rarestShared(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b);
  let best = 0;
  for (const k of a) if ((isContent(k) || (knobs.places && isPatternPlace(k))) && other.has(k)) best = Math.max(best, specificity(k));
  return best;
}

export interface CardLinkEvidence {
  score: number;
  linkedByReader: boolean;
  /** rarestShared of the pair; unknown (a caller that did not compute it) is judged on the score alone. */
  rarestShared?: number;
}

/** True when a related read may give its figures to the current read's cards. */
export function feedsCards(r: CardLinkEvidence): boolean {
  return r.linkedByReader || (r.score >= knobs.threshold && (r.rarestShared ?? 1) >= knobs.minShared);
}
