// Command-line flags of `npm run bench`.

export interface BenchArgs {
  /** Fewer repetitions and smaller stores: a smoke run in a minute or two. */
  quick: boolean;
  /** Section names to run (all when empty). */
  only: string[];
  /** Skip `wxt build` and measure the extension already in .output/chrome-mv3. */
  noBuild: boolean;
  /** Where to write the results (default bench/results.json). */
  out: string | null;
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { quick: false, only: [], noBuild: false, out: null };
  for (const a of argv) {
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.noBuild = true;
    else if (a.startsWith('--only=')) args.only = a.slice('--only='.length).split(',').map((s) => s.trim()).filter(Boolean);
    else if (a.startsWith('--out=')) args.out = a.slice('--out='.length);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--quick] [--only=in-page,quantities,compare,lookup,panel,size,reanalysis,startup] [--no-build] [--out=file.json]');
      process.exit(0);
    } else throw new Error(`unknown flag ${a} (try --help)`);
  }
  return args;
}
