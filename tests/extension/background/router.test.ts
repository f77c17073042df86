// Who may send the background what, and the one shape of every answer, through the same path
// the browser's messages take (lib/extension/background/router.ts). Invented articles, fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDataHandlers } from '../../../lib/extension/background/data-handlers';
import { createHandlers } from '../../../lib/extension/background/handlers';
import { createRouter, type Router } from '../../../lib/extension/background/router';
import { sessionTabStates } from '../../../lib/extension/background/tab-state';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';

let db: TabayyunDB;
let router: Router;
let injected: number[];
let n = 0;
const ORIGIN = 'chrome-extension://ours/';
const PANEL = { id: 'ours', url: `${ORIGIN}sidepanel.html` };
const PAGE = (tabId: number) => ({ id: 'ours', url: 'https://akhbar.example/a', tab: { id: tabId, url: 'https://akhbar.example/a' } });

const snapshot = {
  url: 'https://akhbar.example/a',
  canonicalUrl: 'https://akhbar.example/a',
  site: 'أخبار المثال',
  host: 'akhbar.example',
  title: 'عنوان مخترع عن السيول',
  byline: null,
  published: '2025-03-05T19:00:00Z',
  lang: 'ar',
  dir: 'rtl',
  text: 'قالت الوزارة إن 120 شخصا أصيبوا في السيول التي ضربت المدينة الساحلية أمس، وإن فرق الإنقاذ ما زالت تبحث عن المفقودين.',
};

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`router-${n++}`);
  injected = [];
  const handlers = createHandlers({ db, tabs: sessionTabStates(), injectReader: async (id) => void injected.push(id), now: () => 1_000 });
  router = createRouter({ handlers, data: createDataHandlers({ db }), extensionId: 'ours', extensionOrigin: ORIGIN });
});
afterEach(() => db.delete());

describe('background router', () => {
  it('a content script’s read is stored and acknowledged; the panel then gets the tab’s report', async () => {
    const ack = await router.answer('articleRead', snapshot, PAGE(7));
    expect(ack).toMatchObject({ ok: true, status: 'new', readId: expect.any(Number) });
    const reply = await router.answer('panelState', { tabId: 7 }, PANEL);
    expect(reply.ok && reply.state.status).toBe('read');
  });

  it('refuses reads from another extension, and panel messages from a content script', async () => {
    expect(await router.answer('articleRead', snapshot, { ...PAGE(7), id: 'theirs' })).toEqual({ ok: false, error: 'refused' });
    expect(await db.reads.count()).toBe(0);
    expect(await router.answer('panelState', { tabId: 7 }, PAGE(7))).toMatchObject({ ok: false, error: 'refused' });
    expect(await router.answer('readTab', { tabId: 7 }, PAGE(7))).toMatchObject({ ok: false, error: 'refused' });
    expect(injected).toEqual([]);
  });

  it('data its schema refuses is a failure naming the field, and nothing is done', async () => {
    expect(await router.answer('pageSkipped', { url: 'https://akhbar.example/b', reason: 'bored' }, PAGE(7))).toEqual({ ok: false, error: 'bad-reason' });
    expect(await router.answer('readTab', { tabId: 'seven' }, PANEL)).toEqual({ ok: false, error: 'bad-tabId' });
    expect(injected).toEqual([]);
    expect(await router.answer('readTab', { tabId: 7 }, PANEL)).toEqual({ ok: true });
    expect(injected).toEqual([7]);
  });

  it('a skipped page is filed for its tab, and the panel is told why', async () => {
    expect(await router.answer('pageSkipped', { url: 'https://akhbar.example/b', reason: 'too-short' }, PAGE(3))).toEqual({ ok: true });
    expect(await router.answer('panelState', { tabId: 3 }, PANEL)).toMatchObject({ ok: true, state: { status: 'skipped', reason: 'too-short' } });
  });
});
