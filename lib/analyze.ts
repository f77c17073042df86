// Everything computed from one article's text: its claims and its story features.
// Pure: the background runs it on every read, the CLI on every file.

import type { AnalyzedArticle, ArticleSnapshot } from './types';
import { extractClaims } from './claims/index';
import { storyFeatures } from './story/features';

export function analyzeArticle(snapshot: ArticleSnapshot): AnalyzedArticle {
  const { keywords, entities } = storyFeatures(snapshot.text, snapshot.title);
  return { ...snapshot, claims: extractClaims(snapshot.text), keywords, entities };
}
