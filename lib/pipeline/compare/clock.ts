// A market price quoted at a stated time of day: «بلغ سعر الفضة 15.20 دولار للأوقية الساعة 0945
// بتوقيت جرينتش» and «… 15.05 دولار الساعة 1610» are two moments of one trading day, not two
// reports of one price. Wire services give the time with every quote; two quotes at different
// stated times never share a card.
// (README §1 "Same event", clock times.)

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';

// Figures that move within a day: prices and their changes.
const INTRADAY = /^(money:(price|quote)|percent:change)/;
// «الساعة 0945», «الساعة 09:45», «الساعة 9.45».
const HOUR = /^(و|ف)?(ب|في)?(ال)?ساعه$/;

/** The time of day (minutes) a price's sentence states, or null. */
export function statedClock(c: Claim): number | null {
  if (!c.concept || !INTRADAY.test(c.concept)) return null;
  const tokens = tokensOf(c.sentence);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!HOUR.test(tokens[i].norm) || tokens[i + 1].type !== 'num') continue;
    const n = tokens[i + 1].norm;
    // Hours and minutes written together («0945») or apart («09:45», read as one or three tokens).
    const joined = /^\d{3,4}$/.test(n) ? n : /^\d{1,2}[.:]\d{2}$/.test(n) ? n.replace(/[.:]/, '') : null;
    const split = tokens[i + 2]?.raw === ':' && tokens[i + 3]?.type === 'num' ? `${n}${tokens[i + 3].norm.padStart(2, '0')}` : null;
    const hhmm = split ?? joined ?? (/^\d{1,2}$/.test(n) ? `${n}00` : null);
    if (!hhmm) continue;
    const v = Number(hhmm);
    const minutes = Math.floor(v / 100) * 60 + (v % 100);
    if (Number.isFinite(minutes) && minutes < 24 * 60) return minutes;
  }
  return null;
}

/** Two prices quoted at different stated times of day. */
export function differentClocks(a: Claim, b: Claim): boolean {
  const ta = statedClock(a);
  const tb = statedClock(b);
  return ta !== null && tb !== null && ta !== tb;
}
