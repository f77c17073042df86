// How sure we are that two figures of different articles report one thing (README §2,
// "Evidence"): each claim carries how its concept and scope were found (lib/claims/evidence.ts);
// two figures whose values lie far apart join one card only when both are fully evidenced.

import type { Claim } from '../types';

/**
 * Evidence score of a claim, 0..4: the counted noun beside the figure 2, in its clause 1, taken
 * from an earlier figure 0; its scope named for it, read off a list, or none named 1, a country
 * guessed from earlier in the sentence or from the source's nationality 0; a named source 1.
 * A claim analysed before evidence was recorded scores the maximum (it keeps its old behaviour).
 */
export function evidenceScore(c: Claim): number {
  const e = c.evidence;
  if (!e) return FULL_EVIDENCE;
  const noun = e.noun === 'adjacent' ? 2 : e.noun === 'clause' ? 1 : 0;
  const scope = e.scope === 'guessed' ? 0 : 1;
  return noun + scope + (c.attribution ? 1 : 0);
}

export const FULL_EVIDENCE = 4;

/**
 * Minimum evidence for a figure to enter any card, and the largest ratio between two figures of
 * one card unless both are fully evidenced. Curves: `npx tsx eval/evidence.ts`, README §2
 * "Evidence". The minimum does not lower mixing before it costs recall, so it stays 0. The ratio
 * 6 lowers development mixing from 10.1 % to 6.3 % for 0.8 points of recall, but it also cuts
 * real tolls that rise tenfold over weeks (an earthquake's combined toll, a count's share going
 * from 10.8 % to 100 %) that the regression fixtures keep, so it is off (Infinity) until the
 * ratio takes the reports' dates into account.
 */
export const MIN_CARD_EVIDENCE = 0;
export const MAX_VALUE_RATIO = Infinity;

const knobs = { minEvidence: MIN_CARD_EVIDENCE, maxRatio: MAX_VALUE_RATIO };

/** For the evaluation's sweep (eval/evidence.ts) only; everything else uses the constants. */
export function setEvidenceKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}

export const enoughEvidence = (c: Claim): boolean => evidenceScore(c) >= knobs.minEvidence;

/**
 * Two values too far apart to be taken for two reports of one figure ("13" against "150"), unless
 * both figures name what they count beside them, about whom, and who said it: a toll rising
 * tenfold is real news only when each report says so plainly.
 */
export function tooFarApart(a: Claim, b: Claim): boolean {
  if (Math.min(evidenceScore(a), evidenceScore(b)) >= FULL_EVIDENCE) return false;
  const lo = Math.min(Math.abs(a.value), Math.abs(b.value));
  const hi = Math.max(Math.abs(a.value), Math.abs(b.value));
  // (0 against anything else is an infinite ratio.)
  return hi !== lo && hi / lo > knobs.maxRatio;
}
