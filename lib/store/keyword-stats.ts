// How many reads carry each story keyword. Looking up candidates by the rarest keywords of
// an article keeps the lookup to the few reads that share them, instead of every read that
// shares a common word ("رئيس", "@ca"): the multi-entry index is only fast when its
// postings are short. One more record counts the reads themselves, the N of a keyword's
// specificity: IndexedDB counts a table by walking it (at 10k reads, 15-120 ms in Chromium),
// this is one get. A rare keyword's record also holds its postings, the ids of the reads
// carrying it (schema v6): the lookup reads the current read's keyword records anyway, so it
// finds most of its candidates without asking the index once per keyword. Kept exact by every
// write path; rebuilt after bulk imports.
import type { KeywordStat, StoredFingerprint, TabayyunDB } from './db';

/** The keywordStats record that counts the reads (schema v5): no keyword holds a NUL. */
export const READ_COUNT_KEY = '\u0000reads';

/**
 * Most reads a keyword may have for its record to keep their ids (schema v6). A lookup
 * (reads.ts lookupKeywords) queries the rarest keywords while their postings, not counting the
 * current read, fit POSTINGS_BUDGET (600); a keyword carried by more than 601 reads is queried
 * only as one of the three rarest of an article short on rare ones, and then asks the index.
 * So every keyword a lookup can query past its first three keeps its postings, and a save
 * rewrites records of at most ~600 ids (at 10k real reads, the median kept record holds a few
 * ids). tests/store/keyword-postings.test.ts checks that the cap covers the budget.
 */
export const POSTINGS_CAP = 601;

/** What the keyword records say about one read's keywords: all a lookup needs to find its candidates. */
export interface KeywordLookupStats {
  /** Reads carrying each keyword (the read itself included; 0 for a keyword no read carries). */
  counts: ReadonlyMap<string, number>;
  /** The ids of those reads (ascending), for the keywords whose records keep them (POSTINGS_CAP). */
  postings: ReadonlyMap<string, readonly number[]>;
  /** How many reads the store holds. */
  reads: number;
}

/** What one read's keyword change left in the records it changed (adjustKeywordStats). */
export interface KeywordAdjustment {
  /** The new count of each keyword changed (0 for one no read carries any more). */
  counts: Map<string, number>;
  /** The new postings of the changed keywords that keep them. */
  postings: Map<string, readonly number[]>;
  /** The new count of reads, when it changed. */
  reads?: number;
}

/** `ids` (ascending) with `id` added or taken out; a new array, `ids` untouched. */
function withRead(ids: readonly number[], id: number, carries: boolean): number[] {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  const present = ids[lo] === id;
  if (carries === present) return [...ids];
  return carries ? [...ids.slice(0, lo), id, ...ids.slice(lo)] : [...ids.slice(0, lo), ...ids.slice(lo + 1)];
}

/**
 * Applies one read's keyword change; call inside a transaction that includes keywordStats and
 * storyFingerprints. `readId`: the read's id, or the pending add that gives it (the records
 * are read meanwhile). `readsDelta`: +1 for a read added, -1 for one deleted, 0 for one changed.
 * A keyword falling back under POSTINGS_CAP gets its postings from the fingerprints' keyword
 * index (whether or not this read's fingerprint is written yet: its own id is set apart).
 * `computed` gets the outcome as soon as it is known, before the records are written.
 */
export async function adjustKeywordStats(
  db: TabayyunDB,
  readId: number | PromiseLike<number>,
  removed: readonly string[],
  added: readonly string[],
  readsDelta: 1 | 0 | -1,
  computed?: (readId: number, adjustment: KeywordAdjustment) => void,
): Promise<KeywordAdjustment> {
  const delta = new Map<string, number>();
  for (const k of new Set(removed)) delta.set(k, (delta.get(k) ?? 0) - 1);
  for (const k of new Set(added)) delta.set(k, (delta.get(k) ?? 0) + 1);
  if (readsDelta !== 0) delta.set(READ_COUNT_KEY, readsDelta);
  const keys = [...delta.keys()].filter((k) => delta.get(k) !== 0);
  const out: KeywordAdjustment = { counts: new Map(), postings: new Map() };
  if (keys.length === 0) return out;
  const [id, current] = await Promise.all([readId, db.keywordStats.bulkGet(keys)]);
  const next: KeywordStat[] = [];
  const gone: string[] = [];
  const unknown: KeywordStat[] = [];
  keys.forEach((keyword, i) => {
    const d = delta.get(keyword)!;
    const count = (current[i]?.count ?? 0) + d;
    if (keyword === READ_COUNT_KEY) out.reads = Math.max(0, count);
    else out.counts.set(keyword, Math.max(0, count));
    if (count <= 0) gone.push(keyword);
    else if (keyword === READ_COUNT_KEY || count > POSTINGS_CAP) next.push({ keyword, count });
    else {
      // A keyword new to the store has no postings yet; one whose record has none (it was above
      // the cap, or written without them) gets them from the index.
      const ids = current[i] ? current[i]!.ids : [];
      const stat = { keyword, count, ids: ids && withRead(ids, id, d > 0) };
      if (!ids) unknown.push(stat);
      next.push(stat);
    }
  });
  if (unknown.length > 0) {
    const found = await Promise.all(unknown.map((s) => db.storyFingerprints.where('keywords').equals(s.keyword).primaryKeys()));
    unknown.forEach((s, i) => {
      s.ids = withRead(found[i] as number[], id, delta.get(s.keyword)! > 0);
    });
  }
  for (const s of next) if (s.ids) out.postings.set(s.keyword, s.ids);
  // Whatever `computed` asks goes first; then both writes at once: each await inside a
  // transaction is a round trip to IndexedDB.
  computed?.(id, out);
  await Promise.all([db.keywordStats.bulkPut(next), gone.length > 0 && db.keywordStats.bulkDelete(gone)]);
  return out;
}

/** Adds one read's keywords to postings being built (keywordStatsFrom). */
export function addPostings(postings: Map<string, number[]>, read: Pick<StoredFingerprint, 'id' | 'keywords'>): void {
  for (const k of new Set(read.keywords)) {
    const ids = postings.get(k);
    if (ids) ids.push(read.id);
    else postings.set(k, [read.id]);
  }
}

/** The keywordStats records of a store whose reads have these postings (addPostings), `reads` reads in all. */
export function keywordStatsFrom(postings: ReadonlyMap<string, readonly number[]>, reads: number): KeywordStat[] {
  const stats: KeywordStat[] = [...postings].map(([keyword, ids]) =>
    ids.length <= POSTINGS_CAP ? { keyword, count: ids.length, ids: [...ids].sort((a, b) => a - b) } : { keyword, count: ids.length },
  );
  if (reads > 0) stats.push({ keyword: READ_COUNT_KEY, count: reads });
  return stats;
}

/** Recounts every keyword, with its postings, from the reads (after an import, or in a schema upgrade). */
export async function rebuildKeywordStats(db: TabayyunDB): Promise<void> {
  await db.transaction('rw', db.reads, db.keywordStats, async () => {
    const postings = new Map<string, number[]>();
    let reads = 0;
    await db.reads.each((r) => {
      addPostings(postings, r);
      reads++;
    });
    await db.keywordStats.clear();
    await db.keywordStats.bulkPut(keywordStatsFrom(postings, reads));
  });
}

/** Reads carrying each keyword (0 for a keyword no read carries). */
export async function keywordFrequencies(db: TabayyunDB, keywords: readonly string[]): Promise<Map<string, number>> {
  const stats = await db.keywordStats.bulkGet([...keywords]);
  return new Map(keywords.map((k, i) => [k, stats[i]?.count ?? 0]));
}

/** The counts and kept postings of `keywords`, and the count of reads: one request. */
export async function keywordLookupStats(db: TabayyunDB, keywords: readonly string[]): Promise<KeywordLookupStats> {
  const stats = await db.keywordStats.bulkGet([...keywords, READ_COUNT_KEY]);
  const counts = new Map<string, number>();
  const postings = new Map<string, readonly number[]>();
  keywords.forEach((k, i) => {
    counts.set(k, stats[i]?.count ?? 0);
    const ids = stats[i]?.ids;
    if (ids) postings.set(k, ids);
  });
  return { counts, postings, reads: stats[keywords.length]?.count ?? 0 };
}

/** How many reads the store holds. */
export async function readCount(db: TabayyunDB): Promise<number> {
  return (await db.keywordStats.get(READ_COUNT_KEY))?.count ?? 0;
}
