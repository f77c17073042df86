// A progress line on stderr for long batches. On a terminal one line is rewritten in place (at
// most five times a second) and erased at the end, so it never mixes with the output or an
// error line; elsewhere (a log, a pipe) nothing is written unless asked for with --progress,
// and then one line every EVERY files.

export interface ProgressOutput {
  stderr(text: string): void;
  /** stderr is a terminal. */
  stderrIsTTY?: boolean;
}

export interface Progress {
  /** `done` inputs of the batch are finished. */
  update(done: number): void;
  /** Erases the terminal line (call before any other stderr output, and at the end). */
  end(): void;
}

// Shorter batches finish before a progress line would help.
export const MIN_BATCH = 20;
export const EVERY = 500;
const REDRAW_MS = 200;

export function progressLine(total: number, verb: string, out: ProgressOutput, force = false): Progress {
  const tty = !!out.stderrIsTTY;
  const silent = { update() {}, end() {} };
  if (total < MIN_BATCH || (!tty && !force)) return silent;
  const text = (done: number) => `tabayyun: ${verb} ${done}/${total} files`;
  if (!tty) {
    return {
      update(done) {
        if (done % EVERY === 0 || done === total) out.stderr(`${text(done)}\n`);
      },
      end() {},
    };
  }
  let last = 0;
  let shown = false;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < REDRAW_MS && done !== total) return;
      last = now;
      shown = true;
      out.stderr(`\r${text(done)}\x1b[K`);
    },
    end() {
      if (shown) out.stderr('\r\x1b[K');
      shown = false;
    },
  };
}
