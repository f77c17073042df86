// The history view's data, live: it follows every change to the store (Dexie liveQuery).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { TabayyunDB } from '../../store/db';
import { historySites, searchHistory, type HistoryEntry } from '../../store/history';

export function useHistory(db: TabayyunDB, words: string, site: string, active: boolean) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    if (!active) return;
    const sub = liveQuery(() => Promise.all([searchHistory(db, { words, site }), historySites(db)])).subscribe({
      next: ([found, all]) => {
        setEntries(found);
        setSites(all);
      },
      error: () => setEntries([]),
    });
    return () => sub.unsubscribe();
  }, [db, words, site, active]);
  return { entries, sites };
}
