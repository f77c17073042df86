// A small number line picturing one difference: every figure as a dot, the interval its wording
// allows as a bar. Where things go is lib/view/format/number-line/layout.ts; this only draws it. The
// panel is Arabic (RTL) but the axis runs left → right in ascending values, as numbers do. Inline
// SVG; all text is JSX text (never HTML). Colours come from CSS variables and currentColor
// (light and dark).
import type { Lang } from '../lib/view/i18n/messages';
import { layout, type LineFigure, type Mark } from '../lib/view/format/number-line/layout';
import type { DifferenceReason } from '../lib/types';

export interface NumberLineProps {
  figures: LineFigure[];
  width?: number;
  locale?: Lang;
  reason?: DifferenceReason;
}

const COLOR_CONFLICT = 'var(--tb-conflict, #c0392b)';
const COLOR_DIFFER = 'var(--tb-differ, #d68910)';
const COLOR_CURRENT = 'var(--tb-current, #1a5fb4)';

export function NumberLine({ figures, width = 320, locale = 'ar', reason }: NumberLineProps) {
  const picture = layout(figures, width, { lang: locale, reason });
  if (!picture) return null;
  const { height, axis, marks, summary } = picture;

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="tb-number-line"
      role="img"
      aria-label={summary}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ maxWidth: '100%', height: 'auto', color: 'inherit', overflow: 'visible' }}
      font-size={picture.fontSize}
    >
      <title>{summary}</title>

      <g class="tb-axis" aria-hidden="true">
        {axis.ticks.map((t) => (
          <line x1={t.x} x2={t.x} y1={axis.top} y2={axis.y} stroke="currentColor" stroke-opacity={0.12} />
        ))}
        <line x1={axis.left} x2={axis.right} y1={axis.y} y2={axis.y} stroke="currentColor" stroke-opacity={0.5} />
        {axis.ticks.map((t) => (
          <g>
            <line x1={t.x} x2={t.x} y1={axis.y} y2={axis.y + 4} stroke="currentColor" stroke-opacity={0.5} />
            <text class="tb-tick" x={t.x} y={axis.y + 16} text-anchor="middle" fill="currentColor" fill-opacity={0.7} font-size={picture.fontSize - 1}>
              {t.text}
            </text>
          </g>
        ))}
      </g>

      {marks.map((m) => (
        <Marker key={m.figure.id} mark={m} left={axis.left} right={axis.right} rtl={locale === 'ar'} />
      ))}
    </svg>
  );
}

function Marker({ mark, left, right, rtl }: { mark: Mark; left: number; right: number; rtl: boolean }) {
  const { figure: f, x, y, r, bar, label } = mark;
  const tone = f.conflict ? COLOR_CONFLICT : COLOR_DIFFER;
  return (
    <g class="tb-figure" data-figure={f.id} data-figure-value={String(f.value)} data-current={f.current ? 'true' : 'false'}>
      <title>{mark.title}</title>
      {bar && <rect class="tb-interval" x={bar.from} y={y - 3} width={bar.to - bar.from} height={6} rx={3} fill={tone} fill-opacity={0.35} />}
      {mark.openUp && <polygon class="tb-open-up" points={`${right - 1},${y} ${right - 8},${y - 5} ${right - 8},${y + 5}`} fill={tone} />}
      {mark.openDown && <polygon class="tb-open-down" points={`${left + 1},${y} ${left + 8},${y - 5} ${left + 8},${y + 5}`} fill={tone} />}
      {f.current && <circle cx={x} cy={y} r={r + 3.5} fill="none" stroke={COLOR_CURRENT} stroke-opacity={0.35} stroke-width={2} />}
      <circle
        class="tb-dot"
        data-marker=""
        cx={x}
        cy={y}
        r={r}
        fill={tone}
        stroke={f.current ? COLOR_CURRENT : 'none'}
        stroke-width={f.current ? 2.5 : 0}
      />
      <text
        class="tb-label"
        x={label.x}
        y={label.y}
        text-anchor="middle"
        direction={rtl ? 'rtl' : 'ltr'}
        fill={f.current ? COLOR_CURRENT : 'currentColor'}
        font-weight={f.current ? 700 : 400}
      >
        {label.text}
      </text>
    </g>
  );
}

export default NumberLine;
