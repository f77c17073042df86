// Keeps the figures marked in open pages in line with their story's report. When a report may
// have changed (a new related read, "not the same story", a deletion, a re-analysis), every tab
// showing a stored read gets its report rebuilt, and the tabs whose highlights differ from what
// they were last sent get the new ones (tabs of other stories are left alone).
import type { MessageData, ReplyTo } from '../messaging/protocol';
import type { HighlightItem, StoryReport } from '../../pipeline/report/types';
import { buildStoryReport } from '../../pipeline/report/build';
import type { TabayyunDB } from '../../store/db';
import { getPageMarks } from '../../store/settings';
import type { TabStates } from './tab-state';

export interface PageHighlightsDeps {
  db: TabayyunDB;
  tabs: TabStates;
  /** Sends the highlights to the content script in a tab (tabs.sendMessage); rejects when nothing listens there. */
  send(tabId: number, data: MessageData<'setHighlights'>): Promise<ReplyTo<'setHighlights'> | void>;
  /** A read's story report (default: built from the store; the background passes its report cache). */
  report?(readId: number): Promise<StoryReport | null>;
}

export interface RefreshScope {
  /** Only tabs showing these reads (the reads whose report can have changed); every read tab when absent. */
  reads?: ReadonlySet<number>;
  /** A tab that was just answered directly. */
  exceptTab?: number;
}

export function createPageHighlights(deps: PageHighlightsDeps) {
  const { db, tabs } = deps;
  const reportOf = deps.report ?? ((readId: number) => buildStoryReport(db, readId));
  // What each tab was last given, while this worker lives; after a restart tabs are sent again once.
  const lastSent = new Map<number, string>();
  let queue: Promise<void> = Promise.resolve();

  async function refreshNow(scope: RefreshScope): Promise<void> {
    // With page marks off, pages are given nothing to mark (a page can read its marks).
    const marksOn = await getPageMarks(db);
    for (const [tabId, readId] of await tabs.readTabs()) {
      if (tabId === scope.exceptTab || (scope.reads && !scope.reads.has(readId))) continue;
      const report = marksOn ? await reportOf(readId).catch(() => null) : null;
      const highlights = report?.highlights ?? [];
      const signature = JSON.stringify(highlights);
      if (lastSent.get(tabId) === signature) continue;
      lastSent.set(tabId, signature);
      // The tab may have navigated away or closed (its content script is gone, or shows another
      // read): it is sent again next time.
      const reply = await deps.send(tabId, { readId, highlights }).catch(() => null);
      if (reply === null || (reply && !reply.ok)) lastSent.delete(tabId);
    }
  }

  return {
    /** The tab's content script was just given these highlights (with its read's acknowledgement). */
    given(tabId: number, highlights: HighlightItem[]): void {
      lastSent.set(tabId, JSON.stringify(highlights));
    },
    /** One refresh at a time, in the order asked. */
    refresh(scope: RefreshScope = {}): Promise<void> {
      queue = queue.then(() => refreshNow(scope)).catch((e) => console.warn('Tabayyun: could not update highlights', e));
      return queue;
    },
    /** Settles when every refresh asked for so far is done. */
    idle: (): Promise<void> => queue,
    forget(tabId: number): void {
      lastSent.delete(tabId);
    },
  };
}

export type PageHighlights = ReturnType<typeof createPageHighlights>;
