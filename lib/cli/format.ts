// Small text-table helpers for the human-readable output of the command line.

import type { Qualifier } from '../types';

// Combining marks (harakat, Quranic marks) take no column in a terminal.
const ZERO_WIDTH = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Columns a string takes in a terminal (approximately: one per visible character). */
export function displayWidth(s: string): number {
  return Array.from(s.replace(ZERO_WIDTH, '')).length;
}

export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Rows aligned in columns separated by two spaces (no trailing spaces). */
export function table(rows: string[][], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]))).join('  ').trimEnd())
    .join('\n');
}

/** 10000 → "10,000"; 3.5 → "3.5". */
export function formatNumber(n: number | null): string {
  if (n === null) return '∞';
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 1e6) / 1e6);
}

const QUALIFIER_AR: Record<Qualifier, string> = {
  exact: '',
  about: 'نحو',
  'more-than': 'أكثر من',
  'less-than': 'أقل من',
  'at-least': 'على الأقل',
  'at-most': 'على الأكثر',
  range: 'بين',
};

/** A figure as a reader says it: "نحو 10,000", "أكثر من 8,000", "بين 3,000 و5,000". */
export function figureInArabic(f: { value: number; min: number | null; max: number | null; qualifier: Qualifier }): string {
  if (f.qualifier === 'range') return `بين ${formatNumber(f.min ?? f.value)} و${formatNumber(f.max ?? f.value)}`;
  if (f.qualifier === 'at-least' || f.qualifier === 'at-most') return `${formatNumber(f.value)} ${QUALIFIER_AR[f.qualifier]}`;
  const word = QUALIFIER_AR[f.qualifier];
  return word ? `${word} ${formatNumber(f.value)}` : formatNumber(f.value);
}

/** The part of a sentence around `needle`, at most `max` characters, with ellipses where cut. */
export function shortenAround(sentence: string, needle: string, max = 90): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const at = Math.max(0, s.indexOf(needle));
  const start = Math.max(0, Math.min(at - Math.floor((max - needle.length) / 2), s.length - max));
  let from = start;
  let to = Math.min(s.length, start + max);
  // Cut at word boundaries, not inside a word.
  if (from > 0) {
    const space = s.indexOf(' ', from);
    if (space >= 0 && space < at && space - from < 15) from = space + 1;
  }
  if (to < s.length) {
    const space = s.lastIndexOf(' ', to);
    if (space > at + needle.length && to - space < 15) to = space;
  }
  return `${from > 0 ? '…' : ''}${s.slice(from, to)}${to < s.length ? '…' : ''}`;
}

/** "2024-11-10T08:15:00.000Z" → "2024-11-10 08:15"; null → "—". */
export function shortDate(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : m[1];
}
