// What the content script costs the page's main thread, in real Chromium.
//  A. Ratio (content_overhead_ratio): in one tab per page, the extension's extraction
//     (lib/pipeline/extract bundled by esbuild: the code the content script runs, with the same
//     Readability) and bare Readability (its standalone Readability.js injected into the page,
//     `new Readability(document.cloneNode(true)).parse()`), interleaved, many times, each sample
//     a run of calls long enough for the page clock; ratio of the medians. The pages: the seed pages, the saved CNN Arabic page, a generated 1 MB page.
//  B. Long tasks (content_long_tasks): the built extension loaded, each page loaded in a fresh
//     tab under a performance trace; every main-thread task that runs content-script code is
//     the content script's; those over 50 ms are long tasks. Counted on the article pages
//     (seeds, CNN); the large page is reported apart.
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, openTab, waitForTabState, type ExtensionBrowser } from '../../scripts/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { launchPlain } from '../util/browser';
import { bundleForPage } from '../util/bundle';
import { hostsOf, largePage, realHtmlPages, seedPages, type BenchPage } from '../util/pages';
import type { Section, SectionContext } from '../util/section';
import { median, ratio, round } from '../util/stats';
import { contentScriptTime, TRACE_CATEGORIES, type ContentScriptTime, type TraceEvent } from '../util/trace';

const READABILITY = path.resolve(process.cwd(), 'node_modules/@mozilla/readability/Readability.js');

interface RatioRow {
  page: string;
  extract_ms: number;
  readability_ms: number;
  ratio: number | null;
  calls_per_sample: number;
  extracted: string;
}

async function measureRatios(ctx: SectionContext, server: FixtureServer, pages: BenchPage[]): Promise<RatioRow[]> {
  const bundle = await bundleForPage('bench/entries/extract.ts');
  const browser = await launchPlain(server.port, hostsOf(pages));
  const rows: RatioRow[] = [];
  try {
    for (const p of pages) {
      const page = await browser.newPage();
      await page.goto(server.urlOf(p), { waitUntil: 'load' });
      // tsx names functions with an __name helper that the page lacks.
      await page.addScriptTag({ content: 'window.__name = (f) => f;' });
      await page.addScriptTag({ path: READABILITY });
      await page.addScriptTag({ content: bundle });
      const rounds = ctx.args.quick ? (p.ordinary ? 7 : 3) : p.ordinary ? 25 : 9;
      const r = await page.evaluate(async (n) => {
        const w = globalThis as any;
        // One call takes 2–5 ms, near the page clock's resolution and a scheduler slice: each
        // sample times `reps` calls in a row (reps chosen so a bare sample lasts ≥ 20 ms).
        let reps = 1;
        const bare = () => {
          const t = performance.now();
          for (let k = 0; k < reps; k++) new w.Readability(document.cloneNode(true)).parse();
          return (performance.now() - t) / reps;
        };
        let outcome = '';
        const ours = () => {
          const t = performance.now();
          let res: any;
          for (let k = 0; k < reps; k++) res = w.__tbExtract(document, location.href);
          const ms = (performance.now() - t) / reps;
          outcome = res.ok ? `ok, ${res.article.text.length} chars` : `skipped: ${res.reason}`;
          return ms;
        };
        bare();
        ours();
        const once = bare(); // after the warm-up: the first call compiles
        reps = Math.max(1, Math.min(50, Math.ceil(20 / Math.max(once, 0.1))));
        const b: number[] = [];
        const o: number[] = [];
        for (let i = 0; i < n; i++) {
          // Alternate which goes first; let the event loop (and GC) breathe between runs.
          if (i % 2) {
            b.push(bare());
            o.push(ours());
          } else {
            o.push(ours());
            b.push(bare());
          }
          await new Promise((res) => setTimeout(res, 0));
        }
        return { b, o, outcome, reps };
      }, rounds);
      const row = { page: p.label, extract_ms: round(median(r.o), 2), readability_ms: round(median(r.b), 2), ratio: ratio(median(r.o), median(r.b)), calls_per_sample: r.reps, extracted: r.outcome };
      rows.push(row);
      ctx.log(`${p.label}: extension extraction ${row.extract_ms} ms vs bare Readability ${row.readability_ms} ms → ×${row.ratio} (${row.extracted})`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

interface TraceRow {
  page: string;
  ordinary: boolean;
  loads: number;
  task_ms: number;
  script_ms: number;
  long_tasks: number;
  longest_task_ms: number;
  state: string;
}

/** One load of a page in a fresh tab under a trace, until the background has answered. */
async function tracedLoad(b: ExtensionBrowser, server: FixtureServer, p: BenchPage): Promise<{ time: ContentScriptTime; state: string }> {
  // A blank tab first, so the trace starts before the page's navigation.
  const { page, tabId } = await openTab(b, 'about:blank');
  const cdp: CDPSession = await b.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
  await page.goto(server.urlOf(p), { waitUntil: 'load' });
  const s = await waitForTabState(b, tabId);
  // The background's answer comes back after the tab state is set: let the highlights run.
  await page.waitForTimeout(600);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const time = contentScriptTime(events, `chrome-extension://${b.extensionId}/content-scripts/`);
  if (!time) throw new Error(`no content-script event in the trace of ${p.label} (${events.length} events)`);
  return { time, state: `${s.status}${s.reason ? ` (${s.reason})` : ''}` };
}

async function traceContentScript(ctx: SectionContext, server: FixtureServer, pages: BenchPage[]): Promise<TraceRow[]> {
  const b = await launchWithExtension({ hosts: hostsOf(pages), port: server.port });
  const rows: TraceRow[] = [];
  try {
    const loads = ctx.args.quick ? 1 : 3;
    // One untimed load first: the browser's first run of the content script compiles it
    // (later loads use V8's code cache), which would land on whichever page came first.
    await tracedLoad(b, server, pages[0]);
    for (const p of pages) {
      const per: ContentScriptTime[] = [];
      let state = '';
      for (let i = 0; i < loads; i++) {
        const r = await tracedLoad(b, server, p);
        per.push(r.time);
        state = r.state;
      }
      const row: TraceRow = {
        page: p.label,
        ordinary: p.ordinary,
        loads,
        task_ms: round(median(per.map((x) => x.totalMs)), 2),
        script_ms: round(median(per.map((x) => x.scriptMs)), 2),
        long_tasks: Math.round(median(per.map((x) => x.longTasks))),
        longest_task_ms: round(median(per.map((x) => Math.max(0, ...x.tasks))), 1),
        state,
      };
      rows.push(row);
      ctx.log(`${p.label}: content script ${row.task_ms} ms of main-thread tasks (${row.script_ms} ms in its own code; longest ${row.longest_task_ms} ms), ${row.long_tasks} long task(s); tab ${state}`);
    }
  } finally {
    await b.close();
  }
  return rows;
}

export const inPageSection: Section = {
  name: 'in-page',
  keys: ['content_overhead_ratio', 'content_long_tasks'],
  async run(ctx) {
    const seeds = await seedPages();
    const pages = [...seeds.pages, ...realHtmlPages(), largePage(1_000_000)];
    ctx.log(`pages: ${pages.length} (seeds from ${seeds.source})`);
    const server = await serveFixtures(pages);
    const metrics: Record<string, number | null> = { content_overhead_ratio: null, content_long_tasks: null };
    const details: Record<string, unknown> = { seed_pages_from: seeds.source };
    const errors: string[] = [];
    try {
      try {
        const rows = await measureRatios(ctx, server, pages);
        const ordinary = rows.filter((r, i) => pages[i].ordinary && r.ratio !== null);
        metrics.content_overhead_ratio = ordinary.length ? round(median(ordinary.map((r) => r.ratio as number)), 3) : null;
        details.ratio_pages = rows;
        details.ratio_max_article_page = ordinary.length ? Math.max(...ordinary.map((r) => r.ratio as number)) : null;
        details.ratio_large_page = rows.find((_, i) => !pages[i].ordinary)?.ratio ?? null;
      } catch (e) {
        errors.push(`ratio: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      if (!ctx.extensionBuilt) errors.push('long tasks: no built extension in .output/chrome-mv3');
      else {
        try {
          const rows = await traceContentScript(ctx, server, pages);
          metrics.content_long_tasks = rows.filter((r) => r.ordinary).reduce((n, r) => n + r.long_tasks, 0);
          details.trace_pages = rows;
          details.long_tasks_large_page = rows.find((r) => !r.ordinary)?.long_tasks ?? null;
        } catch (e) {
          errors.push(`long tasks: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
      }
    } finally {
      await server.close();
    }
    if (errors.length) {
      details.errors = errors;
      for (const e of errors) ctx.log(`error: ${e}`);
    }
    if (metrics.content_overhead_ratio === null && metrics.content_long_tasks === null) throw new Error(errors.join('; '));
    return { metrics, details };
  },
};
