// `tabayyun compare` on long inputs: an earlier read and a current article of 1, 2 and 4 MB
// each (.txt files written to a temporary folder), timed in-process through `compareFiles`,
// exactly what the command runs (reading, claims, story features, related reads, differences),
// in CPU seconds.
// The texts are the seed and corpus texts (by path from ../shared) concatenated, the current
// article in another order; on a plain clone the invented samples/ articles instead.
// Linear time shows as seconds per MB that stay flat as the size doubles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listSamples } from '../../samples/pages';
import { sharedAvailable } from '../../tests/fixtures/shared';
import type { Section } from '../util/section';
import { allTexts } from '../util/shared';
import { median, round } from '../util/stats';

const MB = 1024 * 1024;

// CPU time of this process: the work is single-threaded, and on a shared machine the wall clock
// mostly measures the neighbours (wall times are kept in the details).
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const SIZES = [1, 2, 4];

/** About `megabytes` of article text: body paragraphs of the texts, in order from `offset`. */
function longText(bodies: string[], megabytes: number, offset: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = offset; bytes < megabytes * MB; i++) {
    const b = bodies[i % bodies.length];
    parts.push(b);
    bytes += Buffer.byteLength(b, 'utf8') + 1;
  }
  return parts.join('\n');
}

export const compareSection: Section = {
  name: 'compare',
  keys: ['compare_s_1mb', 'compare_s_2mb', 'compare_s_4mb', 'compare_linearity_4mb'],
  async run(ctx) {
    const { compareFiles } = await import('../../cli/compare');
    const fromShared = sharedAvailable();
    const bodies = fromShared
      ? allTexts().map((t) => t.text.split('\n').slice(1).join('\n').trim())
      : listSamples().map((s) => s.paragraphs.join('\n'));
    ctx.log(`${bodies.length} ${fromShared ? 'seed and corpus' : 'invented sample'} texts, concatenated to each size`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-bench-compare-'));
    const runs = ctx.args.quick ? 1 : 3;
    const perSize: Record<string, unknown> = {};
    const seconds: Record<number, number> = {};
    try {
      for (const size of SIZES) {
        const earlier = path.join(dir, `earlier-${size}mb.txt`);
        const current = path.join(dir, `current-${size}mb.txt`);
        fs.writeFileSync(earlier, `حصيلة متغيرة في نص طويل\n${longText(bodies, size, 0)}\n`);
        fs.writeFileSync(current, `حصيلة متغيرة في نص طويل\n${longText(bodies, size, Math.floor(bodies.length / 2))}\n`);
        const times: number[] = [];
        const wall: number[] = [];
        let report: Awaited<ReturnType<typeof compareFiles>> | null = null;
        for (let r = 0; r < runs; r++) {
          const w0 = performance.now();
          const c0 = cpuSeconds();
          report = await compareFiles([earlier, current]);
          times.push(cpuSeconds() - c0);
          wall.push((performance.now() - w0) / 1000);
        }
        seconds[size] = median(times);
        const claims = report!.articles.reduce((n, a) => n + a.claims.length, 0);
        perSize[`${size}mb`] = {
          seconds: round(seconds[size], 2),
          seconds_per_mb: round(seconds[size] / size, 2),
          runs: times.map((t) => round(t, 2)),
          wall_seconds: wall.map((t) => round(t, 2)),
          claims,
          related: report!.related.length,
          differences: report!.differences.length,
        };
        ctx.log(`${size} MB ×2 files: ${round(seconds[size], 2)} s (${round(seconds[size] / size, 2)} s per MB), ${claims} claims, ${report!.differences.length} differences`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Seconds per MB at 4 MB over that at 1 MB: 1 when linear, 4 when quadratic.
    const linearity = seconds[4] / 4 / (seconds[1] / 1);
    return {
      metrics: {
        compare_s_1mb: round(seconds[1], 2),
        compare_s_2mb: round(seconds[2], 2),
        compare_s_4mb: round(seconds[4], 2),
        compare_linearity_4mb: round(linearity, 2),
      },
      details: { source: fromShared ? 'seeds and corpus texts (../shared)' : 'samples/ (invented)', per_size: perSize },
    };
  },
};
