// Quantity extraction throughput in Node on real Arabic article text: the seed and corpus
// texts (read by path from ../shared), repeated to a few MB, one call per article as the
// extension makes it. Baseline: folding the same text (lib/pipeline/text/fold), the one pass over
// the text that any matching needs anyway.
import type { Section } from '../util/section';
import { allTexts } from '../util/shared';
import { median, ratio, round, summarize } from '../util/stats';

const MB = 1e6;

function timePass(fn: (t: string) => unknown, chunks: string[]): number {
  const t0 = performance.now();
  for (const c of chunks) fn(c);
  return performance.now() - t0;
}

export const quantitiesSection: Section = {
  name: 'quantities',
  keys: ['quantities_mb_per_s'],
  async run(ctx) {
    const { extractQuantities } = (await import('../../lib/pipeline/quantities/index')) as { extractQuantities: (t: string) => unknown[] };
    const { fold } = await import('../../lib/pipeline/text/fold');
    const texts = allTexts().map((t) => t.text);
    const targetBytes = (ctx.args.quick ? 1 : 4) * MB;
    const chunks: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < targetBytes; i++) {
      const t = texts[i % texts.length];
      chunks.push(t);
      bytes += Buffer.byteLength(t, 'utf8');
    }
    const found = chunks.slice(0, texts.length).reduce((n, c) => n + extractQuantities(c).length, 0);
    ctx.log(`${texts.length} texts repeated to ${chunks.length} articles, ${round(bytes / MB, 2)} MB; ${found} quantities in one copy of the texts`);

    const warmups = ctx.args.quick ? 1 : 2;
    const runs = ctx.args.quick ? 3 : 7;
    for (let i = 0; i < warmups; i++) {
      timePass(extractQuantities, chunks);
      timePass(fold, chunks);
    }
    const q: number[] = [];
    const f: number[] = [];
    // Interleaved, so a slow moment on the shared machine hits both alike.
    for (let i = 0; i < runs; i++) {
      q.push(timePass(extractQuantities, chunks));
      f.push(timePass(fold, chunks));
    }
    const mbps = bytes / MB / (median(q) / 1000);
    const foldMbps = bytes / MB / (median(f) / 1000);
    return {
      metrics: { quantities_mb_per_s: round(mbps, 2) },
      details: {
        megabytes: round(bytes / MB, 3),
        articles: chunks.length,
        quantities_per_copy: found,
        extract_ms: summarize(q),
        fold_ms: summarize(f),
        fold_mb_per_s: round(foldMbps, 2),
        quantities_vs_fold: ratio(median(q), median(f)),
      },
    };
  },
};
