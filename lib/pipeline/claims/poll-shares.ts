// «استطلاع يمنح X الفوز»: under a headline about a poll, the vote shares and counts the body gives
// are the poll's (an exit poll's «ونال X 7.8 بالمئة» names no poll itself) — projections, never
// a result to set beside another read's count. So are those of a long sentence that named the
// poll before them, farther back than a figure's own modality is read (modality.ts).

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';
import { namesPoll } from './modality';

const VOTES = /^(votes|percent:(vote|turnout))/;
// (A cheap look at the raw sentence first: most sentences name no poll, and need no tokens.)
const POLL_STEM = /استطلاع|سبر|مسح|الموازي/;
const COUNTING = /فرز|إحصاء|احصاء|النتائج/;

/** The body's claims, vote figures read as a poll's where the headline or their sentence names a poll. */
export function withPollShares(claims: Claim[], title: string): Claim[] {
  const pollHeadline = !!title && namesPoll(tokensOf(title));
  // (Under a poll's headline, a sentence that names the count and no poll gives the count's figures:
  // «وتظهر أرقام الفرز الأولية تقدم معسكر "لا" بنحو 53%».)
  const ofPollHeadline = (c: Claim): boolean => pollHeadline && !(COUNTING.test(c.sentence) && !POLL_STEM.test(c.sentence));
  return claims.map((c) =>
    VOTES.test(c.concept ?? '') && c.modality === 'count' && (ofPollHeadline(c) || (POLL_STEM.test(c.sentence) && namesPoll(tokensOf(c.sentence.slice(0, c.start - c.sentenceStart))))) ? { ...c, modality: 'projection' } : c,
  );
}
