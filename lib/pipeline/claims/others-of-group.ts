// «مقتل ثلاثة جنود وإصابة أربعة آخرين», «قتلت 223 عنصرا من مسلحي الميليشيا … وأدت إلى إصابة 350
// آخرين»: "others" right after a toll of one side's fighters are more of them — the injured
// soldiers, not all the injured. After a toll of everyone («قتل 15 شخصا وأصيب 28 آخرون») they stay
// all the injured.

import type { Claim } from '../../types';

// Only a side's fighters: a military statement's «others» after its dead are its own men, while
// «قتل 43 مدنيا وأصيب 120 آخرون» counts the injured of every kind (measured: reading civilians so
// split one massacre's injured into two cards on the stream audit).
const SIDES: ReadonlySet<string> = new Set(['soldier', 'militant']);

// How far back, in characters within one paragraph, the toll may stand (the sentence before).
const REACH = 240;

/**
 * The group of the last toll of `earlier` (the claims before the figure at `at`) when it names one
 * and stands close before — not a group among a whole toll told before it in its sentence («قتل 15
 * شخصا، بينهم ثلاثة أجانب، وأصيب 28 آخرون»: the 28 are all the injured) — else null.
 */
export function othersOfGroup(earlier: readonly Claim[], isToll: (c: Claim) => boolean, text: string, at: number): string | null {
  const last = earlier.findLast(isToll);
  if (!last) return null;
  const [event, group, ...rest] = (last.concept ?? '').split(':');
  if (event !== 'death' || !group || rest.length > 0 || !SIDES.has(group)) return null;
  // (Claims run in text order: only the last toll's sentence is read back, so a long text stays linear.)
  for (let k = earlier.length - 1; k >= 0 && earlier[k].sentenceStart >= last.sentenceStart; k--) {
    const c = earlier[k];
    if (c.sentenceStart === last.sentenceStart && c.start < last.start && c.concept === event) return null;
  }
  const between = text.slice(last.end, at);
  return between.length <= REACH && !between.includes('\n') ? group : null;
}
