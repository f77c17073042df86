// How often one tab may add to the store. A page decides when its text and address change, so
// a hostile page could otherwise make each change a new read or version (up to 400k characters
// each, with unlimited storage). Re-reading an unchanged text is never limited: it adds nothing.

/** Least time between two new versions (same address, changed text) from one tab. */
export const SAVE_INTERVAL_MS = 10_000;
/**
 * New addresses one tab may add at once (a reader clicking through a few articles quickly),
 * after which it earns one more every SAVE_INTERVAL_MS.
 */
export const NEW_READ_BURST = 3;

export type AddedRecord = 'read' | 'version';

export interface SaveLimiter {
  /** Milliseconds tab `tabId` must still wait before adding a record of this kind; 0 when it may now. */
  waitFor(tabId: number, kind: AddedRecord, now: number): number;
  /** Notes that tab `tabId` added a record of this kind at `now`. */
  added(tabId: number, kind: AddedRecord, now: number): void;
  forget(tabId: number): void;
}

interface TabBudget {
  /** New reads the tab may still add now (refilled over time, at most NEW_READ_BURST). */
  reads: number;
  readsAt: number;
  lastVersionAt: number;
}

/**
 * Kept in memory: a stopped service worker forgets it, which only a browser's idle timer (30 s,
 * longer than the interval) does, never a page.
 */
export function saveLimiter(intervalMs = SAVE_INTERVAL_MS, burst = NEW_READ_BURST): SaveLimiter {
  const tabs = new Map<number, TabBudget>();
  /** The tab's budget brought up to `now`. */
  const budget = (tabId: number, now: number): TabBudget => {
    const b = tabs.get(tabId) ?? { reads: burst, readsAt: now, lastVersionAt: -Infinity };
    const earned = Math.floor((now - b.readsAt) / intervalMs);
    if (earned > 0) {
      b.reads = Math.min(burst, b.reads + earned);
      b.readsAt = b.reads === burst ? now : b.readsAt + earned * intervalMs;
    }
    tabs.set(tabId, b);
    return b;
  };
  return {
    waitFor(tabId, kind, now) {
      const b = budget(tabId, now);
      if (kind === 'version') return Math.max(0, b.lastVersionAt + intervalMs - now);
      return b.reads > 0 ? 0 : Math.max(0, b.readsAt + intervalMs - now);
    },
    added(tabId, kind, now) {
      const b = budget(tabId, now);
      // Any added record starts the wait for a version: a text changed right after a read waits too.
      b.lastVersionAt = now;
      if (kind === 'read') {
        if (b.reads === burst) b.readsAt = now;
        b.reads = Math.max(0, b.reads - 1);
      }
    },
    forget(tabId) {
      tabs.delete(tabId);
    },
  };
}
