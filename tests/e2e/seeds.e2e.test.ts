// The whole path on the real stack: the built extension in Debian's Chromium reads the five
// seed pages in publication order, stores them in its IndexedDB, and its side panel shows
// the troop difference for the last one, with the figures marked in the page.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, storedReads, type ExtensionBrowser } from '../../scripts/browser';
import { openPanel, readPagesInOrder, readPanel, type PanelDifference, type ReadPage } from '../../scripts/read-story';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { describeShared } from '../fixtures/describe-shared';
import { listSeedPages } from '../fixtures/pages';
import { seedLayout } from '../fixtures/seeds';

/** Text of the page furniture around a seed's article: ticker, related lists, most read, second article. */
function furniture(file: string): string[] {
  const layout = seedLayout(file);
  const boxes = [...(layout.afterArticle ?? []), ...(layout.sidebar ?? [])];
  const second = layout.secondArticle ? [layout.secondArticle.headline, ...layout.secondArticle.blocks.flatMap((b) => ('text' in b ? [b.text] : b.items))] : [];
  return [...(layout.ticker ?? []), ...boxes.flatMap((b) => [...b.items, ...(b.teasers ?? []).filter((t): t is string => !!t)]), ...second].filter((t) => t.length > 0);
}

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
    const stored = await storedReads(browser);
    expect(stored).toHaveLength(pages.length);
    expect(new Set(stored.map((s) => s.canonicalUrl)).size).toBe(pages.length);
    for (const p of pages) {
      const s = stored.find((r) => r.site === p.meta.site);
      expect(s, p.meta.site).toBeDefined();
      expect(s!.published?.slice(0, 10)).toBe(p.meta.published.slice(0, 10));
      expect(s!.textLength).toBeGreaterThan(400);
    }
    // Nothing from tickers, related lists, most-read boxes or footers became a claim.
    const chrome = pages.flatMap((p) => furniture(p.meta.file));
    expect(chrome.length).toBeGreaterThan(10);
    for (const s of stored) for (const c of s.claims) for (const b of chrome) expect(b.includes(c.sentence.trim()), `«${c.sentence}» is page furniture`).toBe(false);
    const allClaims = stored.flatMap((s) => s.claims.map((c) => c.text));
    expect(allClaims.some((t) => t.includes('إمبراير'))).toBe(false);
  });

  it('the panel shows one troop difference: about 10,000, more than 8,000 and 3,000, with their outlets', () => {
    const troops = differences.filter((d) => d.figures.some((f) => f.value === 3000));
    expect(troops).toHaveLength(1);
    const values = troops[0].figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([10000, 8000, 3000]));
    const outletOf = (v: number) => troops[0].figures.filter((f) => f.value === v).map((f) => f.outlet).join(' | ');
    const site = (file: string) => pages.find((p) => p.meta.file.startsWith(file))!.meta.site;
    expect(outletOf(3000)).toContain(site('004'));
    expect(outletOf(8000)).toContain(site('003'));
    expect(outletOf(10000)).toContain(site('001'));
    expect(troops[0].conflict).toBe(true);
    // The current article's own figure is marked as such, and figures run oldest first.
    expect(troops[0].figures.some((f) => f.current && f.value === 10000)).toBe(true);
    expect(values.indexOf(3000)).toBeLessThan(values.indexOf(8000));
  });

  it('never compares the three Ukrainian soldiers, dates, years or model names', () => {
    const all = differences.flatMap((d) => d.figures);
    expect(all.some((f) => f.value === 3)).toBe(false);
    for (const banned of [2022, 2024, 16, 190, 8, 19]) expect(all.some((f) => f.value === banned), String(banned)).toBe(false);
  });

  it('marks the current article’s differing figure in the page with CSS highlights', async () => {
    const page = reads[reads.length - 1].page;
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.keys()].length > 0, null, { timeout: 15_000 });
    const marked = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.entries()].flatMap(([name, h]) => [...h].map((r) => ({ name, text: r.toString() })));
    });
    expect(marked.some((m) => m.name === 'tabayyun-conflict' && m.text.includes('10 آلاف'))).toBe(true);
  });

  it('clicking “show in page” on the current figure scrolls the page to it and flashes it', async () => {
    const page = reads[reads.length - 1].page;
    const markTop = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tabayyun-conflict');
        const range = h ? [...h][0] : undefined;
        return range ? { top: range.getBoundingClientRect().top, height: window.innerHeight } : null;
      });
    const before = await markTop();
    expect(before).not.toBeNull();
    // The troop sentence is far down the article: out of view until the reader asks.
    expect(before!.top).toBeGreaterThan(before!.height);
    await panel.locator('[data-testid="figure"].tb-current button').first().click();
    await page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tabayyun-flash')?.size ?? 0) > 0, null, { timeout: 10_000 });
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tabayyun-conflict');
      const top = h ? [...h][0].getBoundingClientRect().top : -1;
      return top >= 0 && top <= window.innerHeight;
    }, null, { timeout: 10_000 });
    // Smooth scrolling: wait until the mark stops moving before measuring and taking the picture
    // (with the article's tab in front, as the reader has it while using the panel beside it).
    await page.bringToFront();
    let after = await markTop();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(150);
      const next = await markTop();
      if (Math.abs(next!.top - after!.top) < 1) break;
      after = next;
    }
    expect(after!.top).toBeGreaterThanOrEqual(0);
    expect(after!.top).toBeLessThanOrEqual(after!.height);
    await page.screenshot({ path: path.join(SHOTS, 'page-highlighted.png') });
  });

  it('saves a screenshot of the panel', async () => {
    await panel.screenshot({ path: path.join(SHOTS, 'panel-seeds.png'), fullPage: true });
  });

  it('the extension itself made no network request', () => {
    expect(browser.extensionRequests).toEqual([]);
  });
});
