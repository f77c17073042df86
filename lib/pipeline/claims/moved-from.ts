// «ارتفع معدل التضخم من 3.2% إلى 3.5%»: a figure that moved, given with the value it moved from.
// The value before «إلى» is the earlier one; what moved is named before «من», and the figure after
// «إلى» is its own.

import type { Token } from '../text/tokens';

/** «من 3.2% إلى» right before `qFrom`: the value the figure at `qFrom` moved from, then «إلى». */
export function movedFromBefore(tokens: readonly Token[], qFrom: number): boolean {
  return /^(الي|حتي)$/.test(tokens[qFrom - 1]?.norm ?? '') && tokens[qFrom - 2]?.type === 'num' && /^(و)?من$/.test(tokens[qFrom - 3]?.norm ?? '');
}
