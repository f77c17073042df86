// Entry point: `tsx cli/main.ts ARGS` (npm run cli) and bin/tabayyun.mjs.

import { runCli } from './run';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

// A reader that stops reading (`| head`) is no error: stop quietly, without a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// Whatever escapes runCli (a bug) still ends in one line and status 1, not a stack trace.
const fail = (e: unknown) => {
  process.stderr.write(`tabayyun: internal error: ${(e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

runCli(process.argv.slice(2), {
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  // exitCode, not exit(): lets a large stdout finish flushing into a pipe.
  process.exitCode = code;
});
