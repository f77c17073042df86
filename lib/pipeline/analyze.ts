// Everything computed from one article's text: its claims and its story features.
// Pure: the background runs it on every read, the CLI on every file.

import type { AnalyzedArticle, ArticleSnapshot, Claim } from '../types';
import { extractClaims } from './claims/index';
import { withPollShares } from './claims/poll-shares';
import { withBodyPeriod, withHeadlinePeriod } from './claims/headline-period';
import { withReportMonth } from './claims/report-month';
import { storyFeatures } from './story/features';

export { ENGINE_VERSION } from './engine-version';

/** Longer than any headline: a "title" this long is a page's ticker or a text dump's first line. */
export const MAX_HEADLINE_LENGTH = 250;

/** Longer than any lead paragraph: a first line this long is a ticker of many headlines. */
const MAX_LEAD_LENGTH = 1500;

/** A text dump's first line that is the article's lead paragraph (prose with commas and full stops). */
function isLead(line: string): boolean {
  return line.length <= MAX_LEAD_LENGTH && (line.match(/[،,]/g) ?? []).length >= 2 && /[.؟!]/.test(line);
}

/** The headline's own claims, or none for a first line that is no headline (a ticker). */
function titleClaims(title: string, text: string, published: string | null): Claim[] {
  if (!title || (title.length > MAX_HEADLINE_LENGTH && !isLead(title))) return [];
  return extractClaims(title, { published, article: text });
}

/**
 * Figures of the headline count too (outlets often put their latest toll only there), after the
 * body's, so body claims keep their indexes; they are marked `inTitle`, with title offsets.
 * A headline figure the body repeats is left out: the body's sentence says more (its scope,
 * its speaker), and the same figure twice would make two cards of one topic.
 */
function headlineClaims(title: Claim[], body: Claim[]): Claim[] {
  const inBody = new Set(body.map((c) => `${c.concept}|${c.value}`));
  // A headline figure counted by a noun of no known concept («تقتل 22 داعشياً») that the body gives
  // with a known one («مقتل 22 مسلحا») is that figure too.
  const known = new Set(body.filter((c) => c.concept && !c.concept.startsWith('unit:')).map((c) => c.value));
  // A headline figure the body gives as a projection («يعزز الاحتياطيات إلى 16 مليارا» over «سيرتفع إلى
  // 16 مليارا») is that projection, told in the headline's present tense.
  const projected = new Set(body.filter((c) => c.modality === 'projection').map((c) => c.value));
  // (Dated first: a headline figure the body gives for its period is a repeat too.)
  return withBodyPeriod(title, body)
    .filter((c) => !inBody.has(`${c.concept}|${c.value}`) && !(c.concept?.startsWith('unit:') && known.has(c.value)))
    .map((c) => ({ ...c, inTitle: true, ...(projected.has(c.value) ? { modality: 'projection' as const } : {}) }));
}

export function analyzeArticle(snapshot: ArticleSnapshot): AnalyzedArticle {
  const { keywords, entities } = storyFeatures(snapshot.text, snapshot.title);
  // The publication date tells which year is the article's own ("في 2014 …" is an earlier one).
  const published = snapshot.published ?? null;
  // (Under a headline about a poll, or after it in a sentence, vote shares are the poll's: poll-shares.ts.)
  const title = titleClaims(snapshot.title, snapshot.text, published);
  const body = withHeadlinePeriod(withPollShares(extractClaims(snapshot.text, { published }), snapshot.title), title);
  return { ...snapshot, claims: withReportMonth([...body, ...headlineClaims(title, body)]), keywords, entities };
}
