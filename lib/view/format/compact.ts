// Short numbers for axes and labels: "3 آلاف", "10K", "1.2M". In Arabic the counted scale word
// takes its right form: Intl's compact notation writes "10 ألف", but Arabic says "10 آلاف"
// (3–10 take the plural).
import type { Lang } from '../i18n/messages';
import { formatNumber } from './figure';

const SCALES: [number, { one: string; two: string; plural: string }][] = [
  [1e9, { one: 'مليار', two: 'ملياران', plural: 'مليارات' }],
  [1e6, { one: 'مليون', two: 'مليونان', plural: 'ملايين' }],
  [1e3, { one: 'ألف', two: 'ألفان', plural: 'آلاف' }],
];

const englishCompact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function compactArabic(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [size, word] of SCALES) {
    if (abs < size) continue;
    const n = Math.round((abs / size) * 10) / 10;
    if (n === 1) return `${sign}${word.one}`;
    if (n === 2) return `${sign}${word.two}`;
    const plural = Number.isInteger(n) && n >= 3 && n <= 10;
    return `${sign}${formatNumber(n, 1)} ${plural ? word.plural : word.one}`;
  }
  return `${sign}${formatNumber(abs, 1)}`;
}

/** A number in few characters, in the panel's language. */
export function compactNumber(value: number, lang: Lang): string {
  return lang === 'ar' ? compactArabic(value) : englishCompact.format(value);
}

/** The scale a compact number is written in (1, 1e3, 1e6, 1e9): its one decimal is a tenth of it. */
export function compactScale(value: number): number {
  const abs = Math.abs(value);
  return SCALES.find(([size]) => abs >= size)?.[0] ?? 1;
}
