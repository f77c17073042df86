// The `tabayyun` command: argument parsing and dispatch (../shared/contract/cli.md).
// Exit 0 on success, 2 on bad usage or unreadable input with one line on stderr, 1 on a bug.

import { CliError } from './errors';
import { inputFiles } from './files';
import { decodeText } from './input';
import { progressLine } from './progress';

export interface CliIo {
  /** All of stdin, as bytes (decoded and checked by the command that reads it). */
  readStdin(): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: long batches show a progress line there. */
  stderrIsTTY?: boolean;
}

export const USAGE = `Usage:
  tabayyun quantities [--json]        quantities in each stdin line (JSON Lines with --json)
  tabayyun compare [--json] FILE...   articles in reading order (.html/.htm pages or .txt: title line, then text);
                                      the last FILE is the current article
  tabayyun extract [--json] FILE...   what the extension keeps from each saved page (.html/.htm)
Options:
  --json                 stable machine-readable output
  --files-from FILE|-    read more FILEs from FILE (or stdin), one path per line, after those given
  --progress             a progress line every 500 files even when stderr is not a terminal
  -h, --help             this help
`;

export interface Parsed {
  json: boolean;
  help: boolean;
  /** `--files-from FILE`: the list file, "-" for stdin, or null. */
  filesFrom: string | null;
  progress: boolean;
  args: string[];
}

/** Options of a command; `takesFiles` allows --files-from and --progress. */
export function parseOptions(argv: string[], command: string, takesFiles = false): Parsed {
  const parsed: Parsed = { json: false, help: false, filesFrom: null, progress: false, args: [] };
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!optionsDone && a === '--') optionsDone = true;
    else if (!optionsDone && a === '--json') parsed.json = true;
    else if (!optionsDone && (a === '-h' || a === '--help')) parsed.help = true;
    else if (!optionsDone && takesFiles && a === '--progress') parsed.progress = true;
    else if (!optionsDone && takesFiles && (a === '--files-from' || a.startsWith('--files-from='))) {
      const value = a === '--files-from' ? argv[++i] : a.slice('--files-from='.length);
      if (!value) throw new CliError(`${command}: --files-from needs a file name, or - for stdin`);
      if (parsed.filesFrom !== null) throw new CliError(`${command}: --files-from given twice`);
      parsed.filesFrom = value;
    } else if (!optionsDone && a.startsWith('-') && a !== '-') throw new CliError(`${command}: unknown option ${a}`);
    else parsed.args.push(a);
  }
  return parsed;
}

async function quantities(argv: string[], io: CliIo): Promise<void> {
  const opts = parseOptions(argv, 'quantities');
  if (opts.help) return io.stdout(USAGE);
  if (opts.args.length) throw new CliError(`quantities: unexpected argument ${opts.args[0]} (the text comes on stdin)`);
  const input = decodeText(await io.readStdin(), 'stdin');
  const q = await import('./quantities');
  const results = q.quantitiesOfLines(input);
  io.stdout(opts.json ? q.formatQuantitiesJson(results) : q.formatQuantitiesTable(results));
}

/** The files a command reads (arguments, then --files-from), never none. */
async function filesOf(command: string, opts: Parsed, io: CliIo): Promise<string[]> {
  const files = await inputFiles(opts.args, opts.filesFrom, () => io.readStdin());
  if (files.length === 0) throw new CliError(`${command}: no files given (usage: tabayyun ${command} [--json] FILE... or --files-from LIST)`);
  return files;
}

/** Runs `work` with a progress line for long batches, erased however it ends. */
async function withProgress<T>(total: number, io: CliIo, force: boolean, work: (done: (n: number) => void) => T | Promise<T>): Promise<T> {
  const progress = progressLine(total, 'read', io, force);
  try {
    return await work((n) => progress.update(n));
  } finally {
    progress.end();
  }
}

async function compare(argv: string[], io: CliIo): Promise<void> {
  const opts = parseOptions(argv, 'compare', true);
  if (opts.help) return io.stdout(USAGE);
  const files = await filesOf('compare', opts, io);
  const c = await import('./compare');
  const report = await withProgress(files.length, io, opts.progress, (done) => c.compareFiles(files, done));
  io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${c.formatCompareTable(report)}\n`);
}

async function extract(argv: string[], io: CliIo): Promise<void> {
  const opts = parseOptions(argv, 'extract', true);
  if (opts.help) return io.stdout(USAGE);
  const files = await filesOf('extract', opts, io);
  const x = await import('./extract');
  x.checkPageFiles(files);
  const lines = await withProgress(files.length, io, opts.progress, (done) =>
    files.map((f, i) => {
      const line = x.extractFile(f);
      done(i + 1);
      return line;
    }),
  );
  io.stdout(opts.json ? x.formatExtractJson(lines) : x.formatExtractSummary(lines));
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

/** Runs the command; returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new CliError('no command given (use quantities, compare or extract; --help for usage)');
    if (command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (command === 'quantities') await quantities(rest, io);
    else if (command === 'compare') await compare(rest, io);
    else if (command === 'extract') await extract(rest, io);
    else throw new CliError(`unknown command "${command}" (use quantities, compare or extract)`);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`tabayyun: ${oneLine(e.message)}\n`);
      return 2;
    }
    io.stderr(`tabayyun: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}
