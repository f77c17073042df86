// The site the panel's tab is on, for the settings' "pause this site".
import type { PanelState } from '../../extension/messaging/protocol';

export function currentHost(state: PanelState | null): string | null {
  if (state?.status === 'read') return state.report.articles[state.report.current].host;
  if (state?.status === 'paused') return state.host;
  if (state?.status === 'skipped') return hostOf(state.url);
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
