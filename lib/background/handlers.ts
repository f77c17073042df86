// The background's answers to every message. Dependencies are passed in, so tests run the
// same handlers on fake-indexeddb and a fake browser.
import { analyzeArticle } from '../analyze';
import { parseMessage, type PanelState, type ReadAck } from '../messaging/protocol';
import { buildStoryReport } from '../report/build';
import type { TabayyunDB } from '../store/db';
import { setStoryLink } from '../store/links';
import { saveReadSafely } from '../store/quota';
import { deleteRead } from '../store/reads';
import { isPaused } from '../store/settings';
import type { ArticleSnapshot, SkipReason } from '../types';
import type { PageHighlights, RefreshScope } from './page-highlights';
import type { TabStates } from './tab-state';

export interface Sender {
  tabId?: number;
  incognito?: boolean;
}

export interface BackgroundDeps {
  db: TabayyunDB;
  tabs: TabStates;
  /** Runs the content script in a tab the reader asked to read (activeTab + scripting). */
  injectReader(tabId: number): Promise<void>;
  /** Updates the marks in other open pages when a story's report changes. */
  pageHighlights?: PageHighlights;
  now?: () => number;
}

export function createHandlers(deps: BackgroundDeps) {
  const { db, tabs, pageHighlights } = deps;
  const now = deps.now ?? Date.now;
  /** The report of reads of the story may have changed: their pages' marks follow (not awaited). */
  const storyChanged = (scope?: RefreshScope) => void pageHighlights?.refresh(scope);

  async function articleRead(data: unknown, sender: Sender): Promise<ReadAck | { error: string; message?: string }> {
    // Private windows are never recorded.
    if (sender.incognito) return { error: 'private-window' };
    const parsed = parseMessage('articleRead', data);
    if (!parsed.ok) {
      // The panel says the page could not be read, rather than waiting for it forever.
      const url = String((data as { url?: unknown } | null)?.url ?? '').slice(0, 2_000);
      if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'skipped', url, reason: 'failed', detail: parsed.problem });
      return { error: parsed.problem };
    }
    const snapshot: ArticleSnapshot = parsed.data;
    if (await isPaused(db, snapshot.host)) {
      if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'paused', url: snapshot.url, host: snapshot.host });
      return { error: 'paused' };
    }
    const analyzed = analyzeArticle(snapshot);
    const saved = await saveReadSafely(db, analyzed, now());
    if (!saved.ok) {
      // Never lost silently: the panel tells the reader what happened and what to do.
      if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'failed', url: snapshot.url, reason: saved.reason, message: saved.message });
      return { error: saved.reason, message: saved.message };
    }
    const { outcome } = saved;
    if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'read', url: snapshot.url, readId: outcome.read.id });
    const report = await buildStoryReport(db, outcome.read.id);
    const highlights = report?.highlights ?? [];
    if (sender.tabId !== undefined) pageHighlights?.given(sender.tabId, highlights);
    // A new or changed read is a new related read for the other reads of its story.
    if (outcome.status !== 'same') storyChanged({ reads: new Set(report?.articles.map((a) => a.readId)), exceptTab: sender.tabId });
    return { readId: outcome.read.id, status: outcome.status, highlights };
  }

  async function pageSkipped(info: { url: string; reason: SkipReason; detail?: string }, sender: Sender): Promise<void> {
    if (sender.tabId !== undefined) await tabs.set(sender.tabId, { status: 'skipped', ...info });
  }

  async function panelState(tabId: number): Promise<PanelState> {
    const state = await tabs.get(tabId);
    if (state.status === 'skipped' || state.status === 'paused') return { tabId, ...state };
    if (state.status === 'failed') return { status: 'error', tabId, reason: state.reason, message: state.message };
    if (state.status === 'unknown') return { status: 'unknown', tabId, canRead: true };
    try {
      const report = await buildStoryReport(db, state.readId);
      if (!report) return { status: 'unknown', tabId, url: state.url, canRead: true };
      return { status: 'read', tabId, report };
    } catch (e) {
      return { status: 'error', tabId, message: e instanceof Error ? e.message : String(e) };
    }
  }

  async function readTab(tabId: number): Promise<{ ok: boolean; error?: string }> {
    try {
      await deps.injectReader(tabId);
      return { ok: true };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
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
      pageHighlights?.forget(tabId);
      return tabs.forget(tabId);
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createHandlers>;
