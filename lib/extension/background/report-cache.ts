// The last story report of each read, kept while the service worker lives, so the panel's
// first question is answered without rebuilding the report (related reads, topics, intervals)
// every time it opens. Any write to the reads, versions, story links or keyword counts (Dexie's
// storagemutated event, fired after each committed write) empties it: a report is never older
// than the store. A report whose build began before a write is not kept. The most recent
// ones are also shelved in session storage, which the panel reads before the worker answers
// (or even starts).
import Dexie from 'dexie';
import { buildStoryReport } from '../../pipeline/report/build';
import type { StoryReport } from '../../pipeline/report/types';
import type { TabayyunDB } from '../../store/db';
import type { ShelvedReports } from '../messaging/protocol';

/** Reports kept at most (a few per open tab); the oldest goes first. */
const MAX_REPORTS = 64;
/** Writes to these tables change no report. */
const REPORT_FREE_TABLES = new Set(['settings']);

export interface ReportCache {
  /** The read's report: kept, or built now and kept. */
  report(readId: number): Promise<StoryReport | null>;
  /**
   * Keeps a report built inside the write that just committed (saveWithReport): call it as soon
   * as that write resolves, before awaiting anything else, so that no later write can be missed.
   */
  put(readId: number, report: StoryReport): void;
  /** Stops following the store's writes. */
  close(): void;
}

/** Where the last reports are also shelved for the panel (session storage; lib/extension/background/report-shelf.ts). */
export interface ReportShelf {
  put(reports: ShelvedReports): Promise<void>;
  clear(): Promise<void>;
}

/** Reports shelved for the panel at most: the most recent ones. */
const SHELVED = 8;

export function createReportCache(
  db: TabayyunDB,
  build: (db: TabayyunDB, readId: number) => Promise<StoryReport | null> = buildStoryReport,
  shelf?: ReportShelf,
): ReportCache {
  const kept = new Map<number, StoryReport>();
  let generation = 0;
  const prefix = `idb://${db.name}/`;
  const onWrite = (parts: Record<string, unknown>) => {
    const touched = Object.keys(parts).some((key) => key.startsWith(prefix) && !REPORT_FREE_TABLES.has(key.slice(prefix.length).split('/')[0]));
    if (!touched) return;
    generation++;
    kept.clear();
    void shelf?.clear().catch(() => undefined);
  };
  Dexie.on('storagemutated', onWrite);

  /** Kept only if nothing was written since the build began (`since`). */
  function keep(readId: number, report: StoryReport, since: number): void {
    if (since !== generation) return;
    kept.delete(readId);
    kept.set(readId, report);
    if (kept.size > MAX_REPORTS) kept.delete(kept.keys().next().value as number);
    if (shelf) void shelf.put(Object.fromEntries([...kept].slice(-SHELVED))).catch(() => undefined);
  }

  return {
    async report(readId) {
      const hit = kept.get(readId);
      if (hit) return hit;
      const since = generation;
      const report = await build(db, readId);
      if (report) keep(readId, report, since);
      return report;
    },
    // The write's own change event has fired by now (Dexie fires it as the transaction completes).
    put: (readId, report) => keep(readId, report, generation),
    close: () => Dexie.on.storagemutated.unsubscribe(onWrite),
  };
}
