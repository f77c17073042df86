// Sending a read to an MV3 background that may be stopped at any moment: a message in flight
// when the worker stops is lost (the port closes), and the next message starts a new worker.
// Saving is idempotent by canonical URL, so sending again never duplicates a read.

export interface RetryOptions {
  attempts?: number;
  /** Wait before attempt n (1-based, after the first). */
  delayMs?: (attempt: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `send` until it answers with a value, at most `attempts` times. */
export async function sendWithRetry<T>(send: () => Promise<T | undefined>, opts: RetryOptions = {}): Promise<T> {
  // Six attempts over about five seconds: longer than any worker restart takes.
  const attempts = opts.attempts ?? 6;
  const delay = opts.delayMs ?? ((n) => 150 * 2 ** (n - 2));
  const sleep = opts.sleep ?? defaultSleep;
  let lastError: unknown = new Error('no answer from the background');
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(delay(attempt));
    try {
      const answer = await send();
      if (answer !== undefined && answer !== null) return answer;
      lastError = new Error('the background gave no answer');
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}
