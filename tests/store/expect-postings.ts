// The keyword records a lookup finds its candidates by (schema v6) checked against the store:
// every keyword a read carries is counted, and a rare one's record keeps exactly the ids the
// fingerprints' keyword index gives for it. With reads left pending (schema v7), what every
// reader of the counts sees (the records with the pending reads counted in) is checked; the
// records themselves once none is pending.
import { expect } from 'vitest';
import type { TabayyunDB } from '../../lib/store/db';
import { keywordFrequencies, keywordLookupStats, pendingReads, POSTINGS_CAP, READ_COUNT_KEY, readCount } from '../../lib/store/keyword-stats';

export async function expectPostingsExact(db: TabayyunDB): Promise<void> {
  const reads = await db.reads.toArray();
  const carried = new Map<string, number[]>();
  for (const r of reads.sort((a, b) => a.id - b.id)) for (const k of new Set(r.keywords)) carried.set(k, [...(carried.get(k) ?? []), r.id]);
  const keywords = [...carried.keys()];
  // What a lookup sees.
  const seen = await keywordLookupStats(db, keywords);
  const records = await db.keywordStats.bulkGet(keywords);
  expect(seen.reads).toBe(reads.length);
  expect(await readCount(db)).toBe(reads.length);
  expect(await keywordFrequencies(db, keywords)).toEqual(seen.counts);
  for (const [i, k] of keywords.entries()) {
    const ids = carried.get(k)!;
    expect(seen.counts.get(k), k).toBe(ids.length);
    expect(await db.storyFingerprints.where('keywords').equals(k).primaryKeys(), k).toEqual(ids);
    // Kept as a record would keep them: under the cap, unless the record keeps none (a bulk writer's).
    const kept = ids.length <= POSTINGS_CAP && (records[i] === undefined || records[i]!.ids !== undefined);
    expect(seen.postings.get(k), k).toEqual(kept ? ids : undefined);
  }
  const pending = await pendingReads(db);
  expect(pending.map((p) => p.id).every((id) => reads.some((r) => r.id === id))).toBe(true);
  if (pending.length > 0) return;
  // The records themselves.
  const stats = (await db.keywordStats.toArray()).filter((s) => s.keyword !== READ_COUNT_KEY);
  expect(stats.map((s) => s.keyword).sort()).toEqual([...carried.keys()].sort());
  for (const s of stats) {
    const ids = carried.get(s.keyword)!;
    expect(s.count, s.keyword).toBe(ids.length);
    if (s.count <= POSTINGS_CAP) expect(s.ids, s.keyword).toEqual(ids);
    else expect(s.ids, s.keyword).toBeUndefined();
  }
  expect((await db.keywordStats.get(READ_COUNT_KEY))?.ids).toBeUndefined();
}
