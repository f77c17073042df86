// A series' figure whose period the read does not say ("بلغت الإيرادات 10 مليارات") beside figures
// of the same measure whose period other reads (or the same one) do say ("خلال 2023"، "خلال 5
// سنوات"): it may be any of them — a year's, a five-year total — so it compares with none of them.
// Figures of no period compare with each other only when no read of the comparison names one.

import type { Claim } from '../../types';
import { periodBase } from '../claims/period';

/**
 * 'off': a series' figure of unknown period stays out of every card when another figure of the
 * same measure in the compared reads names a period; 'apart': it compares with figures of unknown
 * period only (its concept has no period key, so it never meets a period's). Measured on the
 * development part (lib/pipeline/compare/README.md §2 "Period").
 */
export const UNKNOWN_PERIOD: 'apart' | 'off' = 'off';

const knobs = { unknownPeriod: UNKNOWN_PERIOD as 'apart' | 'off' };

/** For the evaluation (eval/run.ts --unknown-period) only; everything else uses the constant. */
export function setPeriodKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}

/** The claims of these reads that stay out of every card under the 'off' rule. */
export function periodless(reads: readonly (readonly Claim[])[]): Set<Claim> {
  const out = new Set<Claim>();
  if (knobs.unknownPeriod === 'apart') return out;
  const named = new Set<string>();
  const unknown: { c: Claim; base: string }[] = [];
  for (const claims of reads) {
    for (const c of claims) {
      const p = c.concept ? periodBase(c.concept) : null;
      if (!p) continue;
      if (p.named) named.add(p.base);
      else unknown.push({ c, base: p.base });
    }
  }
  for (const u of unknown) if (named.has(u.base)) out.add(u.c);
  return out;
}
