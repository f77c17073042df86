// Ranges of two numbers: opened by a word ("بين 20 و30 ألف", "ما بين 3 و5", "من 3 إلى 5 آلاف")
// or joined after the first number by إلى ("10 إلى 15 ألف شخص"), by أو ("3 أو 4 أشخاص") or a
// hyphen ("3-5 أيام", "10$-20$", "10%-20%"). A change ("ارتفع من 2000 إلى 3000") is two
// figures, not a range.

import type { ScanCtx } from './context';
import { isDash, isPunct, nextWord, skipLoneClitic } from './context';
import type { Core, Found } from './core';
import { isPlainAmount } from './core';
import { finish } from './finish';
import { scaleBy } from './numbers';
import { numberAfterAnd } from './joins';
import { CURRENCY_SYMBOLS, RANGE_STARTS } from './lexicon';
import type { QualifierMatch } from './qualifiers';

/** The low end's value: a scale written once serves both ends ("بين 20 و30 ألف" → 20000..30000). */
function lowEnd(low: Core, high: Core): number {
  return low.lastScale === 1 && high.lastScale > 1 && scaleBy(low.value, high.lastScale) <= high.value ? scaleBy(low.value, high.lastScale) : low.value;
}

// How many words before «من X إلى Y» its change verb may stand («قررت رفع المخصصات الطارئة للإغاثة
// وإعادة الإعمار من 25 إلى 40 مليونا»: the changed thing's name may take several).
const CHANGE_VERB_REACH = 8;

/** Whether a change verb (ارتفع, انخفض …) stands in the CHANGE_VERB_REACH words before token i. */
function changeVerbBefore(ctx: ScanCtx, i: number): boolean {
  const { tokens, hits } = ctx;
  for (let k = i - 1; k >= 0 && k >= i - CHANGE_VERB_REACH; k--) {
    if (tokens[k + 1].lineBefore || (tokens[k].type === 'punct' && tokens[k].text !== '«' && tokens[k].text !== '»')) return false;
    if (hits[k]?.lex.changeVerb) return true;
  }
  return false;
}

/**
 * «الأشهر الثمانية الأولى من 2026 إلى 187 مليار درهم»: a year, then a scaled sum a verb further back
 * reached — two things, no range.
 */
// (Not «بين 2000 و3000 ألف», where the scale serves both ends.)
const yearThenSum = (low: Core, high: Core): boolean => low.plainFourDigits && low.value >= 1900 && low.value <= 2100 && high.lastScale > 1 && lowEnd(low, high) === low.value;

/** "بين 20 و30 ألف", "ما بين 3 و5", "من 3 إلى 5 آلاف" starting at token i (after qualifier q). */
export function readOpenedRange(ctx: ScanCtx, i: number, q: QualifierMatch | null): Found | null {
  const { tokens, hits } = ctx;
  const t = tokens[i];
  if (!t || t.type !== 'word' || !RANGE_STARTS.has(t.text)) return null;
  const hit = hits[i];
  const pre = hit?.proclitics ?? '';
  const base = t.text.slice(pre.length);
  let j = i;
  const s = t.start + (base === t.text ? 0 : pre.length);
  if ((t.text === 'ما' || t.text === 'وما') && tokens[i + 1]?.text === 'بين') j = i + 1;
  const w = tokens[j].text;
  let mode: 'between' | 'from';
  if (w === 'بين' || w === 'وبين' || w === 'فبين') mode = 'between';
  else if (w === 'من' && q === null) mode = 'from';
  else return null;
  // "ارتفع عدد القتلى من 2000 إلى 3000" is a change between two figures, not a range.
  if (mode === 'from' && changeVerbBefore(ctx, i)) return null;
  const a = skipLoneClitic(ctx, j + 1);
  if (nextWord(ctx, a) === undefined && tokens[a]?.type !== 'digits') return null;
  const c1 = ctx.readNumber(a);
  if (!isPlainAmount(c1)) return null;
  let b = c1.end;
  const jt = tokens[b];
  if (!jt || jt.lineBefore) return null;
  let c2: Core | null = null;
  if (mode === 'between') c2 = numberAfterAnd(ctx, b);
  else if (jt.type === 'word' && hits[b]?.proclitics === 'ل' && jt.spaceBefore) c2 = ctx.readNumber(b);
  if (!c2 && jt.type === 'word' && (jt.text === 'الي' || jt.text === 'حتي')) {
    b = skipLoneClitic(ctx, b + 1);
    c2 = ctx.readNumber(b);
  }
  if (!isPlainAmount(c2)) return null;
  if (yearThenSum(c1, c2)) return null;
  c1.value = lowEnd(c1, c2);
  if (!(c2.value > c1.value)) return null;
  const joined: Core = { ...c1, end: c2.end, lastScale: c2.lastScale, plainFourDigits: c1.plainFourDigits && c2.plainFourDigits, currency: c1.currency ?? c2.currency };
  return finish(ctx, joined, { qual: 'range', end: a, startOffset: s }, c2.value);
}

/** Most the higher end of "N أو M" may be, times the lower: "3 أو 4", "عشرة أو عشرين"; not "2 أو 200". */
const OR_SPAN = 3;

/**
 * The number core at token i joined to a second by إلى ("10 إلى 15 ألف شخص", unless a change
 * verb comes before) or by أو ("3 أو 4 أشخاص": one figure given as either of two close numbers),
 * or null.
 */
export function readRangeJoined(ctx: ScanCtx, i: number, core: Core): Found | null {
  const { tokens } = ctx;
  const joint = tokens[core.end];
  if (!joint || joint.type !== 'word' || joint.lineBefore) return null;
  const or = joint.text === 'او';
  if (!or && (joint.text !== 'الي' || changeVerbBefore(ctx, i))) return null;
  const b = skipLoneClitic(ctx, core.end + 1);
  const c2 = tokens[b] && !tokens[b].lineBefore ? ctx.readNumber(b) : null;
  if (!isPlainAmount(c2) || c2.lastScale < core.lastScale || yearThenSum(core, c2)) return null;
  const low = lowEnd(core, c2);
  if (!(c2.value > low) || (or && c2.value > OR_SPAN * low)) return null;
  const joined: Core = { ...core, value: low, end: c2.end, lastScale: c2.lastScale };
  return finish(ctx, joined, { qual: 'range', end: i, startOffset: core.startOffset }, c2.value);
}

/** "3-5 أيام", "10$-20$", "$10-$20", "10%-20%": digits, a hyphen, digits; or null. */
export function readDashRange(ctx: ScanCtx, i: number, core: Core): Found | null {
  const { tokens } = ctx;
  let d = core.end;
  const mark = tokens[d];
  const marked = mark?.type === 'punct' && !mark.spaceBefore && (mark.text === '%' || CURRENCY_SYMBOLS.has(mark.text)) && isDash(tokens[d + 1]);
  if (marked) d++;
  const n = tokens[d + 1];
  const symbolNext = n?.type === 'punct' && CURRENCY_SYMBOLS.has(n.text) && tokens[d + 2]?.type === 'digits' && !tokens[d + 2].spaceBefore;
  if (!isDash(tokens[d]) || !n || n.lineBefore || !(n.type === 'digits' || symbolNext)) return null;
  const c2 = ctx.readNumber(d + 1);
  // Not "6-2023" (a number then a year).
  const yearAfterSmall = c2 !== null && c2.plainFourDigits && !core.plainFourDigits;
  if (!isPlainAmount(c2) || !(c2.value > core.value) || yearAfterSmall) return null;
  core.value = lowEnd(core, c2);
  const joined: Core = { ...core, end: c2.end, lastScale: c2.lastScale, currency: core.currency ?? c2.currency };
  if (marked && mark.text !== '%') joined.currency ??= CURRENCY_SYMBOLS.get(mark.text);
  // "10%-20": the mark on the first end serves both.
  if (marked && mark.text === '%' && !isPunct(ctx, c2.end, '%')) joined.decided = { kind: 'percent', unit: null };
  return finish(ctx, joined, { qual: 'range', end: i, startOffset: core.startOffset }, c2.value);
}
