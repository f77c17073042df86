// When the panel asks for its tab's report again: after writes that can change a report, and
// after the tab's own state or page changes; not after unrelated ones.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setStoryLink } from '../../../lib/store/links';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';
import { saveRead } from '../../../lib/store/reads';
import { setUiLanguage } from '../../../lib/store/settings';
import { watchStore, watchTab, type StoreMarks, type TabEvents } from '../../../lib/view/panel/store-changes';
import { makeArticle } from '../../store/make-article';
import { ENGINE_VERSION } from '../../../lib/pipeline/engine-version';

let db: TabayyunDB;
let n = 0;
const settle = () => new Promise((r) => setTimeout(r, 40));

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`watch-${n++}`);
});
afterEach(() => db.delete());

describe('watchStore', () => {
  it('reports the marks first without a change, then each read saved and each story decision', async () => {
    const calls: [StoreMarks, boolean][] = [];
    const stop = watchStore(db, (marks, changed) => calls.push([marks, changed]));
    await vi.waitFor(() => expect(calls).toEqual([[{ reads: 0, lastReadAt: null, links: 0, updating: 0 }, false]]));
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص أول' }), 1_000);
    await vi.waitFor(() => expect(calls.at(-1)).toEqual([{ reads: 1, lastReadAt: 1_000, links: 0, updating: 0 }, true]));
    const b = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/2', text: 'نص ثان' }), 2_000);
    await setStoryLink(db, a.read.id, b.read.id, false, 3_000);
    await vi.waitFor(() => expect(calls.at(-1)).toEqual([{ reads: 2, lastReadAt: 2_000, links: 1, updating: 0 }, true]));
    const before = calls.length;
    await setUiLanguage(db, 'en');
    await settle();
    expect(calls.slice(before).some(([, changed]) => changed)).toBe(false);
    stop();
  });

  it('an older engine’s read awaiting re-analysis is counted, and asks again only once it is re-analysed', async () => {
    const { read } = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/old', text: 'قديم' }), 1_000);
    const calls: [StoreMarks, boolean][] = [];
    const stop = watchStore(db, (marks, changed) => calls.push([marks, changed]));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    // An engine update marks it stale: the count rises, the report has not changed yet.
    await db.reads.update(read.id, { engine: ENGINE_VERSION - 1 });
    await vi.waitFor(() => expect(calls.at(-1)).toEqual([expect.objectContaining({ updating: 1 }), false]));
    // Re-analysed: the count falls and the report may differ.
    await db.reads.update(read.id, { engine: ENGINE_VERSION });
    await vi.waitFor(() => expect(calls.at(-1)).toEqual([expect.objectContaining({ updating: 0 }), true]));
    stop();
    const seen = calls.length;
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/3', text: 'ثالث' }), 5_000);
    await settle();
    expect(calls.length).toBe(seen);
  });
});

describe('watchTab', () => {
  it('follows its own tab’s state and page loads, not other tabs’', async () => {
    let changes = 0;
    const stop = watchTab(fakeBrowser as unknown as TabEvents, 3, () => void changes++);
    await fakeBrowser.storage.session.set({ 'tab:4': { status: 'unknown' } });
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, {} as never);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, {} as never);
    expect(changes).toBe(0);
    await fakeBrowser.storage.session.set({ 'tab:3': { status: 'unknown' } });
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, {} as never);
    expect(changes).toBe(2);
    stop();
    await fakeBrowser.storage.session.set({ 'tab:3': { status: 'skipped' } });
    expect(changes).toBe(2);
  });
});
