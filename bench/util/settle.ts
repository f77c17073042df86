// Waits for the browser to go quiet after the bench filled its store. Thousands of records
// added in bulk leave IndexedDB busy for minutes afterwards (Chromium 150 kept its browser
// process near 100% CPU), which a reader's store, filled one read at a time, never is; a
// lookup timed then measures the bulk load, not the lookup. Linux only (/proc); elsewhere it
// returns at once.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far by every process named chromium (the bench runs one browser at a time). */
function chromiumCpuSeconds(): number | null {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (!name.startsWith('chromium')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // The process ended while being read.
      }
    }
  } catch {
    return null;
  }
  return ticks / 100; // USER_HZ
}

/**
 * Polls every `stepMs` until the browser used under `busyShare` of one core over a step, or
 * `maxMs` passed. Gives how long it waited and whether it went quiet.
 */
export async function waitForQuietBrowser(maxMs = 180_000, stepMs = 3_000, busyShare = 0.15): Promise<{ waitedMs: number; quiet: boolean }> {
  const t0 = Date.now();
  let last = chromiumCpuSeconds();
  if (last === null) return { waitedMs: 0, quiet: false };
  while (Date.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, stepMs));
    const now = chromiumCpuSeconds()!;
    if (now - last < (busyShare * stepMs) / 1000) return { waitedMs: Date.now() - t0, quiet: true };
    last = now;
  }
  return { waitedMs: Date.now() - t0, quiet: false };
}
