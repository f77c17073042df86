// The `tabayyun` command: argument parsing and dispatch (../shared/contract/cli.md).
// Exit 0 on success, 2 on bad usage or unreadable input with one line on stderr, 1 on a bug.

import { CliError } from './errors';

export interface CliIo {
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage:
  tabayyun quantities [--json]        quantities in each stdin line (JSON Lines with --json)
  tabayyun compare [--json] FILE...   articles in reading order (.html/.htm pages or .txt: title line, then text);
                                      the last FILE is the current article
  tabayyun extract [--json] FILE...   what the extension keeps from each saved page (.html/.htm)
Options:
  --json      stable machine-readable output
  -h, --help  this help
`;

interface Parsed {
  json: boolean;
  help: boolean;
  args: string[];
}

function parseOptions(argv: string[], command: string): Parsed {
  const parsed: Parsed = { json: false, help: false, args: [] };
  let optionsDone = false;
  for (const a of argv) {
    if (!optionsDone && a === '--') optionsDone = true;
    else if (!optionsDone && a === '--json') parsed.json = true;
    else if (!optionsDone && (a === '-h' || a === '--help')) parsed.help = true;
    else if (!optionsDone && a.startsWith('-') && a !== '-') throw new CliError(`${command}: unknown option ${a}`);
    else parsed.args.push(a);
  }
  return parsed;
}

async function quantities(argv: string[], io: CliIo): Promise<void> {
  const opts = parseOptions(argv, 'quantities');
  if (opts.help) return io.stdout(USAGE);
  if (opts.args.length) throw new CliError(`quantities: unexpected argument ${opts.args[0]} (the text comes on stdin)`);
  const input = await io.readStdin();
  const q = await import('./quantities');
  const results = q.quantitiesOfLines(input);
  io.stdout(opts.json ? q.formatQuantitiesJson(results) : q.formatQuantitiesTable(results));
}

async function compare(argv: string[], io: CliIo): Promise<void> {
  const opts = parseOptions(argv, 'compare');
  if (opts.help) return io.stdout(USAGE);
  if (opts.args.length === 0) throw new CliError('compare: no files given (usage: tabayyun compare [--json] FILE...)');
  const c = await import('./compare');
  const report = await c.compareFiles(opts.args);
  io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${c.formatCompareTable(report)}\n`);
}

async function extract(argv: string[], io: CliIo): Promise<void> {
  const opts = parseOptions(argv, 'extract');
  if (opts.help) return io.stdout(USAGE);
  if (opts.args.length === 0) throw new CliError('extract: no files given (usage: tabayyun extract [--json] FILE...)');
  const x = await import('./extract');
  const lines = opts.args.map((f) => x.extractFile(f));
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
