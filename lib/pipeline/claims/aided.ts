// «واستأنف البرنامج توزيع حصص غذائية على 1700 أسرة نازحة», «قدمت المنظمة مساعدات لـ900 أسرة»:
// the people a distribution reached are its recipients — some of the displaced at most, a count
// of the aid's own — never the count of the displaced (or the affected) itself.

import type { Token } from '../text/tokens';

// Verbs and verbal nouns of handing out aid (folded spelling).
const HANDED_OUT = /^(و|ف|ب|ل)?(ال)?(توزيع|وزعت|وزع|يوزع|توزع|تقديم|قدمت|قدم|يقدم|تقدم|ايصال|اوصلت|اوصل|صرف|صرفت)$/;
// What the recipients follow: «على» or «ل» («لـ900 أسرة»).
const TO = /^(علي|ل|لـ)$/;
// How many words the aid's name may take between the verb and «على» («حصص غذائية طارئة»).
const AID_WORDS = 5;

/** The figure at `qFrom` counts those a distribution of aid reached. */
export function aidedBefore(tokens: readonly Token[], qFrom: number): boolean {
  const to = qFrom - 1;
  if (tokens[to]?.type !== 'word' || !TO.test(tokens[to].norm)) return false;
  for (let k = to - 1; k >= Math.max(0, to - 1 - AID_WORDS); k--) {
    if (tokens[k].type !== 'word') return false;
    if (HANDED_OUT.test(tokens[k].norm)) return true;
  }
  return false;
}
