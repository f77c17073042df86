import type { Lang, Translate } from '../lib/i18n/messages';
import { figureId, type ReportArticle } from '../lib/report/types';
import type { Difference } from '../lib/types';
import { FigureRow } from './FigureRow';
import { NumberLine } from './NumberLine';

export interface DifferenceCardProps {
  difference: Difference;
  articles: ReportArticle[];
  lang: Lang;
  t: Translate;
  onShowInPage?: (id: string) => void;
}

/** One topic on which outlets give different figures. */
export function DifferenceCard({ difference, articles, lang, t, onShowInPage }: DifferenceCardProps) {
  const tone = difference.conflict ? 'conflict' : 'differ';
  const ids = difference.figures.map((f, i) => (articles[f.article].current ? figureId(f.claim) : `o${f.article}-${f.claim}-${i}`));
  return (
    <article data-testid="difference" data-conflict={String(difference.conflict)} class={`tb-card tb-${tone}`}>
      <header class="tb-card-head">
        <h3 class="tb-topic">{difference.topic}</h3>
        <span class={`tb-badge tb-badge-${tone}`}>{difference.conflict ? t('conflict') : t('differs')}</span>
        {difference.update && <span class="tb-badge tb-badge-update">{t('changed')}</span>}
      </header>
      <NumberLine
        locale={lang}
        figures={difference.figures.map((f, i) => ({
          id: ids[i],
          value: f.value,
          min: f.min,
          max: f.max,
          qualifier: f.qualifier,
          label: articles[f.article].current ? t('thisArticle') : articles[f.article].site,
          date: articles[f.article].published,
          current: articles[f.article].current,
          conflict: difference.conflict,
        }))}
      />
      <ol class="tb-figures">
        {difference.figures.map((f, i) => (
          <FigureRow key={ids[i]} id={ids[i]} figure={f} article={articles[f.article]} unit={difference.unit} lang={lang} t={t} onShowInPage={onShowInPage} />
        ))}
      </ol>
    </article>
  );
}
