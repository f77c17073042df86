// How many reads carry each story keyword. Looking up candidates by the rarest keywords of
// an article keeps the lookup to the few reads that share them, instead of every read that
// shares a common word ("رئيس", "@ca"): the multi-entry index is only fast when its
// postings are short. One more record counts the reads themselves, the N of a keyword's
// specificity: IndexedDB counts a table by walking it (at 10k reads, 15-120 ms in Chromium),
// this is one get. Kept exact by every write path; rebuilt after bulk imports.
import type { KeywordStat, TabayyunDB } from './db';

/** The keywordStats record that counts the reads (schema v5): no keyword holds a NUL. */
export const READ_COUNT_KEY = '\u0000reads';

/**
 * Applies one read's keyword change; call inside a transaction that includes keywordStats.
 * `readsDelta`: +1 for a read added, -1 for one deleted, 0 for one changed.
 * Gives the new count of each keyword it changed (0 for one no read carries any more), the
 * count of reads aside.
 */
export async function adjustKeywordStats(db: TabayyunDB, removed: readonly string[], added: readonly string[], readsDelta: 1 | 0 | -1): Promise<Map<string, number>> {
  const delta = new Map<string, number>();
  for (const k of new Set(removed)) delta.set(k, (delta.get(k) ?? 0) - 1);
  for (const k of new Set(added)) delta.set(k, (delta.get(k) ?? 0) + 1);
  if (readsDelta !== 0) delta.set(READ_COUNT_KEY, readsDelta);
  const keys = [...delta.keys()].filter((k) => delta.get(k) !== 0);
  const counts = new Map<string, number>();
  if (keys.length === 0) return counts;
  const current = await db.keywordStats.bulkGet(keys);
  const next: KeywordStat[] = [];
  const gone: string[] = [];
  keys.forEach((keyword, i) => {
    const count = (current[i]?.count ?? 0) + delta.get(keyword)!;
    if (keyword !== READ_COUNT_KEY) counts.set(keyword, Math.max(0, count));
    if (count > 0) next.push({ keyword, count });
    else gone.push(keyword);
  });
  // Both requests at once: each await inside a transaction is a round trip to IndexedDB.
  await Promise.all([db.keywordStats.bulkPut(next), gone.length > 0 && db.keywordStats.bulkDelete(gone)]);
  return counts;
}

/** Recounts every keyword from the reads (after an import, or in a schema upgrade). */
export async function rebuildKeywordStats(db: TabayyunDB): Promise<void> {
  await db.transaction('rw', db.reads, db.keywordStats, async () => {
    const counts = new Map<string, number>();
    await db.reads.each((r) => {
      for (const k of new Set(r.keywords)) counts.set(k, (counts.get(k) ?? 0) + 1);
      counts.set(READ_COUNT_KEY, (counts.get(READ_COUNT_KEY) ?? 0) + 1);
    });
    await db.keywordStats.clear();
    await db.keywordStats.bulkPut([...counts].map(([keyword, count]) => ({ keyword, count })));
  });
}

/** Reads carrying each keyword (0 for a keyword no read carries). */
export async function keywordFrequencies(db: TabayyunDB, keywords: readonly string[]): Promise<Map<string, number>> {
  const stats = await db.keywordStats.bulkGet([...keywords]);
  return new Map(keywords.map((k, i) => [k, stats[i]?.count ?? 0]));
}

/** How many reads the store holds. */
export async function readCount(db: TabayyunDB): Promise<number> {
  return (await db.keywordStats.get(READ_COUNT_KEY))?.count ?? 0;
}
