// The background's answers about the reader's own data: import, delete, retention, paused
// sites, language, page marks and persistent storage (the panel reads the store itself for
// export, the summary and storage use). Dependencies are passed in, so tests run them on fake-indexeddb.
import type { TabayyunDB } from '../../store/db';
import { deleteEverything, deleteStory } from '../../store/delete';
import { failure, failureFrom, type Reply } from '../messaging/protocol';
import { ImportError, importFile, type ImportResult } from '../../store/export';
import { applyRetention } from '../../store/quota';
import { requestPersistence, type NavigatorLike } from '../../store/storage-use';
import { setPageMarks, setPaused, setRetention, setUiLanguage, type UiLanguage } from '../../store/settings';

export interface DataDeps {
  db: TabayyunDB;
  now?: () => number;
  /** `navigator` or a fake with `storage.estimate/persist/persisted`. */
  nav?: NavigatorLike;
  /** Called after reads were imported or deleted: re-analysis of imports, open pages' marks. */
  onStoreChanged?(what: 'import' | 'delete'): void;
  /** Called after the page-marks setting changed: the open pages' marks are cleared or restored (awaited, so the answer means done). */
  pageMarksChanged?(): Promise<void>;
}

export function createDataHandlers(deps: DataDeps) {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const nav = deps.nav ?? (globalThis.navigator as NavigatorLike | undefined);

  async function importData(data: unknown): Promise<Reply<ImportResult>> {
    try {
      const result = await importFile(db, data);
      if (result.added + result.updated > 0) deps.onStoreChanged?.('import');
      return { ok: true, ...result };
    } catch (e) {
      // A bad file gets its own explanation; anything else is reported as it came.
      if (e instanceof ImportError) return failure('bad-file', { message: e.message });
      return failure('failed', { message: `The import failed and nothing was changed (${e instanceof Error ? e.message : String(e)}).` });
    }
  }

  async function setRetentionMonths(months: number | null): Promise<Reply> {
    try {
      await setRetention(db, months);
      return { ok: true };
    } catch (e) {
      return failureFrom(e);
    }
  }

  return {
    importFile: importData,
    /** How many reads were deleted. */
    deleteStory: async (readIds: number[]) => {
      const deleted = await deleteStory(db, readIds);
      deps.onStoreChanged?.('delete');
      return deleted;
    },
    deleteEverything: async () => {
      await deleteEverything(db);
      deps.onStoreChanged?.('delete');
    },
    setPaused: (host: string, paused: boolean) => setPaused(db, host, paused),
    setUiLanguage: (lang: UiLanguage | null) => setUiLanguage(db, lang),
    setPageMarks: async (on: boolean) => {
      await setPageMarks(db, on);
      await deps.pageMarksChanged?.();
    },
    setRetention: setRetentionMonths,
    /** Applies the retention setting now (call at start-up and daily): how many reads went; 0 when keeping everything. */
    pruneNow: () => applyRetention(db, now()),
    requestPersistence: () => requestPersistence(nav),
  };
}

export type DataHandlers = ReturnType<typeof createDataHandlers>;
