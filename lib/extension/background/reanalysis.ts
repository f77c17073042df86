// Runs the re-analysis of stored reads (lib/store/reanalyze.ts) in the background, batch after
// batch (each yields to other events after every article, so the panel's messages are answered
// meanwhile). Started when the worker starts (an engine update restarts it) and after an import.
import type { TabayyunDB } from '../../store/db';
import type { AnalyzedArticle, ArticleSnapshot } from '../../types';
import { reanalyzeBatch, REANALYSIS_BATCH } from '../../store/reanalyze';

export interface ReanalysisDeps {
  db: TabayyunDB;
  /** Reads whose analysis was redone: their stories' reports may have changed. */
  onChanged?(readIds: number[]): Promise<void> | void;
  batch?: number;
  /** The engine version and analysis to bring records to (tests stand in a newer engine). */
  engine?: number;
  analyze?: (snapshot: ArticleSnapshot) => AnalyzedArticle;
}

export function createReanalysis(deps: ReanalysisDeps) {
  let running: Promise<number> | null = null;
  let again = false;

  async function loop(): Promise<number> {
    let total = 0;
    do {
      again = false;
      for (;;) {
        const { done, readIds } = await reanalyzeBatch(deps.db, { batch: deps.batch ?? REANALYSIS_BATCH, engine: deps.engine, analyze: deps.analyze });
        if (done === 0) break;
        total += done;
        if (readIds.length) await deps.onChanged?.(readIds);
      }
    } while (again);
    return total;
  }

  return {
    /** Re-analyses every stale record; resolves with how many were done. One run at a time. */
    run(): Promise<number> {
      if (running) {
        // Records marked stale during a run (an import) are picked up before it ends.
        again = true;
        return running;
      }
      running = loop().finally(() => (running = null));
      return running;
    },
  };
}
