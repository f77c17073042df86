// Wires the background: database, tab states, message handlers, side panel behaviour.
import type { GetReturnType, MaybePromise } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { createDataHandlers } from '../../lib/background/data-handlers';
import { createHandlers } from '../../lib/background/handlers';
import { createPageHighlights } from '../../lib/background/page-highlights';
import { createReanalysis } from '../../lib/background/reanalysis';
import { CONTENT_SCRIPT_FILE, watchSitePermissions } from '../../lib/background/site-scripts';
import { sessionTabStates } from '../../lib/background/tab-state';
import { onMessage, parseMessage, sendMessage, type MessageData, type ProtocolMap } from '../../lib/messaging/protocol';
import { openDatabase } from '../../lib/store/db';

/** Messages the side panel sends; content scripts send the others. */
type PanelMessage = Exclude<keyof ProtocolMap, 'articleRead' | 'pageSkipped' | 'scrollToFigure' | 'setHighlights'>;

export default defineBackground(() => {
  const db = openDatabase();
  const tabs = sessionTabStates();
  const pageHighlights = createPageHighlights({ db, tabs, send: (tabId, data) => sendMessage('setHighlights', data, tabId) });
  // Reads analysed by another engine version (an update, an import) are analysed again; then
  // the open pages' marks follow (once at the end, not after every batch).
  const reanalysis = createReanalysis({ db });
  const reanalyse = () =>
    reanalysis
      .run()
      .then((done) => (done > 0 ? pageHighlights.refresh() : undefined))
      .catch((e) => console.warn('Tabayyun: re-analysis stopped', e));
  const handlers = createHandlers({
    db,
    tabs,
    pageHighlights,
    injectReader: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
  });
  const data = createDataHandlers({
    db,
    onStoreChanged: (what) => void (what === 'import' ? reanalyse() : pageHighlights.refresh()),
  });

  // Only the extension's own contexts may talk to it: its content scripts send reads, its own
  // pages ask for everything else. A content script's sender URL is the web page's, never ours.
  type Sender = { id?: string; url?: string; tab?: { id?: number; incognito?: boolean; url?: string } };
  const fromUs = (sender: Sender) => sender.id === browser.runtime.id;
  const ourPage = (sender: Sender) => fromUs(sender) && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  const tabOf = (sender: Sender) => ({ tabId: sender.tab?.id, incognito: sender.tab?.incognito, url: sender.url ?? sender.tab?.url });

  // Content scripts. The snapshot is checked by the handler (a bad one is reported to the panel).
  onMessage('articleRead', ({ data: snapshot, sender }) => (fromUs(sender) ? handlers.articleRead(snapshot, tabOf(sender)) : { error: 'refused' }));
  onMessage('pageSkipped', ({ data, sender }) => {
    const info = parseMessage('pageSkipped', data);
    return fromUs(sender) && info.ok ? handlers.pageSkipped(info.data, tabOf(sender)) : undefined;
  });

  /** A message only the extension's own pages (the side panel) may send, with data its schema accepts. */
  function fromPanel<K extends PanelMessage>(type: K, handle: (data: MessageData<K>) => MaybePromise<GetReturnType<ProtocolMap[K]>>): void {
    onMessage(type, ({ data, sender }) => {
      if (!ourPage(sender)) return Promise.reject(new Error('refused: not from the extension'));
      const parsed = parseMessage(type, data);
      return parsed.ok ? handle(parsed.data) : Promise.reject(new Error(`refused: ${type} ${parsed.problem}`));
    });
  }
  fromPanel('panelState', (d) => handlers.panelState(d.tabId));
  fromPanel('readTab', (d) => handlers.readTab(d.tabId));
  fromPanel('setSameStory', (d) => handlers.setSameStory(d.readId, d.otherId, d.same));
  fromPanel('deleteRead', (d) => handlers.deleteRead(d.readId));
  fromPanel('importData', (file) => data.importFile(file));
  fromPanel('deleteStory', (d) => data.deleteStory(d.readIds));
  fromPanel('deleteAll', () => data.deleteEverything());
  fromPanel('setSitePaused', (d) => data.setPaused(d.host, d.paused));
  fromPanel('setUiLanguage', (d) => data.setUiLanguage(d.lang));
  fromPanel('setPageMarks', (d) => data.setPageMarks(d.on === true));
  fromPanel('setRetention', (d) => data.setRetention(d.months));
  fromPanel('pruneNow', () => data.pruneNow());

  // "Always read this site": the content script follows the reader's per-site permissions.
  watchSitePermissions(browser);

  browser.tabs.onRemoved.addListener((tabId) => void handlers.tabClosed(tabId));

  // Months of reading must not be evicted under storage pressure; old reads go by the
  // reader's retention setting, checked whenever the worker starts.
  void data.requestPersistence().catch(() => undefined);
  void data.pruneNow().catch(() => undefined);
  void reanalyse();

  // Chrome: the toolbar icon opens the side panel. Firefox: it toggles the sidebar.
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.action?.onClicked.addListener(() => void sidebar?.toggle());
  }
});
