// How many reads an engine other than the current one analysed (older or, after a downgrade,
// newer): the figure behind the panel's "updating N reads". Invented reads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../lib/pipeline/engine-version';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { saveRead } from '../../lib/store/reads';
import { UNKNOWN_ENGINE } from '../../lib/store/schema';
import { staleReadCount } from '../../lib/store/stale';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`stale-${n++}`);
});
afterEach(() => db.delete());

/** Saves one read per engine number given, each with its own address and text. */
async function readsBy(...engines: number[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, engine] of engines.entries()) {
    const { read } = await saveRead(db, makeArticle({ canonicalUrl: `https://outlet.test/a/${i}`, text: `نص مختلق ${i}` }), 1_000 + i);
    await db.reads.update(read.id, { engine });
    ids.push(read.id);
  }
  return ids;
}

describe('staleReadCount', () => {
  it('is 0 for an empty store and for a store the current engine analysed', async () => {
    expect(await staleReadCount(db)).toBe(0);
    await readsBy(ENGINE_VERSION, ENGINE_VERSION);
    expect(await staleReadCount(db)).toBe(0);
  });

  it('counts reads of an older engine, of an unknown one and of a newer one, never the current', async () => {
    await readsBy(ENGINE_VERSION, UNKNOWN_ENGINE, ENGINE_VERSION - 1, ENGINE_VERSION, ENGINE_VERSION + 1);
    expect(await staleReadCount(db)).toBe(3);
  });

  it('compares with the engine it is given', async () => {
    await readsBy(3, 5, 5, 7, 0);
    expect(await staleReadCount(db, 5)).toBe(3);
    expect(await staleReadCount(db, 7)).toBe(4);
    expect(await staleReadCount(db, 9)).toBe(5);
  });

  it('counts reads, not their earlier versions', async () => {
    const [id] = await readsBy(ENGINE_VERSION);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a/0', text: 'نص مختلق معدل' }), 5_000);
    await db.versions.toCollection().modify({ engine: UNKNOWN_ENGINE });
    expect(await db.versions.where('readId').equals(id).count()).toBe(1);
    expect(await staleReadCount(db)).toBe(0);
  });

  it('falls as stale reads are analysed again by the current engine', async () => {
    await readsBy(UNKNOWN_ENGINE, UNKNOWN_ENGINE);
    expect(await staleReadCount(db)).toBe(2);
    // Re-reading the same text takes the current engine's analysis (reads.ts).
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a/0', text: 'نص مختلق 0' }), 9_000);
    expect(await staleReadCount(db)).toBe(1);
  });
});
