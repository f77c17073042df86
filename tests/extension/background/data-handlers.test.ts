// The reader's data through the background's real message path (lib/extension/background/router.ts), on
// fake-indexeddb: what the panel sends, what it gets back, and what the store then holds.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDataHandlers } from '../../../lib/extension/background/data-handlers';
import { createHandlers } from '../../../lib/extension/background/handlers';
import { createRouter, type Router } from '../../../lib/extension/background/router';
import { sessionTabStates } from '../../../lib/extension/background/tab-state';
import type { MessageData } from '../../../lib/extension/messaging/protocol';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';
import { exportAll } from '../../../lib/store/export';
import { saveRead } from '../../../lib/store/reads';
import { getRetention, getSettings, isPaused } from '../../../lib/store/settings';
import { storedSummary } from '../../../lib/store/summary';
import { makeArticle } from '../../store/make-article';

let db: TabayyunDB;
let router: Router;
let n = 0;
const NOW = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
const ORIGIN = 'chrome-extension://ours/';
const PANEL = { id: 'ours', url: `${ORIGIN}sidepanel.html` };

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`data-${n++}`);
  const storage = { estimate: async () => ({ usage: 30, quota: 120 }), persist: async () => true, persisted: async () => false };
  const data = createDataHandlers({ db, now: () => NOW, nav: { storage } });
  const handlers = createHandlers({ db, tabs: sessionTabStates(), injectReader: async () => undefined, now: () => NOW });
  router = createRouter({ handlers, data, extensionId: 'ours', extensionOrigin: ORIGIN });
});
afterEach(() => db.delete());

const send = <K extends Parameters<Router['answer']>[0]>(type: K, data: MessageData<K>, from: object = PANEL) => router.answer(type, data, from);

describe('the reader’s data through the background', () => {
  it('export (read by the panel itself) then import into an emptied database', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/1', text: 'نص' }), NOW);
    const file = await exportAll(db, NOW);
    expect(file.exportedAt).toBe(new Date(NOW).toISOString());
    expect(await send('deleteAll', undefined)).toEqual({ ok: true });
    expect(await storedSummary(db)).toMatchObject({ reads: 0 });
    expect(await send('importData', JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, added: 1, updated: 0, skipped: 0 });
    expect(await storedSummary(db)).toMatchObject({ reads: 1 });
  });

  it('a bad file is a failure that says why, never a thrown error', async () => {
    expect(await send('importData', { hello: 'world' })).toEqual({ ok: false, error: 'bad-file', message: 'This file is not a Tabayyun export.' });
    expect(await send('importData', { format: 'tabayyun-export', formatVersion: 9, reads: [], versions: [], storyLinks: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer version'),
    });
  });

  it('retention: set, applied by pruneNow; a value the schema refuses changes nothing', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/old', text: 'قديم' }), NOW - 100 * DAY);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/new', text: 'جديد' }), NOW - DAY);
    expect(await send('pruneNow', undefined)).toEqual({ ok: true, removed: 0 });
    expect(await send('setRetention', { months: 3 })).toEqual({ ok: true });
    expect(await getRetention(db)).toBe(3);
    expect(await send('pruneNow', undefined)).toEqual({ ok: true, removed: 1 });
    expect(await send('setRetention', { months: -1 })).toEqual({ ok: false, error: 'bad-months' });
    expect(await getRetention(db)).toBe(3);
  });

  it('pauses a site and deletes a story', async () => {
    expect(await send('setSitePaused', { host: 'h.test', paused: true })).toEqual({ ok: true });
    expect(await isPaused(db, 'news.h.test')).toBe(true);
    expect((await getSettings(db)).pausedHosts).toEqual(['h.test']);
    const read = await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/1', text: 'نص' }), NOW);
    expect(await send('deleteStory', { readIds: [read.read.id] })).toEqual({ ok: true, deleted: 1 });
    expect(await db.reads.count()).toBe(0);
  });

  it('refuses the panel’s messages from a web page’s content script or another extension, and changes nothing', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://h.test/1', text: 'نص' }), NOW);
    const contentScript = { id: 'ours', url: 'https://h.test/1', tab: { id: 3 } };
    const otherExtension = { id: 'theirs', url: 'chrome-extension://theirs/page.html' };
    for (const from of [contentScript, otherExtension]) {
      expect(await send('deleteAll', undefined, from)).toMatchObject({ ok: false, error: 'refused' });
      expect(await send('setSitePaused', { host: 'h.test', paused: true }, from)).toMatchObject({ ok: false, error: 'refused' });
    }
    expect(await db.reads.count()).toBe(1);
    expect(await isPaused(db, 'h.test')).toBe(false);
  });

  it('a failure inside a handler comes back as a failure with its message', async () => {
    db.close();
    const reply = await send('setSitePaused', { host: 'h.test', paused: true });
    expect(reply).toMatchObject({ ok: false, error: 'failed', message: expect.stringMatching(/\S/) });
  });
});
