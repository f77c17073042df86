// How a figure reads in the panel, on its number line and on the command line: its qualifier in
// words and the number with Western digits grouped (the digits Arabic news sites mostly print).
import type { Lang, MessageKey, Translate } from '../i18n/messages';
import type { Qualifier } from '../../types';

const grouped = new Map<number, Intl.NumberFormat>();

/** 10000 → "10,000"; 3.5 → "3.5"; at most `maxFractionDigits` decimals (the command line's table shows more). */
export function formatNumber(n: number, maxFractionDigits = 2): string {
  let f = grouped.get(maxFractionDigits);
  if (!f) grouped.set(maxFractionDigits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits })));
  return f.format(n);
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
  if (f.qualifier === 'range') {
    // «و» is written joined to the word after it: "بين 3,000 و5,000".
    const and = lang === 'ar' ? t('and') : `${t('and')} `;
    return `${t('between')} ${formatNumber(f.min ?? f.value)} ${and}${formatNumber(f.max ?? f.value)}`;
  }
  const word = QUALIFIER_WORD[f.qualifier];
  const n = formatNumber(f.value);
  if (!word) return n;
  // Arabic puts the bound after the number ("1,444 على الأقل", "50 على الأكثر"), English before it.
  const after = lang === 'ar' && (f.qualifier === 'at-least' || f.qualifier === 'at-most');
  return after ? `${n} ${t(word)}` : `${t(word)} ${n}`;
}
