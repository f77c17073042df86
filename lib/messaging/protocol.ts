// The one message protocol between content script, background and side panel.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { HighlightItem, StoryReport } from '../report/types';
import type { ImportResult } from '../store/export';
import type { UiLanguage } from '../store/settings';
import type { ArticleSnapshot, SkipReason } from '../types';

/** What the background knows about a tab's page. */
export type TabState =
  | { status: 'unknown' }
  | { status: 'skipped'; url: string; reason: SkipReason; detail?: string }
  | { status: 'read'; url: string; readId: number }
  /** The reader paused recording for this site. */
  | { status: 'paused'; url: string; host: string }
  /** The article was extracted but could not be saved (storage full, database error). */
  | { status: 'failed'; url: string; reason: 'quota' | 'unknown'; message: string };

/** Everything the panel shows for one tab. */
export type PanelState =
  | { status: 'unknown'; tabId: number; url?: string; canRead: boolean }
  | { status: 'skipped'; tabId: number; url: string; reason: SkipReason; detail?: string }
  | { status: 'error'; tabId: number; message: string; reason?: 'quota' | 'unknown' }
  | { status: 'paused'; tabId: number; url: string; host: string }
  | { status: 'read'; tabId: number; report: StoryReport };

export interface ReadAck {
  readId: number;
  status: 'new' | 'same' | 'changed';
  highlights: HighlightItem[];
}

export interface ProtocolMap {
  // content script → background
  /** `retryAfterMs` with error 'too-soon': the tab added a read moments ago; send again after it. */
  articleRead(snapshot: ArticleSnapshot): ReadAck | { error: string; message?: string; retryAfterMs?: number };
  pageSkipped(info: { url: string; reason: SkipReason; detail?: string }): void;
  // side panel → background
  panelState(data: { tabId: number }): PanelState;
  /** Reads the tab now (toolbar click on a site the content script does not run on). */
  readTab(data: { tabId: number }): { ok: boolean; error?: string };
  setSameStory(data: { readId: number; otherId: number; same: boolean }): void;
  deleteRead(data: { readId: number }): void;
  // side panel → content script
  scrollToFigure(data: { id: string }): boolean;

  // data management (side panel → background; handlers in lib/background/data-handlers.ts).
  // Reading settings, sizes and the export needs no message: the panel reads the store itself.
  /** Never throws: a file that is not an export, or a newer format, comes back as { error }. */
  importData(data: unknown): ImportResult | { error: string };
  deleteStory(data: { readIds: number[] }): { deleted: number };
  /** Every read, version, story link and setting. */
  deleteAll(): void;
  setSitePaused(data: { host: string; paused: boolean }): void;
  setUiLanguage(data: { lang: UiLanguage | null }): void;
  /** Whether figures are marked in pages read from now on. */
  setPageMarks(data: { on: boolean }): void;
  /** months null keeps everything; the setting is applied by pruneNow. */
  setRetention(data: { months: number | null }): { ok: true } | { error: string };
  pruneNow(): { removed: number };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
