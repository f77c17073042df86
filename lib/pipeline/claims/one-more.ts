// "مقتل ثلاثة أشخاص وإصابة رابع", "توفي شخصان وأصيب ثالث": an ordinal one past the count just
// given, after a word of what befell someone, names one more person — a count of one, not a rank.

import type { Quantity } from '../../types';
import { tokensOf } from '../text/tokens';
import { conceptOfWord, EVENT_CONCEPTS } from './concepts';

// «شخص»/«آخر» may stand between the fate word and the ordinal ("وإصابة شخص رابع").
const PERSON = /^(شخص|فرد|مواطن|مقيم)$/;

/**
 * The quantity as a count of one when it is such an ordinal: `earlier` are the sentence's
 * quantities before it, `text` the article text. Any other quantity comes back unchanged.
 */
export function oneMore(q: Quantity, earlier: readonly Quantity[], text: string): Quantity {
  if (q.kind !== 'ordinal' || q.value < 2) return q;
  const previous = [...earlier].reverse().find((e) => e.kind === 'count');
  if (!previous || previous.value !== q.value - 1) return q;
  const between = tokensOf(text.slice(previous.end, q.start)).filter((t) => t.type === 'word');
  const last = between[between.length - 1];
  const fateWord = last && PERSON.test(last.bare) ? between[between.length - 2] : last;
  const fate = conceptOfWord(fateWord);
  if (!fate || !EVENT_CONCEPTS.has(fate) || !/^و/.test(fateWord?.norm ?? '')) return q;
  return { ...q, kind: 'count', value: 1 };
}
