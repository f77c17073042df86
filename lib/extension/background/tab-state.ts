// What the background knows about each tab, in session storage (WXT's storage items) so that
// it survives the MV3 service worker being stopped, and is forgotten when the browser closes.
// The key is `tab:<id>` in browser.storage.session; the panel listens to changes of its tab's key.
import { storage } from 'wxt/utils/storage';
import { tabStateKey, type TabState } from '../messaging/protocol';

export interface TabStates {
  get(tabId: number): Promise<TabState>;
  set(tabId: number, state: TabState): Promise<void>;
  forget(tabId: number): Promise<void>;
  /** Every tab showing a stored read: tab id → read id (to refresh its highlights). */
  readTabs(): Promise<Map<number, number>>;
}

const UNKNOWN: TabState = { status: 'unknown' };
const tabItem = (tabId: number) => storage.defineItem<TabState>(`session:${tabStateKey(tabId)}`, { fallback: UNKNOWN });

export function sessionTabStates(): TabStates {
  return {
    get: (tabId) => tabItem(tabId).getValue(),
    set: (tabId, state) => tabItem(tabId).setValue(state),
    forget: (tabId) => tabItem(tabId).removeValue(),
    async readTabs() {
      const all = (await storage.snapshot('session')) as Record<string, TabState | undefined>;
      const out = new Map<number, number>();
      for (const [key, state] of Object.entries(all)) {
        const m = /^tab:(\d+)$/.exec(key);
        if (m && state?.status === 'read') out.set(Number(m[1]), state.readId);
      }
      return out;
    },
  };
}
