// «مقابل 21.7% و35 مقعدا لتحالف X»: a party's share given before its seats, both named for the
// party after the seats. The share is that party's share of the vote, as its seats are its seats.

import type { Claim } from '../../types';
import { conceptNoun } from './nouns';

/** Gives a share naming no one (or no concept) the vote-share concept and owners of the seats joined right after it by «و». */
export function sharesBeforeSeats(sentenceClaims: Claim[]): void {
  for (let k = 0; k + 1 < sentenceClaims.length; k++) {
    const share = sentenceClaims[k];
    const seats = sentenceClaims[k + 1];
    const unowned = share.concept === null || (share.concept === 'percent:vote' && (share.owners ?? []).length === 0 && (share.places ?? []).length === 0);
    if (share.kind !== 'percent' || !unowned || !share.comparable || seats.concept !== 'seat' || (seats.owners ?? []).length === 0) continue;
    // (The «و» may be written on a number word: «بـ5.2% وأحد عشر مقعدا».)
    const between = share.sentence.slice(share.end - share.sentenceStart, seats.start - seats.sentenceStart);
    if (!/^\s*و\s*$/.test(between) && !(/^\s*$/.test(between) && /^و/.test(seats.text))) continue;
    share.concept = 'percent:vote';
    share.owners = [...(seats.owners ?? [])];
    share.label = conceptNoun(share.concept);
  }
}
