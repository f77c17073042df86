// Wires the panel: the hooks and actions of lib/view/panel to the views of components/.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HistoryView } from '../../components/HistoryView';
import { Panel } from '../../components/Panel';
import { SettingsView } from '../../components/SettingsView';
import { translator } from '../../lib/view/i18n/messages';
import { countPhrase, READS_BEING_UPDATED } from '../../lib/view/i18n/plural';
import { articleActions, currentReadId, dataActions } from '../../lib/view/panel/actions';
import { useTabId, useTabUrl } from '../../lib/view/panel/active-tab';
import { ask } from '../../lib/view/panel/ask';
import { downloadExport } from '../../lib/view/panel/data-files';
import { applyLang, useLang } from '../../lib/view/panel/language';
import { usePanelState } from '../../lib/view/panel/panel-state';
import type { SessionArea } from '../../lib/view/panel/shelved-report';
import type { TabEvents } from '../../lib/view/panel/store-changes';
import { currentHost } from '../../lib/view/panel/current-host';
import { useHistory } from '../../lib/view/panel/use-history';
import { useSettings } from '../../lib/view/panel/use-settings';
import { panelDatabase, usePanelDatabase } from '../../lib/view/panel/panel-database';

const VIEWS = ['article', 'history', 'settings'] as const;
type View = (typeof VIEWS)[number];

export function App() {
  const tabId = useTabId();
  // The panel reads the store directly (an extension page, so the extension's IndexedDB) to
  // follow changes live, once its first report is in; every write goes through the background.
  const { state, refresh, updating, ready } = usePanelState(panelDatabase, tabId, ask, browser as unknown as TabEvents, browser.storage.session as unknown as SessionArea);
  const db = usePanelDatabase(ready);
  const [view, setView] = useState<View>('article');
  const [words, setWords] = useState('');
  const [site, setSite] = useState('');
  const history = useHistory(db, words, site, view === 'history');
  const data = useSettings(db, view === 'settings', ready);
  const [notice, setNotice] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const tabUrl = useTabUrl(tabId);
  const [lang, showLang] = useLang(data.settings?.uiLanguage);
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => applyLang(document, lang, t('appName')), [lang]);

  const deps = {
    ask,
    t,
    tabId,
    tabUrl,
    state,
    refresh,
    notify: setNotice,
    readError: setReadError,
    confirm: (question: string) => confirm(question),
    requestOrigin: (pattern: string) => browser.permissions.request({ origins: [pattern] }),
    showLang,
    exportAll: async () => downloadExport(await panelDatabase()),
  };
  const actions = articleActions(deps);
  const settingsActions = dataActions(deps);

  return (
    <div class="tb-app">
      <header class="tb-top">
        <div>
          <h1 class="tb-brand">{t('appName')}</h1>
          <p class="tb-tagline">{t('tagline')}</p>
        </div>
        <button type="button" class="tb-lang" onClick={() => settingsActions.onLanguage(lang === 'ar' ? 'en' : 'ar')} lang={lang === 'ar' ? 'en' : 'ar'}>
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
          <SettingsView settings={data.settings} summary={data.summary} usage={data.usage} host={currentHost(state)} lang={lang} t={t} notice={notice} {...settingsActions} />
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
            onDelete={actions.deleteRead}
            currentReadId={currentReadId(state)}
            onLinkToCurrent={actions.linkToCurrent}
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
