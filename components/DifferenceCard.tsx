import type { Lang, Translate } from '../lib/view/i18n/messages';
import { REASON_WORDS } from '../lib/view/i18n/reasons';
import { figureId, type ReportArticle } from '../lib/pipeline/report/types';
import type { Difference, DifferenceReason, Figure } from '../lib/types';
import { FigureRow } from './FigureRow';
import { NumberLine } from './NumberLine';

export interface DifferenceCardProps {
  difference: Difference;
  articles: ReportArticle[];
  lang: Lang;
  t: Translate;
  onShowInPage?: (id: string) => void;
}

const TONE: Record<DifferenceReason, string> = { contradiction: 'conflict', 'different-sources': 'differ', updated: 'timeline' };

/** One topic on which outlets give different figures, and why they differ. */
export function DifferenceCard({ difference, articles, lang, t, onShowInPage }: DifferenceCardProps) {
  const reason = REASON_WORDS[difference.reason];
  const tone = TONE[difference.reason];
  // An update reads as a timeline (outlet and date); the others say who gives each figure.
  const lineLabel = (f: Figure) => {
    const a = articles[f.article];
    if (a.current) return t('thisArticle');
    return difference.reason === 'updated' ? a.site : (f.attribution ?? a.site);
  };
  const ids = difference.figures.map((f, i) => (articles[f.article].current ? figureId(f.claim) : `o${f.article}-${f.claim}-${i}`));
  return (
    <article data-testid="difference" data-conflict={String(difference.conflict)} data-reason={difference.reason} class={`tb-card tb-${tone}`}>
      <header class="tb-card-head">
        <h3 class="tb-topic">{difference.topic}</h3>
        <span class={`tb-badge tb-badge-${tone}`}>{t(reason.badge)}</span>
        {difference.update && <span class="tb-badge tb-badge-update">{t('changed')}</span>}
      </header>
      <p class="tb-why">{t(reason.why)}</p>
      <NumberLine
        locale={lang}
        reason={difference.reason}
        figures={difference.figures.map((f, i) => ({
          id: ids[i],
          value: f.value,
          min: f.min,
          max: f.max,
          qualifier: f.qualifier,
          label: lineLabel(f),
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
