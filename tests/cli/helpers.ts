// Runs the real command line (bin/tabayyun.mjs) as a child process.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(REPO, 'bin', 'tabayyun.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input: string | Buffer = ''): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** stderr as lines, without the Node/npm warnings some environments add. */
export function errorLines(r: CliRun): string[] {
  return r.stderr.split('\n').filter((l) => l.trim() && !/^(npm warn|\(node:\d+\)|\(Use `node --trace)/i.test(l));
}
