import type { Lang, Translate } from '../lib/view/i18n/messages';
import { countPhrase, EARLIER_VERSIONS, READS_STORED } from '../lib/view/i18n/plural';
import type { StorageUse } from '../lib/store/storage-use';
import type { DataSettings } from '../lib/store/settings';
import type { StoredSummary } from '../lib/store/summary';

export interface SettingsViewProps {
  settings: DataSettings | null;
  summary: StoredSummary | null;
  usage: StorageUse | null;
  /** The current tab's site, to pause recording there. */
  host: string | null;
  lang: Lang;
  t: Translate;
  /** A line to show after an action (import result, deletion). */
  notice: string | null;
  onLanguage: (lang: Lang | null) => void;
  onPause: (host: string, paused: boolean) => void;
  onPageMarks: (on: boolean) => void;
  onRetention: (months: number | null) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
}

const RETENTION_CHOICES = [3, 6, 12, 24];

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 1_048_576 ? 2 : 1)} MB`;

/** Language, recording, retention and the reader's data: where it is, export, import, delete. */
export function SettingsView(p: SettingsViewProps) {
  const { settings, summary, usage, host, t } = p;
  const paused = !!host && !!settings?.pausedHosts.includes(host);
  return (
    <section class="tb-settings" aria-labelledby="tb-settings-title">
      <h2 id="tb-settings-title" class="tb-section-title">
        {t('settings')}
      </h2>
      <label class="tb-field">
        <span>{t('language')}</span>
        <select value={settings?.uiLanguage ?? ''} onChange={(e) => p.onLanguage(((e.target as HTMLSelectElement).value || null) as Lang | null)}>
          <option value="">{t('followBrowser')}</option>
          <option value="ar">العربية</option>
          <option value="en">English</option>
        </select>
      </label>
      {host && (
        <label class="tb-field tb-check">
          <input type="checkbox" data-testid="pause-site" checked={paused} onChange={(e) => p.onPause(host, (e.target as HTMLInputElement).checked)} />
          <span>
            {t('pauseSite')} <bdi>{host}</bdi>
          </span>
        </label>
      )}
      <label class="tb-field tb-check">
        <input type="checkbox" data-testid="page-marks" checked={settings?.pageMarks ?? true} onChange={(e) => p.onPageMarks((e.target as HTMLInputElement).checked)} />
        <span>{t('pageMarks')}</span>
      </label>
      <p class="tb-muted">{t('pageMarksHint')}</p>
      <label class="tb-field">
        <span>{t('retention')}</span>
        <select
          data-testid="retention"
          value={settings?.retentionMonths === null || !settings ? '' : String(settings.retentionMonths)}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            p.onRetention(v ? Number(v) : null);
          }}
        >
          <option value="">{t('keepEverything')}</option>
          {RETENTION_CHOICES.map((m) => (
            <option key={m} value={String(m)}>
              {m} {t('months')}
            </option>
          ))}
        </select>
      </label>

      <h3 class="tb-subtitle">{t('yourData')}</h3>
      <p class="tb-muted">{t('yourDataBody')}</p>
      {summary && (
        <p data-testid="data-summary">
          {countPhrase(summary.reads, READS_STORED, p.lang)} · {countPhrase(summary.versions, EARLIER_VERSIONS, p.lang)}
          {usage && (
            <>
              {' '}
              · {t('storageUsed')}: {megabytes(usage.usage)}
            </>
          )}
        </p>
      )}
      <div class="tb-buttons">
        <button type="button" class="tb-button" data-testid="export" onClick={p.onExport}>
          {t('exportData')}
        </button>
        <label class="tb-button tb-secondary tb-file">
          {t('importData')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) p.onImport(file);
              (e.target as HTMLInputElement).value = '';
            }}
          />
        </label>
        <button type="button" class="tb-button tb-danger" data-testid="delete-all" onClick={p.onDeleteAll}>
          {t('deleteAll')}
        </button>
      </div>
      {p.notice && (
        <p class="tb-notice" role="status" data-testid="settings-notice">
          {p.notice}
        </p>
      )}
    </section>
  );
}
