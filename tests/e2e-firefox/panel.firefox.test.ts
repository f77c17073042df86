// The panel in real Firefox on one corpus story: its cards in Arabic and in English, a panel
// pinned to no tab, and the reader's data going out (Export) and back in (Import).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  firefoxStoredReads,
  gotoExtensionPage,
  waitInExtensionPage,
  launchFirefoxWithExtension,
  openFirefoxPanel,
  openFirefoxTab,
  waitForFirefoxTabState,
  type FirefoxExtensionBrowser,
} from '../../scripts/firefox';
import { panelDifferencesIn, type TabStatus } from '../../scripts/in-page';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { describeShared } from '../fixtures/describe-shared';
import { buildCorpusPage, listCorpusStories, type BuiltPage } from '../fixtures/pages';

/** The path of the finished download whose name matches `name`, once its content is complete JSON. */
async function downloaded(dir: string, name: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const file = readdirSync(dir).find((f) => name.test(f));
    if (file) {
      try {
        JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
        return path.join(dir, file);
      } catch {
        // still being written
      }
    }
    if (Date.now() > deadline) throw new Error(`no complete download matching ${name} in ${dir}: ${readdirSync(dir).join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const SHOTS = path.resolve(process.cwd(), 'test-results');
const STORY = 'turkey-syria-earthquake-2023';

describeShared('Firefox: the panel on a corpus story, both languages, export and import', () => {
  let pages: BuiltPage[];
  let server: FixtureServer;
  let ff: FirefoxExtensionBrowser;
  const states: TabStatus[] = [];
  let lastTab: number;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    pages = listCorpusStories()
      .find((s) => s.story === STORY)!
      .files.map((f) => buildCorpusPage(STORY, f));
    server = await serveFixtures(pages);
    ff = await launchFirefoxWithExtension({ server });
    for (const p of pages) {
      const { tabId } = await openFirefoxTab(ff, ff.urlOf(p));
      states.push(await waitForFirefoxTabState(ff, tabId));
      lastTab = tabId;
    }
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('reads every article of the story', () => {
    expect(states.map((s) => s.status)).toEqual(pages.map(() => 'read'));
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`shows the story’s conflict cards in ${lang === 'ar' ? 'Arabic, right to left' : 'English, left to right'}; screenshot saved`, async () => {
      const panel = await openFirefoxPanel(ff, lastTab, { lang });
      expect(await panel.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
      const title = await panel.$eval('#tb-diff-title', (e) => e.textContent ?? '');
      expect(title).toMatch(lang === 'ar' ? /أرقام تختلف/ : /Figures that differ/);
      const cards = await panel.evaluate(panelDifferencesIn);
      expect(cards.some((c) => c.conflict)).toBe(true);
      for (const card of cards) {
        expect(card.figures.length).toBeGreaterThanOrEqual(2);
        expect(card.figures.some((f) => f.current)).toBe(true);
        for (const f of card.figures) {
          expect(f.outlet.length, card.topic).toBeGreaterThan(0);
          expect(f.quote.length, card.topic).toBeGreaterThan(10);
        }
      }
      // The first screen, as the sidebar shows it (the full page is several screens long).
      await panel.screenshot({ path: path.join(SHOTS, `panel-firefox-${lang}.png`) });
      await panel.close();
    });
  }

  it('a panel pinned to no tab (?tabId=-1) says so, in the reader’s language, without an uncaught error', async () => {
    // English is the stored choice now: a panel whose effects stopped at a thrown error would
    // keep the page's Arabic defaults (lang, dir, title) under English text.
    const errorsBefore = await ff.extensionErrors();
    const panel = await ff.browser.newPage();
    await gotoExtensionPage(panel, ff.extensionUrl('sidepanel.html?tabId=-1'));
    await waitInExtensionPage(panel, () => document.querySelector('main')?.textContent === 'No active tab.' && document.title === 'Tabayyun', null, 10_000);
    expect(await panel.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await ff.extensionErrors()).toEqual(errorsBefore);
    await panel.close();
  });

  it('Export saves every read as one JSON file; Import brings a deleted read back', async () => {
    const stored = await firefoxStoredReads(ff);
    const panel: Page = await openFirefoxPanel(ff, lastTab);
    await panel.click('[data-testid="view-settings"]');
    await panel.waitForSelector('[data-testid="data-summary"]');
    expect(await panel.$eval('[data-testid="data-summary"]', (e) => e.textContent ?? '')).toContain(String(stored.length));
    await panel.click('[data-testid="export"]');
    // Firefox first leaves an empty file under the final name, then moves the finished one there.
    const exported = await downloaded(ff.downloadDir, /^tabayyun-export-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const data = JSON.parse(readFileSync(exported, 'utf8'));
    expect(data.format).toBe('tabayyun-export');
    expect(data.reads.map((r: { canonicalUrl: string }) => r.canonicalUrl).sort()).toEqual(stored.map((r) => r.canonicalUrl).sort());

    // Delete one read in the history, then import the file: it comes back, nothing doubles.
    await panel.click('[data-testid="view-history"]');
    await panel.waitForSelector('[data-testid="delete-read"]');
    await panel.click('[data-testid="delete-read"]');
    await waitInExtensionPage(panel, (n) => document.querySelectorAll('[data-testid="history-entry"]').length === n - 1, stored.length);
    expect(await firefoxStoredReads(ff)).toHaveLength(stored.length - 1);
    await panel.click('[data-testid="view-settings"]');
    const input = (await panel.waitForSelector('input[data-testid="import"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(exported);
    await panel.waitForSelector('[data-testid="settings-notice"]', { timeout: 15_000 });
    const notice = await panel.$eval('[data-testid="settings-notice"]', (e) => e.textContent ?? '');
    // English is the reader's stored choice since the second test.
    expect(notice).toBe(`Imported: 1 added, 0 updated, ${stored.length - 1} skipped`);
    const after = await firefoxStoredReads(ff);
    expect(after.map((r) => r.canonicalUrl).sort()).toEqual(stored.map((r) => r.canonicalUrl).sort());
    await panel.screenshot({ path: path.join(SHOTS, 'panel-firefox-settings.png'), fullPage: true });
    await panel.close();
  });

  it('raised no uncaught error in the extension, and the extension made no network request', async () => {
    expect(await ff.extensionErrors()).toEqual([]);
    expect(ff.extensionRequests()).toEqual([]);
  });
});
