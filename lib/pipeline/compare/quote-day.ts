// A commodity's quote per unit (claims/money.ts `money:quote:…`) is quoted anew every trading
// day: two reads' quotes are one figure only when each one's own sentence dates it and they share
// a day («صعد الذهب أمس إلى 1103 دولارات للأوقية» beside «بلغ 1106 دولارات للأوقية أمس»). An
// undated quote may be any day's — the close of the day before, the morning's — so it meets no
// other read's quote: two days' prices are a series, not a conflict.

import type { Claim } from '../../types';
import { endInSentence, incidentDays } from './incident-day';

// (A currency's move on the market, «وانخفض الدولار 0.5 في المئة اليوم», is one day's too.)
export const isQuote = (c: Claim): boolean => /^(money:quote:|percent:change:currency:)/.test(c.concept ?? '');

/** The days a quote's own sentence dates it on, relative to its read's publication date. */
const quoteDays = (c: Claim, published: string | null): Set<number> => incidentDays(c.sentence, published, endInSentence(c), false);

/** True when two reads' quotes may be one figure: both dated by their sentences, on a common day. */
export function sameQuoteDay(a: Claim, aPublished: string | null, b: Claim, bPublished: string | null): boolean {
  const da = quoteDays(a, aPublished);
  const db = quoteDays(b, bPublished);
  for (const d of da) if (db.has(d)) return true;
  return false;
}
