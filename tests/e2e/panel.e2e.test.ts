// The reader's view in the real browser, on two real corpus stories read one after the
// other: stories kept apart, the panel's cards, its languages and themes, corrections,
// live updates and the history.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openTab, panelUrl, storedReads, type ExtensionBrowser } from '../../scripts/browser';
import { openPanel, readPagesInOrder, readPanel, type ReadPage } from '../../scripts/read-story';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { describeShared } from '../fixtures/describe-shared';
import { buildCorpusPage, listCorpusStories, type BuiltPage } from '../fixtures/pages';

const SHOTS = path.resolve(process.cwd(), 'test-results');
const MOROCCO = 'morocco-earthquake-2023';
const TURKEY = 'turkey-syria-earthquake-2023';

const storyPages = (story: string): BuiltPage[] => listCorpusStories().find((s) => s.story === story)!.files.map((f) => buildCorpusPage(story, f));

describeShared('side panel on two corpus stories', () => {
  const morocco = storyPages(MOROCCO);
  const turkey = storyPages(TURKEY);
  // The last Moroccan article is read later, to watch the panel update live.
  const firstReads = [...morocco.slice(0, -1), ...turkey];
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let reads: ReadPage[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFixtures([...morocco, ...turkey]);
    browser = await launchWithExtension({ hosts: [...new Set([...morocco, ...turkey].map((p) => p.host))], port: server.port });
    reads = await readPagesInOrder(browser, server, firstReads);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const tabOf = (page: BuiltPage) => reads[firstReads.indexOf(page)].tabId;

  it('reads every article of both stories', () => {
    expect(reads.map((r) => r.state.status)).toEqual(firstReads.map(() => 'read'));
  });

  it('keeps the two earthquakes apart: each panel lists only its own story’s reads', async () => {
    for (const [own, other] of [
      [morocco.slice(0, -1), turkey],
      [turkey, morocco],
    ] as const) {
      const panel = await openPanel(browser, tabOf(own[own.length - 1]));
      const related = await panel.$$eval('[data-testid="related-read"] a', (as) => as.map((a) => a.textContent?.trim() ?? ''));
      // At least two earlier reads linked (the threshold npm run eval picks links long stories
      // less than before: lib/pipeline/compare/README.md); none of the other earthquake's.
      expect(related.length).toBeGreaterThanOrEqual(2);
      for (const title of related) expect(other.map((p) => p.meta.headline)).not.toContain(title);
      await panel.close();
    }
  });

  it('shows the rising Turkish toll as a conflict card, oldest figure first, each with outlet and quote', async () => {
    const panel = await openPanel(browser, tabOf(turkey[turkey.length - 1]));
    const cards = await readPanel(panel);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.figures.length).toBeGreaterThanOrEqual(2);
      for (const f of card.figures) {
        expect(f.outlet.length).toBeGreaterThan(0);
        expect(f.quote.length).toBeGreaterThan(10);
        expect(Number.isFinite(f.value)).toBe(true);
      }
      expect(card.figures.some((f) => f.current)).toBe(true);
    }
    expect(cards.some((c) => c.conflict)).toBe(true);
    // Every card pictures its figures on a number line with a spoken summary.
    const pictures = await panel.$$eval('[data-testid="difference"] svg[role="img"]', (svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''));
    expect(pictures).toHaveLength(cards.length);
    for (const label of pictures) expect(label.length).toBeGreaterThan(10);
    await panel.close();
  });

  for (const lang of ['ar', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`renders in ${lang === 'ar' ? 'Arabic, right to left' : 'English, left to right'}, ${scheme}; screenshot saved`, async () => {
        const panel = await openPanel(browser, tabOf(turkey[turkey.length - 1]), { lang, colorScheme: scheme });
        expect(await panel.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        const title = (await panel.locator('#tb-diff-title').textContent()) ?? '';
        expect(title).toMatch(lang === 'ar' ? /أرقام تختلف/ : /Figures that differ/);
        const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
        const [r] = (background.match(/\d+/g) ?? ['255']).map(Number);
        if (scheme === 'dark') expect(r).toBeLessThan(80);
        await panel.screenshot({ path: path.join(SHOTS, `panel-${lang}-${scheme}.png`), fullPage: true });
        await panel.close();
      });
    }
  }

  it('the language choice is remembered, and switching back restores Arabic', async () => {
    const panel = await openPanel(browser, tabOf(turkey[turkey.length - 1]));
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    await panel.locator('.tb-lang').click();
    await panel.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
    await panel.close();
  });

  it('is reachable by keyboard: Tab moves through the panel’s controls with a visible focus ring', async () => {
    const panel = await openPanel(browser, tabOf(turkey[turkey.length - 1]));
    const focused: string[] = [];
    for (let i = 0; i < 6; i++) {
      await panel.keyboard.press('Tab');
      focused.push(await panel.evaluate(() => `${document.activeElement?.tagName}:${getComputedStyle(document.activeElement!).outlineStyle}`));
    }
    expect(focused.filter((f) => /^(BUTTON|A|SELECT|INPUT):/.test(f)).length).toBe(6);
    expect(focused.every((f) => !f.endsWith(':none'))).toBe(true);
    await panel.close();
  });

  it('“not the same story” removes a read from the comparison, and the choice is remembered', async () => {
    const tabId = tabOf(morocco[morocco.length - 2]);
    let panel = await openPanel(browser, tabId);
    const before = await panel.$$eval('[data-testid="related-read"]', (items) => items.map((i) => i.getAttribute('data-read-id')));
    expect(before.length).toBeGreaterThanOrEqual(2);
    const victim = before[0]!;
    await panel.locator(`[data-testid="related-read"][data-read-id="${victim}"] [data-testid="not-same-story"]`).click();
    await panel.waitForFunction((id) => !document.querySelector(`[data-testid="related-read"][data-read-id="${id}"]`), victim, { timeout: 10_000 });
    await panel.close();
    // A fresh panel (as after a restart of the panel) still leaves it out.
    panel = await openPanel(browser, tabId);
    const after = await panel.$$eval('[data-testid="related-read"]', (items) => items.map((i) => i.getAttribute('data-read-id')));
    expect(after).not.toContain(victim);
    expect(after.length).toBe(before.length - 1);
    // …and linking it again from the history brings it back, marked as linked by the reader.
    await panel.locator('[data-testid="view-history"]').click();
    await panel.locator(`[data-testid="history-entry"][data-read-id="${victim}"] [data-testid="link-story"]`).click();
    await panel.locator('[data-testid="view-article"]').click();
    await panel.locator(`[data-testid="related-read"][data-read-id="${victim}"]`).waitFor({ timeout: 10_000 });
    expect(await panel.locator(`[data-testid="related-read"][data-read-id="${victim}"]`).textContent()).toMatch(/ربطتَها بنفسك|linked by you/);
    await panel.close();
  });

  it('every earlier figure links to its source article at the quoted sentence', async () => {
    const panel = await openPanel(browser, tabOf(turkey[turkey.length - 1]));
    const links = await panel.$$eval('[data-testid="figure"]:not(.tb-current) a.tb-link', (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target') })));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\/[^#]+#:~:text=/);
      expect(l.target).toBe('_blank');
    }
    await panel.close();
  });

  it('follows the store live: a newly read article of the story appears in an open panel without reload', async () => {
    const tabId = tabOf(morocco[morocco.length - 2]);
    const panel = await openPanel(browser, tabId);
    const count = async () => Number(await panel.locator('[data-testid="related-count"]').getAttribute('data-count'));
    const before = await count();
    await openTab(browser, server.urlOf(morocco[morocco.length - 1]));
    await panel.waitForFunction((n) => Number(document.querySelector('[data-testid="related-count"]')?.getAttribute('data-count')) === n + 1, before, { timeout: 20_000 });
    expect(await count()).toBe(before + 1);
    await panel.close();
  });

  it('history lists every read, searches Arabic text, filters by outlet, and deletes', async () => {
    const all = await storedReads(browser);
    const panel: Page = await browser.context.newPage();
    await panel.goto(panelUrl(browser, tabOf(turkey[0])));
    await panel.locator('[data-testid="view-history"]').click();
    await panel.locator('[data-testid="history-entry"]').first().waitFor();
    expect(await panel.locator('[data-testid="history-entry"]').count()).toBe(all.length);
    // Search without diacritics or hamza finds the Moroccan story's texts.
    await panel.locator('input[type="search"]').fill('الحوز');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="history-entry"]').length < n, all.length);
    const found = await panel.locator('[data-testid="history-entry"]').count();
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all.length);
    await panel.locator('input[type="search"]').fill('');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="history-entry"]').length === n, all.length);
    await panel.locator('select').selectOption(all[0].site);
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="history-entry"]').length < n, all.length);
    expect(await panel.locator('[data-testid="history-entry"]').count()).toBe(all.filter((r) => r.site === all[0].site).length);
    await panel.locator('select').selectOption('');
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="history-entry"]').length === n, all.length);
    await panel.locator('[data-testid="delete-read"]').first().click();
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="history-entry"]').length === n - 1, all.length);
    expect((await storedReads(browser)).length).toBe(all.length - 1);
    await panel.screenshot({ path: path.join(SHOTS, 'panel-history.png'), fullPage: true });
    await panel.close();
  });

  it('settings show what is stored, and Export downloads every read as one JSON file', async () => {
    const stored = await storedReads(browser);
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl(browser, tabOf(turkey[0])));
    await panel.locator('[data-testid="view-settings"]').click();
    await panel.locator('[data-testid="data-summary"]').waitFor();
    expect(await panel.locator('[data-testid="data-summary"]').textContent()).toContain(String(stored.length));
    const download = panel.waitForEvent('download');
    await panel.locator('[data-testid="export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tabayyun-export-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const data = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(data.format).toBe('tabayyun-export');
    expect(data.reads.map((r: { canonicalUrl: string }) => r.canonicalUrl).sort()).toEqual(stored.map((r) => r.canonicalUrl).sort());
    await panel.screenshot({ path: path.join(SHOTS, 'panel-settings.png'), fullPage: true });
    await panel.close();
  });

  it('made no network request of its own', () => {
    expect(browser.extensionRequests).toEqual([]);
  });
});
