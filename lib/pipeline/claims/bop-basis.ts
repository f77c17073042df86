// «بلغت صادرات السلع 2.4 مليار دولار، وفق منهجية ميزان المدفوعات»: a central bank's trade figures
// on the balance-of-payments basis are another series than the trade statistics a trade
// ministry or a statistics office publishes for the same month — never compared with them.

import type { Token } from '../text/tokens';

const BALANCE = /^(و|ب|ل|لل)?(ال)?ميزان$/;
const PAYMENTS = /^(ال)?مدفوعات$/;
// (Not the current account's gap: it is a line of the balance of payments whoever gives it.)
const TRADE = /^money:(exports|imports|deficit|surplus)(:(?!current-account)|$)/;

/** ':bop' where a trade figure's sentence names the balance of payments it is reckoned on, else ''. */
export function paymentsBasis(tokens: readonly Token[], concept: string): string {
  if (!TRADE.test(concept)) return '';
  return tokens.some((t, k) => BALANCE.test(t.norm) && PAYMENTS.test(tokens[k + 1]?.norm ?? '')) ? ':bop' : '';
}
