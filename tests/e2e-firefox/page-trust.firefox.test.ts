// What a web page can and cannot do to the extension, in real Firefox (the Chromium suite's
// tests/e2e/hostile.e2e.test.ts and page-trust.e2e.test.ts, on the same generated pages): a page
// cannot forge messages, events or another outlet's read, its text is never rendered as HTML, a
// broken page never breaks the extension, and the marks on its figures tell it nothing stable.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxStoredReads,
  launchFirefoxWithExtension,
  openFirefoxPanel,
  openFirefoxTab,
  runInFirefox,
  type FirefoxExtensionBrowser,
} from '../../scripts/firefox';
import { forgeContentScriptEvents, marksAsPageSees, moveToAnotherArticle, pollUntil, storedVersionsIn, tabStateIn, type StoredReadSummary, type TabStatus } from '../../scripts/in-page';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { listSamplePages } from '../../samples/pages';
import { HOSTILE_HOST, hostilePages, type HostilePage } from '../e2e/hostile-pages';
import { forgedCanonicalPage, hostileArticle, VICTIM_CANONICAL, victimPage } from '../e2e/page-trust-pages';
import { expectNothingLostOrForged, expectQuietOutcome, expectTooLargeSkipped, expectUnstableMarkNames } from '../e2e/page-checks';

// Tabs the panel is opened on later (closing a tab makes the background forget it).
const KEEP_OPEN = ['script-in-headline', 'home-page'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The tab's final state, or 'unknown' when the page never reported within `timeoutMs`. */
function outcomeOf(ff: FirefoxExtensionBrowser, tabId: number, timeoutMs: number): Promise<TabStatus> {
  return pollUntil(() => runInFirefox(ff.control)(tabStateIn, tabId), (s) => s.status !== 'unknown', timeoutMs, 200);
}


const visibleMarks = (page: Page) => runInFirefox(page)(marksAsPageSees, undefined);

describe('Firefox: a page cannot tamper with the extension or what the reader keeps', () => {
  const pages = hostilePages();
  const flooding = hostileArticle('forged-location-changes');
  const stopping = hostileArticle('forged-stop-then-navigates');
  const baseline = listSamplePages()[0];
  const victim = victimPage();
  const forged = forgedCanonicalPage();
  let server: FixtureServer;
  let ff: FirefoxExtensionBrowser;
  let before: StoredReadSummary[];
  /** The extension's id as its content script names its events (Firefox: the add-on's id). */
  let extensionId: string;
  const outcomes = new Map<string, TabStatus>();
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    server = await serveFixtures([...pages.map((p) => ({ host: HOSTILE_HOST, path: p.path, html: p.html })), baseline, victim, forged, flooding, stopping]);
    ff = await launchFirefoxWithExtension({ server });
    extensionId = await ff.control.evaluate(() => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id);
    for (const p of [baseline, victim]) {
      const { page, tabId } = await openFirefoxTab(ff, ff.urlOf(p));
      expect((await outcomeOf(ff, tabId, 30_000)).status).toBe('read');
      await page.close();
    }
    before = await firefoxStoredReads(ff);
    for (const p of pages) {
      const { page, tabId } = await openFirefoxTab(ff, ff.urlOf({ host: HOSTILE_HOST, path: p.path }));
      outcomes.set(p.name, await outcomeOf(ff, tabId, p.expect === 'any' ? 8_000 : 20_000));
      tabs.set(p.name, tabId);
      if (!KEEP_OPEN.includes(p.name)) await page.close();
    }
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('covers at least thirty kinds of hostile page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hostilePages().map((p) => [p.name, p] as [string, HostilePage]))('%s gets a quiet outcome', async (name, page) => {
    expectQuietOutcome(name, page, outcomes.get(name)!, page.figure === undefined ? [] : await firefoxStoredReads(ff));
  });

  it('a page far too large is given up on, with the reason', () => expectTooLargeSkipped(outcomes));

  it('a page’s forged messages store nothing, and nothing stored before is lost or doubled', async () => {
    expectNothingLostOrForged(before, await firefoxStoredReads(ff));
  });

  it('renders page markup in the headline as text, never as HTML', async () => {
    const panel = await openFirefoxPanel(ff, tabs.get('script-in-headline')!);
    const headline = await panel.waitForSelector('.tb-headline', { timeout: 20_000 });
    expect(await headline!.evaluate((e) => e.textContent ?? '')).toContain('<script>alert(1)</script>');
    expect(await panel.$$eval('img, script:not([src])', (found) => found.length)).toBe(0);
    await panel.close();
  });

  it('twenty forged location changes while the page changes its text store no new read or version', async () => {
    const { page, tabId } = await openFirefoxTab(ff, ff.urlOf(flooding));
    expect((await outcomeOf(ff, tabId, 30_000)).status).toBe('read');
    const [first] = (await firefoxStoredReads(ff)).filter((r) => r.url === ff.urlOf(flooding));
    expect(first).toBeDefined();
    // The content script did not announce itself: the page never heard the extension's id.
    const heard = (await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).join(' ');
    expect(heard).not.toContain(extensionId);
    await runInFirefox(page)(forgeContentScriptEvents, { id: extensionId, times: 20, everyMs: 300, changeText: true });
    // Longer than the content script's polling and settling, and than the save interval.
    await sleep(12_000);
    const reads = (await firefoxStoredReads(ff)).filter((r) => r.canonicalUrl === first.canonicalUrl);
    expect(reads).toEqual([first]);
    expect((await ff.control.evaluate(storedVersionsIn)).filter((v) => v.readId === first.id)).toEqual([]);
    expect(reads[0].claims.some((c) => c.value >= 40 && c.value < 60)).toBe(false);
    await page.close();
  });

  it('a forged "started" event does not stop the content script: it still follows a real navigation', async () => {
    const { page, tabId } = await openFirefoxTab(ff, ff.urlOf(stopping));
    expect((await outcomeOf(ff, tabId, 30_000)).status).toBe('read');
    await runInFirefox(page)(forgeContentScriptEvents, { id: extensionId, times: 3, everyMs: 50, changeText: false });
    // A single-page site moves to another article: new address, canonical and text.
    const next = '/h/spa-next-article';
    await runInFirefox(page)(moveToAnotherArticle, next);
    const reads = await pollUntil(() => firefoxStoredReads(ff), (rs) => rs.some((r) => r.canonicalUrl.endsWith(next)), 30_000);
    expect(reads.find((r) => r.canonicalUrl.endsWith(next))?.claims.some((c) => c.value === 58)).toBe(true);
    await page.close();
  });

  it('a page naming another outlet’s canonical address and name replaces nothing of that outlet’s read', async () => {
    const stored = (await firefoxStoredReads(ff)).find((r) => r.canonicalUrl === VICTIM_CANONICAL)!;
    expect(stored.claims.some((c) => c.value === 27)).toBe(true);
    const { page, tabId } = await openFirefoxTab(ff, ff.urlOf(forged));
    const state = await outcomeOf(ff, tabId, 30_000);
    expect(state.status).toBe('read');
    const after = await firefoxStoredReads(ff);
    expect(after.find((r) => r.canonicalUrl === VICTIM_CANONICAL)).toEqual(stored);
    // Filed under its own address instead.
    const own = after.find((r) => r.id === state.readId)!;
    expect(own.canonicalUrl).toBe(ff.urlOf(forged));
    expect(own.claims.some((c) => c.value === 31)).toBe(true);
    await page.close();
  });

  it('a page cannot read a stable mark name, and sees no mark once marks are turned off in Settings', async () => {
    const loads = [];
    const { page, tabId } = await openFirefoxTab(ff, ff.urlOf(forged));
    await outcomeOf(ff, tabId, 30_000);
    loads.push(await pollUntil(() => visibleMarks(page), (m) => m.names.length > 0, 20_000));
    await page.reload();
    loads.push(await pollUntil(() => visibleMarks(page), (m) => m.names.length > 0, 20_000));
    expectUnstableMarkNames(loads);

    // Off in the panel: the open page loses its marks without a reload; on again, they return.
    const panel = await openFirefoxPanel(ff, tabId);
    await panel.click('[data-testid="view-settings"]');
    await panel.waitForSelector('[data-testid="page-marks"]');
    expect(await panel.$eval('[data-testid="page-marks"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await panel.click('[data-testid="page-marks"]');
    const off = await pollUntil(() => visibleMarks(page), (m) => m.marked.length === 0, 20_000);
    expect(off).toEqual({ names: [], marked: [], styleIds: [], pageMentions: false });
    await panel.click('[data-testid="page-marks"]');
    const on = await pollUntil(() => visibleMarks(page), (m) => m.marked.length > 0, 20_000);
    expect(on.marked.some((t) => t.includes('31'))).toBe(true);
    await panel.close();
    await page.close();
  });

  it('the extension still answers after all of it, raised no uncaught error, and made no network request', async () => {
    const panel = await openFirefoxPanel(ff, tabs.get('home-page')!);
    expect(await panel.$('[data-testid="empty-state"][data-kind="not-article"]')).not.toBeNull();
    await panel.close();
    // Firefox logs, as an error of the content script, a message answered after its page went
    // away ('navigates-away-mid-read' leaves while its read is being saved; the answer comes
    // either after or before the page is unloaded, resolved or rejected): Firefox's note of the
    // page leaving, not a failure of the extension's code. Anything else is.
    const pageLeft = /^Promise (resolved|rejected) (while context is inactive|after context unloaded)\b/;
    const errors = (await ff.extensionErrors()).filter((e) => !pageLeft.test(e));
    expect(errors).toEqual([]);
    expect(ff.extensionRequests()).toEqual([]);
  });
});
