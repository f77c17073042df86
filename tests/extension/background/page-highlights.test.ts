// When a story's report changes, the pages of that story that are open get their new marks.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDataHandlers } from '../../../lib/extension/background/data-handlers';
import { createHandlers, type BackgroundHandlers } from '../../../lib/extension/background/handlers';
import { createPageHighlights, type PageHighlights } from '../../../lib/extension/background/page-highlights';
import { createRouter } from '../../../lib/extension/background/router';
import { sessionTabStates } from '../../../lib/extension/background/tab-state';
import type { MessageData } from '../../../lib/extension/messaging/protocol';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';
import { getPageMarks } from '../../../lib/store/settings';
import { inventedSnapshot } from '../../fixtures/invented-story';

let db: TabayyunDB;
let handlers: BackgroundHandlers;
let pages: PageHighlights;
let sent: { tabId: number; data: MessageData<'setHighlights'> }[];
let closedTabs: Set<number>;
let n = 0;
let clock = 1_000;

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`pages-${n++}`);
  sent = [];
  closedTabs = new Set();
  const tabs = sessionTabStates();
  pages = createPageHighlights({
    db,
    tabs,
    send: async (tabId, data) => {
      if (closedTabs.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push({ tabId, data });
    },
  });
  handlers = createHandlers({ db, tabs, pageHighlights: pages, injectReader: async () => undefined, now: () => (clock += 1000) });
});
afterEach(() => db.delete());

const exacts = (tabId: number) => sent.filter((s) => s.tabId === tabId).at(-1)?.data.highlights.map((h) => h.selector.exact);

describe('open pages follow their story', () => {
  it('a new related read marks the earlier page; "not the same story" unmarks both', async () => {
    // A page of another story, open all along: never sent anything.
    const other = 'أعلن المنتخب الوطني لكرة اليد فوزه في المباراة النهائية للبطولة القارية بعد مباراة مثيرة انتهت بفارق 3 أهداف أمام جمهور كبير في القاعة المغطاة.';
    await handlers.articleRead({ ...inventedSnapshot(0), url: 'https://sport.example/final', canonicalUrl: 'https://sport.example/final', host: 'sport.example', title: 'فوز في النهائي', text: other }, { tabId: 9 });
    const first = await handlers.articleRead(inventedSnapshot(0), { tabId: 1 });
    await pages.idle();
    expect('highlights' in first && first.highlights).toEqual([]);
    expect(sent).toEqual([]);

    const second = await handlers.articleRead(inventedSnapshot(1), { tabId: 2 });
    await pages.idle();
    // The reading tab got its marks in its acknowledgement; the other tab by message.
    expect('highlights' in second && second.highlights.map((h) => h.selector.exact)).toEqual(['450']);
    expect(sent.map((s) => s.tabId)).toEqual([1]);
    expect(exacts(1)).toEqual(['120']);
    expect(sent[0].data.readId).toBe('readId' in first && first.readId);

    await handlers.setSameStory((second as { readId: number }).readId, (first as { readId: number }).readId, false);
    await pages.idle();
    expect(exacts(1)).toEqual([]);
    expect(exacts(2)).toEqual([]);
    expect(sent.some((s) => s.tabId === 9)).toBe(false);

    // Nothing changed since: nothing is sent again.
    const before = sent.length;
    await handlers.setSameStory((second as { readId: number }).readId, (first as { readId: number }).readId, false);
    await pages.idle();
    expect(sent.length).toBe(before);
  });

  it('deleting a read unmarks the other page of its story; a closed tab is skipped', async () => {
    const first = (await handlers.articleRead(inventedSnapshot(0), { tabId: 1 })) as { readId: number };
    await handlers.articleRead(inventedSnapshot(1), { tabId: 2 });
    await handlers.articleRead({ ...inventedSnapshot(1), url: 'https://third.example/q', canonicalUrl: 'https://third.example/q', host: 'third.example' }, { tabId: 3 });
    await pages.idle();
    closedTabs.add(3);
    sent = [];
    await handlers.deleteRead(first.readId);
    await pages.idle();
    // Tab 2 now compares only with the third read, which gives the same figure: no marks left.
    expect(exacts(2)).toEqual([]);
    expect(exacts(1)).toEqual([]);
    expect(sent.some((s) => s.tabId === 3)).toBe(false);
  });

  it('deleting a story through the data handlers unmarks its pages', async () => {
    const data = createDataHandlers({ db, onStoreChanged: () => void pages.refresh() });
    const a = (await handlers.articleRead(inventedSnapshot(0), { tabId: 1 })) as { readId: number };
    const b = (await handlers.articleRead(inventedSnapshot(1), { tabId: 2 })) as { readId: number };
    await pages.idle();
    expect(exacts(1)).toEqual(['120']);
    await data.deleteStory([a.readId]);
    await pages.idle();
    expect(exacts(1)).toEqual([]);
    expect(exacts(2)).toEqual([]);
    expect(b.readId).toBeGreaterThan(0);
  });
});

describe('the page-marks setting reaches the pages already open', () => {
  const ORIGIN = 'chrome-extension://ours/';
  const PANEL = { id: 'ours', url: `${ORIGIN}sidepanel.html` };
  const routerWithMarks = () =>
    createRouter({ handlers, data: createDataHandlers({ db, pageMarksChanged: () => pages.refresh() }), extensionId: 'ours', extensionOrigin: ORIGIN });

  it('turning marks off clears every open page of a read at once; turning them on restores its story’s marks', async () => {
    const router = routerWithMarks();
    await handlers.articleRead(inventedSnapshot(0), { tabId: 1 });
    await handlers.articleRead(inventedSnapshot(1), { tabId: 2 });
    await pages.idle();
    // Tab 2 got its marks in its acknowledgement, tab 1 by message.
    expect(exacts(1)).toEqual(['120']);
    sent = [];

    // The answer comes once the pages were told: no waiting on the background afterwards.
    expect(await router.answer('setPageMarks', { on: false }, PANEL)).toEqual({ ok: true });
    expect(await getPageMarks(db)).toBe(false);
    expect(exacts(1)).toEqual([]);
    expect(exacts(2)).toEqual([]);

    expect(await router.answer('setPageMarks', { on: true }, PANEL)).toEqual({ ok: true });
    expect(exacts(1)).toEqual(['120']);
    expect(exacts(2)).toEqual(['450']);
    expect(sent.map((s) => s.tabId).sort()).toEqual([1, 1, 2, 2]);
  });

  it('a page cannot turn the marks off, and a malformed setting changes nothing', async () => {
    const router = routerWithMarks();
    await handlers.articleRead(inventedSnapshot(0), { tabId: 1 });
    await handlers.articleRead(inventedSnapshot(1), { tabId: 2 });
    await pages.idle();
    sent = [];
    const page = { id: 'ours', url: 'https://akhbar.example/a', tab: { id: 1, url: 'https://akhbar.example/a' } };
    expect(await router.answer('setPageMarks', { on: false }, page)).toMatchObject({ ok: false, error: 'refused' });
    expect(await router.answer('setPageMarks', { on: 'no' }, PANEL)).toEqual({ ok: false, error: 'bad-on' });
    await pages.idle();
    expect(await getPageMarks(db)).toBe(true);
    expect(sent).toEqual([]);
  });

  it('a tab closed meanwhile is skipped, and given its marks again once it answers', async () => {
    const router = routerWithMarks();
    await handlers.articleRead(inventedSnapshot(0), { tabId: 1 });
    await handlers.articleRead(inventedSnapshot(1), { tabId: 2 });
    await pages.idle();
    closedTabs.add(1);
    sent = [];
    expect(await router.answer('setPageMarks', { on: false }, PANEL)).toEqual({ ok: true });
    expect(exacts(2)).toEqual([]);
    expect(exacts(1)).toBeUndefined();
    closedTabs.delete(1);
    expect(await router.answer('setPageMarks', { on: true }, PANEL)).toEqual({ ok: true });
    expect(exacts(1)).toEqual(['120']);
    expect(exacts(2)).toEqual(['450']);
  });
});
