// The last step for a number read: its kind and counted noun (kinds.ts describe, unless the
// reader decided them), what joins after it (sub-units, "ونصف", "تحت الصفر", a qualifier such
// as "على الأقل") and the interval [min, max] its qualifier gives.

import type { Qualifier, QuantityKind } from '../../types';
import type { ScanCtx } from './context';
import type { Core, Found } from './core';
import { describe, nounAt } from './kinds';
import { readSubunit } from './joins';
import { writtenBetween } from './offsets';
import type { QualifierMatch } from './qualifiers';
import { bounds, matchPost } from './qualifiers';

/** "حالة وفاة واحدة", "الجنود الثلاثة": the counted noun written before the number, or null. */
function nounBefore(ctx: ScanCtx, core: Core): { unit: string; duration: boolean } | null {
  const { tokens, hits } = ctx;
  const p = core.startToken - 1;
  if (p < ctx.floor || !tokens[core.startToken].spaceBefore || !nounAt(ctx, p, true, true, true)) return null;
  let ps = p;
  if (hits[p - 1]?.lex.unitTails?.has(tokens[p].text) && p - 1 >= ctx.floor) ps = p - 1;
  const from = tokens[ps].start + (hits[ps]?.proclitics.length ?? 0);
  return { unit: writtenBetween(ctx, from, tokens[p].end), duration: hits[p]?.lex.timeNoun !== undefined };
}

/** The quantity for core (after qualifier q; `high` is a range's high end). */
export function finish(ctx: ScanCtx, core: Core, q: QualifierMatch | null, high?: number): Found {
  const { tokens } = ctx;
  let kind: QuantityKind;
  let unit: string | null;
  let textEnd: number;
  let end: number;
  let value = core.value;
  if (core.decided) {
    kind = core.decided.kind;
    unit = core.decided.unit;
    textEnd = end = core.decided.end ?? core.end;
    if (core.high !== undefined && (kind === 'year' || kind === 'age')) {
      high = core.high;
      q = { qual: 'range', end: core.end, startOffset: core.startOffset };
    }
  } else {
    const d = describe(ctx, {
      value: core.value,
      end: core.end,
      startToken: core.startToken,
      integer: core.integer,
      plainFourDigits: core.plainFourDigits,
      scaled: core.lastScale > 1,
      vague: core.vague,
      definiteUnit: core.definiteUnit,
      qualified: q !== null && q.qual !== 'range',
    });
    kind = d.kind;
    unit = d.unit;
    textEnd = d.textEnd;
    end = d.end;
    if (core.currency && kind !== 'money') {
      kind = 'money';
      unit = core.currency;
    }
    if (core.unitBefore && unit === null && kind === 'count') {
      const before = nounBefore(ctx, core);
      if (before) {
        unit = before.unit;
        if (before.duration) kind = 'duration';
      }
    }
    // "ثلاث سنوات ونصف"
    const h = tokens[end];
    if ((kind === 'duration' || kind === 'age') && end > textEnd && h && !h.lineBefore && h.text === 'ونصف') {
      value += 0.5;
      end++;
      textEnd = end;
    }
  }
  // "20 دولارا و43 سنتا", "جنيهان وخمسون قرشا": sub-units add to the sum.
  if (kind === 'money' && unit && high === undefined && !core.vague) {
    const sub = readSubunit(ctx, Math.max(end, textEnd), unit);
    if (sub) {
      value += sub.value;
      end = textEnd = sub.end;
    }
  }
  // "5 درجات تحت الصفر", "درجتين تحت الصفر": below zero.
  if (kind === 'other' && unit === 'درجة') {
    const b = Math.max(end, textEnd);
    if (tokens[b]?.text === 'تحت' && tokens[b + 1]?.text === 'الصفر' && !tokens[b].lineBefore && !tokens[b + 1].lineBefore && value > 0) {
      value = -value;
      end = textEnd = b + 2;
    }
  }
  let qual: Qualifier = q ? q.qual : 'exact';
  let s = q ? q.startOffset : core.startOffset;
  // Qualifiers after the number: "1444 شخصا على الأقل", "20 قتيلا تقريبا".
  if (!q) {
    const pq = matchPost(ctx, textEnd) ?? (end > textEnd ? matchPost(ctx, end) : null);
    if (pq) {
      qual = pq.qual;
      textEnd = end = pq.end;
    }
  }
  // Dates, years, ordinals and names are points or labels: no interval wording applies.
  const label = kind === 'date' || kind === 'year' || kind === 'ordinal' || (kind === 'other' && unit !== 'درجة');
  if (label && qual !== 'range') {
    qual = 'exact';
    s = core.startOffset;
  }
  let min: number | null;
  let max: number | null;
  if (core.vague) {
    min = core.low!;
    max = core.high!;
    if (qual === 'exact') qual = 'range';
    else if (qual === 'more-than' || qual === 'at-least') max = null;
    else if (qual === 'less-than' || qual === 'at-most') min = null;
  } else {
    ({ min, max } = bounds(qual, value, high));
  }
  const e = tokens[Math.max(textEnd, core.end) - 1].end;
  return { startOffset: s, endOffset: e, endToken: Math.max(end, textEnd), value, min, max, qualifier: qual, kind, unit, vague: core.vague };
}
