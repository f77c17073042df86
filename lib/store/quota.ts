// Living within the browser's storage: trimming old reads when the reader chose a retention
// period, and never losing a read silently when the disk or quota is full (asking for
// persistence and showing how much is used are in storage-use.ts).
import type { AnalyzedArticle } from '../types';
import type { TabayyunDB } from './db';
import { deleteStory } from './delete';
import { saveRead, type SaveOutcome } from './reads';
import { getRetention } from './settings';

/** The same moment `months` calendar months earlier (UTC), clamped to the month's last day. */
export function monthsBefore(now: number, months: number): number {
  const d = new Date(now);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  target.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  return target.getTime();
}

/**
 * Removes reads last opened more than `months` months before `now`, with their versions and
 * story links; returns how many reads were removed. A story re-read recently is kept.
 */
export async function pruneOlderThan(db: TabayyunDB, months: number, now: number): Promise<number> {
  if (!Number.isFinite(months) || months <= 0) throw new RangeError(`months must be positive (got ${months})`);
  const cutoff = monthsBefore(now, months);
  const old = (await db.reads.where('readAt').below(cutoff).primaryKeys()) as number[];
  return deleteStory(db, old);
}

/** Applies the reader's retention setting; 0 when they keep everything. */
export async function applyRetention(db: TabayyunDB, now: number): Promise<number> {
  const months = await getRetention(db);
  return months === null ? 0 : pruneOlderThan(db, months, now);
}

/** Why a write failed, in the words the panel shows. */
export type WriteFailure = { ok: false; reason: 'quota' | 'unknown'; message: string };
export type SafeSaveResult = { ok: true; outcome: SaveOutcome } | WriteFailure;

/** True for a quota error however it arrives: the DOMException itself, or wrapped by Dexie (inner errors, aborted transaction). */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e = error as { name?: string; inner?: unknown; cause?: unknown } | null | undefined;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    if (e.name === 'QuotaExceededError' || e.name === 'QuotaExceeded') return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}

export const QUOTA_MESSAGE =
  'Browser storage is full, so this article was not saved (your earlier reads are intact). ' +
  'Free space by deleting old stories or choosing a retention period, then read the page again.';

/**
 * `saveRead` that reports a failure instead of throwing. saveRead runs in one transaction,
 * so a failed write leaves every stored record as it was; the caller must show the reason.
 */
export async function saveReadSafely(db: TabayyunDB, article: AnalyzedArticle, now: number): Promise<SafeSaveResult> {
  const saved = await saveSafely(() => saveRead(db, article, now));
  return saved.ok ? { ok: true, outcome: saved.value } : saved;
}

/** A save of the article (one transaction) that reports a failure instead of throwing, as saveReadSafely. */
export async function saveSafely<T>(save: () => Promise<T>): Promise<{ ok: true; value: T } | WriteFailure> {
  try {
    return { ok: true, value: await save() };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'quota', message: QUOTA_MESSAGE };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, reason: 'unknown', message: `The article could not be saved (${detail}).` };
  }
}
