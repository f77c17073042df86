// Assembles the story report for one stored read: related reads, the earlier version of
// the same URL, differences, and the quotes to mark in the page.
import { describeQuote } from '../../extension/anchor/describe';
import { compareAll } from '../compare/index';
import { feedsCards, sharedFigures } from '../story/card-link';
import { differentNotices } from '../story/headline-frame';
import type { ReadVersion, StoredRead, TabayyunDB } from '../../store/db';
import type { KeywordLookupStats } from '../../store/keyword-stats';
import { previousVersion, saveReadIn, type SaveOutcome } from '../../store/reads';
import { findRelatedReads, type RelatedRead } from '../../store/related';
import type { AnalyzedArticle, Difference } from '../../types';
import { figureId, type HighlightItem, type ReportArticle, type StoryReport } from './types';

function describeArticle(a: StoredRead | ReadVersion, extra: Pick<ReportArticle, 'current' | 'previousVersion' | 'score' | 'linkedByReader'>): ReportArticle {
  const readId = 'readId' in a ? a.readId : a.id;
  return {
    readId,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    site: a.site,
    host: a.host,
    title: a.title,
    byline: a.byline,
    published: a.published,
    lang: a.lang,
    readAt: a.readAt,
    ...extra,
  };
}

/** The current article's figures in the differences, as quotes to find in the live page. */
export function highlightsFor(current: AnalyzedArticle, currentIndex: number, differences: Difference[]): HighlightItem[] {
  const items: HighlightItem[] = [];
  const seen = new Set<number>();
  for (const d of differences) {
    for (const f of d.figures) {
      if (f.article !== currentIndex || seen.has(f.claim)) continue;
      seen.add(f.claim);
      const claim = current.claims[f.claim];
      // A headline figure is found in the page's headline, so it is described from the title.
      const source = claim.inTitle ? current.title : current.text;
      items.push({ id: figureId(f.claim), selector: describeQuote(source, claim.start, claim.end), tone: d.conflict ? 'conflict' : 'differ' });
    }
  }
  return items;
}

/** What one report compares: the reads in the panel's order, the current one, and those giving figures. */
export interface ComparisonInputs {
  /** Earlier related reads in reading order. */
  ordered: RelatedRead[];
  /** Their records, then the previous version of the same page, the current read last. */
  sources: (StoredRead | ReadVersion)[];
  currentIndex: number;
  /** Indexes into `sources` of the reads whose figures may join the cards. */
  relatedIndexes: number[];
}

export function comparisonInputs(current: StoredRead, related: RelatedRead[], previous: ReadVersion | undefined): ComparisonInputs {
  // Earlier reads first, in reading order, then the previous version, the current read last.
  const ordered = [...related].sort((x, y) => x.read.readAt - y.read.readAt);
  const sources: (StoredRead | ReadVersion)[] = [...ordered.map((r) => r.read), ...(previous ? [previous] : []), current];
  const currentIndex = sources.length - 1;
  // Every listed read is shown as related; only those strongly linked (or by the reader) and the
  // previous version of the same page give figures to the cards.
  const feeds = (r: RelatedRead): boolean =>
    feedsCards({ ...r, sharedFigures: sharedFigures(current.claims, r.read.claims), differentNotices: differentNotices(current.title, r.read.title) });
  const relatedIndexes = sources.slice(0, -1).map((_, i) => i).filter((i) => i >= ordered.length || feeds(ordered[i]));
  return { ordered, sources, currentIndex, relatedIndexes };
}

export function reportFrom(current: StoredRead, related: RelatedRead[], previous: ReadVersion | undefined): StoryReport {
  const { ordered, sources, currentIndex, relatedIndexes } = comparisonInputs(current, related, previous);
  const articles = [
    ...ordered.map((r) => describeArticle(r.read, { current: false, previousVersion: false, score: r.score, linkedByReader: r.linkedByReader })),
    ...(previous ? [describeArticle(previous, { current: false, previousVersion: true, score: 1, linkedByReader: false })] : []),
    describeArticle(current, { current: true, previousVersion: false, score: 1, linkedByReader: false }),
  ];
  const { differences, agreements } = compareAll(sources, currentIndex, relatedIndexes);
  return {
    articles,
    current: currentIndex,
    related: ordered.map((r, i) => ({ article: i, score: r.score })),
    differences,
    agreements,
    highlights: highlightsFor(current, currentIndex, differences),
    claimCount: current.claims.filter((c) => c.comparable).length,
  };
}

/** Every table a report is read from. */
const reportTables = (db: TabayyunDB) => [db.reads, db.versions, db.storyLinks, db.keywordStats, db.storyFingerprints];

export async function buildStoryReport(db: TabayyunDB, readId: number): Promise<StoryReport | null> {
  // Every request of the lookup (~20: keyword counts, postings, fingerprints, records, links, the
  // previous version) in one read-only transaction: outside one, each request opens its own, a
  // round trip to the browser's IndexedDB backend apiece. The comparison runs after it closes.
  const loaded = await db.transaction('r', reportTables(db), async () => {
    const current = await db.reads.get(readId);
    if (!current) return null;
    const [related, previous] = await Promise.all([findRelatedReads(db, current), previousVersion(db, readId)]);
    return { current, related, previous };
  });
  return loaded && reportFrom(loaded.current, loaded.related, loaded.previous);
}

/**
 * Saves `article` (saveRead) and builds its report in the same transaction, as a new read's
 * first report: the lookup starts from the record and the keyword counts the save has in hand
 * instead of reading them again, and one transaction commits instead of two (bench "lookup").
 * The report is the one buildStoryReport gives right after the save. A new read is left
 * pending (schema v7, lib/store/keyword-stats.ts): its save does not rewrite its ~34 keyword
 * records; the caller counts it in afterwards with foldPendingKeywords (the background does it
 * once it has answered the page).
 */
export async function saveWithReport(db: TabayyunDB, article: AnalyzedArticle, now: number): Promise<{ outcome: SaveOutcome; report: StoryReport | null }> {
  const { outcome, loaded } = await db.transaction('rw', reportTables(db), async () => {
    const lookup = (read: StoredRead, counts?: KeywordLookupStats) =>
      Promise.all([findRelatedReads(db, read, counts), previousVersion(db, read.id)]).then(
        ([related, previous]) => ({ related, previous }),
        // The read is saved whatever happens to its lookup; the report is then built afterwards.
        () => null,
      );
    // A new read's lookup starts as soon as the save has its id and keyword counts, its requests
    // sent along with the save's last writes (saveReadIn `counted`), in this transaction.
    let early: Promise<{ related: RelatedRead[]; previous: ReadVersion | undefined } | null> | undefined;
    const outcome = await saveReadIn(
      db,
      article,
      now,
      (read, counts) => {
        early = lookup(read, counts);
      },
      true,
    );
    return { outcome, loaded: await (early ?? lookup(outcome.read, outcome.keywordCounts)) };
  });
  const report = loaded ? reportFrom(outcome.read, loaded.related, loaded.previous) : await buildStoryReport(db, outcome.read.id);
  return { outcome, report };
}
