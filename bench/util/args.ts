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
  /** The lookup's store sizes (default 1k, 10k, 100k; 1k and 10k with --quick): a paired 10k run without the hour-long 100k store. */
  storeSizes: number[] | null;
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { quick: false, only: [], noBuild: false, out: null, storeSizes: null };
  for (const a of argv) {
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.noBuild = true;
    else if (a.startsWith('--only=')) args.only = a.slice('--only='.length).split(',').map((s) => s.trim()).filter(Boolean);
    else if (a.startsWith('--out=')) args.out = a.slice('--out='.length);
    else if (a.startsWith('--store-sizes=')) args.storeSizes = storeSizes(a.slice('--store-sizes='.length));
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--quick] [--only=in-page,quantities,compare,lookup,panel,size,reanalysis,startup] [--no-build] [--out=file.json] [--store-sizes=1000,10000]');
      process.exit(0);
    } else throw new Error(`unknown flag ${a} (try --help)`);
  }
  return args;
}

/** The store sizes the lookup section reports (its metrics are named after them). */
const STORE_SIZES = [1_000, 10_000, 100_000];

/** «1000,10000» → [1000, 10000], or an error naming the flag and the sizes it takes. */
function storeSizes(text: string): number[] {
  const sizes = text.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !STORE_SIZES.includes(n))) throw new Error(`--store-sizes takes some of ${STORE_SIZES.join(',')} (not ${text})`);
  return sizes;
}
