// «استطلاع يمنح X الفوز»: under a headline about a poll, the vote shares and counts the body gives
// are the poll's (an exit poll's «ونال X 7.8 بالمئة» names no poll itself) — projections, never
// a result to set beside another read's count.

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';
import { namesPoll } from './modality';

const VOTES = /^(votes|percent:(vote|turnout))/;

/** The body's claims, vote figures read as the poll's where the headline names a poll. */
export function withPollHeadline(claims: Claim[], title: string): Claim[] {
  if (!title || !namesPoll(tokensOf(title))) return claims;
  return claims.map((c) => (VOTES.test(c.concept ?? '') && c.modality === 'count' ? { ...c, modality: 'projection' } : c));
}
