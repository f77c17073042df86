import { formatDate } from '../lib/view/format/date';
import type { Lang, Translate } from '../lib/view/i18n/messages';
import { COMPARABLE_FIGURES, countPhrase, EARLIER_READS } from '../lib/view/i18n/plural';
import type { ReportArticle } from '../lib/pipeline/report/types';

/** The article the reader is on: outlet, date, headline, and how much there is to compare. */
export function ArticleHeader({ article, relatedCount, claimCount, lang, t }: { article: ReportArticle; relatedCount: number; claimCount: number; lang: Lang; t: Translate }) {
  return (
    <section class="tb-article" aria-label={t('currentArticle')}>
      <div class="tb-article-meta">
        <bdi class="tb-outlet">{article.site}</bdi>
        <span class="tb-sep" aria-hidden="true">
          ·
        </span>
        <time dateTime={article.published ?? undefined}>
          <bdi>{formatDate(article.published, lang) ?? t('unknownDate')}</bdi>
        </time>
      </div>
      <h2 class="tb-headline" dir="auto" lang={article.lang ?? 'ar'}>
        {article.title}
      </h2>
      <p class="tb-counts">
        <span data-testid="related-count" data-count={String(relatedCount)}>
          {countPhrase(relatedCount, EARLIER_READS, lang)}
        </span>{' '}
        · {countPhrase(claimCount, COMPARABLE_FIGURES, lang)}
      </p>
    </section>
  );
}
