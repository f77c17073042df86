// A small number line picturing one difference: every outlet's figure as a dot, the interval
// its wording allows as a bar. The panel is Arabic (RTL) but the axis runs left → right in
// ascending values, as numbers do. Pure render, inline SVG, no charting library; all text is
// JSX text (never HTML). Colours come from CSS variables and currentColor (light and dark).

import { compactArabic } from '../lib/format/compact';
import { shortenAtWord } from '../lib/format/shorten';

export interface NumberLineFigure {
  id: string;
  value: number;
  min: number | null;
  max: number | null;
  qualifier: string;
  /** Short label, usually the outlet's name. */
  label: string;
  /** ISO date of the article, or null. */
  date: string | null;
  /** The article being read. */
  current: boolean;
  conflict?: boolean;
}

export interface NumberLineProps {
  figures: NumberLineFigure[];
  width?: number;
  height?: number;
  locale?: 'ar' | 'en';
}

type Locale = 'ar' | 'en';

const COLOR_CONFLICT = 'var(--tb-conflict, #c0392b)';
const COLOR_DIFFER = 'var(--tb-differ, #d68910)';
const COLOR_CURRENT = 'var(--tb-current, #1a5fb4)';

const MARGIN_X = 14;
const TOP = 6;
const AXIS_SPACE = 30;
const ROW_HEIGHT = 32;
const FONT = 11;
const LABEL_MAX_CHARS = 24;
/** Share of the span a lone "about" figure is drawn with, either side, when no interval is given. */
const ABOUT_TOLERANCE = 0.03;

// ---------- numbers ----------

/** Step of 1, 2, 2.5 or 5 × 10^k closest above `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  const n = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return n * p;
}

const clean = (v: number) => Number(v.toPrecision(12));

/** The lowest and highest value a figure's picture covers (open ends excluded). */
function extent(f: NumberLineFigure): number[] {
  const out = [f.value];
  if (f.min !== null && Number.isFinite(f.min)) out.push(f.min);
  if (f.max !== null && Number.isFinite(f.max)) out.push(f.max);
  if (f.qualifier === 'about' && f.min === null && f.max === null) {
    out.push(f.value * (1 - ABOUT_TOLERANCE), f.value * (1 + ABOUT_TOLERANCE));
  }
  return out;
}

export interface Domain {
  lo: number;
  hi: number;
  step: number;
  ticks: number[];
}

/**
 * A readable domain: the figures' extent with ~10% padding, rounded out to nice ticks, starting
 * at 0 when all values are non-negative and the smallest is near 0 relative to the largest.
 */
export function niceDomain(figures: NumberLineFigure[], targetTicks = 5): Domain {
  const values = figures.flatMap(extent).filter(Number.isFinite);
  if (values.length === 0) return { lo: 0, hi: 1, step: 1, ticks: [0, 1] };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const nonNegative = lo >= 0;
  if (nonNegative && lo <= hi * 0.4) lo = 0;
  let span = hi - lo;
  if (span === 0) {
    span = Math.abs(hi) * 0.2 || 1;
    lo -= span / 2;
    hi += span / 2;
  }
  // Open-ended figures ("more than 8,000") need room on their open side for the arrow.
  const opensUp = figures.some((f) => opensTowards(f) === 'up');
  const opensDown = figures.some((f) => opensTowards(f) === 'down');
  const pad = span * 0.1;
  let paddedLo = lo === 0 && nonNegative && !opensDown ? 0 : lo - pad * (opensDown ? 2 : 1);
  const paddedHi = hi + pad * (opensUp ? 2 : 1);
  if (nonNegative) paddedLo = Math.max(0, paddedLo);
  const step = niceStep((paddedHi - paddedLo) / Math.max(1, targetTicks));
  const niceLo = clean(Math.floor(paddedLo / step) * step);
  const niceHi = clean(Math.ceil(paddedHi / step) * step);
  const ticks: number[] = [];
  for (let v = niceLo; v <= niceHi + step * 1e-9; v += step) ticks.push(clean(v));
  return { lo: niceLo, hi: niceHi === niceLo ? niceLo + step : niceHi, step, ticks };
}

/** Which way a figure's interval is unbounded, if any. */
function opensTowards(f: NumberLineFigure): 'up' | 'down' | null {
  const up = f.qualifier === 'more-than' || f.qualifier === 'at-least';
  const down = f.qualifier === 'less-than' || f.qualifier === 'at-most';
  if (f.max === null && (up || (f.min !== null && !down))) return 'up';
  if (f.min === null && (down || f.max !== null)) return 'down';
  return null;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, compact: boolean): Intl.NumberFormat {
  const key = `${locale}:${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 },
    );
    formatters.set(key, f);
  }
  return f;
}

/** Compact number for ticks and labels: "3 آلاف", "10K", "1.2M". */
export function formatCompact(value: number, locale: Locale = 'ar'): string {
  return locale === 'ar' ? compactArabic(value) : formatter(locale, true).format(value);
}

/** Full number for the spoken summary: "10,000". */
export function formatFull(value: number, locale: Locale = 'ar'): string {
  return formatter(locale, false).format(value);
}

// ---------- words ----------

const WORDS = {
  ar: {
    about: 'نحو',
    'more-than': 'أكثر من',
    'less-than': 'أقل من',
    'at-least': 'ما لا يقل عن',
    'at-most': 'ما لا يزيد على',
    between: (a: string, b: string) => `بين ${a} و${b}`,
    current: 'هذا المقال',
    summary: 'الأرقام على خط واحد',
    list: '، ',
  },
  en: {
    about: 'about',
    'more-than': 'more than',
    'less-than': 'less than',
    'at-least': 'at least',
    'at-most': 'at most',
    between: (a: string, b: string) => `between ${a} and ${b}`,
    current: 'this article',
    summary: 'Figures on one number line',
    list: '; ',
  },
} as const;

type QualifierWord = 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most';
const isQualifierWord = (q: string): q is QualifierWord =>
  q === 'about' || q === 'more-than' || q === 'less-than' || q === 'at-least' || q === 'at-most';

/** A figure in words: "نحو 10,000", "بين 8,000 و10,000". */
export function figureInWords(f: NumberLineFigure, locale: Locale = 'ar'): string {
  const w = WORDS[locale];
  if (f.qualifier === 'range' && f.min !== null && f.max !== null) {
    return w.between(formatFull(f.min, locale), formatFull(f.max, locale));
  }
  const n = formatFull(f.value, locale);
  return isQualifierWord(f.qualifier) ? `${w[f.qualifier]} ${n}` : n;
}

function parseDate(date: string | null): Date | null {
  if (!date) return null;
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? null : d;
}

function dateFormatter(locale: Locale, withYear: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** The sentence read out for the whole picture. */
export function summarize(figures: NumberLineFigure[], locale: Locale = 'ar'): string {
  const w = WORDS[locale];
  const dates = figures.map((f) => parseDate(f.date));
  const years = new Set(dates.filter((d): d is Date => d !== null).map((d) => d.getUTCFullYear()));
  const fmt = dateFormatter(locale, years.size > 1);
  const parts = figures.map((f, i) => {
    const d = dates[i];
    let s = `${f.label}: ${figureInWords(f, locale)}`;
    if (d) s += ` (${fmt.format(d)})`;
    if (f.current && !f.label.includes(w.current)) s += ` — ${w.current}`;
    return s;
  });
  return `${w.summary}: ${parts.join(w.list)}`;
}

// ---------- layout ----------


/** Rough rendered width of a label; enough to keep labels apart and inside the picture. */
const textWidth = (text: string, size: number) => [...text].length * size * 0.56;

interface Placed {
  figure: NumberLineFigure;
  row: number;
  x: number;
  label: string;
}

function place(
  figures: NumberLineFigure[],
  x: (v: number) => number,
  locale: Locale,
): { placed: Placed[]; rows: number } {
  const dates = figures.map((f) => parseDate(f.date));
  const years = new Set(dates.filter((d): d is Date => d !== null).map((d) => d.getUTCFullYear()));
  const fmt = dateFormatter(locale, years.size > 1);
  const dated = dates.filter((d) => d !== null).length >= 2;
  const base = figures.map((f, i) => {
    const d = dates[i];
    const parts = [shortenAtWord(f.label, LABEL_MAX_CHARS), formatCompact(f.value, locale)];
    if (dated && d) parts.push(fmt.format(d));
    // Each part isolated (FSI…PDI) so an Arabic outlet and Latin digits never reorder each other.
    return { figure: f, x: x(f.value), label: parts.map((p) => `\u2068${p}\u2069`).join(' · '), date: d, index: i };
  });

  // One lane when labels fit side by side; otherwise one row per figure.
  const byX = [...base].sort((a, b) => a.x - b.x);
  const collide = byX.some(
    (p, i) => i > 0 && p.x - byX[i - 1].x < (textWidth(p.label, FONT) + textWidth(byX[i - 1].label, FONT)) / 2 + 6,
  );
  if (!dated && !collide) return { placed: base.map((p) => ({ ...p, row: 0 })), rows: 1 };

  // Rows top to bottom: oldest first when dated (undated last), else in the order given.
  const ordered = dated
    ? [...base].sort((a, b) => {
        if (a.date && b.date) return a.date.getTime() - b.date.getTime() || a.index - b.index;
        return a.date ? -1 : b.date ? 1 : a.index - b.index;
      })
    : base;
  return { placed: ordered.map((p, row) => ({ ...p, row })), rows: ordered.length };
}

// ---------- render ----------

export function NumberLine({ figures, width = 320, height, locale = 'ar' }: NumberLineProps) {
  const shown = figures.filter((f) => Number.isFinite(f.value));
  if (shown.length === 0) return null;

  const left = MARGIN_X;
  const right = width - MARGIN_X;
  const domain = niceDomain(shown, Math.max(2, Math.floor((right - left) / 70)));
  const x = (v: number) => left + ((Math.min(Math.max(v, domain.lo), domain.hi) - domain.lo) / (domain.hi - domain.lo)) * (right - left);

  const { placed, rows } = place(shown, x, locale);
  const rowHeight = height ? Math.max(18, (height - TOP - AXIS_SPACE) / rows) : ROW_HEIGHT;
  const axisY = TOP + rows * rowHeight + 4;
  const totalHeight = height ?? axisY + AXIS_SPACE - 4;
  const summary = summarize(shown, locale);

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="tb-number-line"
      role="img"
      aria-label={summary}
      width={width}
      height={totalHeight}
      viewBox={`0 0 ${width} ${totalHeight}`}
      style={{ maxWidth: '100%', height: 'auto', color: 'inherit', overflow: 'visible' }}
      font-size={FONT}
    >
      <title>{summary}</title>

      {/* Grid and axis */}
      <g class="tb-axis" aria-hidden="true">
        {domain.ticks.map((t) => (
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={axisY} stroke="currentColor" stroke-opacity={0.12} />
        ))}
        <line x1={left} x2={right} y1={axisY} y2={axisY} stroke="currentColor" stroke-opacity={0.5} />
        {domain.ticks.map((t) => (
          <g>
            <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 4} stroke="currentColor" stroke-opacity={0.5} />
            <text
              class="tb-tick"
              x={x(t)}
              y={axisY + 16}
              text-anchor="middle"
              fill="currentColor"
              fill-opacity={0.7}
              font-size={FONT - 1}
            >
              {formatCompact(t, locale)}
            </text>
          </g>
        ))}
      </g>

      {placed.map((p) => (
        <Marker
          key={p.figure.id}
          p={p}
          y={TOP + p.row * rowHeight + rowHeight * 0.7}
          x={x}
          left={left}
          right={right}
          width={width}
          locale={locale}
        />
      ))}
    </svg>
  );
}

function Marker({
  p,
  y,
  x,
  left,
  right,
  width,
  locale,
}: {
  p: Placed;
  y: number;
  x: (v: number) => number;
  left: number;
  right: number;
  width: number;
  locale: Locale;
}) {
  const f = p.figure;
  const tone = f.conflict ? COLOR_CONFLICT : COLOR_DIFFER;
  const open = opensTowards(f);
  let lower = f.min;
  let upper = f.max;
  if (f.qualifier === 'about' && lower === null && upper === null) {
    lower = f.value * (1 - ABOUT_TOLERANCE);
    upper = f.value * (1 + ABOUT_TOLERANCE);
  }
  if (open === 'up') lower = lower ?? f.value;
  if (open === 'down') upper = upper ?? f.value;
  const barFrom = open === 'down' ? left : lower !== null ? x(lower) : null;
  const barTo = open === 'up' ? right : upper !== null ? x(upper) : null;
  const cx = p.x;
  const r = f.current ? 6.5 : 4.5;
  const labelWidth = textWidth(p.label, FONT);
  const labelX = Math.min(Math.max(cx, labelWidth / 2 + 2), width - labelWidth / 2 - 2);

  return (
    <g
      class="tb-figure"
      data-figure={f.id}
      data-figure-value={String(f.value)}
      data-current={f.current ? 'true' : 'false'}
    >
      <title>{`${f.label}: ${figureInWords(f, locale)}${f.current && !f.label.includes(WORDS[locale].current) ? ` — ${WORDS[locale].current}` : ''}`}</title>
      {barFrom !== null && barTo !== null && barTo > barFrom && (
        <rect
          class="tb-interval"
          x={barFrom}
          y={y - 3}
          width={barTo - barFrom}
          height={6}
          rx={3}
          fill={tone}
          fill-opacity={0.35}
        />
      )}
      {open === 'up' && (
        <polygon class="tb-open-up" points={`${right - 1},${y} ${right - 8},${y - 5} ${right - 8},${y + 5}`} fill={tone} />
      )}
      {open === 'down' && (
        <polygon class="tb-open-down" points={`${left + 1},${y} ${left + 8},${y - 5} ${left + 8},${y + 5}`} fill={tone} />
      )}
      {f.current && <circle cx={cx} cy={y} r={r + 3.5} fill="none" stroke={COLOR_CURRENT} stroke-opacity={0.35} stroke-width={2} />}
      <circle
        class="tb-dot"
        data-marker=""
        cx={cx}
        cy={y}
        r={r}
        fill={tone}
        stroke={f.current ? COLOR_CURRENT : 'none'}
        stroke-width={f.current ? 2.5 : 0}
      />
      <text
        class="tb-label"
        x={labelX}
        y={y - r - 5}
        text-anchor="middle"
        direction={locale === 'ar' ? 'rtl' : 'ltr'}
        fill={f.current ? COLOR_CURRENT : 'currentColor'}
        font-weight={f.current ? 700 : 400}
      >
        {p.label}
      </text>
    </g>
  );
}

export default NumberLine;
