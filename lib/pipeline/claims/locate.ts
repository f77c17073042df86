// Where a quantity stands in its sentence's tokens: its own tokens and the counted noun after it.

import type { Quantity } from '../../types';
import type { Token } from '../text/tokens';
import { stem } from '../text/normalize';
import { isHighlightQuote } from '../text/tokens';

export interface Located {
  q: Quantity;
  qFrom: number;
  qTo: number;
  unitEnd: number;
}

export function locate(tokens: Token[], q: Quantity): Located | null {
  const qFrom = tokens.findIndex((t) => t.end > q.start);
  if (qFrom < 0) return null;
  let qTo = qFrom;
  while (qTo < tokens.length && tokens[qTo].start < q.end) qTo++;
  let unitEnd = qTo;
  if (q.unit && q.kind !== 'money') {
    const unitStem = stem(q.unit.split(/\s+/)[0]);
    const inside = tokens.slice(qFrom, qTo).some((t) => t.stem === unitStem);
    if (!inside && tokens[qTo]?.stem === unitStem) unitEnd = qTo + 1;
    // «14» جنديا: the quote closing round the figure stands before its noun.
    else if (!inside && isHighlightQuote(tokens, qTo) && tokens[qTo + 1]?.stem === unitStem) unitEnd = qTo + 2;
  }
  return { q, qFrom, qTo, unitEnd };
}
