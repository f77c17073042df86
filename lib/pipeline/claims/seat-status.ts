// A parliament's seats that no party holds: the whole the results are told out of («بـ89 مقعدا من
// أصل 226 مقعدا»), those kept for the citizens abroad («يخصص 15 مقعدا لممثلي الجاليات في
// الخارج») and those a majority takes («الأغلبية البالغة 46 مقعدا»). Each is another measure than a
// party's seats, or the seats of another list, which a card would otherwise set against them.
import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { WHOLE } from './electorate';

// Those abroad: «في الخارج», «الجاليات», «المغتربين».
const ABROAD = /^(و|ب|ل|لل)?(ال)?(خارج|جاليه|جاليات|مغتربين)$/;
// Words read after the figure for those abroad the seats are kept for.
const ABROAD_REACH = 6;

// The seats a majority takes: «الأغلبية البالغة 46»، «يحتاج أي حزب إلى 19 مقعدا لتشكيل الحكومة».
const MAJORITY_BEFORE = /^(و|ب|ل|لل)?(ال)?(اغلبيه|غالبيه|نصاب|يحتاج|تحتاج|يحتاجها|تحتاجها|بحاجه|يلزم)$/;
const MAJORITY_NOUN = /^(و|ب|ل|لل)?(ال)?(اغلبيه|غالبيه)$/;
// (Not «أغلبية الحزب الحاكم»: a party's majority is its seats. Only the majority's own words after it.)
const MAJORITY_WORDS = /^(ال)?(مطلقه|بسيطه|بالغه|مطلوبه|لازمه|محدده|ثلثين|مريحه)$|^(الي|عند|ب|بـ|هي|وهي)$/;
const isMajorityCue = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].type === 'word' && MAJORITY_BEFORE.test(tokens[i].norm) && (!MAJORITY_NOUN.test(tokens[i].norm) || !tokens[i + 1] || tokens[i + 1].type !== 'word' || MAJORITY_WORDS.test(tokens[i + 1].norm));
const MAJORITY_AFTER = /^(ال)?(لازمه|ضروريه|مطلوبه)$|^(لتشكيل|لتحقيق|للاغلبيه|للغالبيه|لضمان|لانتزاع)$/;
const MAJORITY_REACH = 4;

/** ':total', ':abroad' or ':majority' for a seat count said to be the whole, the diaspora's or what a majority takes; '' otherwise. */
export function seatStatus(tokens: readonly Token[], loc: Located, clauseEnd: number): '' | ':total' | ':abroad' | ':majority' {
  if (tokens[loc.qFrom - 2]?.norm === 'من' && WHOLE.test(tokens[loc.qFrom - 1]?.norm ?? '')) return ':total';
  const after = tokens.slice(loc.unitEnd, Math.min(clauseEnd, loc.unitEnd + MAJORITY_REACH - 1));
  for (let i = Math.max(0, loc.qFrom - MAJORITY_REACH); i < loc.qFrom; i++) if (isMajorityCue(tokens, i)) return ':majority';
  if (after.some((t) => t.type === 'word' && MAJORITY_AFTER.test(t.norm))) return ':majority';
  return tokens.slice(loc.unitEnd, Math.min(clauseEnd, loc.unitEnd + ABROAD_REACH)).some((t) => ABROAD.test(t.norm)) ? ':abroad' : '';
}
