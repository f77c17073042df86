// Which tab the panel shows: the tab `?tabId=` pins it to (pinned-tab.ts), or the active tab of
// its window, followed as the reader switches tabs and windows.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pinnedTabId } from './pinned-tab';

export function useTabId(search: string = location.search): number | null {
  const pinned = pinnedTabId(search);
  const [tabId, setTabId] = useState<number | null>(pinned ?? null);
  useEffect(() => {
    if (pinned !== undefined) return;
    const update = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null), () => setTabId(null));
    void update();
    const onActivated = () => void update();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows?.onFocusChanged.addListener(onActivated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows?.onFocusChanged.removeListener(onActivated);
    };
  }, [pinned]);
  return tabId;
}

/** The tab's address, where the browser tells it (after the toolbar click, or on permitted sites). */
export function useTabUrl(tabId: number | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (tabId === null) return;
    browser.tabs.get(tabId).then((tab) => setUrl(tab.url ?? null), () => setUrl(null));
  }, [tabId]);
  return url;
}
