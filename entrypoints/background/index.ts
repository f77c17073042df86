// Wires the background: database, tab states, message handlers, side panel behaviour.
import { browser } from 'wxt/browser';
import { createDataHandlers } from '../../lib/extension/background/data-handlers';
import { createHandlers } from '../../lib/extension/background/handlers';
import { createPageHighlights } from '../../lib/extension/background/page-highlights';
import { createReanalysis } from '../../lib/extension/background/reanalysis';
import { createReportCache } from '../../lib/extension/background/report-cache';
import { sessionReportShelf } from '../../lib/extension/background/report-shelf';
import { CONTENT_SCRIPT_FILE, watchSitePermissions } from '../../lib/extension/background/site-scripts';
import { sessionTabStates } from '../../lib/extension/background/tab-state';
import { BACKGROUND_MESSAGES, createRouter } from '../../lib/extension/background/router';
import { onMessage, sendMessage } from '../../lib/extension/messaging/protocol';
import { openDatabase } from '../../lib/store/db';

export default defineBackground(() => {
  const db = openDatabase();
  const tabs = sessionTabStates();
  // One report per read, kept until the store changes: the panel's first question and the
  // open pages' marks share it.
  const reports = createReportCache(db, undefined, sessionReportShelf());
  const pageHighlights = createPageHighlights({ db, tabs, report: reports.report, send: (tabId, data) => sendMessage('setHighlights', data, tabId) });
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
    reports,
    injectReader: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    },
  });
  const data = createDataHandlers({
    db,
    onStoreChanged: (what) => void (what === 'import' ? reanalyse() : pageHighlights.refresh()),
    // Marks off: every open page is given nothing to mark; on again: its story's marks.
    pageMarksChanged: () => pageHighlights.refresh(),
  });

  // Only the extension's own contexts may talk to it (lib/extension/background/router.ts says who sends what).
  const router = createRouter({ handlers, data, extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') });
  for (const type of BACKGROUND_MESSAGES) onMessage(type, ({ data: raw, sender }) => router.answer(type, raw, sender));

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
