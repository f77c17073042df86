// «معدل البطالة غير المعدل موسميا 9.6%», «قبل التعديل الموسمي»: a statistic not adjusted for the
// seasons is another series than the adjusted one outlets report by default — never compared with it.
// Read in the figure's clause before it, or, where the clause points back to «هذا القياس» (this
// measure), in the sentence before.

import type { Token } from '../text/tokens';

const NOT = /^(و)?(غير|دون|بدون)$/;
const ADJUSTED = /^(ال)?(معدل|معدله|تعديل)$/;
const SEASONAL = /^(ال)?(موسميا|موسمي|موسميه)$/;
const BEFORE = /^(و)?قبل$/;
// «وفق هذا القياس», «بهذا المقياس»: the measure the sentence named before.
const THIS_MEASURE = /^(و)?(ب|ل)?(هذا)$/;
const MEASURE = /^(ال)?(قياس|مقياس|معيار)$/;
const REACH = 10;

/** True where tokens [k, k+3) say "not seasonally adjusted". */
function unadjustedAt(tokens: readonly Token[], k: number): boolean {
  const [a, b, c] = [tokens[k]?.norm ?? '', tokens[k + 1]?.norm ?? '', tokens[k + 2]?.norm ?? ''];
  // «غير المعدل موسميا», «دون تعديل موسمي», «قبل التعديل الموسمي».
  return (NOT.test(a) || BEFORE.test(a)) && ADJUSTED.test(b) && SEASONAL.test(c);
}

/** ':nsa' where the figure at `qFrom` (its clause starting at `clauseStart`) is of a series not seasonally adjusted, else ''. */
export function seasonalBasis(tokens: readonly Token[], qFrom: number, clauseStart: number): string {
  for (let k = Math.max(clauseStart, qFrom - REACH); k < qFrom; k++) if (unadjustedAt(tokens, k)) return ':nsa';
  const pointsBack = tokens.slice(clauseStart, qFrom).some((t, i, all) => THIS_MEASURE.test(t.norm) && MEASURE.test(all[i + 1]?.norm ?? ''));
  if (pointsBack) for (let k = 0; k < clauseStart; k++) if (unadjustedAt(tokens, k)) return ':nsa';
  return '';
}
