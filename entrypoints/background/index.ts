// Wires the background: database, tab states, message handlers, side panel behaviour.
import { browser } from 'wxt/browser';
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

  // Only the extension's own contexts may talk to it: its content scripts (reads) and its own
  // pages (everything else). A content script's sender URL is the web page's, never ours.
  const fromUs = (sender: { id?: string }) => sender.id === browser.runtime.id;
  const ourPage = (sender: { id?: string; url?: string }) => fromUs(sender) && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  const tabOf = (sender: { tab?: { id?: number; incognito?: boolean } }) => ({ tabId: sender.tab?.id, incognito: sender.tab?.incognito });

  onMessage('articleRead', ({ data, sender }) => (fromUs(sender) ? handlers.articleRead(data, tabOf(sender)) : { error: 'refused' }));
  onMessage('pageSkipped', ({ data, sender }) => (fromUs(sender) ? handlers.pageSkipped(data, tabOf(sender)) : undefined));
  onMessage('panelState', ({ data, sender }) =>
    ourPage(sender) ? handlers.panelState(data.tabId) : { status: 'error', tabId: data.tabId, message: 'refused' },
  );
  onMessage('readTab', ({ data, sender }) => (ourPage(sender) ? handlers.readTab(data.tabId) : { ok: false, error: 'refused' }));
  onMessage('setSameStory', ({ data, sender }) => (ourPage(sender) ? handlers.setSameStory(data.readId, data.otherId, data.same) : undefined));
  onMessage('deleteRead', ({ data, sender }) => (ourPage(sender) ? handlers.deleteRead(data.readId) : undefined));

  browser.tabs.onRemoved.addListener((tabId) => void handlers.tabClosed(tabId));

  // Chrome: the toolbar icon opens the side panel. Firefox: it toggles the sidebar.
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    browser.action?.onClicked.addListener(() => void sidebar?.toggle());
  }
});
