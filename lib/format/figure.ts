// How a figure reads in the panel and in the demo's table: its qualifier in words and the
// number with Western digits grouped (the digits Arabic news sites mostly print).
import type { Lang, MessageKey, Translate } from '../i18n/messages';
import type { Qualifier } from '../types';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return grouped.format(n);
}

const QUALIFIER_WORD: Partial<Record<Qualifier, MessageKey>> = {
  about: 'about',
  'more-than': 'more',
  'less-than': 'less',
  'at-least': 'atLeast',
  'at-most': 'atMost',
};

export interface FigureLike {
  value: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

export function formatFigure(f: FigureLike, t: Translate, lang: Lang): string {
  if (f.qualifier === 'range' && f.min !== null && f.max !== null) {
    return `${t('between')} ${formatNumber(f.min)} ${t('and')} ${formatNumber(f.max)}`;
  }
  const word = QUALIFIER_WORD[f.qualifier];
  const n = formatNumber(f.value);
  // Arabic says "1,444 على الأقل", English "at least 1,444".
  return f.qualifier === 'at-least' && lang === 'ar' ? `${n} ${t(word!)}` : word ? `${t(word)} ${n}` : n;
}
