import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type BackgroundHandlers } from '../../../lib/extension/background/handlers';
import { createReportCache } from '../../../lib/extension/background/report-cache';
import { buildStoryReport } from '../../../lib/pipeline/report/build';
import { inventedSnapshot } from '../../fixtures/invented-story';
import { SAVE_INTERVAL_MS } from '../../../lib/extension/background/save-limit';
import { sessionTabStates } from '../../../lib/extension/background/tab-state';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';
import { pendingReads } from '../../../lib/store/keyword-stats';
import { expectPostingsExact } from '../../store/expect-postings';
import type { ArticleSnapshot } from '../../../lib/types';
import { describeShared } from '../../fixtures/describe-shared';
import { seedFile } from '../../fixtures/shared';

const PUBLISHED: Record<string, string> = { '004': '2024-10-24T10:00:00Z', '003': '2024-11-06T10:00:00Z', '000': '2024-11-10T08:00:00Z', '001': '2024-11-10T12:00:00Z' };

function seedSnapshot(prefix: string): ArticleSnapshot {
  const [title, ...rest] = readFileSync(seedFile(prefix), 'utf8').split('\n');
  const url = `https://seed-${prefix}.test/article`;
  return { url, canonicalUrl: url, site: `seed ${prefix}`, host: `seed-${prefix}.test`, title, byline: null, published: PUBLISHED[prefix] ?? null, lang: 'ar', dir: 'rtl', text: rest.join('\n') };
}

let db: TabayyunDB;
let handlers: BackgroundHandlers;
let injected: number[];
let n = 0;
let clock = 1_000;

beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`bg-${n++}`);
  injected = [];
  handlers = createHandlers({ db, tabs: sessionTabStates(), injectReader: async (id) => void injected.push(id), now: () => (clock += 1000) });
});
afterEach(() => db.delete());

it('answers the panel’s first question after a read from the report that read built (saved and looked up at once), building nothing again', async () => {
  const builds: number[] = [];
  const reports = createReportCache(db, async (d, id) => (builds.push(id), buildStoryReport(d, id)));
  handlers = createHandlers({ db, tabs: sessionTabStates(), injectReader: async () => undefined, now: () => (clock += 1000), reports });
  await handlers.articleRead(inventedSnapshot(0), { tabId: 3 });
  const ack = await handlers.articleRead(inventedSnapshot(1), { tabId: 4 });
  const state = await handlers.panelState(4);
  if (state.status !== 'read') throw new Error(`panel state ${state.status}`);
  expect(state.report.differences.map((d) => d.figures.map((f) => f.value))).toEqual([[120, 450]]);
  expect('highlights' in ack && ack.highlights.map((h) => h.selector.exact)).toEqual(['450']);
  expect(builds).toEqual([]);
  reports.close();
});

it('counts a new read into its keyword records once it has answered the page (schema v7: the save leaves it pending)', async () => {
  await handlers.articleRead(inventedSnapshot(0), { tabId: 3 });
  const ack = await handlers.articleRead(inventedSnapshot(1), { tabId: 4 });
  expect('readId' in ack && ack.status).toBe('new');
  await vi.waitFor(async () => expect(await pendingReads(db)).toEqual([]));
  await expectPostingsExact(db);
});

describeShared('background handlers', () => {
  it('stores a read, remembers the tab, and reports no related read for the first article', async () => {
    const ack = await handlers.articleRead(seedSnapshot('004'), { tabId: 7 });
    expect('readId' in ack && ack.status).toBe('new');
    const state = await handlers.panelState(7);
    expect(state.status).toBe('read');
    if (state.status !== 'read') return;
    expect(state.report.articles).toHaveLength(1);
    expect(state.report.differences).toEqual([]);
    expect(state.report.claimCount).toBeGreaterThan(0);
  });

  it('finds the earlier reads of the story and the troop difference, with highlights for the current figure', async () => {
    for (const [i, seed] of ['004', '003', '000'].entries()) await handlers.articleRead(seedSnapshot(seed), { tabId: i + 1 });
    const ack = await handlers.articleRead(seedSnapshot('001'), { tabId: 9 });
    const state = await handlers.panelState(9);
    if (state.status !== 'read') throw new Error(`panel state ${state.status}`);
    const { report } = state;
    expect(report.related.length).toBeGreaterThanOrEqual(3);
    const troops = report.differences.find((d) => d.figures.some((f) => f.value === 3000));
    expect(troops?.figures.map((f) => f.value)).toEqual(expect.arrayContaining([10000, 8000, 3000]));
    expect(troops?.conflict).toBe(true);
    // Oldest first, so the rising figure reads as a timeline.
    const dates = troops!.figures.map((f) => report.articles[f.article].published ?? '');
    expect([...dates].sort()).toEqual(dates);
    expect('highlights' in ack && ack.highlights.some((h) => h.selector.exact.includes('10 آلاف'))).toBe(true);
  });

  it('re-reading a URL never duplicates it, and a changed figure is reported as an update', async () => {
    const first = seedSnapshot('004');
    await handlers.articleRead(first, { tabId: 1 });
    await handlers.articleRead(first, { tabId: 1 });
    expect(await db.reads.count()).toBe(1);
    const changed = { ...first, text: first.text.replaceAll('3 آلاف جندي', '5 آلاف جندي') };
    // One tab adds at most one record per interval (see save-limit.ts); this is a later visit.
    clock += SAVE_INTERVAL_MS;
    const ack = await handlers.articleRead(changed, { tabId: 1 });
    expect('status' in ack && ack.status).toBe('changed');
    expect(await db.reads.count()).toBe(1);
    const state = await handlers.panelState(1);
    if (state.status !== 'read') throw new Error(state.status);
    const update = state.report.differences.find((d) => d.update);
    expect(new Set(update?.figures.map((f) => f.value))).toEqual(new Set([3000, 5000]));
  });

  it('a read the reader marks as another story leaves the comparison', async () => {
    await handlers.articleRead(seedSnapshot('003'), { tabId: 1 });
    await handlers.articleRead(seedSnapshot('001'), { tabId: 2 });
    let state = await handlers.panelState(2);
    if (state.status !== 'read') throw new Error(state.status);
    const current = state.report.articles[state.report.current].readId;
    const other = state.report.articles.find((a) => !a.current)!.readId;
    await handlers.setSameStory(current, other, false);
    state = await handlers.panelState(2);
    if (state.status !== 'read') throw new Error(state.status);
    expect(state.report.articles.map((a) => a.readId)).toEqual([current]);
    expect(state.report.differences).toEqual([]);
  });

  it('skipped pages, private windows and malformed snapshots store nothing', async () => {
    await handlers.pageSkipped({ url: 'https://x.test/', reason: 'not-readerable' }, { tabId: 3 });
    expect(await handlers.panelState(3)).toMatchObject({ status: 'skipped', reason: 'not-readerable' });
    expect(await handlers.articleRead(seedSnapshot('004'), { tabId: 4, incognito: true })).toEqual({ ok: false, error: 'private-window' });
    const bad = { ...seedSnapshot('004'), canonicalUrl: 'javascript:alert(1)' };
    expect(await handlers.articleRead(bad, { tabId: 5 })).toEqual({ ok: false, error: 'bad-canonicalUrl' });
    expect(await handlers.articleRead({ ...seedSnapshot('004'), text: 42 } as unknown as ArticleSnapshot, { tabId: 5 })).toEqual({ ok: false, error: 'bad-text' });
    expect(await handlers.panelState(5)).toMatchObject({ status: 'skipped', reason: 'failed', detail: 'bad-text' });
    expect(await db.reads.count()).toBe(0);
  });

  it('an unknown tab can be read on request, and a closed tab is forgotten', async () => {
    expect(await handlers.panelState(11)).toMatchObject({ status: 'unknown', canRead: true });
    expect(await handlers.readTab(11)).toEqual({ ok: true });
    expect(injected).toEqual([11]);
    await handlers.articleRead(seedSnapshot('004'), { tabId: 11 });
    await handlers.tabClosed(11);
    expect((await handlers.panelState(11)).status).toBe('unknown');
  });
});
