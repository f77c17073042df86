// «بلغت الإيرادات 4.2 مليار دولار في العام المالي، بزيادة 5.3% عن العام السابق», «اتسع العجز إلى
// 7.4 مليار دولار، بارتفاع نسبته 11%»: a percentage of change right after a sum, joined to it by
// «ب» (or restated with «أي»), is how far that sum moved — the rise or fall of what the sum is of,
// not a rate of its own. The sum's concept names the thing; its period words («في السنة المالية
// 2026 التي انتهت في 30 يونيو») may stand between.

import type { Token } from '../text/tokens';
import type { Located } from './locate';

// «بزيادة», «بارتفاع», «بنمو» / «بتراجع», «بانخفاض»: a change joined to the clause of the sum by
// «ب», or after «أي».
const UP = /^(و)?(ب)?(زياده|ارتفاع|نمو|صعود|قفزه)$/;
const DOWN = /^(و)?(ب)?(تراجع|انخفاض|هبوط|نقص|تقلص|انكماش)$/;
// «مسجلة ارتفاعا», «محققا نموا», «مسجلة تراجعا»: a change recorded, in the accusative.
const RECORDING = /^(و)?(مسجله|مسجلا|محققه|محققا|سجلت|سجل)$/;
const RECORDED_UP = /^(ارتفاعا|زياده|نموا|صعودا|قفزه)$/;
const RECORDED_CHANGE = /^(ارتفاعا|زياده|نموا|صعودا|قفزه|تراجعا|انخفاضا|هبوطا|نقصا|تقلصا|انكماشا)$/;
// Words between the change and its amount: «بزيادة نسبتها», «بارتفاع قدره», «بنمو بلغ نحو».
const TO_AMOUNT = /^(نسبته|نسبتها|قدره|قدرها|بلغ|بلغت|تبلغ|يبلغ|بنسبه|نسبه|ب|بـ|نحو|حوالي|قرابه|ما|يقارب|تقارب|اكثر|اقل|من)$/;
const MAX_TO_AMOUNT = 3;
// How many tokens the sum's own period words may take before the change.
const MAX_BETWEEN = 14;
// Punctuation the sum's clause may hold before the change: commas, a month's other name
// («سبتمبر/أيلول»), brackets of a converted sum.
const CLAUSE_PUNCT = /^[،,/()]$/;

/**
 * "percent:change:<thing>:up|down" for the percentage at `loc` given as the change of the sum at
 * `sum` (whose concept is `sumConcept`, «money:<thing>…»), or null. `known` tells the things a
 * card can name.
 */
export function sumChangeConcept(tokens: Token[], sum: Located, sumConcept: string, loc: Located, known: (moneyKey: string) => boolean): string | null {
  const thing = /^money:([a-z]+)/.exec(sumConcept)?.[1];
  // (The growth of the output is the economy's growth, read by its own words: rates.ts.)
  if (!thing || thing === 'value' || thing === 'gdp' || !known(`money:${thing}`)) return null;
  // «اتسع العجز بـ6 مليارات درهم، أو 5%»: the amount a sum moved by, restated in per cent.
  const moved = /:change:(up|down)/.exec(sumConcept)?.[1];
  if (moved) return restatesSum(tokens.slice(sum.unitEnd, loc.qFrom)) ? `percent:change:${thing}:${moved}` : null;
  let k = loc.qFrom - 1;
  while (k > sum.unitEnd && loc.qFrom - 1 - k < MAX_TO_AMOUNT && tokens[k].type === 'word' && TO_AMOUNT.test(tokens[k].norm)) k--;
  const change = tokens[k];
  if (k < sum.unitEnd || change?.type !== 'word') return null;
  // («، مسجلة ارتفاعا بنسبة 6%»: the change as the object of a verb of recording.)
  const recorded = RECORDING.test(tokens[k - 1]?.norm ?? '') && RECORDED_CHANGE.test(change.norm);
  const direction = UP.test(change.norm) || (recorded && RECORDED_UP.test(change.norm)) ? 'up' : DOWN.test(change.norm) || recorded ? 'down' : null;
  // («، أي زيادة 6%»: the sum restated as its change.)
  if (!direction || !(/^(و)?ب/.test(change.norm) || tokens[k - 1]?.norm === 'اي' || recorded)) return null;
  const between = tokens.slice(sum.unitEnd, k);
  if (between.length > MAX_BETWEEN) return null;
  if (!between.every((t) => t.type !== 'punct' || CLAUSE_PUNCT.test(t.raw))) return null;
  return `percent:change:${thing}:${direction}`;
}

/** «، أو», «أي», «أي ما يعادل»: the words that restate a sum as a percentage. */
function restatesSum(between: Token[]): boolean {
  const words = between.filter((t) => !(t.type === 'punct' && /^[،,]$/.test(t.raw))).map((t) => t.norm);
  return /^(او|اي)( ما (يعادل|يمثل))?$/.test(words.join(' ')) && between.every((t) => t.type === 'word' || /^[،,]$/.test(t.raw));
}
