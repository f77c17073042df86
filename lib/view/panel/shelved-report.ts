// The tab's report from the background's shelf in session storage, if the background shelved
// one for the read the tab shows: shown at once, until the background's own answer replaces it.
import { SHELVED_REPORTS_KEY, tabStateKey, type PanelState, type ShelvedReports, type TabState } from '../../extension/messaging/protocol';

/** What the panel needs of browser.storage.session. */
export interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

export async function shelvedState(session: SessionArea, tabId: number): Promise<PanelState | null> {
  const got = await session.get([tabStateKey(tabId), SHELVED_REPORTS_KEY]);
  const tab = got[tabStateKey(tabId)] as TabState | undefined;
  const reports = got[SHELVED_REPORTS_KEY] as ShelvedReports | undefined;
  if (tab?.status !== 'read' || !reports) return null;
  const report = reports[String(tab.readId)];
  return report ? { status: 'read', tabId, report } : null;
}
