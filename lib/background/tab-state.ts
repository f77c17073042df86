// What the background knows about each tab, in session storage so that it survives the
// MV3 service worker being stopped, and is forgotten when the browser closes.
import type { Browser } from 'wxt/browser';
import type { TabState } from '../messaging/protocol';

const key = (tabId: number) => `tab:${tabId}`;

export interface TabStates {
  get(tabId: number): Promise<TabState>;
  set(tabId: number, state: TabState): Promise<void>;
  forget(tabId: number): Promise<void>;
}

export function sessionTabStates(area: Browser.storage.StorageArea): TabStates {
  return {
    async get(tabId) {
      const found = await area.get(key(tabId));
      return (found[key(tabId)] as TabState | undefined) ?? { status: 'unknown' };
    },
    async set(tabId, state) {
      await area.set({ [key(tabId)]: state });
    },
    async forget(tabId) {
      await area.remove(key(tabId));
    },
  };
}
