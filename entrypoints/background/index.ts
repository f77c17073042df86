// Wires the background: database, tab states, message handlers, side panel behaviour.
import { browser } from 'wxt/browser';
import { createDataHandlers } from '../../lib/background/data-handlers';
import { createHandlers } from '../../lib/background/handlers';
import { sessionTabStates } from '../../lib/background/tab-state';
import { onMessage } from '../../lib/messaging/protocol';
import { openDatabase } from '../../lib/store/db';

export default defineBackground(() => {
  const db = openDatabase();
  const handlers = createHandlers({
    db,
    tabs: sessionTabStates(browser.storage.session),
    injectReader: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
  });
  const data = createDataHandlers({ db });

  // Only the extension's own contexts may talk to it: its content scripts send reads, its own
  // pages ask for everything else. A content script's sender URL is the web page's, never ours.
  type Sender = { id?: string; url?: string; tab?: { id?: number; incognito?: boolean } };
  const fromUs = (sender: Sender) => sender.id === browser.runtime.id;
  const ourPage = (sender: Sender) => fromUs(sender) && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  const tabOf = (sender: Sender) => ({ tabId: sender.tab?.id, incognito: sender.tab?.incognito });
  const refused = () => Promise.reject(new Error('refused: not from the extension'));

  // Content scripts.
  onMessage('articleRead', ({ data: snapshot, sender }) => (fromUs(sender) ? handlers.articleRead(snapshot, tabOf(sender)) : { error: 'refused' }));
  onMessage('pageSkipped', ({ data: info, sender }) => (fromUs(sender) ? handlers.pageSkipped(info, tabOf(sender)) : undefined));

  // The side panel and other extension pages.
  onMessage('panelState', ({ data: d, sender }) => (ourPage(sender) ? handlers.panelState(d.tabId) : refused()));
  onMessage('readTab', ({ data: d, sender }) => (ourPage(sender) ? handlers.readTab(d.tabId) : refused()));
  onMessage('setSameStory', ({ data: d, sender }) => (ourPage(sender) ? handlers.setSameStory(d.readId, d.otherId, d.same) : refused()));
  onMessage('deleteRead', ({ data: d, sender }) => (ourPage(sender) ? handlers.deleteRead(d.readId) : refused()));
  onMessage('exportData', ({ sender }) => (ourPage(sender) ? data.exportAll() : refused()));
  onMessage('importData', ({ data: file, sender }) => (ourPage(sender) ? data.importFile(file) : refused()));
  onMessage('deleteStory', ({ data: d, sender }) => (ourPage(sender) ? data.deleteStory(d.readIds) : refused()));
  onMessage('deleteAll', ({ sender }) => (ourPage(sender) ? data.deleteEverything() : refused()));
  onMessage('setSitePaused', ({ data: d, sender }) => (ourPage(sender) ? data.setPaused(d.host, d.paused) : refused()));
  onMessage('isSitePaused', ({ data: d, sender }) => (ourPage(sender) ? data.isPaused(d.host) : refused()));
  onMessage('getSettings', ({ sender }) => (ourPage(sender) ? data.getSettings() : refused()));
  onMessage('setUiLanguage', ({ data: d, sender }) => (ourPage(sender) ? data.setUiLanguage(d.lang) : refused()));
  onMessage('setRetention', ({ data: d, sender }) => (ourPage(sender) ? data.setRetention(d.months) : refused()));
  onMessage('pruneNow', ({ sender }) => (ourPage(sender) ? data.pruneNow() : refused()));
  onMessage('storageEstimate', ({ sender }) => (ourPage(sender) ? data.storageEstimate() : refused()));
  onMessage('requestPersistence', ({ sender }) => (ourPage(sender) ? data.requestPersistence() : refused()));
  onMessage('dataSummary', ({ sender }) => (ourPage(sender) ? data.dataSummary() : refused()));

  browser.tabs.onRemoved.addListener((tabId) => void handlers.tabClosed(tabId));

  // Months of reading must not be evicted under storage pressure; old reads go by the
  // reader's retention setting, checked whenever the worker starts.
  void data.requestPersistence().catch(() => undefined);
  void data.pruneNow().catch(() => undefined);

  // Chrome: the toolbar icon opens the side panel. Firefox: it toggles the sidebar.
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.action?.onClicked.addListener(() => void sidebar?.toggle());
  }
});
