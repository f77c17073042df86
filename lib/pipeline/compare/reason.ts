// Why figures on one topic differ, as a reader needs to know it:
// - updated: one source (or sources that never say otherwise) moved the count over time — a
//   timeline, not a contradiction (a toll rising from Monday to Wednesday, a missing count falling);
// - contradiction: at about the same time, values that cannot all be true;
// - different-sources: different authorities give their own counts, at any time.

import { normalizeArabic, stripClitics } from '../text/normalize';
import type { DifferenceReason } from '../../types';

export interface TimedFigure {
  value: number;
  attribution: string | null;
  /** Publication time of the figure's article (ISO 8601), or null. */
  published: string | null;
}

/** Figures further apart than this were not given "at about the same time". */
const SAME_TIME_MS = 72 * 3600_000;
/** Figures closer than this are one moment: no timeline between them. */
const ONE_MOMENT_MS = 12 * 3600_000;

// Words that name no one in particular: «السلطات», «مصادر», «وسائل إعلام» relay someone's count.
// Normalised forms (normalizeArabic + stripClitics).
const GENERIC = new Set(['سلطات', 'رسميه', 'رسمي', 'مصادر', 'مصدر', 'سايل', 'اعلام', 'تقارير', 'مسوولون', 'مسوول', 'محليه', 'محلي']);
function sourceWords(s: string): ReadonlySet<string> {
  let words = sourceWordsMemo.get(s);
  if (words === undefined) {
    words = new Set(
      normalizeArabic(s)
        .split(/\s+/)
        .map(stripClitics)
        .filter((w) => w.length > 1),
    );
    if (sourceWordsMemo.size >= SOURCE_MEMO_LIMIT) sourceWordsMemo.clear();
    sourceWordsMemo.set(s, words);
  }
  return words;
}

// A comparison matches each figure's source against every other's (zone sources, source groups):
// one source's words are read once. Bounded (emptied when full).
const SOURCE_MEMO_LIMIT = 10_000;
const sourceWordsMemo = new Map<string, ReadonlySet<string>>();

/** A source that names someone: not only «السلطات الرسمية» or «وسائل إعلام». */
const named = (s: string | null): s is string => !!s && [...sourceWords(s)].some((w) => !GENERIC.has(w));

/** One source written two ways: most of the shorter name's words are in the other («هيئة إدارة الكوارث الوطنية», «إدارة الكوارث والطوارئ الوطنية»). */
export function sameSource(a: string, b: string): boolean {
  const wa = sourceWords(a);
  const wb = sourceWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  const shared = [...small].filter((w) => large.has(w)).length;
  return small.size > 0 && shared / small.size >= 0.75;
}

/** Named sources, grouped; each group's size is how many figures it gave. */
export function sourceGroups(figures: TimedFigure[]): number[] {
  const groups: { name: string; n: number }[] = [];
  for (const f of figures) {
    if (!named(f.attribution)) continue;
    const g = groups.find((x) => sameSource(x.name, f.attribution as string));
    if (g) g.n++;
    else groups.push({ name: f.attribution, n: 1 });
  }
  return groups.map((g) => g.n);
}

const timeOf = (f: TimedFigure): number => (f.published ? Date.parse(f.published) : Number.NaN);

/** Values move one way as time passes: every later figure is on the same side of every earlier one. */
function monotoneOverTime(figures: TimedFigure[]): boolean {
  let up = false;
  let down = false;
  for (const a of figures) {
    for (const b of figures) {
      if (timeOf(b) - timeOf(a) < ONE_MOMENT_MS) continue;
      if (b.value > a.value) up = true;
      if (b.value < a.value) down = true;
    }
  }
  return up !== down;
}

/** The reason a difference exists; `conflict` is whether the figures cannot all be true at once. */
export function differenceReason(figures: TimedFigure[], conflict: boolean, sameAddress = false): DifferenceReason {
  if (sameAddress) return 'updated';
  const times = figures.map(timeOf);
  const dated = times.every((t) => !Number.isNaN(t));
  const span = dated ? Math.max(...times) - Math.min(...times) : 0;
  const groups = sourceGroups(figures);
  const named = groups.reduce((a, b) => a + b, 0);
  // One authority gave most of the named figures (the others relay or round it).
  const oneAuthority = groups.length <= 1 || Math.max(...groups) * 2 >= named + 1;
  if (oneAuthority && dated && span >= ONE_MOMENT_MS && monotoneOverTime(figures)) return 'updated';
  if (conflict && dated && span <= SAME_TIME_MS) return 'contradiction';
  if (groups.length >= 2) return 'different-sources';
  return conflict ? 'contradiction' : 'different-sources';
}
