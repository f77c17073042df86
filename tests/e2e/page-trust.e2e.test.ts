// A page tries to tamper with what the reader keeps (issue 15), in real Chromium with the built
// extension: forged location-change and "content script started" events, another outlet's
// canonical address and name, and reading the names of the marks on its figures.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openTab, storedReads, waitForTabState, type ExtensionBrowser } from '../../scripts/browser';
import { forgeContentScriptEvents, marksAsPageSees, moveToAnotherArticle, pollUntil, storedVersionsIn } from '../../scripts/in-page';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { forgedCanonicalPage, hostileArticle, VICTIM_CANONICAL, victimPage } from './page-trust-pages';
import { expectUnstableMarkNames } from './page-checks';

declare const chrome: any;

/** Every earlier version in the extension's IndexedDB. */
const storedVersions = (b: ExtensionBrowser) => b.control.evaluate(storedVersionsIn);

/** What a page script can learn about the marks on its text. */
const visibleMarks = (page: Page) => page.evaluate(marksAsPageSees);

/** Fires, from the page's own script, every event WXT's content-script context listens for. */
const fireForgedEvents = (page: Page, id: string, times: number, everyMs: number, changeText: boolean) =>
  page.evaluate(forgeContentScriptEvents, { id, times, everyMs, changeText });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


describe('a page cannot tamper with what the reader keeps', () => {
  const victim = victimPage();
  const forged = forgedCanonicalPage();
  const flooding = hostileArticle('forged-location-changes');
  const stopping = hostileArticle('forged-stop-then-navigates');
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures([victim, forged, flooding, stopping]);
    browser = await launchWithExtension({ hosts: [victim.host, forged.host], port: server.port });
    const { tabId } = await openTab(browser, server.urlOf(victim));
    expect((await waitForTabState(browser, tabId)).status).toBe('read');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('twenty forged location changes while the page changes its text store no new read or version', async () => {
    const { page, tabId } = await openTab(browser, server.urlOf(flooding));
    expect((await waitForTabState(browser, tabId)).status).toBe('read');
    const canonical = `https://${flooding.host}${flooding.path}`;
    const [first] = (await storedReads(browser)).filter((r) => r.canonicalUrl === canonical);
    // The content script did not announce itself: the page never heard the extension's id.
    const heard = (await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).join(' ');
    expect(heard).not.toContain(browser.extensionId);
    await fireForgedEvents(page, browser.extensionId, 20, 300, true);
    // Longer than the content script's polling and settling, and than the save interval.
    await sleep(12_000);
    const reads = (await storedReads(browser)).filter((r) => r.canonicalUrl === canonical);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toEqual(first);
    expect((await storedVersions(browser)).filter((v) => v.readId === first.id)).toEqual([]);
    expect(reads[0].claims.some((c) => c.value >= 40 && c.value < 60)).toBe(false);
    await page.close();
  });

  it('a forged "started" event does not stop the content script: it still follows a real navigation', async () => {
    const { page, tabId } = await openTab(browser, server.urlOf(stopping));
    expect((await waitForTabState(browser, tabId)).status).toBe('read');
    await fireForgedEvents(page, browser.extensionId, 3, 50, false);
    // A single-page site moves to another article: new address, canonical and text.
    const next = '/h/spa-next-article';
    await page.evaluate(moveToAnotherArticle, next);
    const reads = await pollUntil(() => storedReads(browser), (rs) => rs.some((r) => r.canonicalUrl.endsWith(next)), 30_000);
    const moved = reads.find((r) => r.canonicalUrl.endsWith(next));
    expect(moved?.claims.some((c) => c.value === 58)).toBe(true);
    await page.close();
  });

  it('a page naming another outlet’s canonical address and name replaces nothing of that outlet’s read', async () => {
    const before = (await storedReads(browser)).find((r) => r.canonicalUrl === VICTIM_CANONICAL)!;
    expect(before.claims.some((c) => c.value === 27)).toBe(true);
    const { page, tabId } = await openTab(browser, server.urlOf(forged));
    const state = await waitForTabState(browser, tabId);
    expect(state.status).toBe('read');
    const after = await storedReads(browser);
    expect(after.find((r) => r.canonicalUrl === VICTIM_CANONICAL)).toEqual(before);
    expect((await storedVersions(browser)).filter((v) => v.readId === before.id)).toEqual([]);
    // Filed under its own address instead.
    const own = after.find((r) => r.id === state.readId)!;
    expect(own.canonicalUrl).toBe(`http://${forged.host}:${server.port}${forged.path}`);
    expect(own.claims.some((c) => c.value === 31)).toBe(true);
    await page.close();
  });

  it('a page cannot read a stable mark name, and sees no mark at all once marks are off', async () => {
    const loads = [];
    const { page, tabId } = await openTab(browser, server.urlOf(forged));
    await waitForTabState(browser, tabId);
    loads.push(await pollUntil(() => visibleMarks(page), (m) => m.names.length > 0, 20_000));
    // The content script keeps its marks through a forged "started" event.
    await fireForgedEvents(page, browser.extensionId, 2, 100, false);
    await sleep(1_000);
    expect((await visibleMarks(page)).names).toEqual(loads[0].names);
    await page.reload();
    loads.push(await pollUntil(() => visibleMarks(page), (m) => m.names.length > 0, 20_000));
    expectUnstableMarkNames(loads);

    await browser.control.evaluate(() => chrome.runtime.sendMessage({ id: 9, type: 'setPageMarks', data: { on: false }, timestamp: Date.now() }));
    await page.reload();
    await sleep(6_000);
    expect(await visibleMarks(page)).toMatchObject({ names: [], marked: [], styleIds: [] });
    await page.close();
  });
});
