// How often one tab may add to the store. A page decides when its text and address change, so
// a hostile page could otherwise make each change a new read or version (up to 400k characters
// each, with unlimited storage). Re-reading an unchanged text is never limited: it adds nothing.

/** Least time between two writes from one tab that add a read or a version. */
export const SAVE_INTERVAL_MS = 10_000;

export interface SaveLimiter {
  /** Milliseconds tab `tabId` must still wait before adding a record; 0 when it may now. */
  waitFor(tabId: number, now: number): number;
  /** Notes that tab `tabId` added a record at `now`. */
  added(tabId: number, now: number): void;
  forget(tabId: number): void;
}

/**
 * Kept in memory: a stopped service worker forgets it, which only a browser's idle timer (30 s,
 * longer than the interval) does, never a page.
 */
export function saveLimiter(intervalMs = SAVE_INTERVAL_MS): SaveLimiter {
  const last = new Map<number, number>();
  return {
    waitFor(tabId, now) {
      const at = last.get(tabId);
      return at === undefined ? 0 : Math.max(0, at + intervalMs - now);
    },
    added(tabId, now) {
      last.set(tabId, now);
    },
    forget(tabId) {
      last.delete(tabId);
    },
  };
}
