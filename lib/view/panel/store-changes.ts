// When to ask the background for a tab's report again. The panel never writes to the store;
// it watches it (Dexie liveQuery, in the extension's own IndexedDB) and the tab's state in
// session storage, and asks again when either changes in a way that can change the report.
import type { TabayyunDB } from '../../store/db';
import { readCount } from '../../store/keyword-stats';
import { staleReadCount } from '../../store/stale';
import { tabStateKey } from '../../extension/messaging/protocol';
import { subscribeLive } from './live';

/** What the report depends on, in a few indexed counts: reads added, changed or deleted, story decisions, re-analysis. */
export interface StoreMarks {
  reads: number;
  lastReadAt: number | null;
  links: number;
  /** Reads the background is still re-analysing (after an engine update or an import). */
  updating: number;
}

export async function storeMarks(db: TabayyunDB): Promise<StoreMarks> {
  const [reads, lastReadAt, links, updating] = await Promise.all([
    // Kept by every write, not counted by walking the store on every change the panel sees.
    readCount(db),
    db.reads.orderBy('readAt').lastKey() as Promise<number | undefined>,
    db.storyLinks.count(),
    staleReadCount(db),
  ]);
  return { reads, lastReadAt: lastReadAt ?? null, links, updating };
}

/**
 * Calls `onMarks` with the store's marks now and after every change; `changed` is false for the
 * first call (the state the panel just asked for) and true when a later change can change a
 * report. A rising `updating` count (an import) changes no report yet; a falling one does.
 */
export function watchStore(db: TabayyunDB, onMarks: (marks: StoreMarks, changed: boolean) => void): () => void {
  let last: StoreMarks | null = null;
  return subscribeLive(() => storeMarks(db), {
    next: (marks) => {
      const changed = last !== null && (marks.reads !== last.reads || marks.lastReadAt !== last.lastReadAt || marks.links !== last.links || marks.updating < last.updating);
      last = marks;
      onMarks(marks, changed);
    },
    error: () => undefined,
  });
}

/** The parts of the browser the tab watch listens to (wxt's `browser`, or a fake in tests). */
export interface TabEvents {
  storage: { session: { onChanged: { addListener(f: (changes: Record<string, unknown>) => void): void; removeListener(f: (changes: Record<string, unknown>) => void): void } } };
  tabs: { onUpdated: { addListener(f: (id: number, info: { status?: string }) => void): void; removeListener(f: (id: number, info: { status?: string }) => void): void } };
}

/** Calls `onChange` when the background files a new state for the tab, or the tab finishes loading. */
export function watchTab(events: TabEvents, tabId: number, onChange: () => void): () => void {
  const onSession = (changes: Record<string, unknown>) => tabStateKey(tabId) in changes && onChange();
  const onUpdated = (id: number, info: { status?: string }) => id === tabId && info.status === 'complete' && onChange();
  events.storage.session.onChanged.addListener(onSession);
  events.tabs.onUpdated.addListener(onUpdated);
  return () => {
    events.storage.session.onChanged.removeListener(onSession);
    events.tabs.onUpdated.removeListener(onUpdated);
  };
}
