// The two sides of an exchange: «تبادل 50 محتجزا مقابل 150 أسيرا», «الإفراج عن 50 … مقابل إطلاق
// سراح …». What one party gives is counted before «مقابل», what it gets after: two groups of
// people, never one count told twice. A count before «مقابل» in one read and one after a figure
// and «مقابل» in another are the two sides, even under one noun («الأسرى»). (README §1 "Same
// event", sides.)

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';

export type Side = 'given' | 'received';

const IN_EXCHANGE = /^[وف]?(مقابل|بمقابل)$/;

/**
 * The side of an exchange a count stands on: 'given' before «مقابل» in its sentence, 'received'
 * after it when another figure stands before the «مقابل»; null for what is no count (a price
 * «48 جنيها مقابل الدولار», a share «61 مقابل 38 في المئة») or a sentence with no exchange.
 */
export function exchangeSide(c: Claim): Side | null {
  // Asked for every pair of figures a comparison weighs: each claim's side is read once.
  let side = sides.get(c);
  if (side === undefined) sides.set(c, (side = sideOf(c)));
  return side;
}

const sides = new WeakMap<Claim, Side | null>();

function sideOf(c: Claim): Side | null {
  if (c.kind !== 'count') return null;
  const tokens = tokensOf(c.sentence);
  const from = c.start - c.sentenceStart;
  const to = c.end - c.sentenceStart;
  let before = -1;
  let after = -1;
  tokens.forEach((t, i) => {
    if (t.type !== 'word' || !IN_EXCHANGE.test(t.norm)) return;
    if (t.end <= from) before = i;
    else if (t.start >= to && after < 0) after = i;
  });
  if (after >= 0) return 'given';
  // Another figure before the «مقابل» that precedes this one: the other side is counted there.
  return before >= 0 && tokens.slice(0, before).some((t) => t.type === 'num') ? 'received' : null;
}

/** Two counts on the two sides of an exchange. */
export function oppositeSides(a: Claim, b: Claim): boolean {
  const sa = exchangeSide(a);
  const sb = exchangeSide(b);
  return sa !== null && sb !== null && sa !== sb;
}
