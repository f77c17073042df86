// «وأوضحت أن الفارق يعود إلى ثلاث حالات توفيت في المنازل»: a figure a read gives as the gap between two
// counts of one thing is what one count holds beyond the other, no count any outlet reports.

import type { Token } from '../text/tokens';

const GAP = /^(و|ف)?(ال)?(فارق|فرق)$/;
const OWED_TO = /^(و|ف)?(يعود|يرجع|يعزي|مرده|سببه|ناتج|ناجم|عايد|راجع)$/;
// How far before the figure «الفارق يعود إلى» may stand: the gap's noun, its verb, «إلى», a word or two.
const REACH = 6;

/** The figure at `qFrom` is named, within its clause, as what a gap between two counts is owed to. */
export function explainsGap(tokens: readonly Token[], clause: readonly [number, number], qFrom: number): boolean {
  let owed = false;
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (OWED_TO.test(t.norm)) owed = true;
    // («ويعود الفارق إلى …»: the verb before its subject too.)
    else if (GAP.test(t.norm)) return owed || OWED_TO.test(tokens[i - 1]?.norm ?? '');
  }
  return false;
}
