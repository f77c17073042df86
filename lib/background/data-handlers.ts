// The background's answers about the reader's own data: export, import, delete, retention,
// paused sites and storage use. Dependencies are passed in, so tests run them on fake-indexeddb.
import type { TabayyunDB } from '../store/db';
import { deleteEverything, deleteStory } from '../store/delete';
import { exportAll, ImportError, importFile, type ImportResult } from '../store/export';
import { applyRetention } from '../store/quota';
import { requestPersistence, storageEstimate, type NavigatorLike, type StorageUse } from '../store/storage-use';
import { getRetention, getSettings, isPaused, setPageMarks, setPaused, setRetention, setUiLanguage, type UiLanguage } from '../store/settings';
import { storedSummary } from '../store/summary';

export interface DataDeps {
  db: TabayyunDB;
  now?: () => number;
  /** `navigator` or a fake with `storage.estimate/persist/persisted`. */
  nav?: NavigatorLike;
  /** Called after reads were imported or deleted: re-analysis of imports, open pages' marks. */
  onStoreChanged?(what: 'import' | 'delete'): void;
}

export function createDataHandlers(deps: DataDeps) {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const nav = deps.nav ?? (globalThis.navigator as NavigatorLike | undefined);

  async function importData(data: unknown): Promise<ImportResult | { error: string }> {
    try {
      const result = await importFile(db, data);
      if (result.added + result.updated > 0) deps.onStoreChanged?.('import');
      return result;
    } catch (e) {
      // A bad file gets its own explanation; anything else is reported as it came.
      if (e instanceof ImportError) return { error: e.message };
      return { error: `The import failed and nothing was changed (${e instanceof Error ? e.message : String(e)}).` };
    }
  }

  async function setRetentionMonths(months: number | null): Promise<{ ok: true } | { error: string }> {
    try {
      await setRetention(db, months);
      return { ok: true };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }

  return {
    exportAll: () => exportAll(db, now()),
    importFile: importData,
    deleteStory: async (readIds: number[]) => {
      const deleted = await deleteStory(db, readIds);
      deps.onStoreChanged?.('delete');
      return { deleted };
    },
    deleteEverything: async () => {
      await deleteEverything(db);
      deps.onStoreChanged?.('delete');
    },
    setPaused: (host: string, paused: boolean) => setPaused(db, host, paused),
    isPaused: (host: string) => isPaused(db, host),
    getSettings: () => getSettings(db),
    setUiLanguage: (lang: UiLanguage | null) => setUiLanguage(db, lang),
    setPageMarks: (on: boolean) => setPageMarks(db, on),
    setRetention: setRetentionMonths,
    getRetention: () => getRetention(db),
    /** Applies the retention setting now (call at start-up and daily); 0 when keeping everything. */
    pruneNow: async () => ({ removed: await applyRetention(db, now()) }),
    storageEstimate: (): Promise<StorageUse | null> => storageEstimate(nav),
    requestPersistence: () => requestPersistence(nav),
    dataSummary: () => storedSummary(db),
  };
}

export type DataHandlers = ReturnType<typeof createDataHandlers>;
