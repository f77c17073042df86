// The keyword records a lookup finds its candidates by (schema v6) checked against the store:
// every keyword a read carries is counted, and a rare one's record keeps exactly the ids the
// fingerprints' keyword index gives for it.
import { expect } from 'vitest';
import type { TabayyunDB } from '../../lib/store/db';
import { POSTINGS_CAP, READ_COUNT_KEY } from '../../lib/store/keyword-stats';

export async function expectPostingsExact(db: TabayyunDB): Promise<void> {
  const reads = await db.reads.toArray();
  const carried = new Map<string, number[]>();
  for (const r of reads.sort((a, b) => a.id - b.id)) for (const k of new Set(r.keywords)) carried.set(k, [...(carried.get(k) ?? []), r.id]);
  const stats = (await db.keywordStats.toArray()).filter((s) => s.keyword !== READ_COUNT_KEY);
  expect(stats.map((s) => s.keyword).sort()).toEqual([...carried.keys()].sort());
  for (const s of stats) {
    const ids = carried.get(s.keyword)!;
    expect(s.count, s.keyword).toBe(ids.length);
    expect(await db.storyFingerprints.where('keywords').equals(s.keyword).primaryKeys(), s.keyword).toEqual(ids);
    if (s.count <= POSTINGS_CAP) expect(s.ids, s.keyword).toEqual(ids);
    else expect(s.ids, s.keyword).toBeUndefined();
  }
  expect((await db.keywordStats.get(READ_COUNT_KEY))?.ids).toBeUndefined();
}
