// The seed story in real Firefox: the built Firefox MV3 extension reads the five seed pages
// in publication order on the outlets' own host names (through a loopback proxy, so the
// production match patterns decide), its panel shows the troop card, the figure is marked in
// the page with CSS highlights, and "show in page" brings it into view.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  firefoxStoredReads,
  launchFirefoxWithExtension,
  openFirefoxPanel,
  openFirefoxTab,
  runInFirefox,
  waitForFirefoxTabState,
  type FirefoxExtensionBrowser,
} from '../../scripts/firefox';
import { hasMark, highlightsIn, MARK_PRIORITY, markInView, panelDifferencesIn, settledMark, type PanelDifference, type TabStatus } from '../../scripts/in-page';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { describeShared } from '../fixtures/describe-shared';
import { listSeedPages, type BuiltPage } from '../fixtures/pages';
import { expectNoFalseFigures, expectStoredSeedReads, expectTroopCard } from '../fixtures/seed-story-checks';

const SHOTS = path.resolve(process.cwd(), 'test-results');

describeShared('Firefox: seed story end to end', () => {
  let pages: BuiltPage[];
  let server: FixtureServer;
  let ff: FirefoxExtensionBrowser;
  const reads: { page: Page; tabId: number; state: TabStatus }[] = [];
  let panel: Page;
  let differences: PanelDifference[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    pages = listSeedPages();
    server = await serveFixtures(pages);
    ff = await launchFirefoxWithExtension({ server });
    for (const p of pages) {
      const { page, tabId } = await openFirefoxTab(ff, ff.urlOf(p));
      reads.push({ page, tabId, state: await waitForFirefoxTabState(ff, tabId) });
    }
    panel = await openFirefoxPanel(ff, reads[reads.length - 1].tabId);
    differences = await panel.evaluate(panelDifferencesIn);
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('reads every seed page as an article, on the outlets’ own host names', () => {
    expect(reads.map((r) => r.state.status)).toEqual(pages.map(() => 'read'));
    // The pages came through the proxy under their real names, not 127.0.0.1.
    for (const p of pages) expect(server.log).toContain(`${p.host}${p.path}`);
  });

  it('stores each read once in the extension’s IndexedDB, with text, metadata and claims', async () => {
    expectStoredSeedReads(await firefoxStoredReads(ff), pages);
  });

  it('the panel shows one troop card: about 10,000, more than 8,000 and 3,000, with their outlets', () => {
    expectTroopCard(differences, pages);
    expectNoFalseFigures(differences);
  });

  it('marks the current article’s differing figure in the page with CSS highlights', async () => {
    const page = reads[reads.length - 1].page;
    await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.size ?? 0) > 0, { timeout: 15_000 });
    const marked = await page.evaluate(highlightsIn);
    expect(marked.some((m) => m.priority === MARK_PRIORITY.conflict && m.text.includes('10 آلاف'))).toBe(true);
  });

  it('clicking “show in page” on the current figure scrolls the page to it and flashes it', async () => {
    const page = reads[reads.length - 1].page;
    await page.bringToFront();
    const before = await settledMark(runInFirefox(page), MARK_PRIORITY.conflict, '10 آلاف');
    expect(before).toBeDefined();
    // The troop sentence is far down the article: out of view until the reader asks.
    expect(before!.top).toBeGreaterThan(before!.viewport);
    await panel.click('[data-testid="figure"].tb-current button');
    await page.waitForFunction(hasMark, { timeout: 10_000 }, MARK_PRIORITY.flash);
    await page.waitForFunction(markInView, { timeout: 10_000 }, { priority: MARK_PRIORITY.conflict, text: '10 آلاف' });
    // Smooth scrolling: measure once the mark stops moving.
    const after = await settledMark(runInFirefox(page), MARK_PRIORITY.conflict, '10 آلاف');
    expect(after!.top).toBeGreaterThanOrEqual(0);
    expect(after!.top).toBeLessThanOrEqual(after!.viewport);
    await page.screenshot({ path: path.join(SHOTS, 'page-highlighted-firefox.png') });
  });

  it('saves a screenshot of the panel', async () => {
    await panel.screenshot({ path: path.join(SHOTS, 'panel-firefox.png'), fullPage: true });
  });

  it('raised no uncaught error in the extension’s pages, background or content scripts', async () => {
    expect(await ff.extensionErrors()).toEqual([]);
  });

  it('the extension itself made no network request (Firefox’s own service traffic kept apart)', () => {
    expect(ff.extensionRequests()).toEqual([]);
    // Every request that left the browser is accounted for: the pages' own, or Firefox's.
    expect(server.requests.length).toBeGreaterThanOrEqual(pages.length);
  });

  it('the check would see one: a probe extension’s background requests are caught, even to an address a page loaded', async () => {
    const probe = mkdtempSync(path.join(tmpdir(), 'tabayyun-probe-'));
    const article = ff.urlOf(pages[pages.length - 1]);
    writeFileSync(
      path.join(probe, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'probe',
        version: '1.0',
        background: { scripts: ['background.js'] },
        content_security_policy: { extension_pages: "script-src 'self'" },
        browser_specific_settings: { gecko: { id: 'probe@tabayyun.test' } },
      }),
    );
    writeFileSync(path.join(probe, 'background.js'), `for (const u of ${JSON.stringify(['http://probe.invalid/ping', article])}) fetch(u).catch(() => {});`);
    const seen = server.requests.length;
    try {
      await ff.browser.installExtension(probe);
      const deadline = Date.now() + 15_000;
      while (server.requests.length < seen + 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(ff.extensionRequests()).toEqual(expect.arrayContaining(['http://probe.invalid/ping', article]));
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  });
});
