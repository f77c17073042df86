// What a content script's messages may change: addresses checked against the tab's own, stored
// fields picked by name, at most one new record per tab per interval, nothing kept for private
// windows, no marks for the page when the reader turned them off. Invented text throughout.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackgroundHandlers } from '../../../lib/extension/background/handlers';
import { SAVE_INTERVAL_MS } from '../../../lib/extension/background/save-limit';
import { sessionTabStates } from '../../../lib/extension/background/tab-state';
import { fileUnder } from '../../../lib/pipeline/extract/canonical';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';
import { setPageMarks } from '../../../lib/store/settings';
import type { ArticleSnapshot } from '../../../lib/types';

const TEXT_A = 'قالت السلطات المحلية إن 27 شخصا لقوا حتفهم في الفيضانات التي ضربت مدينة الوادي الأخضر، وإن نحو 3 آلاف أسرة نقلت إلى مراكز إيواء.';
const TEXT_B = 'قالت السلطات المحلية إن 31 شخصا لقوا حتفهم في الفيضانات التي ضربت مدينة الوادي الأخضر، وإن نحو 4 آلاف أسرة نقلت إلى مراكز إيواء.';

function snapshot(url: string, over: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  return { url, canonicalUrl: url, site: 'موقع مختلق', host: new URL(url).hostname.replace(/^www\./, ''), title: 'فيضانات الوادي الأخضر', byline: null, published: '2025-03-02T09:00:00Z', lang: 'ar', dir: 'rtl', text: TEXT_A, ...over };
}

let db: TabayyunDB;
let handlers: BackgroundHandlers;
let clock = 1_700_000_000_000;
let n = 0;
const session = () => fakeBrowser.storage.session;

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`trust-${n++}`);
  handlers = createHandlers({ db, tabs: sessionTabStates(), injectReader: async () => undefined, now: () => clock });
});
afterEach(() => db.delete());

describe('fileUnder: a canonical address counts only on the page’s own site', () => {
  it('keeps a canonical on the same registrable domain, across subdomains', () => {
    expect(fileUnder({ url: 'https://m.outlet-one.com/a/1?ref=x', canonicalUrl: 'https://www.outlet-one.com/a/1' })).toEqual({
      url: 'https://m.outlet-one.com/a/1?ref=x',
      canonicalUrl: 'https://www.outlet-one.com/a/1',
      host: 'm.outlet-one.com',
    });
    expect(fileUnder({ url: 'https://news.outlet.co.uk/a', canonicalUrl: 'https://www.outlet.co.uk/a' })?.canonicalUrl).toBe('https://www.outlet.co.uk/a');
  });

  it('files a page that names another site’s address under the page’s own address, without its hash', () => {
    expect(fileUnder({ url: 'https://outlet-one.com/a/1#top', canonicalUrl: 'https://outlet-two.com/story/9' })?.canonicalUrl).toBe('https://outlet-one.com/a/1');
    // Two sites under one public suffix are two sites, and so are two hosting customers.
    expect(fileUnder({ url: 'https://one.co.uk/a', canonicalUrl: 'https://two.co.uk/a' })?.canonicalUrl).toBe('https://one.co.uk/a');
    expect(fileUnder({ url: 'https://one.github.io/a', canonicalUrl: 'https://two.github.io/a' })?.canonicalUrl).toBe('https://one.github.io/a');
  });

  it('trusts the tab’s real address over the page’s report', () => {
    const filed = fileUnder({ url: 'https://outlet-two.com/story/9', canonicalUrl: 'https://outlet-two.com/story/9' }, 'https://outlet-one.com/a/1');
    expect(filed).toEqual({ url: 'https://outlet-one.com/a/1', canonicalUrl: 'https://outlet-one.com/a/1', host: 'outlet-one.com' });
    expect(fileUnder({ url: 'javascript:alert(1)', canonicalUrl: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('articleRead from a hostile page', () => {
  it('replaces nothing of another outlet’s read when a page names its canonical address', async () => {
    const real = snapshot('https://outlet-two.com/story/9', { site: 'المنفذ الثاني' });
    await handlers.articleRead(real, { tabId: 1, url: real.url });
    const forged = snapshot('https://outlet-one.com/a/1', { canonicalUrl: real.url, site: 'المنفذ الثاني', text: TEXT_B });
    clock += SAVE_INTERVAL_MS;
    const ack = await handlers.articleRead(forged, { tabId: 2, url: forged.url });
    expect('status' in ack && ack.status).toBe('new');
    const stored = await db.reads.where('canonicalUrl').equals(real.url).first();
    expect(stored?.text).toBe(TEXT_A);
    expect(stored?.version).toBe(1);
    expect(await db.versions.count()).toBe(0);
    expect((await db.reads.where('canonicalUrl').equals('https://outlet-one.com/a/1').first())?.text).toBe(TEXT_B);
  });

  it('stores only the article’s named fields', async () => {
    const extra = { ...snapshot('https://outlet-one.com/a/2'), id: 999, version: 77, claims: [{ value: 999 }], status: 'read', __proto__: { polluted: true } } as unknown as ArticleSnapshot;
    await handlers.articleRead(extra, { tabId: 1, url: 'https://outlet-one.com/a/2' });
    const [read] = await db.reads.toArray();
    expect(read.id).not.toBe(999);
    expect(read.version).toBe(1);
    expect(read.claims.some((c) => c.value === 999)).toBe(false);
    expect(Object.keys(read)).not.toContain('status');
    expect((read as unknown as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('adds at most one version per tab per interval, and asks the tab to send again later', async () => {
    const url = 'https://outlet-one.com/live';
    await handlers.articleRead(snapshot(url), { tabId: 1, url });
    // Twenty changes of text in the next seconds: none is stored.
    for (let i = 0; i < 20; i++) {
      clock += 300;
      const ack = await handlers.articleRead(snapshot(url, { text: `${TEXT_B} ${i}` }), { tabId: 1, url });
      expect(ack).toMatchObject({ error: 'too-soon' });
      expect('retryAfterMs' in ack && ack.retryAfterMs).toBe(SAVE_INTERVAL_MS - 300 * (i + 1));
    }
    expect(await db.reads.count()).toBe(1);
    expect(await db.versions.count()).toBe(0);
    // The unchanged text is still acknowledged (it adds nothing), with the tab's marks.
    expect(await handlers.articleRead(snapshot(url), { tabId: 1, url })).toMatchObject({ status: 'same' });
    // Another tab is not held up, and after the interval the change is kept as a version.
    expect(await handlers.articleRead(snapshot('https://outlet-one.com/other'), { tabId: 2, url: 'https://outlet-one.com/other' })).toMatchObject({ status: 'new' });
    clock += SAVE_INTERVAL_MS;
    expect(await handlers.articleRead(snapshot(url, { text: TEXT_B }), { tabId: 1, url })).toMatchObject({ status: 'changed' });
    expect(await db.versions.count()).toBe(1);
  });

  it('lets a tab add a few new addresses at once, then one per interval', async () => {
    const read = (path: string) => handlers.articleRead(snapshot(`https://outlet-one.com/${path}`), { tabId: 1, url: `https://outlet-one.com/${path}` });
    for (const path of ['a', 'b', 'c']) expect(await read(path)).toMatchObject({ status: 'new' });
    clock += 1_000;
    expect(await read('d')).toEqual({ ok: false, error: 'too-soon', retryAfterMs: SAVE_INTERVAL_MS - 1_000 });
    // The panel no longer names the last article for a tab that moved on.
    expect((await session().get('tab:1'))['tab:1']).toEqual({ status: 'unknown' });
    expect(await read('c')).toMatchObject({ status: 'same' });
    clock += SAVE_INTERVAL_MS;
    expect(await read('d')).toMatchObject({ status: 'new' });
    expect(await read('e')).toMatchObject({ error: 'too-soon' });
    expect((await db.reads.toArray()).map((r) => r.canonicalUrl.slice(-1)).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the page nothing to mark when the reader turned page marks off', async () => {
    const one = snapshot('https://outlet-one.com/a/3');
    const two = snapshot('https://outlet-two.com/b/3', { site: 'المنفذ الثاني', text: TEXT_B });
    await handlers.articleRead(one, { tabId: 1, url: one.url });
    const on = await handlers.articleRead(two, { tabId: 2, url: two.url });
    expect('highlights' in on ? on.highlights.map((h) => h.selector.exact) : []).toContain('31');
    await setPageMarks(db, false);
    clock += SAVE_INTERVAL_MS;
    const off = await handlers.articleRead(two, { tabId: 2, url: two.url });
    expect(off).toMatchObject({ status: 'same', highlights: [] });
    // The panel still shows the differences.
    const state = await handlers.panelState(2);
    const tolls = state.status === 'read' ? state.report.differences.map((d) => d.figures.map((f) => f.value)) : [];
    expect(tolls).toContainEqual([27, 31]);
  });
});

describe('pageSkipped', () => {
  it('stores the reason and the tab’s own address, never the sender’s other fields', async () => {
    const info = { url: 'https://evil.test/x', reason: 'too-short', detail: 'd'.repeat(5_000), status: 'read', readId: 1 } as unknown as Parameters<BackgroundHandlers['pageSkipped']>[0];
    await handlers.pageSkipped(info, { tabId: 3, url: 'https://outlet-one.com/short' });
    const stored = (await session().get('tab:3'))['tab:3'];
    expect(stored).toEqual({ status: 'skipped', url: 'https://outlet-one.com/short', reason: 'too-short', detail: 'd'.repeat(500) });
    await handlers.pageSkipped({ url: 'https://outlet-one.com/x', reason: 'made-up' as never }, { tabId: 4 });
    expect((await session().get('tab:4'))['tab:4']).toEqual({ status: 'skipped', url: 'https://outlet-one.com/x', reason: 'failed' });
  });

  it('keeps nothing about a private window’s tab, not even in session storage', async () => {
    await handlers.pageSkipped({ url: 'https://outlet-one.com/private', reason: 'too-short' }, { tabId: 5, incognito: true, url: 'https://outlet-one.com/private' });
    await handlers.articleRead(snapshot('https://outlet-one.com/private'), { tabId: 5, incognito: true, url: 'https://outlet-one.com/private' });
    expect(await session().get(null)).toEqual({});
    expect(await db.reads.count()).toBe(0);
  });
});
