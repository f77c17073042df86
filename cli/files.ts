// The input files of a command: those named on the command line, then those listed in a file or
// on stdin (`--files-from FILE|-`, one path per line), for batches too long for a command line
// (npm runs its scripts through `sh -c` with one argument of at most 128 KB: ~4,000 paths).

import { CliError } from './errors';
import { checkInputFile, decodeText } from './input';
import fs from 'node:fs';

/** Paths of a list, one per line: CRLF accepted, surrounding spaces and blank lines ignored. */
export function pathsOfList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The paths listed in `spec` (a file, or "-" for stdin). */
export async function readFileList(spec: string, readStdin: () => Promise<Uint8Array>): Promise<string[]> {
  const what = spec === '-' ? 'stdin' : spec;
  let bytes: Uint8Array;
  if (spec === '-') bytes = await readStdin();
  else {
    checkInputFile(spec);
    bytes = fs.readFileSync(spec);
  }
  const paths = pathsOfList(decodeText(bytes, `--files-from ${what}`));
  if (paths.length === 0) throw new CliError(`--files-from ${what}: lists no files`);
  return paths;
}

/** Files named on the command line, then those of `--files-from`, in that order. */
export async function inputFiles(args: string[], filesFrom: string | null, readStdin: () => Promise<Uint8Array>): Promise<string[]> {
  return filesFrom === null ? args : [...args, ...(await readFileList(filesFrom, readStdin))];
}
