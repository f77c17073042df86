// What the background knows about each tab, in session storage so that it survives the
// MV3 service worker being stopped, and is forgotten when the browser closes.
import type { TabState } from '../messaging/protocol';

const key = (tabId: number) => `tab:${tabId}`;

export interface TabStates {
  get(tabId: number): Promise<TabState>;
  set(tabId: number, state: TabState): Promise<void>;
  forget(tabId: number): Promise<void>;
}

/** The part of a `storage` area this needs (browser.storage.session, or a fake in tests). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function sessionTabStates(area: StorageAreaLike): TabStates {
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
