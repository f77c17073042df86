// The period of a headline's figure. A headline sums the story up without the words that date its
// figure («تنفيذ 12 مليون عملية عبر النظام»); the lead says which period it covers («خلال العام
// الماضي بلغت العمليات 12.3 مليون عملية»). Where the body's figures of that measure name one
// period only, the headline's figure of that measure with none is that period's: otherwise it
// stays of unknown period and, beside the body's dated figures, out of every card (period-gate.ts).
// The other way too: a headline that dates its figure («تبلغ 141 مليارا في تسعة أشهر») dates the
// body's sentence that repeats it undated («بلغت العائدات 141 مليارا، أي ما يعادل 1.1 مليار دولار»).

import type { Claim } from '../../types';
import { periodBase, splitPeriod } from './period';

/** The body's dated concept the headline's undated `concept` is, when there is exactly one; else null. */
function bodyPeriodOf(concept: string, body: readonly Claim[]): string | null {
  const own = periodBase(concept);
  if (!own || own.named) return null;
  const ownParts = splitPeriod(concept)[1];
  const found = new Set<string>();
  for (const c of body) {
    // (An earlier year's figure, «:in:», dates another figure than the story's; so does a forecast
    // of a later period, «أن يتراجع المعدل إلى 7% في الربع الأخير».)
    if (!c.comparable || !c.concept || c.concept.includes(':in:') || c.modality === 'projection') continue;
    const p = periodBase(c.concept);
    if (!p?.named || p.base !== own.base) continue;
    const parts = splitPeriod(c.concept)[1];
    // The same measure (a yearly rate stays a yearly rate), one period more.
    if (ownParts.every((x) => parts.includes(x)) && parts.every((x) => ownParts.includes(x) || x.startsWith(':per:'))) found.add(c.concept);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The headline's claims, each undated series figure given the one period the body names for its measure. */
export function withBodyPeriod(headline: readonly Claim[], body: readonly Claim[]): Claim[] {
  return headline.map((c) => {
    const dated = c.comparable && c.concept ? bodyPeriodOf(c.concept, body) : null;
    return dated ? { ...c, concept: dated } : c;
  });
}

/**
 * The body's claims, each undated series figure of a sentence that repeats a dated headline figure
 * (same measure, same value) given the headline's period: that sentence tells the headline's figure.
 */
export function withHeadlinePeriod(body: readonly Claim[], headline: readonly Claim[]): Claim[] {
  const dated = new Map<string, string>();
  for (const h of headline) {
    const p = h.comparable && h.concept ? periodBase(h.concept) : null;
    if (p?.named && !h.concept!.includes(':in:')) dated.set(`${p.base}|${h.value}`, h.concept!);
  }
  if (dated.size === 0) return [...body];
  // The measure of an undated body figure, or null; whether a dated concept only adds periods to the figure's.
  const undatedBase = (c: Claim): string | null => {
    const p = c.comparable && c.concept ? periodBase(c.concept) : null;
    return p && !p.named ? p.base : null;
  };
  const addsPeriod = (c: Claim, concept: string): boolean => splitPeriod(c.concept!)[1].every((x) => splitPeriod(concept)[1].includes(x));
  // The sentences that repeat a dated headline figure undated, and the concept each gets for its measure.
  const sentences = new Map<string, string>();
  for (const c of body) {
    const base = undatedBase(c);
    const concept = base ? dated.get(`${base}|${c.value}`) : undefined;
    if (concept && addsPeriod(c, concept)) sentences.set(`${c.sentenceStart}|${base}`, concept);
  }
  return body.map((c) => {
    const base = undatedBase(c);
    const concept = base ? sentences.get(`${c.sentenceStart}|${base}`) : undefined;
    return concept && addsPeriod(c, concept) ? { ...c, concept } : c;
  });
}
