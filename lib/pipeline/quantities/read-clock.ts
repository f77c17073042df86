// Clock times: "الساعة 10:00", "الساعة 10 مساء", "الساعة العاشرة" (value: hours + minutes/60).
// Bare "16:13" is read in read-digits.ts and "الثانية ظهرا" in read-ordinals.ts; both end here.

import type { Reader, ScanCtx } from './context';
import { bareHit, digitsGoOn, wordStart } from './context';
import type { Core } from './core';
import { makeCore, NO_NUMBER } from './core';
import { parseClock } from './numbers';

/** A clock time from token startToken; an evening word at `end` adds 12 hours and joins the text. */
export function clockCore(ctx: ScanCtx, startToken: number, startOffset: number, hours: number, minutes: number, end: number): Core {
  let h = hours;
  const ev = bareHit(ctx, end);
  if (ev?.lex.evening && h < 12) {
    h += 12;
    end++;
  }
  return makeCore(h + minutes / 60, startToken, startOffset, end, { decided: { kind: 'date', unit: 'time' } });
}

/** "الساعة 10:00", "الساعة 10 مساء", "الساعة العاشرة": after الساعة, a time or nothing. */
export const readClock: Reader = (ctx, i) => {
  const { tokens, hits } = ctx;
  if (!hits[i]!.lex.clockCue) return null;
  const s = wordStart(ctx, i);
  const n = tokens[i + 1];
  if (!n || n.lineBefore) return NO_NUMBER;
  if (n.type === 'digits') {
    const c = parseClock(tokens, i + 1);
    if (c) return clockCore(ctx, i, s, c.hours, c.minutes, c.end);
    const v = Number(n.text);
    if (n.text.length <= 2 && v <= 24 && !digitsGoOn(ctx, i + 2)) return clockCore(ctx, i, s, v, 0, i + 2);
    return NO_NUMBER;
  }
  const h = hits[i + 1];
  if (!h) return NO_NUMBER;
  let v = h.lex.ordinal ?? h.lex.unit;
  let end = i + 2;
  if (v === undefined) return NO_NUMBER;
  const teen = bareHit(ctx, end);
  if (teen?.lex.teen && v <= 2) {
    v += 10;
    end++;
  }
  return clockCore(ctx, i, s, v, 0, end);
};
