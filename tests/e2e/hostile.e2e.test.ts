// Hostile and broken pages in the real browser: each gets a quiet outcome, none breaks the
// extension, page text never turns into markup in the panel, and nothing stored is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openTab, panelUrl, storedReads, type ExtensionBrowser, type StoredReadSummary } from '../../scripts/browser';
import { pollUntil, tabStateIn, type TabStatus } from '../../scripts/in-page';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { listSamplePages } from '../../samples/pages';
import { buildSeedPage } from '../fixtures/pages';
import { sharedAvailable } from '../fixtures/shared';
import { HOSTILE_HOST, hostilePages, type HostilePage } from './hostile-pages';
import { expectNothingLostOrForged, expectQuietOutcome, expectTooLargeSkipped } from './page-checks';

type Outcome = TabStatus;

/** The tab's final state, or 'unknown' when the page never reported (allowed only for 'any'). */
function outcomeOf(b: ExtensionBrowser, tabId: number, timeoutMs: number): Promise<Outcome> {
  return pollUntil(() => b.control.evaluate(tabStateIn, tabId), (s) => s.status !== 'unknown', timeoutMs, 200);
}

describe('hostile and broken pages', () => {
  const pages = hostilePages();
  // A real article read first (its read must survive the hostile pages): a seed page, or on a
  // plain clone an invented sample page.
  const baseline = sharedAvailable() ? buildSeedPage('004') : listSamplePages()[0];
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let before: StoredReadSummary[];
  const outcomes = new Map<string, Outcome>();
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    server = await serveFixtures([...pages.map((p) => ({ host: HOSTILE_HOST, path: p.path, html: p.html })), baseline]);
    browser = await launchWithExtension({ hosts: [HOSTILE_HOST, baseline.host], port: server.port });
    const first = await openTab(browser, server.urlOf(baseline));
    expect((await outcomeOf(browser, first.tabId, 30_000)).status).toBe('read');
    before = await storedReads(browser);
    for (const p of pages) {
      const { page, tabId } = await openTab(browser, server.urlOf({ host: HOSTILE_HOST, path: p.path }));
      outcomes.set(p.name, await outcomeOf(browser, tabId, p.expect === 'any' ? 8_000 : 20_000));
      tabs.set(p.name, tabId);
      // Closing a tab makes the background forget it; keep the two the panel is opened on.
      if (!['script-in-headline', 'home-page'].includes(p.name)) await page.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('covers at least thirty kinds of hostile page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hostilePages().map((p) => [p.name, p] as [string, HostilePage]))('%s gets a quiet outcome', async (name, page) => {
    expectQuietOutcome(name, page, outcomes.get(name)!, page.figure === undefined ? [] : await storedReads(browser));
  });

  it('a page far too large is given up on, with the reason', () => expectTooLargeSkipped(outcomes));

  it('loses nothing stored before, stores no read twice, and stores nothing a page forged', async () => {
    expectNothingLostOrForged(before, await storedReads(browser));
  });

  it('renders page markup in the headline as text, never as HTML', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl(browser, tabs.get('script-in-headline')!));
    const headline = panel.locator('.tb-headline');
    await headline.waitFor({ timeout: 20_000 });
    expect(await headline.textContent()).toContain('<script>alert(1)</script>');
    expect(await panel.locator('img, script:not([src])').count()).toBe(0);
    await panel.close();
  });

  it('the extension still answers after all of it, and made no network request', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl(browser, tabs.get('home-page')!));
    await panel.locator('[data-testid="empty-state"][data-kind="not-article"]').waitFor({ timeout: 20_000 });
    await panel.close();
    expect(browser.extensionRequests).toEqual([]);
  });
});
