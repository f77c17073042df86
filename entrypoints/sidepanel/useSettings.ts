// The settings view's data, live from the store, plus the browser's storage estimate.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { TabayyunDB } from '../../lib/store/db';
import { storageEstimate, type StorageUse } from '../../lib/store/storage-use';
import { getSettings, type DataSettings } from '../../lib/store/settings';
import { storedSummary, type StoredSummary } from '../../lib/store/summary';

export function useSettings(db: TabayyunDB, withSummary: boolean) {
  const [settings, setSettings] = useState<DataSettings | null>(null);
  const [summary, setSummary] = useState<StoredSummary | null>(null);
  const [usage, setUsage] = useState<StorageUse | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => getSettings(db)).subscribe({ next: setSettings, error: () => undefined });
    return () => sub.unsubscribe();
  }, [db]);
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
