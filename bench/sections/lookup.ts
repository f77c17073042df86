// New read → differences at 1k, 10k and 100k stored reads, in real Chromium IndexedDB (a plain
// page on 127.0.0.1 running the project's store, story and compare code bundled by esbuild),
// against the same lookup done by a linear scan of every read. At 1k and 10k the store holds
// REAL reads: articles of ../shared/stream analyzed by the engine, plus the earlier articles of
// the development stories (../shared/corpus-dev); the queries are each story's last article and
// stream articles not in the store. The stream holds ~14k articles, so the 100k store is filled
// up with generated reads (from the engine's own vocabulary) on top of the real ones.
import type { Page } from 'playwright-core';
import { serveFixtures } from '../../scripts/server';
import { launchPlain } from '../util/browser';
import { bundleForPage } from '../util/bundle';
import type { Section } from '../util/section';
import { allTexts } from '../util/shared';
import { median, ratio, round, summarize } from '../util/stats';
import { buildVocab } from '../util/vocab';
import { waitForQuietBrowser } from '../util/settle';
import type { PageVocab } from '../entries/lookup';
import { analyzeArticle } from '../../lib/pipeline/analyze';
import type { AnalyzedArticle } from '../../lib/types';
import { loadAllGold, storySnapshot } from '../../eval/gold';
import { loadStream, sampleStream } from '../../eval/stream';

type Phases = {
  counts: number;
  countOnly: number;
  candidates: number;
  candidates50: number;
  postingsOnly: number;
  postingsAllIndex: number;
  fingerprintsOnly: number;
  links: number;
  scoring: number;
  records: number;
  compare: number;
  candidateCount: number;
  keywordsQueried: number;
  keywordsFromIndex: number;
  idsKept: number;
};
type QueryResult = { ms: number; saveMs: number | null; related: number[]; differences: number; storySize: number; sameStory: number; phases?: Phases };

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

/** A query: a new real read, and the addresses of its story's reads already in the store. */
interface RealQuery {
  article: AnalyzedArticle;
  storyUrls: string[];
}

async function runReal(page: Page, mode: 'indexed' | 'scan', queries: RealQuery[], budgetMs = Infinity): Promise<QueryResult[]> {
  const out: QueryResult[] = [];
  const t0 = Date.now();
  for (const q of queries) {
    out.push(await page.evaluate(([m, a, u]) => (globalThis as any).__tbLookup.queryArticle(m, a, u), [mode, q.article, q.storyUrls] as const));
    if (out.length >= 5 && Date.now() - t0 > budgetMs) break;
  }
  return out;
}

async function addReads(page: Page, reads: AnalyzedArticle[]): Promise<void> {
  for (let i = 0; i < reads.length; i += 500) await page.evaluate((chunk) => (globalThis as any).__tbLookup.addReads(chunk), reads.slice(i, i + 500));
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
      const sizes = ctx.args.storeSizes ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
      // Real reads: every development story's earlier articles, then stream articles; the
      // queries are each story's last article and stream articles kept out of the store.
      const REAL_MAX = 10_000;
      const STREAM_QUERIES = 40;
      const t0 = Date.now();
      const stories = loadAllGold(new Set(['tune', 'check']));
      const storyEarlier: AnalyzedArticle[] = [];
      const storyQueries: RealQuery[] = [];
      for (const st of stories) {
        const arts = st.files.map((f) => analyzeArticle(storySnapshot(st, f)));
        storyEarlier.push(...arts.slice(0, -1));
        storyQueries.push({ article: arts[arts.length - 1], storyUrls: arts.slice(0, -1).map((a) => a.canonicalUrl) });
      }
      const streamAll = sampleStream(loadStream(), REAL_MAX + STREAM_QUERIES);
      const streamQueries: RealQuery[] = streamAll.slice(-STREAM_QUERIES).map((a) => ({ article: analyzeArticle(a), storyUrls: [] }));
      const realQueries: RealQuery[] = [];
      for (let i = 0; i < Math.max(storyQueries.length, streamQueries.length); i++) {
        if (storyQueries[i]) realQueries.push(storyQueries[i]);
        if (streamQueries[i]) realQueries.push(streamQueries[i]);
      }
      const real = streamAll.length > STREAM_QUERIES;
      let streamAdded = 0;
      let stored = 0;
      details.real_reads = real ? { source: '../shared/stream + ../shared/corpus-dev', stories: stories.length, queries: realQueries.length } : null;
      ctx.log(real ? `real reads: ${stories.length} development stories, ${streamAll.length} stream articles sampled (${round((Date.now() - t0) / 1000, 1)} s to load)` : 'no ../shared/stream: generated reads only');
      let q = 0;
      for (const size of sizes) {
        const isReal = real && size <= REAL_MAX;
        let grown: { ms: number; stories: number; added: number; estimateDelta: number | null; sampleJsonBytes: number | null };
        if (isReal) {
          const tg = Date.now();
          const batch: AnalyzedArticle[] = stored === 0 ? [...storyEarlier] : [];
          const need = size - stored - batch.length;
          for (const a of streamAll.slice(streamAdded, streamAdded + Math.max(0, need))) batch.push(analyzeArticle(a));
          streamAdded += Math.max(0, need);
          await addReads(page, batch);
          stored += batch.length;
          grown = { ms: Date.now() - tg, stories: stories.length, added: batch.length, estimateDelta: null, sampleJsonBytes: null };
          ctx.log(`${size} reads (real: ${streamAdded} stream articles + ${storyEarlier.length} story articles): analyzed and stored in ${round(grown.ms / 1000, 1)} s`);
        } else {
          grown = await page.evaluate((n) => (globalThis as any).__tbLookup.grow(n), size);
          ctx.log(`${size} reads (${grown.stories} generated stories on top of the real reads): generated and stored in ${round(grown.ms / 1000, 1)} s`);
        }
        const label = size >= 100_000 ? '100k' : size >= 10_000 ? '10k' : '1k';
        const settled = await waitForQuietBrowser();
        details[`settle_s_${label}`] = { waited: round(settled.waitedMs / 1000, 1), quiet: settled.quiet };
        ctx.log(`  the browser ${settled.quiet ? 'went quiet' : 'was still busy'} after ${round(settled.waitedMs / 1000, 1)} s`);
        const nIndexed = quick ? 15 : size >= 100_000 ? 40 : 60;
        const nScan = size >= 100_000 ? 0 : quick ? 5 : size >= 10_000 ? 12 : 30;
        // Warm-up: first queries pay for JIT and the IndexedDB backing store opening.
        let indexed: QueryResult[];
        let scan: QueryResult[];
        if (isReal) {
          await runReal(page, 'indexed', realQueries.slice(-3));
          if (nScan) await runReal(page, 'scan', realQueries.slice(-1));
          indexed = await runReal(page, 'indexed', realQueries.slice(0, nIndexed), quick ? 20_000 : 60_000);
          scan = nScan ? await runReal(page, 'scan', realQueries.slice(0, nScan), quick ? 15_000 : 40_000) : [];
        } else {
          await runQueries(page, 'indexed', 1e6 + q, size >= 100_000 ? 1 : 3);
          if (nScan) await runQueries(page, 'scan', 1e6 + q, 1);
          indexed = await runQueries(page, 'indexed', q, nIndexed, quick ? 20_000 : 60_000);
          scan = nScan ? await runQueries(page, 'scan', q, nScan, quick ? 15_000 : 40_000) : [];
        }
        // Same queries both ways: how many of the scan's related reads the index finds too.
        let found = 0;
        let wanted = 0;
        scan.forEach((s, i) => {
          if (!indexed[i]) return;
          const got = new Set(indexed[i].related);
          wanted += s.related.length;
          found += s.related.filter((id) => got.has(id)).length;
        });
        const cand: number[] = [];
        for (let i = 0; i < (size >= 100_000 ? 2 : 5); i++) cand.push((await page.evaluate((n) => (globalThis as any).__tbLookup.candidates(n), q + i)).ms);
        details[`keyword_candidates_ms_p50_${label}`] = round(median(cand), 1);
        q += nIndexed;
        const iMs = indexed.map((x) => x.ms);
        const sMs = scan.map((x) => x.ms);
        metrics[`lookup_p95_ms_${label}`] = round(summarize(iMs).p95, 1);
        if (sMs.length) details[`scan_${label}`] = summarize(sMs);
        details[`indexed_${label}`] = summarize(iMs);
        // Which queries make the tail: a story's last article (earlier reads to compare with) or a stream article.
        const storyMs = indexed.filter((x) => x.storySize > 0).map((x) => x.ms);
        const otherMs = indexed.filter((x) => x.storySize === 0).map((x) => x.ms);
        if (storyMs.length) details[`indexed_story_${label}`] = summarize(storyMs);
        if (otherMs.length) details[`indexed_unrelated_${label}`] = summarize(otherMs);
        details[`indexed_slowest_${label}`] = [...indexed].sort((a, b) => b.ms - a.ms).slice(0, 5).map((x) => ({ ms: round(x.ms, 1), story: x.storySize > 0, related: x.related.length, differences: x.differences, ...(x.phases && { records_ms: round(x.phases.records, 1), compare_ms: round(x.phases.compare, 1), scoring_ms: round(x.phases.scoring, 1) }) }));
        // The save alone is timed on the scan's path (the indexed path saves and looks up in one transaction).
        const saves = scan.map((x) => x.saveMs).filter((x): x is number => x !== null);
        if (saves.length) details[`save_ms_p50_${label}`] = round(median(saves), 2);
        details[`related_per_query_${label}`] = round(median(indexed.map((x) => x.related.length)), 1);
        if (scan.length) details[`scan_related_per_query_${label}`] = round(median(scan.map((x) => x.related.length)), 1);
        details[`differences_per_query_${label}`] = round(median(indexed.map((x) => x.differences)), 1);
        // Where a lookup's time goes (steps re-timed one by one after each real query).
        const phased = indexed.map((x) => x.phases).filter((x): x is Phases => x !== undefined);
        if (phased.length) {
          const keys = [
            'counts',
            'countOnly',
            'candidates',
            'candidates50',
            'postingsOnly',
            'postingsAllIndex',
            'fingerprintsOnly',
            'links',
            'scoring',
            'records',
            'compare',
            'candidateCount',
            'keywordsQueried',
            'keywordsFromIndex',
            'idsKept',
          ] as const;
          const ph = Object.fromEntries(keys.map((k) => [k, { p50: round(median(phased.map((x) => x[k])), 2), p95: round(summarize(phased.map((x) => x[k])).p95, 2) }]));
          if (saves.length) ph.save = { p50: round(median(saves), 2), p95: round(summarize(saves).p95, 2) };
          details[`phases_${label}`] = ph;
          ctx.log(`  phases p50/p95 ms: ${Object.entries(ph).map(([k, v]) => `${k} ${v.p50}/${v.p95}`).join(', ')}`);
        }
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
        ctx.log(`  same-story reads found (truth: the generator's stories, or a real story's earlier articles): indexed recall ${ti.recall}, precision ${ti.precision}${ts ? `; scan recall ${ts.recall}, precision ${ts.precision}` : ''}`);
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
