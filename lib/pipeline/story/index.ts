// Which earlier reads tell the same story as the current article.

import { daysApart, storySimilarity, SAME_STORY_THRESHOLD, type StoryFingerprint } from './similarity';
import type { StoreCounts } from './specificity';
import { rarestShared } from './card-link';

export { storyFeatures } from './features';
export { storySimilarity, SAME_STORY_THRESHOLD } from './similarity';
export type { StoryFingerprint } from './similarity';
export { specificity, type StoreCounts } from './specificity';

/**
 * A candidate just under the threshold is still the same story when it is at or above this
 * share of the threshold and at or above the threshold with a read linked directly: long
 * stories drift (the first report and the fifth share less than each does with the next).
 */
export const CHAIN_SHARE = 0.5;

/** A related candidate: its pair score, the rarest keyword both share and the days between them (for the card link). */
export interface Related {
  index: number;
  score: number;
  rarestShared: number;
  daysApart: number | null;
}

/**
 * Candidates at or above SAME_STORY_THRESHOLD, plus those linked through one of them (see
 * CHAIN_SHARE), best first (ties in reading order); `store` refines word specificity.
 */
export function findRelated(
  current: StoryFingerprint,
  candidates: StoryFingerprint[],
  store?: StoreCounts,
): Related[] {
  const direct: { index: number; score: number }[] = [];
  const near: { index: number; score: number }[] = [];
  candidates.forEach((c, index) => {
    if (c === current) return;
    const score = storySimilarity(current, c, store);
    if (score >= SAME_STORY_THRESHOLD) direct.push({ index, score });
    else if (score >= CHAIN_SHARE * SAME_STORY_THRESHOLD) near.push({ index, score });
  });
  const chained = near.filter((n) => direct.some((d) => storySimilarity(candidates[d.index], candidates[n.index], store) >= SAME_STORY_THRESHOLD));
  return [...direct, ...chained]
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => ({ ...r, rarestShared: rarestShared(current.keywords, candidates[r.index].keywords), daysApart: daysApart(current.published, candidates[r.index].published) }));
}
