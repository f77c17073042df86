// How sure we are that two figures of different articles report one thing (README §2,
// "Evidence"): each claim carries how its concept and scope were found (lib/claims/evidence.ts);
// two figures whose values lie far apart join one card only when both are fully evidenced.

import type { Claim } from '../../types';

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
 * Minimum evidence for a figure to enter any card; the largest ratio between two figures of one
 * card unless both are fully evidenced, for reports at most RATIO_WINDOW_DAYS apart (or undated):
 * tolls do rise tenfold over weeks, a figure reported the same week rarely does. Chosen on the
 * development curve (`npx tsx eval/evidence.ts`, README §2 "Evidence").
 */
export const MIN_CARD_EVIDENCE = 0;
export const MAX_VALUE_RATIO = 6;
export const RATIO_WINDOW_DAYS = 3;
/** The largest ratio between two distances of one card (tooFarApart). */
export const MAX_DISTANCE_RATIO = 2;

const knobs = { minEvidence: MIN_CARD_EVIDENCE, maxRatio: MAX_VALUE_RATIO, windowDays: RATIO_WINDOW_DAYS };

/** For the evaluation's sweep (eval/evidence.ts) only; everything else uses the constants. */
export function setEvidenceKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}

export const enoughEvidence = (c: Claim): boolean => evidenceScore(c) >= knobs.minEvidence;

// Days between two publication dates: one function for the card link and the comparison.
export { daysApart } from '../story/similarity';

/**
 * Two values too far apart to be taken for two reports of one figure ("13" against "150") in
 * reports a few days apart or undated, unless both figures name what they count beside them,
 * about whom, and who said it. A percentage is exempt: a share going from 10.8 % to 100 % of the
 * ballots counted is one bounded measure moving, not two magnitudes.
 */
export function tooFarApart(a: Claim, b: Claim, days: number | null = null): boolean {
  if (a.kind === 'percent' || b.kind === 'percent') return false;
  // A distance does not grow as a toll does: two reports of one differ by rounding or a revised
  // location («15 كلم» against «16 كلم»), never twofold, whenever told and however well evidenced.
  if (a.concept?.startsWith('distance') && b.concept?.startsWith('distance')) return ratio(a, b) > MAX_DISTANCE_RATIO;
  if (days !== null && days > knobs.windowDays) return false;
  if (Math.min(evidenceScore(a), evidenceScore(b)) >= FULL_EVIDENCE) return false;
  return ratio(a, b) > knobs.maxRatio;
}

/** The larger value over the smaller (1 when equal). */
function ratio(a: Claim, b: Claim): number {
  // (Zero — «دون وقوع إصابات» — is taken as one: none against two is one report's word against
  // another's, none against fifty two incidents.)
  const lo = Math.min(Math.abs(a.value), Math.abs(b.value));
  const hi = Math.max(Math.abs(a.value), Math.abs(b.value));
  return hi === lo ? 1 : hi / (lo === 0 ? 1 : lo);
}
