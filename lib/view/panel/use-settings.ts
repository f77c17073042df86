// The settings view's data, live from the store, plus the browser's storage estimate.
import { useEffect, useState } from 'preact/hooks';
import type { TabayyunDB } from '../../store/db';
import { storageEstimate, type StorageUse } from '../../store/storage-use';
import { getSettings, type DataSettings } from '../../store/settings';
import { storedSummary, type StoredSummary } from '../../store/summary';
import { subscribeLive } from './live';

/** `ready`: start reading (the panel waits until its first report is shown); `db` is null until the store is open. */
export function useSettings(db: TabayyunDB | null, withSummary: boolean, ready = true) {
  const [settings, setSettings] = useState<DataSettings | null>(null);
  const [summary, setSummary] = useState<StoredSummary | null>(null);
  const [usage, setUsage] = useState<StorageUse | null>(null);
  useEffect(() => {
    if (!ready || !db) return;
    return subscribeLive(() => getSettings(db), { next: setSettings, error: () => undefined });
  }, [db, ready]);
  useEffect(() => {
    if (!withSummary || !db) return;
    return subscribeLive(() => storedSummary(db), {
      next: (s) => {
        setSummary(s);
        void storageEstimate().then(setUsage);
      },
      error: () => undefined,
    });
  }, [db, withSummary]);
  return { settings, summary, usage };
}
