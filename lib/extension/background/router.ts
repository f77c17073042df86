// Every message the background answers, and who may send it: the one path from a message to its
// handler. The entrypoint registers `answer` for each type; tests call `answer` the same way, so
// they exercise the sender checks, the schema checks and the error shape the browser does.
import { failure, failureFrom, parseMessage, type MessageData, type MessageType, type ReplyTo } from '../messaging/protocol';
import type { DataHandlers } from './data-handlers';
import type { BackgroundHandlers, Sender } from './handlers';

/** A message as the browser hands it to the background. */
export interface IncomingSender {
  /** The sending extension's id (ours, or another's). */
  id?: string;
  /** The sending frame's address: an extension page's own, or the web page a content script runs in. */
  url?: string;
  tab?: { id?: number; incognito?: boolean; url?: string };
}

export interface RouterDeps {
  handlers: BackgroundHandlers;
  data: DataHandlers;
  /** This extension's id (browser.runtime.id). */
  extensionId: string;
  /** Where this extension's own pages live (browser.runtime.getURL('/')). */
  extensionOrigin: string;
}

/** The messages the background answers: content scripts send reads and skips, the panel the rest. */
export type BackgroundMessage = Exclude<MessageType, 'scrollToFigure' | 'setHighlights'>;
export const BACKGROUND_MESSAGES = [
  'articleRead',
  'pageSkipped',
  'panelState',
  'readTab',
  'setSameStory',
  'deleteRead',
  'importData',
  'deleteStory',
  'deleteAll',
  'setSitePaused',
  'setUiLanguage',
  'setPageMarks',
  'setRetention',
  'pruneNow',
] as const satisfies readonly BackgroundMessage[];
// Every message the background answers is registered (a new one cannot be forgotten here).
const everyMessageListed: [Exclude<BackgroundMessage, (typeof BACKGROUND_MESSAGES)[number]>] extends [never] ? true : false = true;
void everyMessageListed;

type Answer<K extends BackgroundMessage> = (data: MessageData<K>, sender: Sender) => Promise<ReplyTo<K>> | ReplyTo<K>;
const ok = { ok: true } as const;

export function createRouter(deps: RouterDeps) {
  const { handlers, data } = deps;
  const fromUs = (s: IncomingSender) => s.id === deps.extensionId;
  // A content script's sender address is the web page's, never ours.
  const fromOurPage = (s: IncomingSender) => fromUs(s) && (s.url ?? '').startsWith(deps.extensionOrigin);
  const senderOf = (s: IncomingSender): Sender => ({ tabId: s.tab?.id, incognito: s.tab?.incognito, url: s.url ?? s.tab?.url });

  const panel: { [K in Exclude<BackgroundMessage, 'articleRead' | 'pageSkipped'>]: Answer<K> } = {
    panelState: async (d) => ({ ok: true, state: await handlers.panelState(d.tabId) }),
    readTab: (d) => handlers.readTab(d.tabId),
    setSameStory: async (d) => (await handlers.setSameStory(d.readId, d.otherId, d.same), ok),
    deleteRead: async (d) => (await handlers.deleteRead(d.readId), ok),
    importData: (file) => data.importFile(file),
    deleteStory: async (d) => ({ ok: true, deleted: await data.deleteStory(d.readIds) }),
    deleteAll: async () => (await data.deleteEverything(), ok),
    setSitePaused: async (d) => (await data.setPaused(d.host, d.paused), ok),
    setUiLanguage: async (d) => (await data.setUiLanguage(d.lang), ok),
    setPageMarks: async (d) => (await data.setPageMarks(d.on), ok),
    setRetention: (d) => data.setRetention(d.months),
    pruneNow: async () => ({ ok: true, removed: await data.pruneNow() }),
  };

  async function route<K extends BackgroundMessage>(type: K, raw: unknown, from: IncomingSender): Promise<ReplyTo<K>> {
    if (type === 'articleRead') {
      // The snapshot is checked by the handler, which tells the panel when a page sent a bad one.
      return (fromUs(from) ? handlers.articleRead(raw, senderOf(from)) : failure('refused')) as Promise<ReplyTo<K>>;
    }
    const parsed = parseMessage(type, raw);
    if (type === 'pageSkipped') {
      if (!fromUs(from)) return failure('refused') as ReplyTo<K>;
      if (!parsed.ok) return failure(parsed.problem) as ReplyTo<K>;
      await handlers.pageSkipped(parsed.data as MessageData<'pageSkipped'>, senderOf(from));
      return ok as ReplyTo<K>;
    }
    if (!fromOurPage(from)) return failure('refused', { message: 'not from the extension' }) as ReplyTo<K>;
    if (!parsed.ok) return failure(parsed.problem) as ReplyTo<K>;
    const answer = panel[type as keyof typeof panel] as unknown as Answer<K>;
    return answer(parsed.data, senderOf(from));
  }

  return {
    /** The answer to one message: never a rejected promise, a failure instead. */
    answer<K extends BackgroundMessage>(type: K, raw: unknown, from: IncomingSender): Promise<ReplyTo<K>> {
      return route(type, raw, from).catch((e) => failureFrom(e) as ReplyTo<K>);
    },
  };
}

export type Router = ReturnType<typeof createRouter>;
