// The story end to end without ../shared: the four invented sample articles (samples/, the
// demo's story) read in order in the real browser, then the side panel of the last one. Runs on
// a plain clone too, where the seed and corpus suites are skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, storedReads, type ExtensionBrowser } from '../../scripts/browser';
import { openPanel, readPagesInOrder, readPanel, type ReadPage } from '../../scripts/read-story';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { listSamplePages } from '../../samples/pages';

describe('sample story end to end', () => {
  const pages = listSamplePages();
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let reads: ReadPage[];

  beforeAll(async () => {
    server = await serveFixtures(pages);
    browser = await launchWithExtension({ hosts: [...new Set(pages.map((p) => p.host))], port: server.port });
    reads = await readPagesInOrder(browser, server, pages);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads and stores every sample page as an article', async () => {
    expect(reads.map((r) => r.state.status)).toEqual(pages.map(() => 'read'));
    const stored = await storedReads(browser);
    expect(stored.map((r) => r.title).sort()).toEqual(pages.map((p) => p.meta.headline).sort());
  });

  it('shows the deaths difference 32 / about 40 / more than 55 / 61 in the panel, the current figure marked', async () => {
    const panel = await openPanel(browser, reads[reads.length - 1].tabId);
    const diffs = await readPanel(panel);
    const deaths = diffs.find((d) => d.figures.some((f) => f.value === 61));
    expect(deaths?.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([32, 40, 55, 61]);
    expect(deaths?.figures.filter((f) => f.current).map((f) => f.value)).toEqual([61]);
    // Outlets as the pages name them, each marked as invented text.
    for (const f of deaths!.figures) expect(pages.map((p) => p.meta.site).some((s) => f.outlet.includes(s) || s.includes(f.outlet))).toBe(true);
  });
});
