// The background's data handlers, end to end on fake-indexeddb (kept with the store tests it exercises).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataHandlers, type DataHandlers } from '../../lib/background/data-handlers';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { saveRead } from '../../lib/store/reads';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let handlers: DataHandlers;
let n = 0;
const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

beforeEach(() => {
  db = openDatabase(`data-${n++}`);
  const storage = { estimate: async () => ({ usage: 30, quota: 120 }), persist: async () => true, persisted: async () => false };
  handlers = createDataHandlers({ db, now: () => NOW, nav: { storage } });
});
afterEach(() => db.delete());

describe('data handlers', () => {
  it('export then import into an empty database through the handlers', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/1', text: 'نص' }), NOW);
    const file = await handlers.exportAll();
    expect(file.exportedAt).toBe(new Date(NOW).toISOString());
    await handlers.deleteEverything();
    expect(await handlers.dataSummary()).toMatchObject({ reads: 0 });
    expect(await handlers.importFile(JSON.parse(JSON.stringify(file)))).toEqual({ added: 1, updated: 0, skipped: 0 });
  });

  it('a bad file comes back as an error message, never a thrown error', async () => {
    expect(await handlers.importFile({ hello: 'world' })).toEqual({ error: 'This file is not a Tabayyun export.' });
    expect(await handlers.importFile({ format: 'tabayyun-export', formatVersion: 9, reads: [], versions: [], storyLinks: [] })).toEqual({
      error: expect.stringContaining('newer version'),
    });
  });

  it('retention: set, read back, prune; a bad value is an error', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/old', text: 'قديم' }), NOW - 100 * DAY);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/new', text: 'جديد' }), NOW - DAY);
    expect(await handlers.pruneNow()).toEqual({ removed: 0 });
    expect(await handlers.setRetention(3)).toEqual({ ok: true });
    expect(await handlers.getRetention()).toBe(3);
    expect(await handlers.pruneNow()).toEqual({ removed: 1 });
    expect(await handlers.setRetention(-1)).toMatchObject({ error: expect.any(String) });
    expect(await handlers.getRetention()).toBe(3);
  });

  it('pauses a site, deletes a story, reports storage', async () => {
    await handlers.setPaused('h.test', true);
    expect(await handlers.isPaused('news.h.test')).toBe(true);
    expect((await handlers.getSettings()).pausedHosts).toEqual(['h.test']);
    const read = await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/1', text: 'نص' }), NOW);
    expect(await handlers.deleteStory([read.read.id])).toEqual({ deleted: 1 });
    expect(await handlers.storageEstimate()).toEqual({ usage: 30, quota: 120, ratio: 0.25 });
    expect(await handlers.requestPersistence()).toBe(true);
  });
});
