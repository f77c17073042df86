// Stored reads follow the engine: a read or earlier version analysed by another ENGINE_VERSION
// (an older release, or an import) is analysed again from its stored text. A few records at a
// time, yielding to other events after each analysis (so one article's analysis is the longest
// the background is busy at once). The analysis runs outside any transaction; each batch is
// written in one short transaction that only touches the computed fields (claims, keywords,
// entities, engine), so ids, read times, versions and the reader's story links stay as they
// were, and a worker stopped halfway leaves every record either done or still to do.
import { analyzeArticle, ENGINE_VERSION } from '../pipeline/analyze';
import type { AnalyzedArticle, ArticleSnapshot } from '../types';
import type { ReadVersion, StoredRead, TabayyunDB } from './db';
import { putFingerprints } from './fingerprints';
import { adjustKeywordStats } from './keyword-stats';

export { staleReadCount } from './stale';

export const REANALYSIS_BATCH = 8;

type Analyze = (snapshot: ArticleSnapshot) => AnalyzedArticle;

/** Lets other events (the panel's messages, new reads) run between two analyses. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function analyzeEach<T extends StoredRead | ReadVersion>(analyze: Analyze, records: T[]): Promise<Pick<AnalyzedArticle, 'claims' | 'keywords' | 'entities'>[]> {
  const out = [];
  for (const r of records) {
    out.push(analyzeOrKeep(analyze, r));
    await nextTurn();
  }
  return out;
}

/** The new analysis, or the stored one when the engine fails on this text (kept, and not retried forever). */
function analyzeOrKeep(analyze: Analyze, r: StoredRead | ReadVersion): Pick<AnalyzedArticle, 'claims' | 'keywords' | 'entities'> {
  try {
    return analyze(snapshotOf(r));
  } catch (e) {
    console.warn('Tabayyun: re-analysis failed; the stored analysis is kept', r.canonicalUrl, e);
    return r;
  }
}

const snapshotOf = (r: StoredRead | ReadVersion): ArticleSnapshot => ({
  url: r.url,
  canonicalUrl: r.canonicalUrl,
  site: r.site,
  host: r.host,
  title: r.title,
  byline: r.byline,
  published: r.published,
  lang: r.lang,
  dir: r.dir,
  text: r.text,
});

/**
 * Re-analyses up to `batch` stale records, reads first, then earlier versions. Returns the ids
 * of the reads whose analysis changed (an earlier version counts for its read), and how many
 * records were done (0 when nothing is left).
 */
export async function reanalyzeBatch(
  db: TabayyunDB,
  options: { batch?: number; engine?: number; analyze?: Analyze } = {},
): Promise<{ done: number; readIds: number[] }> {
  const { batch = REANALYSIS_BATCH, engine = ENGINE_VERSION, analyze = analyzeArticle } = options;
  const reads = await db.reads.where('engine').notEqual(engine).limit(batch).toArray();
  if (reads.length > 0) {
    const fresh = await analyzeEach(analyze, reads);
    await db.transaction('rw', [db.reads, db.keywordStats, db.storyFingerprints], async () => {
      for (const [i, before] of reads.entries()) {
        const now = await db.reads.get(before.id);
        // Deleted, or re-read (with a new text) since the batch was taken: nothing to do here.
        if (!now || now.engine === engine || now.textHash !== before.textHash) continue;
        const { claims, keywords, entities } = fresh[i];
        await db.reads.update(now.id, { claims, keywords, entities, engine });
        await adjustKeywordStats(db, now.id, now.keywords, keywords, 0);
        await putFingerprints(db, [{ ...now, keywords, entities }]);
      }
    });
    return { done: reads.length, readIds: reads.map((r) => r.id) };
  }
  const versions = await db.versions.where('engine').notEqual(engine).limit(batch).toArray();
  if (versions.length === 0) return { done: 0, readIds: [] };
  const fresh = await analyzeEach(analyze, versions);
  await db.transaction('rw', db.versions, async () => {
    for (const [i, before] of versions.entries()) {
      const { claims, keywords, entities } = fresh[i];
      // update() does nothing for a version deleted meanwhile (with its read).
      await db.versions.update(before.id, { claims, keywords, entities, engine });
    }
  });
  return { done: versions.length, readIds: [...new Set(versions.map((v) => v.readId))] };
}
