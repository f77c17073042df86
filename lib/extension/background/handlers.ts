// The background's answers to every message. Dependencies are passed in, so tests run the
// same handlers on fake-indexeddb and a fake browser.
import { analyzeArticle } from '../../pipeline/analyze';
import { fileUnder } from '../../pipeline/extract/canonical';
import { failure, failureFrom, parseMessage, type PanelState, type ReadAck, type Reply } from '../messaging/protocol';
import type { TabayyunDB } from '../../store/db';
import { foldPendingKeywords } from '../../store/keyword-stats';
import { setStoryLink } from '../../store/links';
import { saveSafely } from '../../store/quota';
import { saveWithReport } from '../../pipeline/report/build';
import { textHash } from '../../store/hash';
import { deleteRead } from '../../store/reads';
import { getPageMarks, isPaused } from '../../store/settings';
import type { ArticleSnapshot, SkipReason } from '../../types';
import { skippedState, snapshotFields } from './pick';
import { saveLimiter, type AddedRecord, type SaveLimiter } from './save-limit';
import type { PageHighlights, RefreshScope } from './page-highlights';
import { createReportCache, type ReportCache } from './report-cache';
import type { TabStates } from './tab-state';

export interface Sender {
  tabId?: number;
  incognito?: boolean;
  /** The sending frame's real address (the browser's, not the page's word). */
  url?: string;
}

export interface BackgroundDeps {
  db: TabayyunDB;
  tabs: TabStates;
  /** Runs the content script in a tab the reader asked to read (activeTab + scripting). */
  injectReader(tabId: number): Promise<void>;
  /** Updates the marks in other open pages when a story's report changes. */
  pageHighlights?: PageHighlights;
  now?: () => number;
  /** How often one tab may add a read or version (default: saveLimiter()). */
  limiter?: SaveLimiter;
  /** Story reports kept between questions (default: a new cache on `db`). */
  reports?: ReportCache;
}

export function createHandlers(deps: BackgroundDeps) {
  const { db, tabs, pageHighlights } = deps;
  const now = deps.now ?? Date.now;
  const limiter = deps.limiter ?? saveLimiter();
  const reports = deps.reports ?? createReportCache(db);
  /** The report of reads of the story may have changed: their pages' marks follow (not awaited). */
  const storyChanged = (scope?: RefreshScope) => void pageHighlights?.refresh(scope);

  /** What saving `article` would add: a read, a version, or nothing (the same text again). */
  async function wouldAdd(article: ArticleSnapshot): Promise<AddedRecord | null> {
    const existing = await db.reads.where('canonicalUrl').equals(article.canonicalUrl).first();
    if (!existing) return 'read';
    return existing.textHash === textHash(article.text) ? null : 'version';
  }

  async function articleRead(data: unknown, sender: Sender): Promise<Reply<ReadAck>> {
    // Private windows are never recorded.
    if (sender.incognito) return failure('private-window');
    const parsed = parseMessage('articleRead', data);
    const filed = parsed.ok ? fileUnder(parsed.data, sender.url) : null;
    if (!parsed.ok || !filed) {
      // The panel says the page could not be read, rather than waiting for it forever.
      const detail = parsed.ok ? 'bad-url' : parsed.problem;
      const url = String((data as { url?: unknown } | null)?.url ?? '').slice(0, 2_000);
      if (sender.tabId !== undefined) await tabs.set(sender.tabId, skippedState({ url, reason: 'failed', detail }, sender.url));
      return failure(detail);
    }
    // Named fields only, filed under addresses checked against the tab's own.
    const snapshot = snapshotFields(parsed.data, filed);
    if (await isPaused(db, snapshot.host)) {
      if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'paused', url: snapshot.url, host: snapshot.host });
      return failure('paused');
    }
    const tabKey = sender.tabId ?? -1;
    const adds = await wouldAdd(snapshot);
    const wait = adds ? limiter.waitFor(tabKey, adds, now()) : 0;
    if (wait > 0) {
      // The tab no longer shows the article the panel would otherwise name for it.
      if (adds === 'read' && sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'unknown' });
      return failure('too-soon', { retryAfterMs: wait });
    }
    const analyzed = analyzeArticle(snapshot);
    // Saved and looked up in one transaction; its report is kept for the panel at once.
    const saved = await saveSafely(() => saveWithReport(db, analyzed, now()));
    if (saved.ok && saved.value.report) reports.put(saved.value.outcome.read.id, saved.value.report);
    if (!saved.ok) {
      // Never lost silently: the panel tells the reader what happened and what to do.
      if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'failed', url: snapshot.url, reason: saved.reason, message: saved.message });
      return failure(saved.reason, { message: saved.message });
    }
    const { outcome, report } = saved.value;
    // A new read's keyword records are rewritten after its save, not in it (schema v7): in a
    // transaction of its own, not waited for. Should it fail, the read stays pending, counted by
    // every lookup, and the next write counts it in (lib/store/keyword-stats.ts).
    if (outcome.status === 'new') void foldPendingKeywords(db).catch(() => undefined);
    if (outcome.status !== 'same') limiter.added(tabKey, outcome.status === 'new' ? 'read' : 'version', now());
    if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'read', url: snapshot.url, readId: outcome.read.id });
    // With page marks off the page is given nothing to mark (a page can read its marks).
    const highlights = report && (await getPageMarks(db)) ? report.highlights : [];
    if (sender.tabId !== undefined) pageHighlights?.given(sender.tabId, highlights);
    // A new or changed read is a new related read for the other reads of its story.
    if (outcome.status !== 'same') storyChanged({ reads: new Set(report?.articles.map((a) => a.readId)), exceptTab: sender.tabId });
    return { ok: true, readId: outcome.read.id, status: outcome.status, highlights };
  }

  async function pageSkipped(info: { url: string; reason: SkipReason; detail?: string }, sender: Sender): Promise<void> {
    // Nothing about a private window's pages is kept, not even for the session.
    if (sender.tabId === undefined || sender.incognito) return;
    await tabs.set(sender.tabId, skippedState(info, sender.url));
  }

  async function panelState(tabId: number): Promise<PanelState> {
    const state = await tabs.get(tabId);
    if (state.status === 'skipped' || state.status === 'paused') return { tabId, ...state };
    if (state.status === 'failed') return { status: 'error', tabId, reason: state.reason, message: state.message };
    if (state.status === 'unknown') return { status: 'unknown', tabId, canRead: true };
    const report = await reports.report(state.readId);
    if (!report) return { status: 'unknown', tabId, url: state.url, canRead: true };
    return { status: 'read', tabId, report };
  }

  async function readTab(tabId: number): Promise<Reply> {
    try {
      await deps.injectReader(tabId);
      return { ok: true };
    } catch (e) {
      // Without the toolbar click's permission the page cannot be read: the panel says what to do.
      return failureFrom(e);
    }
  }

  return {
    articleRead,
    pageSkipped,
    panelState,
    readTab,
    setSameStory: async (readId: number, otherId: number, same: boolean) => {
      await setStoryLink(db, readId, otherId, same, now());
      // A decision is about one pair: only the two reads' reports change.
      storyChanged({ reads: new Set([readId, otherId]) });
    },
    deleteRead: async (readId: number) => {
      await deleteRead(db, readId);
      storyChanged();
    },
    tabClosed: (tabId: number) => {
      limiter.forget(tabId);
      pageHighlights?.forget(tabId);
      return tabs.forget(tabId);
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createHandlers>;
