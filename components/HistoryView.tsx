import type { Lang, Translate } from '../lib/view/i18n/messages';
import { COMPARABLE_FIGURES, countPhrase } from '../lib/view/i18n/plural';
import type { HistoryEntry } from '../lib/store/history';
import { ReadSummary } from './ReadSummary';

export interface HistoryViewProps {
  entries: HistoryEntry[] | null;
  sites: string[];
  words: string;
  site: string;
  lang: Lang;
  t: Translate;
  onWords: (w: string) => void;
  onSite: (s: string) => void;
  onDelete: (id: number) => void;
  /** The read shown in the article view, if any: other reads can be linked to its story. */
  currentReadId?: number | null;
  onLinkToCurrent?: (id: number) => void;
}

/** All reads, searchable and filterable by outlet, each deletable. */
export function HistoryView({ entries, sites, words, site, lang, t, onWords, onSite, onDelete, currentReadId, onLinkToCurrent }: HistoryViewProps) {
  return (
    <section class="tb-history" aria-labelledby="tb-history-title">
      <h2 id="tb-history-title" class="tb-section-title">
        {t('history')}
      </h2>
      <div class="tb-filters">
        <input type="search" value={words} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} onInput={(e) => onWords((e.target as HTMLInputElement).value)} />
        <select value={site} aria-label={t('filterOutlet')} onChange={(e) => onSite((e.target as HTMLSelectElement).value)}>
          <option value="">{t('allOutlets')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {entries === null ? (
        <p class="tb-muted">{t('loading')}</p>
      ) : entries.length === 0 ? (
        <p class="tb-muted" data-testid="history-empty">
          {t('historyEmpty')}
        </p>
      ) : (
        <ul class="tb-history-list">
          {entries.map((e) => (
            <li key={e.id} data-testid="history-entry" data-read-id={String(e.id)} class="tb-related-item">
              <ReadSummary url={e.url} title={e.title} site={e.site} published={e.published} lang={lang} t={t} detail={countPhrase(e.claimCount, COMPARABLE_FIGURES, lang)} />
              <div class="tb-entry-actions">
                {onLinkToCurrent && currentReadId !== null && currentReadId !== undefined && currentReadId !== e.id && (
                  <button type="button" class="tb-link" data-testid="link-story" onClick={() => onLinkToCurrent(e.id)}>
                    {t('linkToStory')}
                  </button>
                )}
                <button type="button" class="tb-link tb-unlink" data-testid="delete-read" onClick={() => onDelete(e.id)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
