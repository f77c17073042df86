// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberLine } from '../../components/NumberLine';
import type { LineFigure as NumberLineFigure } from '../../lib/view/format/number-line/layout';
import type { DifferenceReason } from '../../lib/types';
import { toAsciiDigits } from '../../lib/pipeline/text/fold';
import { lineFigure as fig } from '../fixtures/line-figure';

// The seeds' troop story, as the panel would pass it (labels invented).
const troops: NumberLineFigure[] = [
  fig({ id: 'duma', value: 3000, label: 'صحيفة أ', date: '2024-10-24', min: 3000, max: 3000 }),
  fig({ id: 'council', value: 8000, min: 8000, qualifier: 'more-than', label: 'صحيفة ب', date: '2024-11-06', conflict: true }),
  fig({ id: 'signed', value: 10000, min: 9500, max: 10500, qualifier: 'about', label: 'صحيفة ج', date: '2024-11-10', current: true, conflict: true }),
];

let host: HTMLElement;
function draw(figures: NumberLineFigure[], extra: { width?: number; locale?: 'ar' | 'en'; reason?: DifferenceReason } = {}): SVGSVGElement {
  host = document.createElement('div');
  document.body.appendChild(host);
  render(<NumberLine figures={figures} {...extra} />, host);
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

const markers = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.tb-figure')];
const dot = (g: Element) => g.querySelector('circle[data-marker]')!;
const cx = (g: Element) => Number(dot(g).getAttribute('cx'));
const cy = (g: Element) => Number(dot(g).getAttribute('cy'));
const plain = (s: string) => toAsciiDigits(s).replace(/[,٬\u00a0\u202f\u066c]/g, '');

describe('NumberLine', () => {
  it('draws one marker per figure, left to right in ascending value', () => {
    const shuffled = [troops[2], troops[0], troops[1]];
    const svg = draw(shuffled);
    const gs = markers(svg);
    expect(gs.map((g) => g.getAttribute('data-figure')).sort()).toEqual(['council', 'duma', 'signed']);
    const byValue = [...gs].sort((a, b) => Number(a.getAttribute('data-figure-value')) - Number(b.getAttribute('data-figure-value')));
    const xs = byValue.map(cx);
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    const width = Number(svg.getAttribute('width'));
    for (const x of xs) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
    }
  });

  it('emphasises the current article’s figure', () => {
    const svg = draw(troops);
    const gs = markers(svg);
    const current = gs.filter((g) => g.getAttribute('data-current') === 'true');
    expect(current.map((g) => g.getAttribute('data-figure'))).toEqual(['signed']);
    const r = (g: Element) => Number(dot(g).getAttribute('r'));
    for (const g of gs) if (g !== current[0]) expect(r(current[0])).toBeGreaterThan(r(g));
    expect(dot(current[0]).getAttribute('stroke')).toContain('--tb-current');
    expect(dot(svg.querySelector('g[data-figure="council"]')!).getAttribute('fill')).toContain('--tb-conflict');
    expect(dot(svg.querySelector('g[data-figure="duma"]')!).getAttribute('fill')).toContain('--tb-differ');
  });

  it('is an accessible image whose label states every figure', () => {
    const svg = draw(troops, { locale: 'ar' });
    expect(svg.getAttribute('role')).toBe('img');
    const label = svg.getAttribute('aria-label')!;
    expect(svg.querySelector(':scope > title')!.textContent).toBe(label);
    for (const f of troops) {
      expect(plain(label)).toContain(String(f.value));
      expect(label).toContain(f.label);
    }
    expect(label).toContain('أكثر من');
    expect(label).toContain('نحو');
    expect(label).toContain('هذا المقال');
    const en = draw(troops, { locale: 'en' }).getAttribute('aria-label')!;
    expect(en).toContain('more than 8,000');
    expect(en).toMatch(/— This article/); // the panel's own words for the current article
  });

  it('draws intervals: a bar for a range, an arrow to the right for "more than", to the left for "less than"', () => {
    const svg = draw([
      fig({ id: 'range', value: 50, min: 40, max: 60, qualifier: 'range' }),
      fig({ id: 'more', value: 70, min: 70, qualifier: 'more-than' }),
      fig({ id: 'less', value: 30, max: 30, qualifier: 'less-than' }),
      fig({ id: 'about', value: 55, qualifier: 'about' }),
      fig({ id: 'exact', value: 45 }),
    ]);
    const g = (id: string) => svg.querySelector(`g[data-figure="${id}"]`)!;
    const bar = (id: string) => {
      const rect = g(id).querySelector('rect.tb-interval');
      return rect ? { from: Number(rect.getAttribute('x')), to: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) } : null;
    };
    const range = bar('range')!;
    expect(range.from).toBeLessThan(cx(g('range')));
    expect(range.to).toBeGreaterThan(cx(g('range')));
    const more = bar('more')!;
    expect(more.from).toBeCloseTo(cx(g('more')));
    expect(more.to).toBeGreaterThan(cx(g('more')) + 10);
    expect(g('more').querySelector('.tb-open-up')).not.toBeNull();
    const less = bar('less')!;
    expect(less.to).toBeCloseTo(cx(g('less')));
    expect(less.from).toBeLessThan(cx(g('less')) - 10);
    expect(g('less').querySelector('.tb-open-down')).not.toBeNull();
    const about = bar('about')!;
    expect(about.to - about.from).toBeGreaterThan(0);
    expect(about.to - about.from).toBeLessThan(range.to - range.from);
    expect(bar('exact')).toBeNull();
  });

  it('lays an update out as a timeline, oldest on top', () => {
    const svg = draw([troops[2], troops[0], troops[1]], { reason: 'updated' });
    const y = (id: string) => cy(svg.querySelector(`g[data-figure="${id}"]`)!);
    expect(y('duma')).toBeLessThan(y('council'));
    expect(y('council')).toBeLessThan(y('signed'));
  });

  it('keeps undated figures whose labels fit on one line', () => {
    const svg = draw([fig({ id: 'a', value: 10, label: 'أ' }), fig({ id: 'b', value: 90, label: 'ب' })]);
    const gs = markers(svg);
    expect(cy(gs[0])).toBe(cy(gs[1]));
  });

  it('labels ticks with compact numbers', () => {
    const svg = draw(troops, { locale: 'en' });
    const ticks = [...svg.querySelectorAll('text.tb-tick')].map((t) => t.textContent!);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.some((t) => /K$/.test(t))).toBe(true);
  });

  it('renders labels as text, never as markup, and nothing for no figures', () => {
    const svg = draw([fig({ id: 'x', value: 5, label: '<img src=x onerror=alert(1)>' }), fig({ id: 'y', value: 9 })]);
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.textContent).toContain('<img');
    host.remove();
    host = document.createElement('div');
    render(<NumberLine figures={[]} />, host);
    expect(host.querySelector('svg')).toBeNull();
  });
});
