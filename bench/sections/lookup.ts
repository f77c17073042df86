// New read → differences at 1k, 10k and 100k stored reads, in real Chromium IndexedDB (a plain
// page on 127.0.0.1 running the project's store, story and compare code bundled by esbuild),
// against the same lookup done by a linear scan of every read.
import type { Page } from 'playwright-core';
import { serveFixtures } from '../../scripts/server';
import { launchPlain } from '../util/browser';
import { bundleForPage } from '../util/bundle';
import type { Section } from '../util/section';
import { allTexts } from '../util/shared';
import { median, ratio, round, summarize } from '../util/stats';
import { buildVocab } from '../util/vocab';
import type { PageVocab } from '../entries/lookup';

type QueryResult = { ms: number; saveMs: number; related: number[]; differences: number; storySize: number; sameStory: number };

/** Pseudo-stems from the corpus's own stems: a reader's 100k reads name far more things than 35 articles. */
function extendStems(stems: string[], target: number): string[] {
  const out = new Set(stems);
  for (let i = 0; out.size < target && i < target * 4; i++) {
    const a = stems[(i * 7) % stems.length];
    const b = stems[(i * 13 + 5) % stems.length];
    out.add(a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2)));
  }
  return [...out];
}

/** Up to `n` queries, stopping early (after at least 5) once `budgetMs` is spent: slow stores must not blow the bench's 10 minutes. */
async function runQueries(page: Page, mode: 'indexed' | 'scan', from: number, n: number, budgetMs = Infinity): Promise<QueryResult[]> {
  const out: QueryResult[] = [];
  const t0 = Date.now();
  for (let q = from; q < from + n; q++) {
    out.push(await page.evaluate(([m, i]) => (globalThis as any).__tbLookup.query(m, i), [mode, q] as const));
    if (out.length >= 5 && Date.now() - t0 > budgetMs) break;
  }
  return out;
}

export const lookupSection: Section = {
  name: 'lookup',
  keys: ['lookup_p95_ms_1k', 'lookup_p95_ms_10k', 'lookup_p95_ms_100k', 'lookup_vs_scan_10k'],
  async run(ctx) {
    const quick = ctx.args.quick;
    const script = await bundleForPage('bench/entries/lookup.ts');
    const v = await buildVocab(allTexts());
    const vocab: PageVocab = {
      generic: v.stems.slice(0, 100),
      specific: extendStems(v.stems.slice(100), 30_000),
      words: v.words,
      countries: v.countries,
      places: [...v.others, ...extendStems(v.stems, 8_000).slice(-6_000).map((s) => `place:${s}`)],
      events: ['war', 'quake', 'election', 'flood', 'deal', 'economy', 'crash', 'fire', 'sport'],
    };
    const server = await serveFixtures([{ host: '127.0.0.1', path: '/bench/blank.html', html: '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>' }]);
    const browser = await launchPlain(server.port, []);
    const metrics: Record<string, number | null> = { lookup_p95_ms_1k: null, lookup_p95_ms_10k: null, lookup_p95_ms_100k: null, lookup_vs_scan_10k: null };
    const details: Record<string, unknown> = {};
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(300_000);
      await page.goto(`http://127.0.0.1:${server.port}/bench/blank.html`);
      await page.addScriptTag({ content: script });
      await page.evaluate(([vv, name]) => (globalThis as any).__tbLookup.init(vv, name), [vocab, `bench-${Date.now()}`] as const);
      const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
      let q = 0;
      for (const size of sizes) {
        const grown = await page.evaluate((n) => (globalThis as any).__tbLookup.grow(n), size);
        ctx.log(`${size} reads (${grown.stories} stories): generated and stored in ${round(grown.ms / 1000, 1)} s`);
        const nIndexed = quick ? 15 : size >= 100_000 ? 40 : 60;
        const nScan = size >= 100_000 ? 0 : quick ? 5 : size >= 10_000 ? 12 : 30;
        // Warm-up: first queries pay for JIT and the IndexedDB backing store opening.
        await runQueries(page, 'indexed', 1e6 + q, size >= 100_000 ? 1 : 3);
        if (nScan) await runQueries(page, 'scan', 1e6 + q, 1);
        const indexed = await runQueries(page, 'indexed', q, nIndexed, quick ? 20_000 : 60_000);
        const scan = nScan ? await runQueries(page, 'scan', q, nScan, quick ? 15_000 : 40_000) : [];
        // Same queries both ways: how many of the scan's related reads the index finds too.
        let found = 0;
        let wanted = 0;
        scan.forEach((s, i) => {
          if (!indexed[i]) return;
          const got = new Set(indexed[i].related);
          wanted += s.related.length;
          found += s.related.filter((id) => got.has(id)).length;
        });
        const label = size >= 100_000 ? '100k' : size >= 10_000 ? '10k' : '1k';
        const cand: number[] = [];
        for (let i = 0; i < (size >= 100_000 ? 2 : 5); i++) cand.push((await page.evaluate((n) => (globalThis as any).__tbLookup.candidates(n), q + i)).ms);
        details[`keyword_candidates_ms_p50_${label}`] = round(median(cand), 1);
        q += nIndexed;
        const iMs = indexed.map((x) => x.ms);
        const sMs = scan.map((x) => x.ms);
        metrics[`lookup_p95_ms_${label}`] = round(summarize(iMs).p95, 1);
        if (sMs.length) details[`scan_${label}`] = summarize(sMs);
        details[`indexed_${label}`] = summarize(iMs);
        details[`indexed_save_ms_p50_${label}`] = round(median(indexed.map((x) => x.saveMs)), 2);
        details[`related_per_query_${label}`] = round(median(indexed.map((x) => x.related.length)), 1);
        if (scan.length) details[`scan_related_per_query_${label}`] = round(median(scan.map((x) => x.related.length)), 1);
        details[`differences_per_query_${label}`] = round(median(indexed.map((x) => x.differences)), 1);
        if (wanted) details[`index_recall_vs_scan_${label}`] = round(found / wanted, 3);
        // Against the generator's ground truth: of the story's reads, how many each way found,
        // and how many of what it found were really the story's.
        const truth = (rs: QueryResult[]) => {
          const storyReads = rs.reduce((n, x) => n + x.storySize, 0);
          const foundReads = rs.reduce((n, x) => n + x.related.length, 0);
          const hits = rs.reduce((n, x) => n + x.sameStory, 0);
          return { recall: storyReads ? round(hits / storyReads, 3) : null, precision: foundReads ? round(hits / foundReads, 3) : null };
        };
        details[`story_truth_indexed_${label}`] = truth(indexed);
        if (scan.length) details[`story_truth_scan_${label}`] = truth(scan);
        if (sMs.length) details[`indexed_vs_scan_${label}`] = ratio(median(sMs), median(iMs));
        details[`store_${label}`] = { generate_s: round(grown.ms / 1000, 1), stories: grown.stories, estimate_bytes_per_read: grown.estimateDelta !== null ? Math.round(grown.estimateDelta / grown.added) : null, json_bytes_per_read_utf16: grown.sampleJsonBytes && Math.round(grown.sampleJsonBytes) };
        ctx.log(`  ${iMs.length} indexed queries: p50 ${round(median(iMs), 1)} ms, p95 ${metrics[`lookup_p95_ms_${label}`]} ms${sMs.length ? `; scan p50 ${round(median(sMs), 1)} ms (${sMs.length} scans, ×${ratio(median(sMs), median(iMs))})` : ''}; ${details[`related_per_query_${label}`]} related (scan: ${details[`scan_related_per_query_${label}`] ?? '–'}), ${details[`differences_per_query_${label}`]} differences per query (keyword-index candidates alone ${details[`keyword_candidates_ms_p50_${label}`]} ms)${wanted ? `, index finds ${round((100 * found) / wanted, 1)}% of the scan's related reads` : ''}`);
        const ti = details[`story_truth_indexed_${label}`] as { recall: number | null; precision: number | null };
        const ts = details[`story_truth_scan_${label}`] as { recall: number | null; precision: number | null } | undefined;
        ctx.log(`  same-story reads found (generator's truth): indexed recall ${ti.recall}, precision ${ti.precision}${ts ? `; scan recall ${ts.recall}, precision ${ts.precision}` : ''}`);
      }
      metrics.lookup_vs_scan_10k = (details.indexed_vs_scan_10k as number | undefined) ?? null;
      await page.evaluate(() => (globalThis as any).__tbLookup.close());
    } finally {
      await browser.close();
      await server.close();
    }
    return { metrics, details };
  },
};
