// What the panel's buttons do. Each action asks the background (every write goes through it),
// then tells the reader the outcome and asks for the tab's report again where it changed.
// Everything the browser provides is passed in, so tests drive the actions with fakes.
import type { Lang, Translate } from '../i18n/messages';
import type { PanelState } from '../../extension/messaging/protocol';
import type { Ask } from './ask';
import { readImportFile, type ChosenFile } from './data-files';

/** What the article view's buttons do (components/Panel.tsx). */
export interface PanelActions {
  readTab: () => void;
  addSite: () => void;
  showInPage: (id: string) => void;
  notSameStory: (readId: number) => void;
  resume: (host: string) => void;
  deleteStory: (readIds: number[]) => void;
}

export interface ActionDeps {
  ask: Ask;
  t: Translate;
  tabId: number | null;
  /** The tab's address, where the browser tells it (needed to ask for a site's permission). */
  tabUrl: string | null;
  state: PanelState | null;
  refresh(): void;
  /** A line for the reader in the settings view (null clears it). */
  notify(text: string | null): void;
  /** Why the page could not be read (null clears it). */
  readError(text: string | null): void;
  confirm(question: string): boolean;
  /** permissions.request for one origin pattern: must be the first thing a click does. */
  requestOrigin(pattern: string): Promise<boolean>;
  /** Shows the chosen language at once. */
  showLang(lang: Lang | null): void;
  /** Saves the export file (reads the store directly). */
  exportAll(): Promise<void>;
}

/** `https://news.example/*` for a page's address; null when it has none the browser can grant. */
export function sitePattern(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}

/** The read the panel shows for its tab, if any. */
export function currentReadId(state: PanelState | null): number | null {
  return state?.status === 'read' ? state.report.articles[state.report.current].readId : null;
}

/** The buttons of the article view (components/Panel.tsx) and the history's story links. */
export function articleActions(d: ActionDeps): PanelActions & { linkToCurrent(otherId: number): void; deleteRead(readId: number): void } {
  const sameStory = (otherId: number, same: boolean) => {
    const readId = currentReadId(d.state);
    if (readId === null) return;
    void d.ask('setSameStory', { readId, otherId, same }).then(d.refresh);
  };
  return {
    readTab: async () => {
      if (d.tabId === null) return;
      const reply = await d.ask('readTab', { tabId: d.tabId });
      // Without the toolbar click's permission the page can't be read: say what to do.
      d.readError(reply.ok ? null : d.t('readRefused'));
      d.refresh();
    },
    addSite: async () => {
      if (d.tabId === null) return;
      // The tab's address is known beforehand (only where the toolbar click allowed it), so the
      // permission request is the first thing the click does (a user gesture).
      const pattern = sitePattern(d.tabUrl);
      if (!pattern) return d.readError(d.t('readRefused'));
      // The background registers the content script on the site once the permission is granted.
      if (await d.requestOrigin(pattern)) {
        await d.ask('readTab', { tabId: d.tabId });
        d.refresh();
      }
    },
    showInPage: (id) => {
      if (d.tabId !== null) void d.ask('scrollToFigure', { id }, d.tabId);
    },
    resume: async (host) => {
      await d.ask('setSitePaused', { host, paused: false });
      if (d.tabId !== null) await d.ask('readTab', { tabId: d.tabId });
      d.refresh();
    },
    deleteStory: async (readIds) => {
      if (!d.confirm(d.t('confirmDeleteStory'))) return;
      await d.ask('deleteStory', { readIds });
      d.refresh();
    },
    notSameStory: (otherId) => sameStory(otherId, false),
    linkToCurrent: (otherId) => sameStory(otherId, true),
    deleteRead: (readId) => void d.ask('deleteRead', { readId }),
  };
}

/** The buttons of the settings view (components/SettingsView.tsx). */
export function dataActions(d: ActionDeps) {
  return {
    onLanguage: (next: Lang | null) => {
      d.showLang(next);
      void d.ask('setUiLanguage', { lang: next });
    },
    onPause: (host: string, paused: boolean) => void d.ask('setSitePaused', { host, paused }),
    onPageMarks: (on: boolean) => void d.ask('setPageMarks', { on }),
    onRetention: async (months: number | null) => {
      const set = await d.ask('setRetention', { months });
      if (!set.ok) return d.notify(set.message ?? set.error);
      const pruned = await d.ask('pruneNow', undefined);
      d.notify(pruned.ok && pruned.removed > 0 ? `${d.t('pruned')}: ${pruned.removed}` : null);
    },
    onExport: () => d.exportAll(),
    onImport: async (file: ChosenFile) => {
      const read = await readImportFile(file);
      if (!read.ok) return d.notify(read.message);
      const r = await d.ask('importData', read.data);
      d.notify(r.ok ? `${d.t('imported')}: ${r.added} ${d.t('added')}, ${r.updated} ${d.t('updated')}, ${r.skipped} ${d.t('skipped')}` : (r.message ?? r.error));
    },
    onDeleteAll: async () => {
      if (!d.confirm(d.t('confirmDeleteAll'))) return;
      const r = await d.ask('deleteAll', undefined);
      d.notify(r.ok ? d.t('deletedAll') : (r.message ?? r.error));
    },
  };
}
