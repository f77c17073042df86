// Wires the panel: which tab it shows, when it asks the background again, what buttons do.
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HistoryView } from '../../components/HistoryView';
import { Panel } from '../../components/Panel';
import { SettingsView } from '../../components/SettingsView';
import { exportAll, exportFileName } from '../../lib/store/export';
import { checkNesting, ImportError, MAX_IMPORT_BYTES } from '../../lib/store/export-format';
import { pickLang, translator, type Lang } from '../../lib/i18n/messages';
import { countPhrase, READS_BEING_UPDATED } from '../../lib/i18n/plural';
import { sendMessage, type PanelState } from '../../lib/messaging/protocol';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { staleReadCount } from '../../lib/store/stale';
import { pinnedTabId } from './pinned-tab';
import { useHistory } from './useHistory';
import { useSettings } from './useSettings';

const LANG_KEY = 'tabayyun:lang';

/** A pinned tab (see pinned-tab.ts), or the active tab of the panel's window. */
function useTabId(): number | null {
  const pinned = pinnedTabId(location.search);
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
function useTabUrl(tabId: number | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (tabId === null) return;
    browser.tabs.get(tabId).then((tab) => setUrl(tab.url ?? null), () => setUrl(null));
  }, [tabId]);
  return url;
}

const VIEWS = ['article', 'history', 'settings'] as const;
type View = (typeof VIEWS)[number];

/** Asks the background again whenever the store or the tab's state changes. */
function usePanelState(db: TabayyunDB, tabId: number | null): [PanelState | null, () => void] {
  const [state, setState] = useState<PanelState | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = () => setTick((n) => n + 1);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    sendMessage('panelState', { tabId }).then(
      (s) => live && setState(s),
      (e) => live && setState({ status: 'error', tabId, message: String(e) }),
    );
    return () => {
      live = false;
    };
  }, [tabId, tick]);
  useEffect(() => {
    // Any new read, changed read, deletion or story correction.
    // The first value is the state the panel just asked for; only later changes need a refresh.
    let first = true;
    const subscription = liveQuery(async () => [await db.reads.count(), await db.reads.orderBy('readAt').lastKey(), await db.storyLinks.count()]).subscribe({
      next: () => (first ? (first = false) : refresh()),
      error: () => undefined,
    });
    const onSession = (changes: Record<string, unknown>) => tabId !== null && `tab:${tabId}` in changes && refresh();
    browser.storage.session.onChanged.addListener(onSession);
    const onUpdated = (id: number, info: { status?: string }) => id === tabId && info.status === 'complete' && refresh();
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      subscription.unsubscribe();
      browser.storage.session.onChanged.removeListener(onSession);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [db, tabId]);
  return [state, refresh];
}

/** Reads the background is still re-analysing (after an engine update or an import). */
function useUpdatingCount(db: TabayyunDB): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const subscription = liveQuery(() => staleReadCount(db)).subscribe({ next: setCount, error: () => setCount(0) });
    return () => subscription.unsubscribe();
  }, [db]);
  return count;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function App() {
  // The panel reads the store directly (an extension page, so the extension's IndexedDB) to
  // follow changes live; every write goes through the background.
  const db = useMemo(() => openDatabase(), []);
  const tabId = useTabId();
  const [state, refresh] = usePanelState(db, tabId);
  const [view, setView] = useState<View>('article');
  const [words, setWords] = useState('');
  const [site, setSite] = useState('');
  const history = useHistory(db, words, site, view === 'history');
  const data = useSettings(db, view === 'settings');
  const [notice, setNotice] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const tabUrl = useTabUrl(tabId);
  const updating = useUpdatingCount(db);
  // Re-analysed reads change the report without adding a read: ask again as the count falls.
  const wasUpdating = useRef(0);
  useEffect(() => {
    if (updating < wasUpdating.current) refresh();
    wasUpdating.current = updating;
  }, [updating]);
  // The stored choice decides; localStorage keeps it for the first paint before the store answers.
  const [lang, setLang] = useState<Lang>(() => pickLang(localStorage.getItem(LANG_KEY), navigator.language));
  useEffect(() => {
    if (!data.settings) return;
    const chosen = pickLang(data.settings.uiLanguage, navigator.language);
    if (data.settings.uiLanguage) localStorage.setItem(LANG_KEY, data.settings.uiLanguage);
    else localStorage.removeItem(LANG_KEY);
    setLang(chosen);
  }, [data.settings?.uiLanguage]);
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('appName');
  }, [lang]);

  const chooseLang = (next: Lang | null) => {
    setLang(pickLang(next, navigator.language));
    void sendMessage('setUiLanguage', { lang: next });
  };
  const toggleLang = () => chooseLang(lang === 'ar' ? 'en' : 'ar');

  const currentHost =
    state?.status === 'read' ? state.report.articles[state.report.current].host : state?.status === 'paused' ? state.host : state?.status === 'skipped' ? hostOf(state.url) : null;

  const dataActions = {
    onLanguage: chooseLang,
    onPause: (host: string, paused: boolean) => void sendMessage('setSitePaused', { host, paused }),
    onPageMarks: (on: boolean) => void sendMessage('setPageMarks', { on }),
    onRetention: async (months: number | null) => {
      const result = await sendMessage('setRetention', { months });
      if ('error' in result) return setNotice(result.error);
      const { removed } = await sendMessage('pruneNow');
      setNotice(removed > 0 ? `${t('pruned')}: ${removed}` : null);
    },
    // Export reads the store directly: no message size limit on months of reading.
    onExport: async () => {
      const file = await exportAll(db);
      const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: exportFileName(Date.now()) });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    onImport: async (file: File) => {
      // Checked here too, before the file is handed to the background as one message.
      if (file.size > MAX_IMPORT_BYTES) return setNotice(`${file.name}: larger than ${MAX_IMPORT_BYTES / 1_048_576} MB, so nothing was imported.`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
        checkNesting(parsed);
      } catch (e) {
        return setNotice(e instanceof ImportError ? `${file.name}: ${e.message}` : `${file.name}: not JSON`);
      }
      const result = await sendMessage('importData', parsed);
      setNotice('error' in result ? result.error : `${t('imported')}: ${result.added} ${t('added')}, ${result.updated} ${t('updated')}, ${result.skipped} ${t('skipped')}`);
    },
    onDeleteAll: async () => {
      if (!confirm(t('confirmDeleteAll'))) return;
      await sendMessage('deleteAll');
      setNotice(t('deletedAll'));
    },
  };

  const actions = {
    readTab: async () => {
      if (tabId === null) return;
      const result = await sendMessage('readTab', { tabId });
      // Without the toolbar click's permission the page can't be read: say what to do.
      setReadError(result.ok ? null : t('readRefused'));
      refresh();
    },
    addSite: async () => {
      if (tabId === null) return;
      // permissions.request must be the first thing the click does (user gesture): the tab's
      // address is looked up beforehand, and is only known where the toolbar click allowed it.
      if (!tabUrl) return setReadError(t('readRefused'));
      const origin = `${new URL(tabUrl).origin}/*`;
      // The background registers the content script on the site when the permission is granted.
      if (await browser.permissions.request({ origins: [origin] })) {
        await sendMessage('readTab', { tabId });
        refresh();
      }
    },
    showInPage: (id: string) => tabId !== null && void sendMessage('scrollToFigure', { id }, tabId).catch(() => undefined),
    resume: async (host: string) => {
      await sendMessage('setSitePaused', { host, paused: false });
      if (tabId !== null) await sendMessage('readTab', { tabId });
      refresh();
    },
    deleteStory: async (readIds: number[]) => {
      if (!confirm(t('confirmDeleteStory'))) return;
      await sendMessage('deleteStory', { readIds });
      refresh();
    },
    notSameStory: (otherId: number) => {
      if (state?.status !== 'read') return;
      const readId = state.report.articles[state.report.current].readId;
      void sendMessage('setSameStory', { readId, otherId, same: false }).then(refresh);
    },
  };

  return (
    <div class="tb-app">
      <header class="tb-top">
        <div>
          <h1 class="tb-brand">{t('appName')}</h1>
          <p class="tb-tagline">{t('tagline')}</p>
        </div>
        <button type="button" class="tb-lang" onClick={toggleLang} lang={lang === 'ar' ? 'en' : 'ar'}>
          {t('switchLanguage')}
        </button>
      </header>
      {updating > 0 && (
        <p class="tb-updating" role="status" data-testid="updating" title={t('updatingWhy')}>
          {t('updating')} {countPhrase(updating, READS_BEING_UPDATED, lang)}
        </p>
      )}
      <nav class="tb-tabs" aria-label={t('views')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" class="tb-tab" aria-pressed={view === v} data-testid={`view-${v}`} onClick={() => setView(v)}>
            {v === 'article' ? t('tabArticle') : t(v)}
          </button>
        ))}
      </nav>
      <main>
        {view === 'settings' ? (
          <SettingsView settings={data.settings} summary={data.summary} usage={data.usage} host={currentHost} lang={lang} t={t} notice={notice} {...dataActions} />
        ) : view === 'history' ? (
          <HistoryView
            entries={history.entries}
            sites={history.sites}
            words={words}
            site={site}
            lang={lang}
            t={t}
            onWords={setWords}
            onSite={setSite}
            onDelete={(readId) => void sendMessage('deleteRead', { readId })}
            currentReadId={state?.status === 'read' ? state.report.articles[state.report.current].readId : null}
            onLinkToCurrent={(otherId) => {
              if (state?.status !== 'read') return;
              const readId = state.report.articles[state.report.current].readId;
              void sendMessage('setSameStory', { readId, otherId, same: true }).then(refresh);
            }}
          />
        ) : tabId === null ? (
          <p class="tb-muted">{t('noTab')}</p>
        ) : (
          <Panel state={state} lang={lang} t={t} actions={actions} readError={readError} />
        )}
      </main>
    </div>
  );
}
