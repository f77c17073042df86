import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { setStoryLink } from '../../lib/store/links';
import { applyRetention, isQuotaError, monthsBefore, pruneOlderThan, saveReadSafely } from '../../lib/store/quota';
import { requestPersistence, storageEstimate, type NavigatorLike } from '../../lib/store/storage-use';
import { previousVersion, saveRead } from '../../lib/store/reads';
import { setRetention } from '../../lib/store/settings';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`quota-${n++}`);
});
afterEach(() => db.delete());

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 15, 12); // 15 June 2025

describe('persistence and estimate', () => {
  it('asks for persistent storage only when not already persisted, and says whether it was granted', async () => {
    const asked: string[] = [];
    const nav = (persisted: boolean, grant: boolean): NavigatorLike => ({
      storage: {
        persisted: async () => (asked.push('persisted'), persisted),
        persist: async () => (asked.push('persist'), grant),
        estimate: async () => ({}),
      },
    });
    expect(await requestPersistence(nav(true, false))).toBe(true);
    expect(asked).toEqual(['persisted']);
    expect(await requestPersistence(nav(false, true))).toBe(true);
    expect(await requestPersistence(nav(false, false))).toBe(false);
    expect(await requestPersistence({})).toBe(false);
  });

  it('reports usage, quota and their ratio, or null without a storage manager', async () => {
    const nav: NavigatorLike = { storage: { estimate: async () => ({ usage: 250, quota: 1000 }), persist: async () => true, persisted: async () => true } };
    expect(await storageEstimate(nav)).toEqual({ usage: 250, quota: 1000, ratio: 0.25 });
    const noQuota: NavigatorLike = { storage: { estimate: async () => ({ usage: 10 }), persist: async () => true, persisted: async () => true } };
    expect(await storageEstimate(noQuota)).toEqual({ usage: 10, quota: 0, ratio: 0 });
    expect(await storageEstimate({})).toBeNull();
  });
});

describe('retention', () => {
  it('counts calendar months back, clamped to the end of a shorter month', () => {
    expect(new Date(monthsBefore(NOW, 3)).toISOString()).toBe('2025-03-15T12:00:00.000Z');
    expect(new Date(monthsBefore(Date.UTC(2025, 4, 31), 3)).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(new Date(monthsBefore(Date.UTC(2025, 0, 10), 13)).toISOString()).toBe('2023-12-10T00:00:00.000Z');
  });

  it('removes reads last opened before the cutoff, with their versions and story links, and keeps the rest', async () => {
    const old = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/old', text: 'قديم 1' }), NOW - 200 * DAY);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/old', text: 'قديم 2' }), NOW - 190 * DAY); // a version
    const reread = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/reread', text: 'أعيدت قراءته' }), NOW - 300 * DAY);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/reread', text: 'أعيدت قراءته' }), NOW - 5 * DAY);
    const recent = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/recent', text: 'حديث' }), NOW - 10 * DAY);
    await setStoryLink(db, old.read.id, recent.read.id, true);
    await setStoryLink(db, reread.read.id, recent.read.id, false);

    expect(await pruneOlderThan(db, 6, NOW)).toBe(1);
    expect((await db.reads.toArray()).map((r) => r.canonicalUrl).sort()).toEqual(['https://a.test/recent', 'https://a.test/reread']);
    expect(await db.versions.count()).toBe(0);
    expect(await db.storyLinks.toArray()).toEqual([expect.objectContaining({ a: reread.read.id, b: recent.read.id, same: false })]);
    expect(await pruneOlderThan(db, 6, NOW)).toBe(0);
  });

  it('applies the setting: nothing when keeping everything, the chosen months otherwise', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'أ' }), NOW - 400 * DAY);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/2', text: 'ب' }), NOW - 40 * DAY);
    expect(await applyRetention(db, NOW)).toBe(0);
    expect(await db.reads.count()).toBe(2);
    await setRetention(db, 12);
    expect(await applyRetention(db, NOW)).toBe(1);
    await setRetention(db, 1);
    expect(await applyRetention(db, NOW)).toBe(1);
    expect(await db.reads.count()).toBe(0);
  });
});

/** Makes every write to `tables` fail as a full disk would, while `full.on` is true. */
function fillDisk(target: TabayyunDB, tables: string[]): { on: boolean } {
  const full = { on: false };
  target.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!tables.includes(name)) return table;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) =>
            full.on ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  });
  return full;
}

describe('saveReadSafely', () => {
  it('saves normally when there is room', async () => {
    const out = await saveReadSafely(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص' }), 1000);
    expect(out.ok && out.outcome.status).toBe('new');
    expect(await db.reads.count()).toBe(1);
  });

  it('reports a full disk on a first read, with a clear message, and stores nothing half-way', async () => {
    const full = fillDisk(db, ['reads']);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/kept', text: 'محفوظ' }), 1000);
    full.on = true;
    const out = await saveReadSafely(db, makeArticle({ canonicalUrl: 'https://a.test/new', text: 'جديد' }), 2000);
    expect(out).toEqual({ ok: false, reason: 'quota', message: expect.stringMatching(/storage is full.*not saved/i) });
    full.on = false;
    expect((await db.reads.toArray()).map((r) => [r.canonicalUrl, r.text])).toEqual([['https://a.test/kept', 'محفوظ']]);
  });

  it('a changed text that cannot be written leaves the stored read and its history exactly as they were', async () => {
    const full = fillDisk(db, ['reads']);
    const first = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/c', text: 'أصيب 30 شخصا' }), 1000);
    const before = await db.reads.get(first.read.id);
    full.on = true;
    // saveRead writes the old text as a version before replacing the read: that write must be rolled back.
    const out = await saveReadSafely(db, makeArticle({ canonicalUrl: 'https://a.test/c', text: 'أصيب 45 شخصا' }), 2000);
    full.on = false;
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reason).toBe('quota');
    expect(await db.reads.get(first.read.id)).toEqual(before);
    expect(await db.versions.count()).toBe(0);
    expect(await previousVersion(db, first.read.id)).toBeUndefined();
    // Once there is room again, the same read saves as a change.
    const retry = await saveReadSafely(db, makeArticle({ canonicalUrl: 'https://a.test/c', text: 'أصيب 45 شخصا' }), 3000);
    expect(retry.ok && retry.outcome.status).toBe('changed');
  });

  it('tells a quota error from any other failure', async () => {
    const out = await saveReadSafely(db, { canonicalUrl: 'https://a.test/x' } as never, 1000); // no text: hashing throws
    expect(out).toMatchObject({ ok: false, reason: 'unknown' });
    expect(!out.ok && out.message).toMatch(/could not be saved/);
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('duplicate'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
