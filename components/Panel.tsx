import type { Lang, Translate } from '../lib/view/i18n/messages';
import type { PanelState } from '../lib/extension/messaging/protocol';
import type { PanelActions } from '../lib/view/panel/actions';
import { ArticleHeader } from './ArticleHeader';
import { DifferenceCard } from './DifferenceCard';
import { EmptyState } from './EmptyState';
import { RelatedReads } from './RelatedReads';

export type { PanelActions };

/** The side panel's body for one state of the current tab. */
export function Panel({ state, lang, t, actions, readError = null }: { state: PanelState | null; lang: Lang; t: Translate; actions: PanelActions; readError?: string | null }) {
  if (!state) return <EmptyState kind="loading" title={t('loading')} />;
  if (state.status === 'error')
    return state.reason === 'quota' ? (
      <EmptyState kind="quota" title={t('quotaTitle')} body={t('quotaBody')} />
    ) : (
      <EmptyState kind="error" title={t('errorTitle')} body={state.message} />
    );
  if (state.status === 'paused')
    return (
      <EmptyState kind="paused" title={t('pausedTitle')} body={t('pausedBody')}>
        <div class="tb-buttons">
          <button type="button" class="tb-button" onClick={() => actions.resume(state.host)}>
            {t('resume')}
          </button>
        </div>
      </EmptyState>
    );
  if (state.status === 'skipped' && state.reason === 'failed')
    return (
      <EmptyState kind="failed" title={t('failedTitle')} body={t('failedBody')}>
        <div class="tb-buttons">
          <button type="button" class="tb-button" onClick={actions.readTab}>
            {t('readAgain')}
          </button>
        </div>
      </EmptyState>
    );
  if (state.status === 'skipped') return <EmptyState kind="not-article" title={t('skippedTitle')} body={t('skippedBody')} />;
  if (state.status === 'unknown')
    return (
      <EmptyState kind="unknown" title={t('unknownTitle')} body={t('unknownBody')}>
        <div class="tb-buttons">
          <button type="button" class="tb-button" onClick={actions.readTab}>
            {t('readThisPage')}
          </button>
          <button type="button" class="tb-button tb-secondary" onClick={actions.addSite}>
            {t('alwaysReadSite')}
          </button>
        </div>
        {readError && (
          <p class="tb-notice" role="alert" data-testid="read-error">
            {readError}
          </p>
        )}
      </EmptyState>
    );

  const { report } = state;
  const current = report.articles[report.current];
  const relatedCount = report.articles.filter((a) => !a.current && !a.previousVersion).length;
  return (
    <>
      <ArticleHeader article={current} relatedCount={relatedCount} claimCount={report.claimCount} lang={lang} t={t} />
      {report.articles.length === 1 ? (
        <EmptyState kind="no-related" title={t('noRelatedTitle')} body={t('noRelatedBody')} />
      ) : report.differences.length === 0 ? (
        <EmptyState kind="no-difference" title={t('noDifferenceTitle')} body={t('noDifferenceBody')} />
      ) : (
        <section aria-labelledby="tb-diff-title">
          <h2 id="tb-diff-title" class="tb-section-title">
            {t('differences')} ({report.differences.length})
          </h2>
          {report.differences.map((d, i) => (
            <DifferenceCard key={`${d.topic}-${i}`} difference={d} articles={report.articles} lang={lang} t={t} onShowInPage={actions.showInPage} />
          ))}
        </section>
      )}
      {report.agreements.length > 0 && (
        <details class="tb-agreements">
          <summary>
            {t('agreements')} ({report.agreements.length})
          </summary>
          <ul>
            {report.agreements.map((d, i) => (
              <li key={i}>
                {d.topic}: <bdi>{d.figures[0].text}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      <RelatedReads articles={report.articles} lang={lang} t={t} onNotSameStory={actions.notSameStory} />
      <div class="tb-buttons tb-story-actions">
        <button type="button" class="tb-link tb-unlink" data-testid="delete-story" onClick={() => actions.deleteStory([...new Set(report.articles.map((a) => a.readId))])}>
          {t('deleteStory')}
        </button>
      </div>
    </>
  );
}
