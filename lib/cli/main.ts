// Entry point: `tsx lib/cli/main.ts ARGS` (npm run cli) and bin/tabayyun.mjs.

import { runCli } from './run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

runCli(process.argv.slice(2), {
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  // exitCode, not exit(): lets a large stdout finish flushing into a pipe.
  process.exitCode = code;
});
