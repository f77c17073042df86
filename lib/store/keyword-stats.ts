// How many reads carry each story keyword. Looking up candidates by the rarest keywords of
// an article keeps the lookup to the few reads that share them, instead of every read that
// shares a common word ("رئيس", "@ca"): the multi-entry index is only fast when its
// postings are short. One more record counts the reads themselves, the N of a keyword's
// specificity: IndexedDB counts a table by walking it (at 10k reads, 15-120 ms in Chromium),
// this is one get. A rare keyword's record also holds its postings, the ids of the reads
// carrying it (schema v6): the lookup reads the current read's keyword records anyway, so it
// finds most of its candidates without asking the index once per keyword. Kept exact by every
// write path; rebuilt after bulk imports.
//
// A new read saved with its report (saveWithReport, the background's path) is not counted into
// its ~34 keyword records in its save: that was ~34 writes served one after another before the
// save commits (schema v7). Its save writes one pending record instead (PENDING_PREFIX: the
// read's id and keywords), and every reader of the counts adds the pending reads to what the
// records say (one more request, sent along with the records'), so a lookup sees exactly what
// it saw when the records were rewritten in the save. The background counts the pending reads
// into the records right after (foldPendingKeywords, its own transaction), and any other write
// that changes the counts does it first (adjustKeywordStats), so the records are exact again.
import type { KeywordStat, TabayyunDB } from './db';

/** The keywordStats record that counts the reads (schema v5): no keyword holds a NUL. */
export const READ_COUNT_KEY = '\u0000reads';

/** Keys of the pending records (schema v7): a read saved but not yet counted into the keyword records. */
export const PENDING_PREFIX = '\u0000pending:';

/** A pending record's key: the read's id, zero-padded so the records come in id order. */
export const pendingKey = (readId: number): string => PENDING_PREFIX + String(readId).padStart(16, '0');

/**
 * Most pending reads a save leaves before it counts them into the records itself: the background
 * counts each one right after its save, so more are left only when that failed (or was cut short).
 */
export const PENDING_MAX = 16;

/** A read whose keywords the keyword records do not count yet (schema v7). */
export interface PendingRead {
  id: number;
  keywords: readonly string[];
}

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
  // The records must count every read before one is added, changed or taken out: pending reads
  // (schema v7) are counted in first, and the records read again (asked together: usually none).
  let [id, current, pending] = await Promise.all([readId, db.keywordStats.bulkGet(keys), pendingReads(db)]);
  if (pending.length > 0) {
    await foldPendingIn(db, pending);
    current = await db.keywordStats.bulkGet(keys);
  }
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

/** The pending reads (schema v7), by id: one request. */
export function pendingReads(db: TabayyunDB): Promise<PendingRead[]> {
  // A Dexie promise, not an async function's: inside a transaction, each level of native async
  // functions between the transaction's scope and a Dexie request is one more chance for Dexie
  // to lose the transaction's zone (a PrematureCommitError).
  return db.keywordStats
    .where('keyword')
    .startsWith(PENDING_PREFIX)
    .toArray()
    .then((records) => records.map((r) => ({ id: r.read!, keywords: r.keywords! })));
}

/** The pending record of a read just saved (schema v7): written in its save instead of its keyword records. */
export function pendingRecord(read: PendingRead): KeywordStat {
  return { keyword: pendingKey(read.id), count: 0, read: read.id, keywords: [...read.keywords] };
}

/** `a` and `b` (each ascending) as one ascending list. */
function mergeIds(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  return out;
}

/**
 * What the keyword records of `keywords` would say with the `pending` reads counted into them:
 * `records` holds their records (undefined for a keyword no record has), and READ_COUNT_KEY's.
 * A keyword keeps postings as a record would after those writes: when its count is at most
 * POSTINGS_CAP and its record keeps them (or it has none yet); otherwise the index gives them.
 */
export function withPending(
  keywords: readonly string[],
  records: ReadonlyMap<string, KeywordStat | undefined>,
  pending: readonly PendingRead[],
): KeywordLookupStats {
  const carried = new Map<string, number[]>();
  for (const p of [...pending].sort((a, b) => a.id - b.id)) addPostings(carried, p);
  const counts = new Map<string, number>();
  const postings = new Map<string, readonly number[]>();
  for (const k of keywords) {
    const record = records.get(k);
    const added = carried.get(k) ?? [];
    const count = (record?.count ?? 0) + added.length;
    counts.set(k, count);
    const kept = record ? record.ids : [];
    if (!kept || count === 0) continue;
    if (added.length === 0) postings.set(k, kept);
    else if (count <= POSTINGS_CAP) postings.set(k, mergeIds(kept, added));
  }
  return { counts, postings, reads: (records.get(READ_COUNT_KEY)?.count ?? 0) + pending.length };
}

/**
 * Counts the pending reads into the keyword records and deletes their pending records, inside
 * the caller's transaction over keywordStats and storyFingerprints. `pending`: already read.
 */
export async function foldPendingIn(db: TabayyunDB, pending?: readonly PendingRead[]): Promise<void> {
  const reads = pending ?? (await pendingReads(db));
  if (reads.length === 0) return;
  const added = new Map<string, number[]>();
  for (const p of [...reads].sort((a, b) => a.id - b.id)) addPostings(added, p);
  const keys = [...added.keys(), READ_COUNT_KEY];
  const current = await db.keywordStats.bulkGet(keys);
  const next: KeywordStat[] = [{ keyword: READ_COUNT_KEY, count: (current[keys.length - 1]?.count ?? 0) + reads.length }];
  const unknown: KeywordStat[] = [];
  [...added].forEach(([keyword, ids], i) => {
    const count = (current[i]?.count ?? 0) + ids.length;
    if (count > POSTINGS_CAP) next.push({ keyword, count });
    else {
      // As adjustKeywordStats: a record without postings (above the cap before, or a bulk
      // writer's) gets them from the index, which has every pending read's fingerprint.
      const kept = current[i] ? current[i]!.ids : [];
      const stat = { keyword, count, ids: kept && mergeIds(kept, ids) };
      if (!kept) unknown.push(stat);
      next.push(stat);
    }
  });
  if (unknown.length > 0) {
    const found = await Promise.all(unknown.map((s) => db.storyFingerprints.where('keywords').equals(s.keyword).primaryKeys()));
    unknown.forEach((s, i) => {
      s.ids = found[i] as number[];
    });
  }
  await Promise.all([db.keywordStats.bulkPut(next), db.keywordStats.bulkDelete(reads.map((p) => pendingKey(p.id)))]);
}

/** foldPendingIn in a transaction of its own: what the background runs right after a save that left its read pending. */
export async function foldPendingKeywords(db: TabayyunDB): Promise<void> {
  await db.transaction('rw', db.keywordStats, db.storyFingerprints, () => foldPendingIn(db));
}

/** Adds one read's keywords to postings being built (keywordStatsFrom). */
export function addPostings(postings: Map<string, number[]>, read: { id: number; keywords: readonly string[] }): void {
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
  return new Map((await keywordLookupStats(db, keywords)).counts);
}

/**
 * The counts and kept postings of `keywords`, and the count of reads, the pending reads counted
 * in (schema v7): two requests sent together, the records and the pending reads.
 */
export async function keywordLookupStats(db: TabayyunDB, keywords: readonly string[]): Promise<KeywordLookupStats> {
  const keys = [...keywords, READ_COUNT_KEY];
  const [stats, pending] = await Promise.all([db.keywordStats.bulkGet(keys), pendingReads(db)]);
  return withPending(keywords, new Map(keys.map((k, i) => [k, stats[i]])), pending);
}

/** How many reads the store holds. */
export async function readCount(db: TabayyunDB): Promise<number> {
  const [record, pending] = await Promise.all([db.keywordStats.get(READ_COUNT_KEY), db.keywordStats.where('keyword').startsWith(PENDING_PREFIX).count()]);
  return (record?.count ?? 0) + pending;
}
