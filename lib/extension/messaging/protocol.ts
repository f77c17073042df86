// The one message protocol between content script, background and side panel. Every message's
// data has one valibot schema here; its TypeScript type is derived from the schema, and the
// receiver checks the data against it before acting (a content script runs inside an arbitrary
// web page, so nothing it sends is trusted as typed).
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type { HighlightItem, StoryReport } from '../../pipeline/report/types';
import type { ImportResult } from '../../store/export';
import type { ArticleSnapshot, SkipReason } from '../../types';

/** What the background knows about a tab's page. */
export type TabState =
  | { status: 'unknown' }
  | { status: 'skipped'; url: string; reason: SkipReason; detail?: string }
  | { status: 'read'; url: string; readId: number }
  /** The reader paused recording for this site. */
  | { status: 'paused'; url: string; host: string }
  /** The article was extracted but could not be saved (storage full, database error). */
  | { status: 'failed'; url: string; reason: 'quota' | 'unknown'; message: string };

/** Where the background keeps a tab's TabState in session storage; the panel watches this key. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/**
 * The last story reports the background built (read id → report), in session storage and
 * removed at every write to the store: the panel shows one at once, without waking the
 * background, while it asks the background for the current one.
 */
export const SHELVED_REPORTS_KEY = 'reports';
export type ShelvedReports = Record<string, StoryReport>;

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

export const MAX_TEXT_LENGTH = 400_000;
export const MAX_FIELD_LENGTH = 2_000;

const field = v.pipe(v.string(), v.maxLength(MAX_FIELD_LENGTH));
const optionalField = v.nullable(field);
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
/** Tab ids are browser-given integers; -1 stands for "no tab" (TAB_ID_NONE). */
const tabId = v.pipe(v.number(), v.integer());
const SKIP_REASONS = ['not-readerable', 'too-short', 'not-arabic', 'too-large', 'failed'] as const satisfies readonly SkipReason[];

/** One extracted article, as a content script sends it. */
export const ArticleSnapshotSchema = v.object({
  url: field,
  canonicalUrl: v.pipe(field, v.regex(/^https?:/i)),
  site: field,
  host: field,
  title: field,
  byline: optionalField,
  published: optionalField,
  lang: optionalField,
  dir: v.nullable(v.picklist(['rtl', 'ltr'])),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH), v.check((t) => t.trim().length > 0)),
});

const HighlightItemSchema = v.object({
  id: field,
  selector: v.object({ exact: v.string(), prefix: v.string(), suffix: v.string() }),
  tone: v.picklist(['conflict', 'differ']),
});

/** No data: the message is its own meaning. */
const none = v.undefined();

export const MESSAGE_SCHEMAS = {
  // content script → background
  articleRead: ArticleSnapshotSchema,
  pageSkipped: v.object({ url: field, reason: v.picklist(SKIP_REASONS), detail: v.optional(v.string()) }),
  // side panel → background
  panelState: v.object({ tabId }),
  readTab: v.object({ tabId }),
  setSameStory: v.object({ readId: id, otherId: id, same: v.boolean() }),
  deleteRead: v.object({ readId: id }),
  // side panel → content script
  scrollToFigure: v.object({ id: field }),
  // background → content script: the story's report changed, so the page's marks change.
  setHighlights: v.object({ readId: id, highlights: v.array(HighlightItemSchema) }),
  // data management (side panel → background; handlers in lib/extension/background/data-handlers.ts)
  /** The import file has its own schema (lib/store/export-format.ts), which explains what is wrong. */
  importData: v.unknown(),
  deleteStory: v.object({ readIds: v.array(id) }),
  deleteAll: none,
  setSitePaused: v.object({ host: field, paused: v.boolean() }),
  setUiLanguage: v.object({ lang: v.nullable(v.picklist(['ar', 'en'])) }),
  setPageMarks: v.object({ on: v.boolean() }),
  setRetention: v.object({ months: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))) }),
  pruneNow: none,
} as const;

export type MessageType = keyof typeof MESSAGE_SCHEMAS;
export type MessageData<K extends MessageType> = v.InferOutput<(typeof MESSAGE_SCHEMAS)[K]>;

// The snapshot type the rest of the code uses is exactly what the schema accepts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const snapshotTypeMatchesSchema: Same<ArticleSnapshot, MessageData<'articleRead'>> = true;
void snapshotTypeMatchesSchema;

/**
 * The one shape of every answer: `{ ok: true, ...data }`, or a failure with a short code
 * (`refused`, `bad-<field>`, `too-soon`, `quota`, `failed`, …) and, where it helps the reader, a
 * sentence. Nothing is answered by a rejected promise: a sender handles `ok` and nothing else.
 */
export type Failure = { ok: false; error: string; message?: string; retryAfterMs?: number };
export type Reply<T extends object = object> = ({ ok: true } & T) | Failure;

export function failure(error: string, extra: { message?: string; retryAfterMs?: number } = {}): Failure {
  return { ok: false, error, ...extra };
}

/** A thrown error as a failure the sender can show. */
export function failureFrom(e: unknown): Failure {
  return failure('failed', { message: e instanceof Error ? e.message : String(e) });
}

export interface ProtocolMap {
  /** A failure with error 'too-soon' has `retryAfterMs`: the tab added a read moments ago; send again after it. */
  articleRead(snapshot: MessageData<'articleRead'>): Reply<ReadAck>;
  pageSkipped(info: MessageData<'pageSkipped'>): Reply;
  panelState(data: MessageData<'panelState'>): Reply<{ state: PanelState }>;
  /** Reads the tab now (toolbar click on a site the content script does not run on). */
  readTab(data: MessageData<'readTab'>): Reply;
  setSameStory(data: MessageData<'setSameStory'>): Reply;
  deleteRead(data: MessageData<'deleteRead'>): Reply;
  /** Fails with 'not-found' when the figure is not marked in the page. */
  scrollToFigure(data: MessageData<'scrollToFigure'>): Reply;
  setHighlights(data: MessageData<'setHighlights'>): Reply;
  /** A file that is not an export, or a newer format, fails with a message that says why. */
  importData(data: MessageData<'importData'>): Reply<ImportResult>;
  deleteStory(data: MessageData<'deleteStory'>): Reply<{ deleted: number }>;
  /** Every read, version, story link and setting. */
  deleteAll(): Reply;
  setSitePaused(data: MessageData<'setSitePaused'>): Reply;
  setUiLanguage(data: MessageData<'setUiLanguage'>): Reply;
  /** Whether figures are marked in pages: answered once the pages already open are cleared or marked again. */
  setPageMarks(data: MessageData<'setPageMarks'>): Reply;
  /** months null keeps everything; the setting is applied by pruneNow. */
  setRetention(data: MessageData<'setRetention'>): Reply;
  pruneNow(): Reply<{ removed: number }>;
}

/** What answering message K gives back. */
export type ReplyTo<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** The data checked against its message's schema, or a short reason naming the first bad field ("bad-text"). */
export function parseMessage<K extends MessageType>(type: K, data: unknown): { ok: true; data: MessageData<K> } | { ok: false; problem: string } {
  const result = v.safeParse(MESSAGE_SCHEMAS[type], data);
  if (result.success) return { ok: true, data: result.output as MessageData<K> };
  const path = result.issues[0].path;
  return { ok: false, problem: path?.length ? `bad-${path.map((p) => String(p.key)).join('.')}` : 'not-an-object' };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
