// The settings view's data, live from the store, plus the browser's storage estimate.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { TabayyunDB } from '../../store/db';
import { storageEstimate, type StorageUse } from '../../store/storage-use';
import { getSettings, type DataSettings } from '../../store/settings';
import { storedSummary, type StoredSummary } from '../../store/summary';

/** `ready`: start reading (the panel waits until its first report is shown). */
export function useSettings(db: TabayyunDB, withSummary: boolean, ready = true) {
  const [settings, setSettings] = useState<DataSettings | null>(null);
  const [summary, setSummary] = useState<StoredSummary | null>(null);
  const [usage, setUsage] = useState<StorageUse | null>(null);
  useEffect(() => {
    if (!ready) return;
    const sub = liveQuery(() => getSettings(db)).subscribe({ next: setSettings, error: () => undefined });
    return () => sub.unsubscribe();
  }, [db, ready]);
  useEffect(() => {
    if (!withSummary) return;
    const sub = liveQuery(() => storedSummary(db)).subscribe({
      next: (s) => {
        setSummary(s);
        void storageEstimate().then(setUsage);
      },
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  }, [db, withSummary]);
  return { settings, summary, usage };
}
