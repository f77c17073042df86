import { formatDate } from '../lib/format/date';
import type { Lang, Translate } from '../lib/i18n/messages';
import type { ReportArticle } from '../lib/report/types';

export interface RelatedReadsProps {
  articles: ReportArticle[];
  lang: Lang;
  t: Translate;
  onNotSameStory: (readId: number) => void;
}

/** Earlier reads judged to tell the same story; each openable, each can be unlinked. */
export function RelatedReads({ articles, lang, t, onNotSameStory }: RelatedReadsProps) {
  const earlier = articles.filter((a) => !a.current && !a.previousVersion);
  if (earlier.length === 0) return null;
  return (
    <section class="tb-related" aria-labelledby="tb-related-title">
      <h2 id="tb-related-title" class="tb-section-title">
        {t('relatedReads')}
      </h2>
      <ul>
        {earlier.map((a) => (
          <li key={a.readId} data-testid="related-read" data-read-id={String(a.readId)} class="tb-related-item">
            <a href={a.url} target="_blank" rel="noreferrer noopener" dir="auto" lang="ar">
              {a.title}
            </a>
            <div class="tb-related-meta">
              <bdi class="tb-outlet">{a.site}</bdi> · <bdi>{formatDate(a.published, lang) ?? t('unknownDate')}</bdi> ·{' '}
              <span>{a.linkedByReader ? t('linkedByYou') : `${t('similarity')} ${Math.round(a.score * 100)}%`}</span>
            </div>
            <button type="button" class="tb-link tb-unlink" data-testid="not-same-story" onClick={() => onNotSameStory(a.readId)}>
              {t('notSameStory')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
