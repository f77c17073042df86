// How often one tab may add to the store: a burst of new reads, then one more per interval;
// a new version at most once per interval after any added record; each tab on its own.
import { describe, expect, it } from 'vitest';
import { NEW_READ_BURST, SAVE_INTERVAL_MS, saveLimiter } from '../../../lib/extension/background/save-limit';

const T0 = 1_700_000_000_000;
const TAB = 4;

/** Adds `count` new reads for the tab at `now`, checking each was allowed. */
function addReads(limiter: ReturnType<typeof saveLimiter>, count: number, now: number, tab = TAB): void {
  for (let i = 0; i < count; i++) {
    expect(limiter.waitFor(tab, 'read', now)).toBe(0);
    limiter.added(tab, 'read', now);
  }
}

describe('saveLimiter: new reads', () => {
  it('lets a fresh tab add a burst of reads at once, then makes the next wait for the interval from the first', () => {
    const limiter = saveLimiter(10_000, 3);
    limiter.added(TAB, 'read', T0);
    limiter.added(TAB, 'read', T0 + 400);
    limiter.added(TAB, 'read', T0 + 900);
    expect(limiter.waitFor(TAB, 'read', T0 + 1_000)).toBe(9_000);
    expect(limiter.waitFor(TAB, 'read', T0 + 9_999)).toBe(1);
    expect(limiter.waitFor(TAB, 'read', T0 + 10_000)).toBe(0);
  });

  it('earns one read per interval after the burst, keeping the part of an interval already waited', () => {
    const limiter = saveLimiter(10_000, 3);
    addReads(limiter, 3, T0);
    // 25 s later: two reads earned, and 5 s towards the third.
    addReads(limiter, 2, T0 + 25_000);
    expect(limiter.waitFor(TAB, 'read', T0 + 25_000)).toBe(5_000);
    expect(limiter.waitFor(TAB, 'read', T0 + 30_000)).toBe(0);
  });

  it('never holds more than the burst, however long the tab was idle', () => {
    const limiter = saveLimiter(10_000, 3);
    addReads(limiter, 3, T0);
    const later = T0 + 60 * 60_000;
    addReads(limiter, 3, later);
    expect(limiter.waitFor(TAB, 'read', later)).toBe(10_000);
  });

  it('does not spend anything by asking', () => {
    const limiter = saveLimiter(10_000, 2);
    for (let i = 0; i < 10; i++) expect(limiter.waitFor(TAB, 'read', T0 + i)).toBe(0);
    addReads(limiter, 2, T0 + 10);
    expect(limiter.waitFor(TAB, 'read', T0 + 10)).toBe(10_000);
  });

  it('uses the module’s defaults when given none', () => {
    const limiter = saveLimiter();
    addReads(limiter, NEW_READ_BURST, T0);
    expect(limiter.waitFor(TAB, 'read', T0)).toBe(SAVE_INTERVAL_MS);
  });

  it('with a burst of one, allows one read per interval exactly', () => {
    const limiter = saveLimiter(1_000, 1);
    addReads(limiter, 1, T0);
    expect(limiter.waitFor(TAB, 'read', T0 + 999)).toBe(1);
    addReads(limiter, 1, T0 + 1_000);
    expect(limiter.waitFor(TAB, 'read', T0 + 1_000)).toBe(1_000);
  });
});

describe('saveLimiter: new versions', () => {
  it('lets a fresh tab add a version at once, then makes the next wait a full interval', () => {
    const limiter = saveLimiter(10_000, 3);
    expect(limiter.waitFor(TAB, 'version', T0)).toBe(0);
    limiter.added(TAB, 'version', T0);
    expect(limiter.waitFor(TAB, 'version', T0 + 1)).toBe(9_999);
    expect(limiter.waitFor(TAB, 'version', T0 + 10_000)).toBe(0);
  });

  it('makes a version wait after a new read too (a text changed right after it was read)', () => {
    const limiter = saveLimiter(10_000, 3);
    limiter.added(TAB, 'read', T0);
    expect(limiter.waitFor(TAB, 'version', T0 + 2_000)).toBe(8_000);
  });

  it('does not spend the new-read burst on versions', () => {
    const limiter = saveLimiter(10_000, 3);
    for (let i = 0; i < 5; i++) limiter.added(TAB, 'version', T0 + i * 10_000);
    addReads(limiter, 3, T0 + 40_000);
    expect(limiter.waitFor(TAB, 'read', T0 + 40_000)).toBe(10_000);
  });
});

describe('saveLimiter: tabs', () => {
  it('keeps one budget per tab', () => {
    const limiter = saveLimiter(10_000, 2);
    addReads(limiter, 2, T0, 1);
    limiter.added(1, 'version', T0);
    expect(limiter.waitFor(1, 'read', T0)).toBe(10_000);
    expect(limiter.waitFor(2, 'read', T0)).toBe(0);
    expect(limiter.waitFor(2, 'version', T0)).toBe(0);
  });

  it('forgets a closed tab: its number starts afresh, other tabs keep their wait', () => {
    const limiter = saveLimiter(10_000, 2);
    addReads(limiter, 2, T0, 1);
    addReads(limiter, 2, T0, 2);
    limiter.forget(1);
    expect(limiter.waitFor(1, 'read', T0 + 1)).toBe(0);
    expect(limiter.waitFor(1, 'version', T0 + 1)).toBe(0);
    expect(limiter.waitFor(2, 'read', T0 + 1)).toBe(9_999);
    // Forgetting a tab it never saw changes nothing.
    limiter.forget(99);
    expect(limiter.waitFor(2, 'read', T0 + 1)).toBe(9_999);
  });
});
