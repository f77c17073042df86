// The background keeps each read's report until the store changes, and never keeps one that a
// write overtook while it was being built.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReportCache, type ReportCache } from '../../../lib/extension/background/report-cache';
import type { StoryReport } from '../../../lib/pipeline/report/types';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';
import { saveRead } from '../../../lib/store/reads';
import { saveWithReport } from '../../../lib/pipeline/report/build';
import { setUiLanguage } from '../../../lib/store/settings';
import { makeArticle } from '../../store/make-article';

let db: TabayyunDB;
let cache: ReportCache;
let builds: number[];
let gate: Promise<void> | null;
let n = 0;

/** A stand-in report that says which build made it. */
const fakeReport = (build: number) => ({ claimCount: build }) as unknown as StoryReport;

beforeEach(async () => {
  db = openDatabase(`cache-${n++}`);
  // Opening writes the schema's first records: done before the cache starts listening.
  await db.open();
  await settle();
  builds = [];
  gate = null;
  cache = createReportCache(db, async (_db, readId) => {
    builds.push(readId);
    if (gate) await gate;
    return fakeReport(builds.length);
  });
});
afterEach(async () => {
  cache.close();
  await db.delete();
});

/** Lets Dexie deliver its storagemutated event for a committed write. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('report cache', () => {
  it('answers the same read again without building its report again', async () => {
    const first = await cache.report(7);
    expect(await cache.report(7)).toBe(first);
    expect(builds).toEqual([7]);
    await cache.report(8);
    expect(builds).toEqual([7, 8]);
  });

  it('builds again after a read is saved, but not after a setting changes', async () => {
    await cache.report(7);
    await setUiLanguage(db, 'en');
    await settle();
    await cache.report(7);
    expect(builds).toEqual([7]);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص جديد' }), 1);
    await settle();
    expect((await cache.report(7))?.claimCount).toBe(2);
    expect(builds).toEqual([7, 7]);
  });

  it('shelves the kept reports for the panel, and takes them off the shelf at a write', async () => {
    cache.close();
    const shelf: { put: Record<string, StoryReport>[]; cleared: number } = { put: [], cleared: 0 };
    cache = createReportCache(db, async (_db, readId) => fakeReport(readId), {
      put: async (reports) => void shelf.put.push(reports),
      clear: async () => void shelf.cleared++,
    });
    await cache.report(7);
    await cache.report(8);
    expect(shelf.put.at(-1)).toEqual({ 7: fakeReport(7), 8: fakeReport(8) });
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/3', text: 'نص ثالث' }), 1);
    await settle();
    expect(shelf.cleared).toBe(1);
    await cache.report(8);
    expect(shelf.put.at(-1)).toEqual({ 8: fakeReport(8) });
  });

  it('does not keep a report whose build a write overtook', async () => {
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    const pending = cache.report(7);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/2', text: 'نص آخر' }), 1);
    await settle();
    open();
    await pending;
    gate = null;
    await cache.report(7);
    expect(builds).toEqual([7, 7]);
  });

  it('keeps a report put right after the write that built it (its own change event has fired), until the next write', async () => {
    const { outcome, report } = await saveWithReport(db, makeArticle({ canonicalUrl: 'https://a.test/4', text: 'نص رابع' }), 1);
    cache.put(outcome.read.id, report!);
    await settle();
    expect(await cache.report(outcome.read.id)).toBe(report);
    expect(builds).toEqual([]);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/5', text: 'نص خامس' }), 2);
    await settle();
    expect(await cache.report(outcome.read.id)).not.toBe(report);
    expect(builds).toEqual([outcome.read.id]);
  });
});
