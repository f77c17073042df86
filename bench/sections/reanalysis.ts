// Re-analysis of stored reads after an engine change (lib/store/reanalyze.ts), in Node on
// fake-indexeddb: the seed and corpus texts (read by path from ../shared) stored as reads of an
// older engine, then brought to the current one batch by batch as the background does. It
// yields after each article's analysis, so the longest analysis is the longest the background
// is busy at once (a panel message waits at most that long).
import type { Section } from '../util/section';
import { allTexts } from '../util/shared';
import { quantile, round } from '../util/stats';

export const reanalysisSection: Section = {
  name: 'reanalysis',
  keys: ['reanalysis_reads_per_s', 'reanalysis_busy_max_ms'],
  async run(ctx) {
    const { analyzeArticle } = await import('../../lib/pipeline/analyze');
    // Its own in-memory IndexedDB: another section may have loaded Dexie before any global one existed.
    const { openMemoryDatabase } = await import('../../cli/memory-store');
    const { saveRead } = await import('../../lib/store/reads');
    const { reanalyzeBatch, REANALYSIS_BATCH } = await import('../../lib/store/reanalyze');
    const texts = allTexts();
    const copies = ctx.args.quick ? 1 : 3;
    const db = openMemoryDatabase();
    let n = 0;
    for (let c = 0; c < copies; c++) {
      for (const t of texts) {
        const [title, ...rest] = t.text.split('\n');
        const url = `https://bench.example/${c}/${n++}`;
        const article = analyzeArticle({ url, canonicalUrl: url, site: 'bench', host: 'bench.example', title, byline: null, published: null, lang: 'ar', dir: 'rtl', text: rest.join('\n') });
        await saveRead(db, article, 1000 + n);
      }
    }
    await db.reads.toCollection().modify({ engine: 0 });
    ctx.log(`${n} reads (${texts.length} texts × ${copies}), batches of ${REANALYSIS_BATCH}`);
    const batches: number[] = [];
    const analyses: number[] = [];
    const timedAnalyze: typeof analyzeArticle = (s) => {
      const a0 = performance.now();
      const out = analyzeArticle(s);
      analyses.push(performance.now() - a0);
      return out;
    };
    const t0 = performance.now();
    for (;;) {
      const b0 = performance.now();
      const { done } = await reanalyzeBatch(db, { analyze: timedAnalyze });
      if (done === 0) break;
      batches.push(performance.now() - b0);
    }
    const total = performance.now() - t0;
    await db.delete();
    return {
      metrics: { reanalysis_reads_per_s: round(n / (total / 1000), 1), reanalysis_busy_max_ms: round(Math.max(...analyses), 1) },
      details: {
        reads: n,
        batch: REANALYSIS_BATCH,
        batches: batches.length,
        total_ms: round(total, 1),
        batch_median_ms: round(quantile(batches, 0.5), 1),
        analysis_median_ms: round(quantile(analyses, 0.5), 1),
        analysis_p95_ms: round(quantile(analyses, 0.95), 1),
      },
    };
  },
};
