// A parliament's seats that no party holds: the whole the results are told out of («بـ89 مقعدا من
// أصل 226 مقعدا») and those kept for the citizens abroad («يخصص 15 مقعدا لممثلي الجاليات في
// الخارج»). Each is another measure than a party's seats, or the seats of another list, which a
// card would otherwise set against them.
import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { WHOLE } from './electorate';

// Those abroad: «في الخارج», «الجاليات», «المغتربين».
const ABROAD = /^(و|ب|ل|لل)?(ال)?(خارج|جاليه|جاليات|مغتربين)$/;
// Words read after the figure for those abroad the seats are kept for.
const ABROAD_REACH = 6;

/** ':total' or ':abroad' for a seat count said to be the whole or the diaspora's, '' otherwise. */
export function seatStatus(tokens: readonly Token[], loc: Located, clauseEnd: number): '' | ':total' | ':abroad' {
  if (tokens[loc.qFrom - 2]?.norm === 'من' && WHOLE.test(tokens[loc.qFrom - 1]?.norm ?? '')) return ':total';
  return tokens.slice(loc.unitEnd, Math.min(clauseEnd, loc.unitEnd + ABROAD_REACH)).some((t) => ABROAD.test(t.norm)) ? ':abroad' : '';
}
