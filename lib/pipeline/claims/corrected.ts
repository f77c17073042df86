// A figure given as the correction of the one before it: «أعلن مقتل 27 شخصا، قبل أن يصحح الرقم إلى
// 25», «بلغت 58.2%، قبل أن تصححها بعد نحو ساعة إلى 56.9%». The bare figure after «إلى» counts
// what the corrected one counted — it is the outlet's figure, the other one the earlier.

import type { Token } from '../text/tokens';

// «صحح/يصحح/تصححها/تصحيح», «عدّل/يعدلها/تعديل» (folded, with a conjunction and an object pronoun).
const CORRECTING = /^(و|ف)?(ي|ت|ن)?(صحح|صححت|تصحيح|عدل|عدلت|تعديل)(ه|ها|هم)?$/;
const TO = /^(الي|الى)$/;
// From «إلى» back to the verb: its object and a time («الرقم», «بعد نحو ساعة»), a few words.
const REACH = 6;

/** The figure at `qFrom` follows «إلى» after a verb of correcting, within its clause. */
export function correctedTo(tokens: readonly Token[], qFrom: number, stops: Uint8Array): boolean {
  if (!TO.test(tokens[qFrom - 1]?.norm ?? '')) return false;
  for (let i = qFrom - 2; i >= Math.max(0, qFrom - 2 - REACH) && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (CORRECTING.test(t.norm)) return true;
  }
  return false;
}
