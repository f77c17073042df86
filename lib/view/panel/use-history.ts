// The history view's data, live: it follows every change to the store (Dexie liveQuery), once
// the store is open (`db` null until then).
import { useEffect, useState } from 'preact/hooks';
import type { TabayyunDB } from '../../store/db';
import { historySites, searchHistory, type HistoryEntry } from '../../store/history';
import { subscribeLive } from './live';

export function useHistory(db: TabayyunDB | null, words: string, site: string, active: boolean) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    if (!active || !db) return;
    return subscribeLive(() => Promise.all([searchHistory(db, { words, site }), historySites(db)]), {
      next: ([found, all]) => {
        setEntries(found);
        setSites(all);
      },
      error: () => setEntries([]),
    });
  }, [db, words, site, active]);
  return { entries, sites };
}
