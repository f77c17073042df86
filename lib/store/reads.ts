// Saving and finding reads. Re-reading a canonical URL updates its record and keeps the
// earlier text as a version when it changed: never a duplicate read.
import Dexie from 'dexie';
import { ENGINE_VERSION } from '../pipeline/analyze';
import type { AnalyzedArticle } from '../types';
import type { ReadVersion, StoredRead, TabayyunDB } from './db';
import { putFingerprints } from './fingerprints';
import { textHash } from './hash';
import { adjustKeywordStats, keywordFrequencies, PENDING_MAX, pendingReads, pendingRecord, READ_COUNT_KEY, withPending, type KeywordLookupStats } from './keyword-stats';

export interface SaveOutcome {
  read: StoredRead;
  /** 'new' first read, 'same' re-read with unchanged text, 'changed' text differs from last time. */
  status: 'new' | 'same' | 'changed';
  /**
   * For a new read: how many reads carry each of its keywords, itself included, their kept
   * postings and the count of reads, as its save left them (what keywordLookupStats would read
   * right after). A lookup in the same transaction reuses them (lib/pipeline/report/build.ts
   * saveWithReport).
   */
  keywordCounts?: KeywordLookupStats;
}

export async function saveRead(db: TabayyunDB, article: AnalyzedArticle, now = Date.now()): Promise<SaveOutcome> {
  return db.transaction('rw', [db.reads, db.versions, db.keywordStats, db.storyFingerprints], () => saveReadIn(db, article, now));
}

/**
 * saveRead inside a transaction the caller holds (over reads, versions, keywordStats and
 * storyFingerprints at least). `counted`: for a new read, called with the read and its
 * keywordCounts as soon as its id and keyword records are in hand, while the writes that follow
 * are still under way, so that a lookup in the same transaction (saveWithReport) sends its
 * requests along with them instead of one round trip later: what it reads (other reads'
 * fingerprints and records, story links, versions) those writes do not change. Called in the
 * caller's transaction, not in one of saveRead's own (a nested transaction ends with its scope).
 * `pending`: a new read is left pending (schema v7, keyword-stats.ts): its save writes one
 * pending record instead of its ~34 keyword records, and the caller counts it in after the save
 * (foldPendingKeywords). Any other write counts the pending reads in first.
 */
export async function saveReadIn(
  db: TabayyunDB,
  article: AnalyzedArticle,
  now: number,
  counted?: (read: StoredRead, keywordCounts: KeywordLookupStats) => void,
  pending = false,
): Promise<SaveOutcome> {
  const hash = textHash(article.text);
  const existing = await db.reads.where('canonicalUrl').equals(article.canonicalUrl).first();
  if (!existing) {
    const record = { ...article, firstReadAt: now, readAt: now, version: 1, textHash: hash, engine: ENGINE_VERSION } as Omit<StoredRead, 'id'>;
    // The record, its keyword counts and its fingerprint written together, not one round trip
    // after another: the keyword records are read while the record is added.
    const adding = db.reads.add(record as StoredRead);
    let keywordCounts: KeywordLookupStats | undefined;
    if (pending) {
      // The record added while its keyword records and the pending reads are read; then its
      // fingerprint and its pending record written together: two writes, not ~35.
      const keys = [...new Set(article.keywords), READ_COUNT_KEY];
      const [id, records, waiting] = await Promise.all([adding, db.keywordStats.bulkGet(keys), pendingReads(db)]);
      const read = { ...record, id } as StoredRead;
      if (waiting.length < PENDING_MAX) {
        keywordCounts = withPending(article.keywords, new Map(keys.map((k, i) => [k, records[i]])), [...waiting, read]);
        counted?.(read, keywordCounts);
        await Promise.all([putFingerprints(db, [read]), db.keywordStats.put(pendingRecord(read))]);
        return { read, status: 'new' as const, keywordCounts };
      }
      // Reads left pending by saves whose counting never ran: this save counts them in, and itself.
    }
    const [read] = await Promise.all([
      adding.then(async (id) => {
        const read = { ...record, id } as StoredRead;
        await putFingerprints(db, [read]);
        return read;
      }),
      adjustKeywordStats(db, adding, [], article.keywords, 1, (id, stats) => {
        keywordCounts = { counts: stats.counts, postings: stats.postings, reads: stats.reads ?? 0 };
        counted?.({ ...record, id } as StoredRead, keywordCounts);
      }),
    ]);
    return { read, status: 'new' as const, keywordCounts };
  }
  if (existing.textHash === hash) {
    // The same text, but analysed by an older engine: this read's analysis replaces it.
    const fresher = existing.engine === ENGINE_VERSION ? {} : { claims: article.claims, keywords: article.keywords, entities: article.entities, engine: ENGINE_VERSION };
    await db.reads.update(existing.id, { readAt: now, ...fresher });
    const read = { ...existing, readAt: now, ...fresher };
    if ('keywords' in fresher) {
      await adjustKeywordStats(db, existing.id, existing.keywords, article.keywords, 0);
      await putFingerprints(db, [read]);
    }
    return { read, status: 'same' as const };
  }
  const { id: readId, firstReadAt: _f, textHash: oldHash, version, readAt, ...previous } = existing;
  await db.versions.add({ ...previous, readId, version, readAt, textHash: oldHash } as ReadVersion);
  const updated: StoredRead = { ...article, id: readId, firstReadAt: existing.firstReadAt, readAt: now, version: version + 1, textHash: hash, engine: ENGINE_VERSION };
  await Promise.all([db.reads.put(updated), adjustKeywordStats(db, readId, existing.keywords, article.keywords, 0), putFingerprints(db, [updated])]);
  return { read: updated, status: 'changed' as const };
}

/** The version read just before the current one, if the text changed since. */
export async function previousVersion(db: TabayyunDB, readId: number): Promise<ReadVersion | undefined> {
  return db.versions.where('[readId+version]').between([readId, Dexie.minKey], [readId, Dexie.maxKey]).last();
}

/**
 * Most index postings one lookup may walk: the rarest keywords are queried until this is reached.
 * 600 since issue 10: with real reads (bench, 10k) 2,000 let nearly every keyword through; at 600
 * the lookup's p95 fell from 116 to 46 ms with the same share of a story's earlier reads found
 * (0.88; the scan finds more links between unrelated stream articles).
 */
export const POSTINGS_BUDGET = 600;

/** The keywords worth querying: rarest first, until the postings budget is spent (at least three). */
export function lookupKeywords(keywords: readonly string[], freq: ReadonlyMap<string, number>, budget = POSTINGS_BUDGET): string[] {
  const ranked = [...new Set(keywords)].filter((k) => (freq.get(k) ?? 0) > 0).sort((a, b) => freq.get(a)! - freq.get(b)!);
  const chosen: string[] = [];
  let postings = 0;
  for (const k of ranked) {
    const n = freq.get(k)!;
    if (chosen.length >= 3 && postings + n > budget) break;
    chosen.push(k);
    postings += n;
  }
  return chosen;
}

/**
 * How many candidate reads one lookup loads and scores. Each is a whole record (text and
 * figures), and loading them is most of a lookup's time; ranked by shared rare keywords, the
 * same story's reads come first (the eval's share of earlier reads linked is unchanged at 30).
 */
export const CANDIDATE_LIMIT = 30;

/** What sharing a keyword carried by `readsWithIt` reads is worth in the ranking: rarer, more. */
export const rarityWeight = (readsWithIt: number): number => 1 / Math.log2(2 + readsWithIt);

/**
 * Ids of the reads sharing the most (rarity-weighted) story keywords with `keywords`, through the multi-entry index,
 * querying the rarest keywords first (names, places) and stopping before common ones would
 * make the lookup walk a large part of the store. Only reads that share a keyword are ever
 * touched, never the whole store. Best first; a lookup loads only their fingerprints
 * (fingerprints.ts), and whole records only for the reads it finds related.
 * `kept`: postings the caller has in hand (keywordStats records, schema v6); the index is
 * asked only for the chosen keywords not among them.
 */
export async function candidateIds(
  db: TabayyunDB,
  keywords: string[],
  excludeId: number,
  limit = CANDIDATE_LIMIT,
  budget = POSTINGS_BUDGET,
  freq?: ReadonlyMap<string, number>,
  kept?: ReadonlyMap<string, readonly number[]>,
): Promise<number[]> {
  if (keywords.length === 0) return [];
  const chosen = lookupKeywords(keywords, freq ?? (await keywordFrequencies(db, keywords)), budget);
  const missing = chosen.filter((k) => !kept?.has(k));
  const postings = missing.length > 0 ? new Map([...(kept ?? []), ...(await indexPostings(db, missing))]) : kept!;
  return rankCandidates(chosen, postings, excludeId, limit, freq);
}

/**
 * The postings of `keywords` from the fingerprints' keyword index (schema v5; their ids are
 * the reads'): one batched key fetch per keyword (getAllKeys on an exact key), not a cursor
 * stepping through every posting: in Chromium each cursor step is a round trip.
 */
export async function indexPostings(db: TabayyunDB, keywords: readonly string[]): Promise<Map<string, readonly number[]>> {
  const found = await Promise.all(keywords.map((k) => db.storyFingerprints.where('keywords').equals(k).primaryKeys()));
  return new Map(keywords.map((k, i) => [k, found[i] as number[]]));
}

/**
 * candidateIds' ranking, on postings in hand (every keyword of `chosen` among them): no request,
 * so a lookup whose postings are all kept asks for its candidates' fingerprints without a wait.
 */
export function rankCandidates(
  chosen: readonly string[],
  postings: ReadonlyMap<string, readonly number[]>,
  excludeId: number,
  limit = CANDIDATE_LIMIT,
  freq?: ReadonlyMap<string, number>,
): number[] {
  if (chosen.length === 0) return [];
  const shared = new Map<number, { n: number; weight: number }>();
  for (const k of chosen) {
    const ids = postings.get(k)!;
    const w = rarityWeight(freq?.get(k) ?? ids.length);
    for (const id of ids) {
      if (id === excludeId) continue;
      const s = shared.get(id);
      if (s) {
        s.n++;
        s.weight += w;
      } else shared.set(id, { n: 1, weight: w });
    }
  }
  // Two shared keywords when there were enough to choose from; one when the article is short on them.
  const least = chosen.length >= 4 ? 2 : 1;
  return [...shared.entries()]
    .filter(([, s]) => s.n >= least)
    .sort((a, b) => b[1].weight - a[1].weight || b[0] - a[0])
    .slice(0, limit)
    .map(([id]) => id);
}

export async function deleteRead(db: TabayyunDB, id: number): Promise<void> {
  await db.transaction('rw', [db.reads, db.versions, db.storyLinks, db.keywordStats, db.storyFingerprints], async () => {
    const read = await db.reads.get(id);
    if (read) await adjustKeywordStats(db, id, read.keywords, [], -1);
    await db.reads.delete(id);
    await db.storyFingerprints.delete(id);
    await db.versions.where('readId').equals(id).delete();
    await db.storyLinks.where('a').equals(id).delete();
    await db.storyLinks.where('b').equals(id).delete();
  });
}
