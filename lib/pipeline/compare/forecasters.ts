// Two forecasts of one economic measure and period are the same figure only when one forecaster
// gives both: a central bank's projection and an economist's, or the statistics office's and the
// bank's, are two views of the future a fact-checker never sets against each other. (An event's
// feared toll is another matter: sources estimating the dead or the buried differently is what
// the reader wants shown.)

import type { Claim } from '../../types';
import { isEventConcept } from '../claims/concepts';
import { sameSource } from './reason';

/** Both are projections of an economic measure whose sources are named, and the names are not one source's. */
export function otherForecasters(a: Claim, b: Claim): boolean {
  if (a.modality !== 'projection' || b.modality !== 'projection' || !a.attribution || !b.attribution) return false;
  if (!a.concept || isEventConcept(a.concept)) return false;
  return !sameSource(a.attribution, b.attribution);
}
