// Two numbers that make one label after the first is read: a share of a stated total ("سبعة من
// عشرة", "8 من أصل 10") and a match score after a sports word ("فاز 3-1"). Neither is a range,
// and the two numbers are never two counts to compare (README "Kinds and units", other).

import type { ScanCtx } from './context';
import { digitsGoOn, isDash } from './context';
import type { Core } from './core';
import { isPlainAmount } from './core';
import { nounAt, nounEnd } from './kinds';

/**
 * "سبعة من عشرة", "7 من كل 10", "ثمانية من أصل عشرة": a part of a stated total right after
 * it, as one label of kind other whose value is the part; or null.
 */
export function readShare(ctx: ScanCtx, core: Core): Core | null {
  const { tokens } = ctx;
  if (core.lastScale !== 1 || !core.integer || core.value < 1) return null;
  let k = core.end;
  if (tokens[k]?.text !== 'من' || tokens[k].lineBefore) return null;
  k++;
  const every = tokens[k]?.text === 'كل' && !tokens[k].lineBefore;
  if ((every || tokens[k]?.text === 'اصل') && !tokens[k].lineBefore) k++;
  const n = tokens[k];
  if (!n || n.lineBefore || (n.type !== 'digits' && !ctx.hits[k])) return null;
  const total = ctx.readNumber(k);
  if (!isPlainAmount(total) || !total.integer || !(total.value > core.value)) return null;
  // "من 5 إلى 10" after the part is a change or a range, and "من 2024" a year.
  const after = tokens[total.end];
  if ((after && !after.lineBefore && (after.text === 'الي' || after.text === 'حتي')) || (total.plainFourDigits && total.value >= 1800 && total.value <= 2200)) return null;
  // "ثلاث من 24 طائرة": with a counted noun both are counts of it (the total is news too);
  // "سبعة من كل عشرة أطفال" is a rate, and the noun belongs to the phrase.
  const noun = nounAt(ctx, total.end, false, false);
  if (noun && !every) return null;
  return { ...core, end: noun ? nounEnd(ctx, total.end) : total.end, decided: { kind: 'other', unit: null } };
}

/** "فاز 3-1", "بنتيجة 2 - 0": the first number of a score after a sports word, as a label, or null. */
export function readScore(ctx: ScanCtx, i: number, core: Core): Core | null {
  const { tokens, hits } = ctx;
  const dash = tokens[core.end];
  const b = tokens[core.end + 1];
  if (core.lastScale !== 1 || !core.integer || tokens[i].text.length > 2) return null;
  if (!isDash(dash)) return null;
  if (!b || b.type !== 'digits' || b.lineBefore || b.text.length > 2 || digitsGoOn(ctx, core.end + 2)) return null;
  // "انتهت بعد 3-5 أيام" is a range of days, whatever came before.
  const after = hits[core.end + 2];
  if (tokens[core.end + 2]?.text === '%' || (after && (after.lex.timeNoun || after.lex.currency || after.lex.countNoun || after.lex.degree || after.lex.percentWord || after.lex.scale))) return null;
  let cue = false;
  for (let k = i - 1; k >= 0 && k >= i - 6 && k >= ctx.floor; k--) {
    const t = tokens[k];
    if (tokens[k + 1].lineBefore || (t.type === 'punct' && '.؟!؛'.includes(t.text))) break;
    if (hits[k]?.lex.scoreCue) {
      cue = true;
      break;
    }
  }
  if (!cue) return null;
  // Two labels: the scanner reads the second number as a score too when it gets there.
  ctx.scoreToken = core.end + 1;
  return { ...core, decided: { kind: 'other', unit: null } };
}
