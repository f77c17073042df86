// Numbers that start with a sign: a currency symbol ("$5 مليار"), a minus on a temperature
// ("-2°", "- 2 درجة") and a percent sign typed before the digits ("%7", right-to-left input).

import type { Reader, ScanCtx } from './context';
import { bareHit, digitsAt } from './context';
import { CURRENCY_SYMBOLS } from './lexicon';
import { readDigits } from './read-digits';

/** "$5 مليار", "$ 10": a money symbol before the digits. */
export const readCurrencySymbol: Reader = (ctx, i) => {
  const t = ctx.tokens[i];
  const code = CURRENCY_SYMBOLS.get(t.text);
  if (!code || !digitsAt(ctx, i + 1)) return null;
  const c = readDigits(ctx, i + 1);
  return c.decided ? null : { ...c, startToken: i, startOffset: t.start, currency: code };
};

/** "-2°", "- 2 درجة": a minus sign counts only on a temperature (not "3 -1", not a bullet). */
export const readMinusTemperature: Reader = (ctx, i) => {
  const { tokens } = ctx;
  const t = tokens[i];
  if (t.text !== '-' || !digitsAt(ctx, i + 1) || (i !== 0 && tokens[i - 1].type === 'digits')) return null;
  const c = readDigits(ctx, i + 1);
  return !c.decided && degreeAt(ctx, c.end) ? { ...c, value: -c.value, startToken: i, startOffset: t.start } : null;
};

/** "%7": the percent sign typed before the number (right-to-left input). */
export const readPercentBefore: Reader = (ctx, i) => {
  const { tokens } = ctx;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.text !== '%' || next?.type !== 'digits' || next.spaceBefore || (i !== 0 && tokens[i - 1].type === 'digits' && !t.spaceBefore)) return null;
  const c = readDigits(ctx, i + 1);
  return !c.decided && c.lastScale === 1 ? { ...c, startToken: i, startOffset: t.start, decided: { kind: 'percent', unit: null } } : null;
};

/** Whether a temperature mark (°, درجة) stands at token k. */
function degreeAt(ctx: ScanCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.lineBefore) return false;
  if (t.type === 'punct') return t.text === '°';
  return bareHit(ctx, k)?.lex.degree === true;
}
