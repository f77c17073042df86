// What joins a number read so far and makes it larger: a smaller number added after a scale
// ("35 الفا و225"), a decimal part spelled after فاصلة ("خمسة فاصلة ثلاثة"), a fraction added
// after it ("مليون ونصف") and a currency's sub-unit after a sum ("20 دولارا و43 سنتا").

import type { ScanCtx } from './context';
import { bareHit, isPunct } from './context';
import type { Core } from './core';
import { isPlainAmount } from './core';
import { scaleBy } from './numbers';
import { parseWords } from './words';

/** "مليون ونصف", "خمسة وربع": a fraction added after a number (folded forms). */
const ADDED_FRACTIONS = new Map<string, number>([
  ['ونصف', 0.5],
  ['وربع', 0.25],
  ['وثلث', 1 / 3],
]);

/** The number after "و" at token j ("و225", "و 225", "وخمسون"), or null. */
export function numberAfterAnd(ctx: ScanCtx, j: number): Core | null {
  const n = ctx.tokens[j];
  if (!n || n.lineBefore || n.type !== 'word') return null;
  if (n.text === 'و' && ctx.tokens[j + 1]?.type === 'digits') return ctx.readNumber(j + 1);
  // "ثلاثة ملايين و(214) ألفا و(36) ناخبا": some papers bracket each group's digits.
  if (n.text === 'و' && isPunct(ctx, j + 1, '(') && ctx.tokens[j + 2]?.type === 'digits') {
    const c = ctx.readNumber(j + 2);
    if (c && isPunct(ctx, c.end, ')')) c.end++;
    return c;
  }
  if (ctx.hits[j]?.proclitics === 'و') return ctx.readNumber(j);
  return null;
}

/**
 * "35 الفا و225", "مليونا و300 ألف", "٤ آلاف و ٣ مائة و٢١": a smaller number after a scale is
 * added (and again after the smaller one's own scale).
 */
export function addAfterScale(ctx: ScanCtx, core: Core): void {
  let added = core.lastScale;
  while (added >= 100) {
    const c2 = numberAfterAnd(ctx, core.end);
    if (!isPlainAmount(c2) || !(c2.value < added) || c2.value < 1) break;
    core.value += c2.value;
    core.end = c2.end;
    core.integer = core.integer && c2.integer;
    added = c2.lastScale;
  }
}

/** "خمسة فاصلة ثلاثة" → 5.3, "2 فاصلة 75 في المئة" → 2.75, "1 فاصلة 1 مليون" → 1.1e6. */
export function addDecimalWords(ctx: ScanCtx, core: Core): void {
  const { tokens, hits } = ctx;
  const fa = tokens[core.end];
  if (core.lastScale !== 1 || !core.integer || core.value < 0 || !fa || fa.lineBefore || !bareHit(ctx, core.end)?.lex.decimalMark) return;
  const ft = tokens[core.end + 1];
  if (!ft || ft.lineBefore) return;
  let frac: string | null = null;
  let fe = core.end + 2;
  if (ft.type === 'digits') frac = ft.text;
  else {
    const w = parseWords(ctx, core.end + 1);
    if (w && w.lastScale === 1 && Number.isInteger(w.value) && !w.fraction) {
      frac = String(w.value);
      fe = w.end;
    }
  }
  if (frac === null) return;
  core.value = Number(`${core.value}.${frac}`);
  core.end = fe;
  core.integer = false;
  const h = hits[fe];
  if (h && h.proclitics === '' && h.lex.scale !== undefined && h.lex.scaleForm !== 'dual' && !tokens[fe].lineBefore) {
    core.value = scaleBy(core.value, h.lex.scale);
    core.lastScale = h.lex.scale;
    core.end = fe + 1;
  }
}

/** "مليون ونصف" → 1.5 million, "خمسة وربع" → 5.25, "مائة و ثلاثة و ثلث" (و written apart). */
export function addFraction(ctx: ScanCtx, core: Core): void {
  const { tokens } = ctx;
  let h = tokens[core.end];
  let fracEnd = core.end + 1;
  let word = h?.text;
  if (h && h.text === 'و' && !h.lineBefore && tokens[fracEnd] && !tokens[fracEnd].lineBefore && ADDED_FRACTIONS.has('و' + tokens[fracEnd].text)) {
    h = tokens[fracEnd];
    word = 'و' + h.text;
    fracEnd++;
  }
  const part = h && !h.lineBefore && !core.definiteUnit ? ADDED_FRACTIONS.get(word!) : undefined;
  // («مليون ونصف مليون طن», «مليونا ونصف المليون»: the half's scale written again is the same half.)
  const scaleAgain = part !== undefined && sameScaleAt(ctx, fracEnd, core.lastScale);
  if (part !== undefined && (scaleAgain || !tokens[fracEnd]?.text.startsWith('ال'))) {
    core.value += part * core.lastScale;
    core.end = scaleAgain ? fracEnd + 1 : fracEnd;
    core.integer = false;
  }
}

/** Token k is the scale word `scale` (ألف, مليون …) in the singular, bare or with the article. */
function sameScaleAt(ctx: ScanCtx, k: number, scale: number): boolean {
  const h = ctx.hits[k];
  return scale > 1 && !!h && !ctx.tokens[k].lineBefore && (h.proclitics === '' || h.proclitics === 'ال') && h.lex.scale === scale && h.lex.scaleForm === 'sing';
}

/** "و43 سنتا" after a sum in `code` (or a dinar word) at token k: the fraction it adds. */
export function readSubunit(ctx: ScanCtx, k: number, code: string): { value: number; end: number } | null {
  const { tokens } = ctx;
  const w = tokens[k];
  if (!w || w.lineBefore || w.type !== 'word') return null;
  // "و43" and "و 43" are read from the و (a lone proclitic), "و خمسون" from the number word.
  let from = k;
  if (w.text === 'و') {
    if (!tokens[k + 1] || tokens[k + 1].lineBefore) return null;
    if (tokens[k + 1].type === 'word') from = k + 1;
  } else if (ctx.hits[k]?.proclitics !== 'و') return null;
  const c = ctx.readNumber(from);
  if (!isPlainAmount(c) || !c.integer || c.lastScale !== 1 || c.value < 1) return null;
  const sub = bareHit(ctx, c.end)?.lex.subunit;
  const key = /^[A-Z]{3}$/.test(code) ? code : 'DINAR';
  const per = sub?.get(key);
  if (per === undefined || c.value >= per) return null;
  return { value: c.value / per, end: c.end + 1 };
}
