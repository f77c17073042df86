// The panel's connection to the store, opened once its first report is shown: the store's code
// (Dexie) is loaded then, in its own chunk, so the panel's first script carries only what the
// first report needs (bench "panel"). The panel reads the store to follow changes live and for
// the history, settings and export; every write goes through the background.
import { useEffect, useState } from 'preact/hooks';
import type { TabayyunDB } from '../../store/db';

let opened: Promise<TabayyunDB> | undefined;

/** The extension's database, opened on the first call and shared after. */
export function panelDatabase(): Promise<TabayyunDB> {
  return (opened ??= import('../../store/db').then(({ openDatabase }) => openDatabase()));
}

/** The database once `ready` (the first report is in), null until then. */
export function usePanelDatabase(ready: boolean): TabayyunDB | null {
  const [db, setDb] = useState<TabayyunDB | null>(null);
  useEffect(() => {
    if (!ready || db) return;
    let live = true;
    void panelDatabase().then((opened) => live && setDb(opened));
    return () => {
      live = false;
    };
  }, [ready]);
  return db;
}
