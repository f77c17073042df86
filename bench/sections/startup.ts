// What the background service worker costs each time it starts. MV3 stops an idle worker after
// 30 s, so the first message after a pause waits for the whole background script to be
// evaluated again. Measured in Node (same V8 as Chromium) on the built
// .output/chrome-mv3/background.js: each run is a fresh process that compiles the script
// (`new vm.Script`) and then runs it (`runInThisContext`), timed apart. The background's
// main() (database, listeners) is cut out of the script, so the run is exactly its import-time
// work: module bodies, tables, library set-up. Baseline: the compile of the same script in the
// same process (a floor that grows with the script's size, and that the machine's noise moves
// alike).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Section } from '../util/section';
import { median, ratio, round, summarize } from '../util/stats';

const BACKGROUND = path.resolve(process.cwd(), '.output/chrome-mv3/background.js');

// Runs in the child process: FILE is the script, and WXT's wrapper calls `x = def.main()` once
// (minified names may hold `$`).
// Its asynchronous start-up work (WXT's storage items reading chrome.storage, absent here)
// fails after the timed part and is ignored.
const CHILD = `
process.on('unhandledRejection', () => {});
const fs = require('node:fs');
const vm = require('node:vm');
const src = fs.readFileSync(process.env.FILE, 'utf8');
const main = /([\\w$]+)=([\\w$]+)\\.main\\(\\)(?=,\\1 instanceof Promise)/g;
const found = src.match(main) ?? [];
if (found.length !== 1) throw new Error('background main() call found ' + found.length + ' times (expected 1: WXT wrapper changed?)');
const code = src.replace(main, '$1=void 0');
const t0 = performance.now();
const script = new vm.Script(code, { filename: 'background.js' });
const t1 = performance.now();
script.runInThisContext();
const t2 = performance.now();
process.stdout.write(JSON.stringify({ compile: t1 - t0, evaluate: t2 - t1 }));
process.exit(0);
`;

function oneStart(): { compile: number; evaluate: number } {
  const out = execFileSync(process.execPath, ['-e', CHILD], { env: { ...process.env, FILE: BACKGROUND }, timeout: 60_000 });
  return JSON.parse(out.toString()) as { compile: number; evaluate: number };
}

export const startupSection: Section = {
  name: 'startup',
  keys: ['worker_eval_ms'],
  async run(ctx) {
    if (!ctx.extensionBuilt || !fs.existsSync(BACKGROUND)) throw new Error('no built extension in .output/chrome-mv3 (wxt build failed?)');
    const runs = ctx.args.quick ? 5 : 15;
    oneStart(); // untimed: warms the file cache
    const compile: number[] = [];
    const evaluate: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = oneStart();
      compile.push(r.compile);
      evaluate.push(r.evaluate);
    }
    ctx.log(`${runs} fresh processes: evaluate p50 ${round(median(evaluate), 1)} ms, compile p50 ${round(median(compile), 1)} ms`);
    return {
      metrics: { worker_eval_ms: round(median(evaluate), 1) },
      details: {
        script_kb: round(fs.statSync(BACKGROUND).size / 1024, 1),
        node: process.version,
        evaluate_ms: summarize(evaluate),
        compile_ms: summarize(compile),
        evaluate_vs_compile: ratio(median(evaluate), median(compile)),
      },
    };
  },
};
