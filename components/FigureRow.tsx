import { formatDate } from '../lib/format/date';
import { formatFigure } from '../lib/format/figure';
import { textFragmentUrl } from '../lib/format/text-fragment';
import type { Lang, Translate } from '../lib/i18n/messages';
import type { ReportArticle } from '../lib/report/types';
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
          {formatFigure(figure, t)}
        </strong>
        {unit && <span class="tb-unit">{unit}</span>}
      </div>
      <div class="tb-source">
        <span class="tb-outlet">{who}</span>
        {article.current && <span class="tb-outlet-name"> ({article.site})</span>}
        <span class="tb-sep" aria-hidden="true">
          ·
        </span>
        <time dateTime={article.published ?? undefined}>{date}</time>
      </div>
      {figure.attribution && (
        <div class="tb-attribution">
          {t('according')} {figure.attribution}
        </div>
      )}
      <Quote sentence={figure.sentence} figure={figure.text} />
      <div class="tb-actions">
        {article.current ? (
          <button type="button" class="tb-link" onClick={() => onShowInPage?.(id)}>
            {t('showInPage')}
          </button>
        ) : (
          <a class="tb-link" href={textFragmentUrl(article.url, figure.sentence)} target="_blank" rel="noreferrer noopener">
            {t('openSource')}
          </a>
        )}
      </div>
    </li>
  );
}
