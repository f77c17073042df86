// «أما البنك المركزي فيتوقع …», «أما السلع غير الغذائية فارتفعت أسعارها …»: the topic «أما» sets
// before what is said of it. Found backwards from the word it is the topic of.

import type { Token } from './tokens';

const AMMA = /^و?اما$/;
/** The word «أما» (or «وأما»), folded. */
export const isAmma = (norm: string): boolean => AMMA.test(norm);

/** Where «أما» stands when only words, at most `reach` of them counting it, stand between it and `at`; else -1. */
export function ammaBefore(tokens: readonly Token[], at: number, reach: number): number {
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    if (tokens[k].type !== 'word') return -1;
    if (isAmma(tokens[k].norm)) return k;
  }
  return -1;
}
