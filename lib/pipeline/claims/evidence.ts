// Where a claim's topic came from (types.ts ClaimEvidence): the counted noun written next to the
// figure is the strongest sign of what it counts; a noun found elsewhere in the clause, or taken
// from an earlier figure, is weaker. lib/compare/evidence.ts turns this into the score that
// decides whether the figure may enter a card.

import type { ClaimEvidence, Quantity } from '../../types';
import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { isGenericUnitText } from './concepts';

const STATE = /^(ب|في)?(ال)?(حاله|وضع|جروح|اصابات|عنايه)$/;

/**
 * How the concept was found: `ownConcept` is what the figure's own words gave (null when the
 * concept was taken from an earlier figure of the sentence).
 */
export function nounEvidence(q: Quantity, ownConcept: string | null, tokens: Token[], loc: Located): ClaimEvidence['noun'] {
  if (ownConcept === null) return 'inherited';
  if ((q.kind === 'count' || q.kind === 'other') && q.unit && !isGenericUnitText(q.unit)) return 'adjacent';
  // "120 من الأسرى": the noun right after من is the counted noun.
  const of = tokens[loc.unitEnd];
  if (q.kind === 'count' && of?.norm === 'من' && tokens[loc.unitEnd + 1]?.type === 'word') return 'adjacent';
  // "640 شخصا في حالة حرجة", "30 شخصا بجروح خطيرة", "5 مصابين في العناية المركزة": a state of
  // the injured right after the people counted says what the figure counts as plainly as a noun.
  if (q.kind === 'count' && ownConcept.startsWith('injured') && (STATE.test(of?.norm ?? '') || (of?.norm === 'في' && STATE.test(tokens[loc.unitEnd + 1]?.norm ?? '')))) return 'adjacent';
  return 'clause';
}
