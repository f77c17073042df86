// Which related reads may put their figures into the current read's cards. Listing an earlier
// read as "same story" and comparing its figures are two decisions: different events of one kind
// (two days' weather bulletins, two road accidents, two daily market reports) share enough
// wording to be listed, but their figures are not two reports of one thing. A read the reader
// linked by hand always counts; one linked only through another read (chaining), or weakly,
// is listed without its figures.

/**
 * A related read's figures enter cards when its pair score is at or above this (or the reader
 * linked it). Chosen by `npx tsx eval/cardlink.ts` on the development part (tune + corpus +
 * seeds, 1,000 unrelated reads of ../shared/stream in the history): the lowest stream noise that
 * keeps the development part's shown differences within two points of carding every listed read.
 * Curve filled in below by the sweep.
 */
export const CARD_LINK_THRESHOLD = 0.24;

let threshold = CARD_LINK_THRESHOLD;

/** For the evaluation's sweep (eval/cardlink.ts) only; everything else uses the constant. */
export function setCardLinkThreshold(t: number): void {
  threshold = t;
}

/** True when a related read (its pair score, whether the reader linked it) may feed cards. */
export function feedsCards(r: { score: number; linkedByReader: boolean }): boolean {
  return r.linkedByReader || r.score >= threshold;
}
