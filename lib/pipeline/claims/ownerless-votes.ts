// "حصل X على 90.7%، وY على 7.4%" and then "بنسبة 45%" with nobody's name: in a read that gives
// several candidates (or a referendum's options) their own votes, a vote count or share naming no
// one may be any of them, another election's or the turnout misread — it stays out of every card
// rather than meeting another read's figure of another candidate.

import type { Claim } from '../../types';
import { entityType } from '../text/entities';

// (Seats too: «استقر رصيد الحزب عند 47 مقعدا» in a read of several parties' seats may be any party's.)
const isVoteConcept = (c: string | null): c is string => c === 'votes' || c === 'seat' || !!c?.startsWith('percent:vote');
const namesSomeone = (c: Claim): boolean => (c.owners ?? []).some((o) => o.startsWith('option:') || entityType(o) === 'person');

/** Clears the concept of a read's unnamed vote figures where its other figures of that concept name candidates. */
export function dropOwnerlessVotes(claims: Claim[]): void {
  const named = new Set(claims.filter((c) => isVoteConcept(c.concept) && namesSomeone(c)).map((c) => c.concept));
  for (const c of claims)
    if (isVoteConcept(c.concept) && named.has(c.concept) && (c.owners ?? []).length === 0 && (c.places ?? []).length === 0) c.concept = null;
}
