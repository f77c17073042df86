import type { Lang, Translate } from '../lib/view/i18n/messages';
import type { ReportArticle } from '../lib/pipeline/report/types';
import { ReadSummary } from './ReadSummary';

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
            <ReadSummary
              url={a.url}
              title={a.title}
              site={a.site}
              published={a.published}
              lang={lang}
              t={t}
              detail={a.linkedByReader ? t('linkedByYou') : `${t('similarity')} ${Math.round(a.score * 100)}%`}
            />
            <button type="button" class="tb-link tb-unlink" data-testid="not-same-story" onClick={() => onNotSameStory(a.readId)}>
              {t('notSameStory')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
