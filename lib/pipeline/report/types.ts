// What the background answers about one read: the story around it and its differences.
// The panel renders it, the content script highlights from it, the demo prints it.
import type { TextQuoteSelector } from '../../extension/anchor/describe';
import type { ArticleMeta, Difference, Figure, Related } from '../../types';

/** One article of the report: its metadata (lang gives lang/dir to its quoted text) and role. */
export interface ReportArticle extends Pick<ArticleMeta, 'url' | 'canonicalUrl' | 'site' | 'host' | 'title' | 'byline' | 'published' | 'lang'> {
  readId: number;
  readAt: number;
  /** The article the report is about. */
  current: boolean;
  /** An earlier version of the current article's own URL. */
  previousVersion: boolean;
  /** Similarity to the current article (1 for the current one and for reader-linked reads). */
  score: number;
  linkedByReader: boolean;
}

export type HighlightTone = 'conflict' | 'differ';

/** A figure of the current article to mark in the page. */
export interface HighlightItem {
  /** The claim's index in the current article (`c12`), shared with the panel's figure for scrolling. */
  id: string;
  selector: TextQuoteSelector;
  tone: HighlightTone;
}

export interface StoryReport {
  articles: ReportArticle[];
  current: number;
  related: Related[];
  differences: Difference[];
  /** Topics where every outlet gives the same figure: context, not alarm. */
  agreements: { topic: string; figures: Figure[] }[];
  highlights: HighlightItem[];
  /** How many comparable claims the current article has. */
  claimCount: number;
}

/** Stable while the article's text is unchanged, so the panel and page agree on a figure. */
export function figureId(claim: number): string {
  return `c${claim}`;
}
