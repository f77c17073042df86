// Where everything on a difference's number line goes: the value axis, each figure's dot, the
// interval its wording allows (the same interval the comparison judged, lib/pipeline/compare/interval.ts),
// and its label. Pure geometry and words, no DOM: components/NumberLine.tsx only draws it.
//
// Rows say why the figures differ (lib/pipeline/compare/reason.ts): an update, and different
// sources speaking over days or weeks, are a timeline, one row per figure from the oldest down,
// source and date in the label; a contradiction (about the same time) sets who says what side by
// side, one lane when the labels fit, else one row per source in the card's order. Labels are
// cut between words and never overlap.
import { intervalOf, type Interval } from '../../../pipeline/compare/interval';
import { translator, type Lang } from '../../i18n/messages';
import { aboutBounds } from '../../../pipeline/quantities/tolerance';
import type { DifferenceReason, Qualifier } from '../../../types';
import { compactNumber } from '../compact';
import { formatDate } from '../date';
import { formatFigure } from '../figure';
import { shortenAtWord } from '../shorten';
import { niceDomain, tickText } from './axis';

export interface LineFigure {
  id: string;
  value: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** Who gives the figure: the outlet or the authority it quotes. */
  label: string;
  /** ISO 8601 publication time of the figure's article, or null. */
  date: string | null;
  /** The article being read. */
  current: boolean;
  conflict?: boolean;
}

export interface LayoutOptions {
  lang: Lang;
  /** Why the figures differ; an update is drawn as a timeline. */
  reason?: DifferenceReason;
}

/** A label: `text` is centred on `x` with its baseline at `y`; `width` is its estimated extent. */
export interface Label {
  text: string;
  x: number;
  y: number;
  width: number;
}

export interface Mark {
  figure: LineFigure;
  x: number;
  y: number;
  r: number;
  /** The drawn interval, clipped to the axis; null for a single value. */
  bar: { from: number; to: number } | null;
  openUp: boolean;
  openDown: boolean;
  label: Label;
  /** The figure in words, for hover. */
  title: string;
}

export interface NumberLineLayout {
  width: number;
  height: number;
  fontSize: number;
  axis: { top: number; y: number; left: number; right: number; ticks: { x: number; text: string }[] };
  /** In the order the figures were given. */
  marks: Mark[];
  /** The sentence read out for the whole picture. */
  summary: string;
}

export const FONT_SIZE = 11;
const MARGIN_X = 14;
const TOP = 6;
const AXIS_SPACE = 30;
const ROW_HEIGHT = 32;
const LABEL_MAX_CHARS = 32;
const LABEL_MIN_CHARS = 6;
/** Space kept between two labels on one lane, and between a label and the picture's edge. */
const LABEL_GAP = 6;
const EDGE = 2;
const SEPARATOR = ' · ';

/** Rough rendered width of a label; enough to keep labels apart and inside the picture. */
export const textWidth = (text: string): number => [...text].length * FONT_SIZE * 0.56;

/** The interval the comparison reads in the figure's wording (a bare "about" read as the scanner would). */
function intervalOfFigure(f: LineFigure): Interval {
  return intervalOf(f.qualifier === 'about' && f.min === null && f.max === null ? { ...f, ...aboutBounds(f.value) } : f);
}

const timeOf = (f: LineFigure): number => (f.date ? Date.parse(f.date) : Number.NaN);

/** Rows top to bottom for a timeline: oldest first, undated last, otherwise in the order given. */
function byTime(figures: LineFigure[]): LineFigure[] {
  return figures
    .map((f, i) => ({ f, i, t: timeOf(f) }))
    .sort((a, b) => {
      const da = !Number.isNaN(a.t);
      const db = !Number.isNaN(b.t);
      if (da && db) return a.t - b.t || a.i - b.i;
      return da ? -1 : db ? 1 : a.i - b.i;
    })
    .map((x) => x.f);
}

/** Dates on a timeline: the year only when they span several, the hour when two share a day. */
function timelineDates(figures: LineFigure[], lang: Lang): Map<LineFigure, string> {
  const dated = figures.filter((f) => !Number.isNaN(timeOf(f)));
  const year = new Set(dated.map((f) => new Date(timeOf(f)).getUTCFullYear())).size > 1;
  const days = dated.map((f) => formatDate(f.date, lang, { year }));
  const sameDay = dated.some((f, i) => dated.some((g, j) => j > i && days[j] === days[i] && timeOf(g) !== timeOf(f)));
  return new Map(dated.map((f) => [f, formatDate(f.date, lang, { year, time: sameDay }) ?? '']));
}

/** "source · value · date", each part isolated (FSI…PDI) so Arabic names and Latin digits never reorder each other. */
function labelText(f: LineFigure, date: string | undefined, width: number, lang: Lang): { text: string; width: number } {
  const rest = [compactNumber(f.value, lang), ...(date ? [date] : [])];
  const restWidth = textWidth(SEPARATOR + rest.join(SEPARATOR));
  const room = Math.floor((width - 2 * EDGE - restWidth) / textWidth('x'));
  const name = shortenAtWord(f.label, Math.max(LABEL_MIN_CHARS, Math.min(LABEL_MAX_CHARS, room)));
  const parts = [name, ...rest];
  return { text: parts.map((p) => `\u2068${p}\u2069`).join(SEPARATOR), width: textWidth(parts.join(SEPARATOR)) };
}

/** Centre `x` moved just enough to keep a label of `labelWidth` inside the picture. */
function keepInside(x: number, labelWidth: number, width: number): number {
  if (labelWidth >= width - 2 * EDGE) return width / 2;
  return Math.min(Math.max(x, labelWidth / 2 + EDGE), width - labelWidth / 2 - EDGE);
}

/** True when two of these labels, on one lane, would touch. */
function crowded(labels: { x: number; width: number }[]): boolean {
  const sorted = [...labels].sort((a, b) => a.x - b.x);
  return sorted.some((l, i) => i > 0 && sorted[i - 1].x + sorted[i - 1].width / 2 + LABEL_GAP > l.x - l.width / 2);
}

/** The whole picture for `figures` (those without a finite value are left out) at `width` pixels; null when none is left. */
export function layout(figures: LineFigure[], width: number, { lang, reason }: LayoutOptions): NumberLineLayout | null {
  const shown = figures.filter((f) => Number.isFinite(f.value));
  if (shown.length === 0) return null;
  const t = translator(lang);

  const left = MARGIN_X;
  const right = width - MARGIN_X;
  const intervals = shown.map(intervalOfFigure);
  const domain = niceDomain(
    shown.map((f, i) => ({ value: f.value, ...intervals[i] })),
    Math.max(2, Math.floor((right - left) / 70)),
  );
  const x = (v: number) => left + ((Math.min(Math.max(v, domain.lo), domain.hi) - domain.lo) / (domain.hi - domain.lo)) * (right - left);

  const timeline = (reason === 'updated' || reason === 'different-sources') && shown.filter((f) => !Number.isNaN(timeOf(f))).length >= 2;
  const dates = timeline ? timelineDates(shown, lang) : new Map<LineFigure, string>();
  const labels = shown.map((f) => {
    const l = labelText(f, dates.get(f), width, lang);
    return { ...l, x: keepInside(x(f.value), l.width, width) };
  });
  const order = timeline ? byTime(shown) : shown;
  const oneLane = !timeline && !crowded(labels);
  const rows = oneLane ? 1 : shown.length;
  const rowOf = (f: LineFigure) => (oneLane ? 0 : order.indexOf(f));

  const axisY = TOP + rows * ROW_HEIGHT + 4;
  const marks = shown.map((f, i): Mark => {
    const { lo, hi } = intervals[i];
    const r = f.current ? 6.5 : 4.5;
    const y = TOP + rowOf(f) * ROW_HEIGHT + ROW_HEIGHT * 0.7;
    const from = lo === -Infinity ? left : x(lo);
    const to = hi === Infinity ? right : x(hi);
    return {
      figure: f,
      x: x(f.value),
      y,
      r,
      bar: to > from ? { from, to } : null,
      openUp: hi === Infinity,
      openDown: lo === -Infinity,
      label: { text: labels[i].text, x: labels[i].x, y: y - r - 5, width: labels[i].width },
      title: `${f.label}: ${formatFigure(f, t, lang)}${currentNote(f, t('thisArticle'))}`,
    };
  });

  return {
    width,
    height: axisY + AXIS_SPACE - 4,
    fontSize: FONT_SIZE,
    axis: { top: TOP, y: axisY, left, right, ticks: domain.ticks.map((v) => ({ x: x(v), text: tickText(v, domain, lang) })) },
    marks,
    summary: summarize(shown, lang),
  };
}

/** " — this article" after a figure of the article being read, unless its label says so already. */
const currentNote = (f: LineFigure, thisArticle: string): string => (f.current && !f.label.includes(thisArticle) ? ` — ${thisArticle}` : '');

/** The sentence read out for the whole picture: every figure in words, with its source and date. */
export function summarize(figures: LineFigure[], lang: Lang): string {
  const t = translator(lang);
  const parts = figures.map((f) => {
    const date = formatDate(f.date, lang);
    return `${f.label}: ${formatFigure(f, t, lang)}${date ? ` (${date})` : ''}${currentNote(f, t('thisArticle'))}`;
  });
  return `${t('numberLine')}: ${parts.join(t('listSeparator'))}`;
}
