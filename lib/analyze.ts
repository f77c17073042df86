// Everything computed from one article's text: its claims and its story features.
// Pure: the background runs it on every read, the CLI on every file.

import type { AnalyzedArticle, ArticleSnapshot, Claim } from './types';
import { extractClaims } from './claims/index';
import { storyFeatures } from './story/features';

/** Longer than any headline: a "title" this long is a page's ticker or a text dump's first line. */
export const MAX_HEADLINE_LENGTH = 250;

/**
 * Figures of the headline count too (outlets often put their latest toll only there), after the
 * body's, so body claims keep their indexes; they are marked `inTitle`, with title offsets.
 */
function headlineClaims(title: string): Claim[] {
  if (!title || title.length > MAX_HEADLINE_LENGTH) return [];
  return extractClaims(title).map((c) => ({ ...c, inTitle: true }));
}

export function analyzeArticle(snapshot: ArticleSnapshot): AnalyzedArticle {
  const { keywords, entities } = storyFeatures(snapshot.text, snapshot.title);
  return { ...snapshot, claims: [...extractClaims(snapshot.text), ...headlineClaims(snapshot.title)], keywords, entities };
}
