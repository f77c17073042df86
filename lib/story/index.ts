// Which earlier reads tell the same story as the current article.

import type { AnalyzedArticle } from '../types';
import { storySimilarity, SAME_STORY_THRESHOLD } from './similarity';

export { storyFeatures } from './features';
export { storySimilarity, SAME_STORY_THRESHOLD } from './similarity';
export type { StoryFingerprint } from './similarity';

/** Candidates at or above SAME_STORY_THRESHOLD, best first (ties in reading order). */
export function findRelated(
  current: AnalyzedArticle,
  candidates: AnalyzedArticle[],
): { index: number; score: number }[] {
  const out: { index: number; score: number }[] = [];
  candidates.forEach((c, index) => {
    if (c === current) return;
    const score = storySimilarity(current, c);
    if (score >= SAME_STORY_THRESHOLD) out.push({ index, score });
  });
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}
