// «وسجلت الدائرة الثالثة أدنى نسبة مشاركة بـ41%», «وسجلت المنطقة أعلى عدد من الدعاوى … بعد ما سجلت 90
// دعوى», «وسجل سعر سهم X أعلى نسبة ارتفاع بواقع 9 %»: a figure its sentence gives as the record
// that one member of a breakdown set (the highest, the lowest) is that member's, a part of the
// whole, not the whole's figure nor a rival count of it.

import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { ALONE } from './scope-words';

// «سجل/سجلت/حقق/حققت/احتل/احتلت» with its conjunctions (folded spelling).
const RECORDED = /^(و|ف)?(سجل|سجلت|حقق|حققت|احتل|احتلت)$/;
const SUPERLATIVE = /^(اعلي|ادني|اكبر|اقل|اكثر|اصغر)$/;
const MEASURE = /^(ال)?(نسبه|عدد|معدل|معدلات|حصه)$/;
// «أعلى مستوى له منذ 2010», «أقل معدلات نمو له في 25 عاما»: a record over time of the measure itself, not a member's.
const OVER_TIME = /^(له|لها|لهم|لهما|منذ)$/;
/** How far before the figure the record's words may stand (its holder, the measure's complement). */
const REACH = 12;

/** «أعلى نسبة», «العدد الأكبر»: a record's words at `i` (the superlative before or after its measure). */
export const recordPhraseAt = (tokens: readonly Token[], i: number): boolean =>
  (SUPERLATIVE.test(tokens[i]?.norm ?? '') && MEASURE.test(tokens[i + 1]?.norm ?? '')) || (MEASURE.test(tokens[i]?.norm ?? '') && /^ال/.test(tokens[i + 1]?.norm ?? '') && SUPERLATIVE.test(tokens[i + 1].norm.slice(2)));

// A holder named before its verb: a definite noun right before it («الدائرة الأولى سجلت»).
const holderBefore = (tokens: readonly Token[], verb: number): boolean => tokens[verb - 1]?.type === 'word' && /^ال../.test(tokens[verb - 1].norm);

/** The figure is the record one member of a set holds: «سجل/حقق + holder + أعلى/أدنى + measure … figure». */
export function recordHeld(tokens: readonly Token[], loc: Located): boolean {
  const from = Math.max(0, loc.qFrom - REACH);
  for (let i = loc.qFrom - 1; i > from; i--) {
    if (tokens[i].type === 'num') return false;
    // («سجلت المدينة العدد الأكبر من القتلى بـ9»: or the measure first, its superlative after it.)
    const measureFirst = recordPhraseAt(tokens, i - 1) && MEASURE.test(tokens[i - 1].norm);
    if (!measureFirst && !recordPhraseAt(tokens, i)) continue;
    const start = measureFirst ? i - 1 : i;
    if (tokens.slice(start + 2, Math.min(loc.qFrom, start + 5)).some((t) => OVER_TIME.test(t.norm))) return false;
    // The verb, then its holder (at least one word): «سجلت [العاصمة X] أدنى نسبة». A holder with
    // a number is a time («وسجلت الانتخابات في 2009 أعلى نسبة»): a record over time.
    // (Or the holder first, a definite noun right before the verb: «أن الدائرة الأولى سجلت أعلى نسبة».)
    for (let j = start - 1; j >= Math.max(0, start - 6); j--) {
      if (tokens[j].type === 'num') return false;
      if (RECORDED.test(tokens[j].norm)) return j < start - 1 || (!/^[وف]/.test(tokens[j].norm) && holderBefore(tokens, j));
    }
    return false;
  }
  return false;
}

/** «وسجلت المدينة وحدها 20 قتيلا», «عدد القتلى في المديرية وحدها ارتفع إلى 46»: the clause says its figure is one member's «alone». */
export function aloneInClause(tokens: readonly Token[], clause: readonly [number, number]): boolean {
  // (Folded, «وحدة» — a unit, «500 ألف وحدة سكنية» — is spelt as «وحده»: the written ة tells them apart.)
  for (let i = clause[0]; i < clause[1]; i++) if (tokens[i].type === 'word' && ALONE.test(tokens[i].norm) && !/ة$/.test(tokens[i].raw)) return true;
  return false;
}
