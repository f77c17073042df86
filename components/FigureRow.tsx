import { formatDate } from '../lib/view/format/date';
import { formatFigure } from '../lib/view/format/figure';
import { webLink } from '../lib/view/format/link';
import { textFragmentUrl } from '../lib/view/format/text-fragment';
import type { Lang, Translate } from '../lib/view/i18n/messages';
import type { ReportArticle } from '../lib/pipeline/report/types';
import type { Figure } from '../lib/types';
import { Quote } from './Quote';

export interface FigureRowProps {
  figure: Figure;
  article: ReportArticle;
  unit: string | null;
  id: string;
  lang: Lang;
  t: Translate;
  onShowInPage?: (id: string) => void;
}

/** One outlet's figure: the number, who said it, when, and the sentence it stands in. */
export function FigureRow({ figure, article, unit, id, lang, t, onShowInPage }: FigureRowProps) {
  const date = formatDate(article.published, lang) ?? t('unknownDate');
  const who = article.current ? t('thisArticle') : article.previousVersion ? t('previousVersion') : article.site;
  return (
    <li data-testid="figure" data-value={String(figure.value)} data-article={String(figure.article)} class={article.current ? 'tb-figure tb-current' : 'tb-figure'}>
      <div class="tb-figure-head">
        <strong class="tb-value" dir="auto">
          {formatFigure(figure, t, lang)}
        </strong>
        {unit && <span class="tb-unit">{unit}</span>}
      </div>
      <div class="tb-source">
        <bdi class="tb-outlet">{who}</bdi>
        {article.current && (
          <>
            {' '}
            (<bdi class="tb-outlet-name">{article.site}</bdi>)
          </>
        )}
        <span class="tb-sep" aria-hidden="true">
          ·
        </span>
        <time dateTime={article.published ?? undefined}>
          <bdi>{date}</bdi>
        </time>
      </div>
      {figure.attribution && (
        <div class="tb-attribution">
          {t('according')}{' '}
          <bdi lang="ar" dir="rtl">
            {figure.attribution}
          </bdi>
        </div>
      )}
      <Quote sentence={figure.sentence} figure={figure.text} lang={article.lang ?? 'ar'} />
      <div class="tb-actions">
        {article.current ? (
          <button type="button" class="tb-link" onClick={() => onShowInPage?.(id)}>
            {t('showInPage')}
          </button>
        ) : webLink(article.url) ? (
          <a class="tb-link" href={textFragmentUrl(article.url, figure.sentence)} target="_blank" rel="noreferrer noopener">
            {t('openSource')}
          </a>
        ) : null}
      </div>
    </li>
  );
}
