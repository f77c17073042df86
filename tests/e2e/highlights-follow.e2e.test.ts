// The figures marked in an open page follow its story's report: two invented articles of one
// story are read in two tabs, each page marks its conflicting toll; when the reader says in the
// panel that the other read is "not the same story", both pages' marks go, without a reload.
// Turning page marks off in Settings clears both open pages at once; on again, they come back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { openPanel, readPagesInOrder, type ReadPage } from '../../scripts/read-story';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { INVENTED_STORY, inventedPages } from '../fixtures/invented-story';

// Hosts the content script runs on by itself (lib/extension/sites.ts), mapped to the loopback server.
const HOSTS = ['www.aljazeera.net', 'www.alarabiya.net'] as const;

const pages = inventedPages(HOSTS);

/** The text of every range marked in the page, whatever the highlight's name. */
const marked = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...registry.values()].flatMap((h) => [...h].map((r) => r.toString())).sort();
  });

async function waitForMarks(page: Page, test: (texts: string[]) => boolean, what: string): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const texts = await marked(page);
    if (test(texts)) return texts;
    if (Date.now() > deadline) throw new Error(`${what}: the page marks ${JSON.stringify(texts)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('open pages follow their story’s report', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let reads: ReadPage[];

  beforeAll(async () => {
    server = await serveFixtures(pages);
    browser = await launchWithExtension({ hosts: [...HOSTS], port: server.port });
    reads = await readPagesInOrder(browser, server, pages);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the earlier page gets its marks when the later article of its story is read', async () => {
    expect(reads.map((r) => r.state.status)).toEqual(['read', 'read']);
    // The first page had nothing to compare with when it was read; the second read changed that.
    expect(await waitForMarks(reads[0].page, (t) => t.some((x) => x.includes('120')), 'first page')).not.toContainEqual(expect.stringContaining('450'));
    expect(await waitForMarks(reads[1].page, (t) => t.some((x) => x.includes('450')), 'second page')).not.toContainEqual(expect.stringContaining('120'));
  });

  it('turning page marks off in Settings clears the open pages at once; turning them on restores them', async () => {
    const panel = await openPanel(browser, reads[1].tabId);
    await panel.locator('[data-testid="view-settings"]').click();
    const box = panel.locator('[data-testid="page-marks"]');
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await waitForMarks(reads[0].page, (t) => t.length === 0, 'first page with marks off');
    await waitForMarks(reads[1].page, (t) => t.length === 0, 'second page with marks off');
    await box.check();
    await waitForMarks(reads[0].page, (t) => t.some((x) => x.includes('120')), 'first page with marks on again');
    await waitForMarks(reads[1].page, (t) => t.some((x) => x.includes('450')), 'second page with marks on again');
    // Neither page was reloaded.
    expect(await reads[1].page.locator('h1').first().textContent()).toContain(INVENTED_STORY[1].title);
    await panel.close();
  });

  it('"not the same story" in the panel removes the marks in both open pages', async () => {
    const panel = await openPanel(browser, reads[1].tabId);
    await panel.locator('[data-testid="not-same-story"]').first().click();
    await panel.waitForSelector('[data-testid="difference"]', { state: 'detached', timeout: 20_000 });
    await waitForMarks(reads[0].page, (t) => t.length === 0, 'first page after the correction');
    await waitForMarks(reads[1].page, (t) => t.length === 0, 'second page after the correction');
    // The pages were not reloaded: their text is what the reader was reading.
    expect(await reads[0].page.locator('h1').first().textContent()).toContain(INVENTED_STORY[0].title);
    await panel.close();
  });
});
