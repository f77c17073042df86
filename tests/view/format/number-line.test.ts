import { describe, expect, it } from 'vitest';
import { intervalOf } from '../../../lib/pipeline/compare/interval';
import { MESSAGES } from '../../../lib/view/i18n/messages';
import { niceDomain, tickText } from '../../../lib/view/format/number-line/axis';
import { layout, textWidth, type LineFigure, type NumberLineLayout } from '../../../lib/view/format/number-line/layout';
import { ABOUT_TOLERANCE } from '../../../lib/pipeline/quantities/tolerance';
import type { Qualifier } from '../../../lib/types';
import { lineFigure as fig } from '../../fixtures/line-figure';

const markOf = (l: NumberLineLayout, id: string) => l.marks.find((m) => m.figure.id === id)!;
/** The label's visible text, without the isolation marks around each part. */
const visible = (text: string) => text.replace(/[\u2068\u2069]/g, '');

// A small deterministic generator, so the properties below are checked on many shapes of input.
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
const QUALIFIERS: Qualifier[] = ['exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most', 'range'];
const NAMES = ['وكالة الأنباء المحلية للأخبار العاجلة', 'صحيفة المساء', 'هيئة إدارة الطوارئ الوطنية في المنطقة', 'موقع الخبر', 'This article'];
function randomFigures(seed: number): LineFigure[] {
  const next = random(seed);
  const count = 2 + Math.floor(next() * 5);
  const scale = 10 ** Math.floor(next() * 7);
  return Array.from({ length: count }, (_, i) => {
    const value = Math.round(next() * 100 * scale) / 10;
    const qualifier = QUALIFIERS[Math.floor(next() * QUALIFIERS.length)];
    const spread = value * next() * 0.5;
    const bounds =
      qualifier === 'range' ? { min: value - spread, max: value + spread }
      : qualifier === 'more-than' || qualifier === 'at-least' ? { min: value, max: null }
      : qualifier === 'less-than' || qualifier === 'at-most' ? { min: null, max: value }
      : { min: null, max: null };
    const day = 1 + Math.floor(next() * 27);
    return fig({ id: `f${i}`, value, qualifier, ...bounds, label: NAMES[Math.floor(next() * NAMES.length)], date: next() < 0.8 ? `2025-03-${String(day).padStart(2, '0')}T${String(Math.floor(next() * 24)).padStart(2, '0')}:00:00Z` : null, current: i === count - 1 });
  });
}

describe('number line axis', () => {
  it('holds every figure and every bounded end of its interval, ticks from end to end', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const figures = randomFigures(seed);
      const d = niceDomain(figures.map((f) => ({ value: f.value, ...intervalOf(f) })));
      for (const f of figures) {
        const { lo, hi } = intervalOf(f);
        for (const v of [f.value, lo, hi].filter(Number.isFinite)) {
          expect(v).toBeGreaterThanOrEqual(d.lo);
          expect(v).toBeLessThanOrEqual(d.hi);
        }
      }
      expect(d.ticks[0]).toBe(d.lo);
      expect(d.ticks[d.ticks.length - 1]).toBe(d.hi);
    }
  });

  it('starts counts near zero at 0, zooms in on close values, and widens a single value', () => {
    const point = (value: number) => ({ value, lo: value, hi: value });
    expect(niceDomain([point(3000), point(10500)]).lo).toBe(0);
    const close = niceDomain([point(397), point(405)]);
    expect(close.lo).toBeGreaterThan(300);
    expect(close.lo).toBeLessThanOrEqual(397);
    expect(close.hi).toBeGreaterThanOrEqual(405);
    const one = niceDomain([point(42)]);
    expect(one.lo).toBeLessThan(42);
    expect(one.hi).toBeGreaterThan(42);
  });

  it('never writes two ticks the same, even a tenth apart', () => {
    for (const values of [[7.7, 7.8], [10_000, 10_400], [2_950_000, 3_050_000], [0.25, 0.3], [3000, 10_500]]) {
      const d = niceDomain(values.map((v) => ({ value: v, lo: v, hi: v })));
      for (const lang of ['ar', 'en'] as const) {
        const texts = d.ticks.map((v) => tickText(v, d, lang));
        expect(new Set(texts).size, `${values} ${lang}: ${texts}`).toBe(texts.length);
      }
    }
  });
});

describe('number line layout', () => {
  it('keeps every dot and bar on the axis and every label inside the picture, labels never overlapping', () => {
    for (let seed = 1; seed <= 100; seed++) {
      for (const reason of ['updated', 'contradiction', 'different-sources'] as const) {
        for (const width of [260, 320, 480]) {
          const l = layout(randomFigures(seed), width, { lang: seed % 2 ? 'ar' : 'en', reason })!;
          for (const m of l.marks) {
            expect(m.x).toBeGreaterThanOrEqual(l.axis.left);
            expect(m.x).toBeLessThanOrEqual(l.axis.right);
            if (m.bar) {
              expect(m.bar.from).toBeGreaterThanOrEqual(l.axis.left);
              expect(m.bar.to).toBeLessThanOrEqual(l.axis.right);
            }
            expect(m.label.x - m.label.width / 2).toBeGreaterThanOrEqual(0);
            expect(m.label.x + m.label.width / 2).toBeLessThanOrEqual(width);
            expect(m.y).toBeLessThan(l.axis.y);
          }
          for (const [i, a] of l.marks.entries()) {
            for (const b of l.marks.slice(i + 1)) {
              const apartSideways = a.label.x + a.label.width / 2 <= b.label.x - b.label.width / 2 || b.label.x + b.label.width / 2 <= a.label.x - a.label.width / 2;
              const apartUpDown = Math.abs(a.label.y - b.label.y) >= l.fontSize * 1.5;
              expect(apartSideways || apartUpDown, `seed ${seed} ${reason} ${width}: ${a.label.text} / ${b.label.text}`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('draws an "about" figure with the tolerance the comparison reads, and its stored bounds when it has them', () => {
    const l = layout([fig({ id: 'about', value: 100, qualifier: 'about' }), fig({ id: 'lo', value: 100 * (1 - ABOUT_TOLERANCE) }), fig({ id: 'hi', value: 100 * (1 + ABOUT_TOLERANCE) })], 320, { lang: 'ar' })!;
    expect(markOf(l, 'about').bar!.from).toBeCloseTo(markOf(l, 'lo').x);
    expect(markOf(l, 'about').bar!.to).toBeCloseTo(markOf(l, 'hi').x);
    const stored = layout([fig({ id: 'about', value: 100, min: 95, max: 105, qualifier: 'about' }), fig({ id: 'a', value: 95 }), fig({ id: 'b', value: 105 })], 320, { lang: 'ar' })!;
    expect(markOf(stored, 'about').bar!.from).toBeCloseTo(markOf(stored, 'a').x);
    expect(markOf(stored, 'about').bar!.to).toBeCloseTo(markOf(stored, 'b').x);
  });

  it('leaves an open side open: "more than" runs to the right edge, "at most" to the left', () => {
    const l = layout([fig({ id: 'more', value: 70, min: 70, qualifier: 'more-than' }), fig({ id: 'most', value: 30, max: 30, qualifier: 'at-most' })], 320, { lang: 'en' })!;
    expect(markOf(l, 'more')).toMatchObject({ openUp: true, openDown: false, bar: { to: l.axis.right } });
    expect(markOf(l, 'more').bar!.from).toBeCloseTo(markOf(l, 'more').x);
    expect(markOf(l, 'most')).toMatchObject({ openUp: false, openDown: true, bar: { from: l.axis.left } });
  });

  // Invented story: a count revised over two days, then the same count from two outlets at once.
  const revised = [
    fig({ id: 'late', value: 120, label: 'موقع الخبر', date: '2025-03-04T18:00:00Z', current: true }),
    fig({ id: 'first', value: 40, label: 'صحيفة المساء', date: '2025-03-03T08:00:00Z' }),
    fig({ id: 'noon', value: 75, label: 'وكالة محلية', date: '2025-03-04T12:00:00Z' }),
  ];

  it('draws an update as a timeline: oldest on top, each label dated, the hour where two share a day', () => {
    const l = layout(revised, 320, { lang: 'en', reason: 'updated' })!;
    const y = (id: string) => markOf(l, id).y;
    expect(y('first')).toBeLessThan(y('noon'));
    expect(y('noon')).toBeLessThan(y('late'));
    expect(visible(markOf(l, 'first').label.text)).toMatch(/3 March\D+\d{2}:\d{2}$/);
    expect(visible(markOf(l, 'late').label.text)).toMatch(/^موقع الخبر · 120 · 4 March\D+\d{2}:\d{2}$/);
    const daysApart = layout([revised[1], fig({ ...revised[0], date: '2025-03-09T18:00:00Z' })], 320, { lang: 'en', reason: 'updated' })!;
    expect(visible(daysApart.marks[0].label.text)).toBe('صحيفة المساء · 40 · 3 March');
    const yearsApart = layout([revised[1], fig({ ...revised[0], date: '2026-01-09T18:00:00Z' })], 320, { lang: 'en', reason: 'updated' })!;
    expect(visible(yearsApart.marks[0].label.text)).toBe('صحيفة المساء · 40 · 3 March 2025');
  });

  it('draws different sources over days as a timeline too: who said what, and when', () => {
    const l = layout(revised, 320, { lang: 'en', reason: 'different-sources' })!;
    expect(markOf(l, 'first').y).toBeLessThan(markOf(l, 'late').y);
    expect(visible(markOf(l, 'first').label.text)).toMatch(/^صحيفة المساء · 40 · 3 March/);
  });

  it('sets a contradiction out by source: no dates, the card’s order, one lane when the labels fit', () => {
    const l = layout(revised, 320, { lang: 'ar', reason: 'contradiction' })!;
    for (const m of l.marks) expect(visible(m.label.text)).not.toMatch(/مارس/);
    const crowded = layout([fig({ id: 'a', value: 100, label: 'صحيفة المساء' }), fig({ id: 'b', value: 101, label: 'موقع الخبر' }), fig({ id: 'c', value: 99, label: 'وكالة محلية' })], 320, { lang: 'ar', reason: 'contradiction' })!;
    expect(crowded.marks.map((m) => m.y)).toEqual([...crowded.marks.map((m) => m.y)].sort((p, q) => p - q));
    expect(new Set(crowded.marks.map((m) => m.y)).size).toBe(3);
    const apart = layout([fig({ id: 'a', value: 10, label: 'أ' }), fig({ id: 'b', value: 90, label: 'ب' })], 320, { lang: 'ar', reason: 'different-sources' })!;
    expect(apart.marks[0].y).toBe(apart.marks[1].y);
  });

  it('cuts a long source between words, to fit the picture', () => {
    const label = 'الهيئة الوطنية المستقلة لإدارة الكوارث والطوارئ والإغاثة الإنسانية في المناطق الجنوبية';
    for (const width of [200, 320]) {
      const l = layout([fig({ id: 'a', value: 5, label }), fig({ id: 'b', value: 9 })], width, { lang: 'ar' })!;
      const name = visible(l.marks[0].label.text).split(' · ')[0];
      expect(name.endsWith('…')).toBe(true);
      expect(label.startsWith(name.slice(0, -1).trimEnd() + ' ')).toBe(true);
      expect(l.marks[0].label.width).toBeLessThanOrEqual(width);
      expect(textWidth(name)).toBeLessThan(textWidth(label));
    }
  });

  it('says the picture in the panel’s own words', () => {
    const figures = [fig({ id: 'a', value: 50, max: 50, qualifier: 'at-most', label: 'صحيفة المساء', date: '2025-03-03' }), fig({ id: 'b', value: 80, min: 60, max: 90, qualifier: 'range', label: MESSAGES.ar.thisArticle, current: true })];
    const ar = layout(figures, 320, { lang: 'ar' })!.summary;
    expect(ar).toBe(`${MESSAGES.ar.numberLine}: صحيفة المساء: 50 ${MESSAGES.ar.atMost} (3 مارس 2025)${MESSAGES.ar.listSeparator}${MESSAGES.ar.thisArticle}: بين 60 و90`);
    const en = layout([{ ...figures[0], current: true }], 320, { lang: 'en' })!.summary;
    expect(en).toBe(`${MESSAGES.en.numberLine}: صحيفة المساء: at most 50 (3 March 2025) — ${MESSAGES.en.thisArticle}`);
  });

  it('leaves out figures without a finite value, and has nothing to draw without any', () => {
    const l = layout([fig({ id: 'a', value: Number.NaN }), fig({ id: 'b', value: 9 })], 320, { lang: 'ar' })!;
    expect(l.marks.map((m) => m.figure.id)).toEqual(['b']);
    expect(layout([fig({ id: 'a', value: Number.NaN })], 320, { lang: 'ar' })).toBeNull();
  });
});
