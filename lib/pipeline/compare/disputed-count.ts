// A count that disputes the one before it: «وقال محافظ المنطقة إن 12 جنديا قتلوا» then «لكن قائد
// الشرطة في الإقليم تحدث عن مقتل تسعة جنود فقط». A sentence that opens with a contrast and reports a figure through a
// reporting verb gives another source's count of the same event, not a second incident of a
// round-up (same-event.ts sourcedAlternatives) — its speaker need not be one the attribution can
// name (a title in apposition, «مصادر طبية»).

import { isVerbCue } from '../claims/attribution';
import { tokensOf } from '../text/tokens';
import type { Claim } from '../../types';

// «لكن», «ولكن», «غير أن», «إلا أن», «بيد أن», «في المقابل»، «بالمقابل» opening the sentence (folded text).
const CONTRAST = /^(?:و?لكن|غير ان|الا ان|بيد ان|و?في المقابل|و?بالمقابل)$/;

/** True when `c`'s sentence opens with a contrast and a reporting verb stands before the figure. */
export function disputesEarlierCount(c: Claim): boolean {
  const tokens = tokensOf(c.sentence.slice(0, Math.max(0, c.start - c.sentenceStart))).filter((t) => t.type === 'word');
  if (tokens.length < 2) return false;
  const opening = CONTRAST.test(tokens[0].norm) ? 1 : CONTRAST.test(`${tokens[0].norm} ${tokens[1].norm}`) ? 2 : 0;
  return opening > 0 && tokens.slice(opening).some(isVerbCue);
}
