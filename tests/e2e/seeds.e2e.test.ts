// The whole path on the real stack: the built extension in Debian's Chromium reads the five
// seed pages in publication order, stores them in its IndexedDB, and its side panel shows
// the troop difference for the last one, with the figures marked in the page.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, runIn, storedReads, type ExtensionBrowser } from '../../scripts/browser';
import { hasMark, highlightsIn, MARK_PRIORITY, markInView, settledMark } from '../../scripts/in-page';
import { openPanel, readPagesInOrder, readPanel, type PanelDifference, type ReadPage } from '../../scripts/read-story';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { describeShared } from '../fixtures/describe-shared';
import { listSeedPages } from '../fixtures/pages';
import { expectNoFalseFigures, expectStoredSeedReads, expectTroopCard } from '../fixtures/seed-story-checks';

const SHOTS = path.resolve(process.cwd(), 'test-results');

describeShared('seed story end to end', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let reads: ReadPage[];
  let panel: Page;
  let differences: PanelDifference[];
  const pages = listSeedPages();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFixtures(pages);
    browser = await launchWithExtension({ hosts: [...new Set(pages.map((p) => p.host))], port: server.port });
    reads = await readPagesInOrder(browser, server, pages);
    panel = await openPanel(browser, reads[reads.length - 1].tabId);
    differences = await readPanel(panel);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads every seed page as an article, in the content script on the production match patterns', () => {
    expect(reads.map((r) => r.state.status)).toEqual(pages.map(() => 'read'));
  });

  it('stores each read once in the extension’s IndexedDB, with text, metadata and claims', async () => {
    expectStoredSeedReads(await storedReads(browser), pages);
  });

  it('the panel shows one troop difference: about 10,000, more than 8,000 and 3,000, with their outlets', () => {
    expectTroopCard(differences, pages);
  });

  it('never compares the three Ukrainian soldiers, dates, years or model names', () => {
    expectNoFalseFigures(differences);
  });

  it('marks the current article’s differing figure in the page with CSS highlights', async () => {
    const page = reads[reads.length - 1].page;
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.keys()].length > 0, null, { timeout: 15_000 });
    const marked = await page.evaluate(highlightsIn);
    expect(marked.some((m) => m.priority === MARK_PRIORITY.conflict && m.text.includes('10 آلاف'))).toBe(true);
  });

  it('clicking “show in page” on the current figure scrolls the page to it and flashes it', async () => {
    const page = reads[reads.length - 1].page;
    const before = await settledMark(runIn(page), MARK_PRIORITY.conflict, '10 آلاف');
    expect(before).toBeDefined();
    // The troop sentence is far down the article: out of view until the reader asks.
    expect(before!.top).toBeGreaterThan(before!.viewport);
    await panel.locator('[data-testid="figure"].tb-current button').first().click();
    await page.waitForFunction(hasMark, MARK_PRIORITY.flash, { timeout: 10_000 });
    await page.waitForFunction(markInView, { priority: MARK_PRIORITY.conflict, text: '10 آلاف' }, { timeout: 10_000 });
    // Smooth scrolling: measure once the mark stops moving, and take the picture with the
    // article's tab in front, as the reader has it while using the panel beside it.
    await page.bringToFront();
    const after = await settledMark(runIn(page), MARK_PRIORITY.conflict, '10 آلاف');
    expect(after!.top).toBeGreaterThanOrEqual(0);
    expect(after!.top).toBeLessThanOrEqual(after!.viewport);
    await page.screenshot({ path: path.join(SHOTS, 'page-highlighted.png') });
  });

  it('saves a screenshot of the panel', async () => {
    await panel.screenshot({ path: path.join(SHOTS, 'panel-seeds.png'), fullPage: true });
  });

  it('the extension itself made no network request', () => {
    expect(browser.extensionRequests).toEqual([]);
  });
});
