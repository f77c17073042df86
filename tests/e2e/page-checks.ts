// What every hostile page and every page's marks must look like, checked the same way in every
// browser (tests/e2e/hostile and page-trust for Chromium, tests/e2e-firefox/page-trust for Firefox).
import { expect } from 'vitest';
import type { marksAsPageSees, StoredReadSummary, TabStatus } from '../../scripts/in-page';
import type { HostilePage } from './hostile-pages';

/** The page's outcome is the one it expects; a figure it must yield is among the stored claims. */
export function expectQuietOutcome(name: string, page: HostilePage, outcome: TabStatus, stored: StoredReadSummary[]): void {
  if (page.expect === 'any') expect(['read', 'skipped', 'unknown']).toContain(outcome.status);
  else expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: page.expect });
  if (page.expect === 'skipped') expect(outcome.reason).toMatch(/^(not-readerable|too-short|not-arabic|too-large|failed)$/);
  if (page.figure !== undefined) {
    const read = stored.find((r) => r.id === outcome.readId);
    expect(read?.claims.some((c) => c.value === page.figure), `${name}: ${JSON.stringify(read?.claims.map((c) => c.text))}`).toBe(true);
  }
}

/** Pages far too large are given up on, with the reason. */
export function expectTooLargeSkipped(outcomes: Map<string, TabStatus>): void {
  expect(outcomes.get('hundred-thousand-nodes')).toMatchObject({ status: 'skipped', reason: 'too-large' });
  expect(outcomes.get('ten-megabytes')).toMatchObject({ status: 'skipped', reason: 'too-large' });
}

/** Nothing stored before is lost or changed, no read is stored twice, forged figures stored nothing. */
export function expectNothingLostOrForged(before: StoredReadSummary[], after: StoredReadSummary[]): void {
  for (const old of before) expect(after.find((r) => r.id === old.id)).toEqual(old);
  expect(new Set(after.map((r) => r.canonicalUrl)).size).toBe(after.length);
  expect(after.some((r) => r.claims.some((c) => c.value === 999))).toBe(false);
  // Canonical URLs are web addresses, never script.
  for (const r of after) expect(r.canonicalUrl).toMatch(/^https?:\/\//);
}

/** Each load marks the conflicting toll under random names the page never sees twice. */
export function expectUnstableMarkNames(loads: ReturnType<typeof marksAsPageSees>[]): void {
  for (const load of loads) {
    // The conflicting toll is marked (so the checks below are about real marks).
    expect(load.marked.some((t) => t.includes('31'))).toBe(true);
    for (const name of [...load.names, ...load.styleIds]) expect(name).toMatch(/^[a-z]{16}$/);
    expect(load.pageMentions).toBe(false);
  }
  const [one, two] = loads.map((l) => new Set([...l.names, ...l.styleIds]));
  expect([...one].filter((n) => two.has(n))).toEqual([]);
}
