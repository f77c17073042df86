// Panel open → first difference card in the DOM, with the built extension in real Chromium
// after reading the seed pages. Timed in the panel page itself from its navigation start
// (performance.now()), by a MutationObserver installed before any of its scripts run.
// Baseline: the same page's DOMContentLoaded (the panel's empty shell, before any data).
import { launchWithExtension, panelUrl, type ExtensionBrowser } from '../../scripts/browser';
import { readPagesInOrder } from '../../scripts/read-story';
import { serveFixtures } from '../../scripts/server';
import { hostsOf, seedPages } from '../util/pages';
import type { Section } from '../util/section';
import { median, ratio, round, summarize } from '../util/stats';

async function openOnce(b: ExtensionBrowser, tabId: number): Promise<{ first: number; domReady: number; cards: number }> {
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 400, height: 1000 });
  // tsx names functions with an __name helper that the page lacks.
  await panel.addInitScript({ content: 'window.__name = (f) => f;' });
  await panel.addInitScript(() => {
    const w = window as unknown as { __tbFirst?: number };
    const seen = () => {
      if (w.__tbFirst === undefined && document.querySelector('[data-testid="difference"]')) w.__tbFirst = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
  await panel.goto(panelUrl(b, tabId));
  await panel.waitForSelector('[data-testid="difference"]', { timeout: 30_000 });
  const r = await panel.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      first: (window as unknown as { __tbFirst?: number }).__tbFirst ?? NaN,
      domReady: nav?.domContentLoadedEventEnd ?? NaN,
      cards: document.querySelectorAll('[data-testid="difference"]').length,
    };
  });
  await panel.close();
  return r;
}

export const panelSection: Section = {
  name: 'panel',
  keys: ['panel_first_render_ms'],
  async run(ctx) {
    if (!ctx.extensionBuilt) throw new Error('no built extension in .output/chrome-mv3');
    const { pages, source } = await seedPages();
    const server = await serveFixtures(pages);
    const b = await launchWithExtension({ hosts: hostsOf(pages), port: server.port });
    try {
      const reads = await readPagesInOrder(b, server, pages);
      ctx.log(`read ${pages.length} seed pages (${source}): ${reads.map((r) => r.state.status).join(', ')}`);
      const tabId = reads[reads.length - 1].tabId;
      const cold = await openOnce(b, tabId);
      const opens = ctx.args.quick ? 5 : 15;
      const runs: { first: number; domReady: number; cards: number }[] = [];
      for (let i = 0; i < opens; i++) runs.push(await openOnce(b, tabId));
      const first = runs.map((r) => r.first);
      const dom = runs.map((r) => r.domReady);
      // What the extension keeps per read, as stored by the real background for these pages.
      const stored = (await b.worker.evaluate(
        () =>
          new Promise<number[]>((resolve, reject) => {
            const open = indexedDB.open('tabayyun');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('reads').objectStore('reads').getAll();
              req.onsuccess = () => resolve((req.result as unknown[]).map((r) => JSON.stringify(r).length));
              req.onerror = () => reject(req.error);
            };
          }),
      ).catch(() => [] as number[])) as number[];
      const metrics = { panel_first_render_ms: round(median(first), 1) };
      ctx.log(`first difference at ${metrics.panel_first_render_ms} ms (p95 ${summarize(first).p95} ms; DOMContentLoaded ${round(median(dom), 1)} ms; cold first open ${round(cold.first, 1)} ms); ${runs[0].cards} difference card(s)`);
      return {
        metrics,
        details: {
          first_difference_ms: summarize(first),
          dom_content_loaded_ms: summarize(dom),
          first_render_vs_dom_ready: ratio(median(first), median(dom)),
          cold_first_open_ms: round(cold.first, 1),
          difference_cards: runs[0].cards,
          extension_stored_reads: stored.length,
          extension_json_chars_per_read: stored.length ? Math.round(stored.reduce((a, n) => a + n, 0) / stored.length) : null,
        },
      };
    } finally {
      await b.close();
      await server.close();
    }
  },
};
