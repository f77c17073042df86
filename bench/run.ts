// `npm run bench`: the performance figures of issue 7, measured on this machine in one run.
// Prints a table (and a markdown copy for the README between markers) and writes
// bench/results.json. A section whose module is missing or that fails prints its error,
// records null for its keys and the run goes on.
//   npm run bench -- --quick               smoke run (small stores, few repetitions)
//   npm run bench -- --only=lookup,panel   some sections only
//   npm run bench -- --no-build            measure the extension already in .output/
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from './util/args';
import { browserVersion } from './util/browser';
import { formatMarkdown, formatTable } from './util/report';
import type { Metric, Section, SectionContext } from './util/section';
import { round } from './util/stats';

// Sections are imported only when they run, so one whose imports are broken (a module being
// rewritten, a renamed export) fails alone instead of taking the whole bench down.
interface Entry {
  name: string;
  keys: string[];
  load: () => Promise<Section>;
}
const SECTIONS: Entry[] = [
  { name: 'quantities', keys: ['quantities_mb_per_s'], load: async () => (await import('./sections/quantities')).quantitiesSection },
  { name: 'compare', keys: ['compare_s_1mb', 'compare_s_2mb', 'compare_s_4mb', 'compare_linearity_4mb'], load: async () => (await import('./sections/compare')).compareSection },
  { name: 'size', keys: ['content_script_gzip_kb', 'bytes_per_read'], load: async () => (await import('./sections/size')).sizeSection },
  { name: 'in-page', keys: ['content_overhead_ratio', 'content_long_tasks'], load: async () => (await import('./sections/in-page')).inPageSection },
  { name: 'lookup', keys: ['lookup_p95_ms_1k', 'lookup_p95_ms_10k', 'lookup_p95_ms_100k', 'lookup_vs_scan_10k'], load: async () => (await import('./sections/lookup')).lookupSection },
  { name: 'panel', keys: ['panel_first_render_ms'], load: async () => (await import('./sections/panel')).panelSection },
  { name: 'reanalysis', keys: ['reanalysis_reads_per_s', 'reanalysis_busy_max_ms'], load: async () => (await import('./sections/reanalysis')).reanalysisSection },
  { name: 'startup', keys: ['worker_eval_ms'], load: async () => (await import('./sections/startup')).startupSection },
];
const MANIFEST = path.resolve(process.cwd(), '.output/chrome-mv3/manifest.json');

function buildExtension(): void {
  console.log('Building the extension (wxt build)…');
  const t0 = Date.now();
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
    console.log(`  built in ${round((Date.now() - t0) / 1000, 1)} s`);
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer; message: string };
    const out = `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`.trim().split('\n').slice(-8).join('\n');
    console.log(`  build failed: the sections that need the extension will record null.\n${out || err.message}`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const selected = args.only.length ? SECTIONS.filter((s) => args.only.includes(s.name)) : SECTIONS;
  const unknown = args.only.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);

  const needsBuild = selected.some((s) => ['size', 'in-page', 'panel', 'startup'].includes(s.name));
  if (needsBuild && !args.noBuild) buildExtension();
  const extensionBuilt = fs.existsSync(MANIFEST);

  const metrics: Record<string, Metric> = {};
  const sections: Record<string, { ok: boolean; seconds: number; error?: string; details?: unknown }> = {};
  for (const section of selected) {
    console.log(`\n▶ ${section.name}`);
    const t0 = Date.now();
    const ctx: SectionContext = { args, extensionBuilt, log: (m) => console.log(`  ${m}`) };
    try {
      const result = await (await section.load()).run(ctx);
      for (const k of section.keys) metrics[k] = result.metrics[k] ?? null;
      sections[section.name] = { ok: true, seconds: round((Date.now() - t0) / 1000, 1), details: result.details };
      console.log(`  ✓ ${section.keys.map((k) => `${k}=${metrics[k]}`).join('  ')}  (${sections[section.name].seconds} s)`);
    } catch (e) {
      const error = e instanceof Error ? e.message.split('\n')[0] : String(e);
      for (const k of section.keys) metrics[k] = null;
      sections[section.name] = { ok: false, seconds: round((Date.now() - t0) / 1000, 1), error };
      console.log(`  ✗ ${section.name} failed: ${error}`);
      if (process.env.BENCH_DEBUG && e instanceof Error) console.log(e.stack);
    }
  }

  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      memory_gb: round(os.totalmem() / 2 ** 30, 1),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      browser: await browserVersion().catch(() => null),
    },
    quick: args.quick,
    ...metrics,
    seconds: round((Date.now() - started) / 1000, 1),
    sections,
  };
  const out = args.out ? path.resolve(args.out) : path.resolve(process.cwd(), 'bench/results.json');
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');

  console.log(`\n${formatTable(metrics, sections)}`);
  console.log(`\nMarkdown for the README:\n<!-- bench:start -->\n${formatMarkdown(metrics, results.machine, results.date, args.quick)}\n<!-- bench:end -->`);
  console.log(`\nWrote ${path.relative(process.cwd(), out)} in ${results.seconds} s.`);
}

main().catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
