// A topic under construction: the current article's claims that seed it, at most one claim per
// related read, and the match scores cached per claim signature so a long article costs linear
// time (compare/index.ts builds topics from these).

import type { Claim } from '../../types';
import { matchScore } from './align';
import { figuresAgree } from './agreement';
import { fateKey } from './fate';
import { headlineCut } from './headline-cut';

export interface Member {
  article: number;
  claim: number;
  c: Claim;
}

export interface Topic {
  /** What every claim on the topic shares (see bucketOf). */
  bucket: string;
  /** The current article's claims on the topic. */
  seeds: Member[];
  /** At most one claim per related read. */
  others: Map<number, { m: Member; score: number }>;
  /** Earlier figures a read recalls beside its latest one on the topic (index.ts EARLIER_TIMELINE). */
  recalled?: Member[];
  /** topicScore by claim signature, strict (while seeding) and not; see cachedScore. */
  strictScores: Map<string, CachedScore>;
  scores: Map<string, CachedScore>;
}

export interface CachedScore {
  /** Best score over the seeds checked so far, null once one contradicts. */
  best: number | null;
  /** How many of the topic's seeds are counted in `best` (seeds are only ever appended). */
  checked: number;
  /** `distance` to the seeds checked so far. */
  dist: number;
}

/**
 * What matchScore requires two claims to share (concept, kind and a sum's currency, rate,
 * projection or not): a claim is scored only against the topics of its bucket, so a long article
 * costs linear time. (Sums in two currencies never meet, align.ts: a sum restated in dollars is
 * not a second figure of its kind.)
 */
export const bucketOf = (c: Claim): string =>
  `${c.concept}|${c.kind === 'other' ? 'count' : c.kind === 'money' && c.unit ? `money:${c.unit}` : c.kind}|${c.rate}|${c.modality === 'projection' ? 'projection' : 'count'}|${fateKey(c)}`;

/** Everything seedScore and the distance read of a claim (the interval too): equal signatures score alike. */
export const signatureOf = (c: Claim): string =>
  JSON.stringify([c.concept, c.kind, c.unit, c.rate, c.modality === 'projection', c.comparable, c.owners ?? [], c.places ?? [], !!c.adminPlace, c.value, c.qualifier, c.min, c.max, c.text, !!c.inTitle]);

/**
 * Score of a claim against one seed of a topic, or null if they contradict.
 * `strict` (for the current article's own claims) also refuses a scope given on one side only.
 */
function seedScore(seed: Claim, c: Claim, strict: boolean): number | null {
  const sc = matchScore(seed, c);
  // The current article's own figures share a topic only when they say one figure ("أكثر من
  // 48 ألف" and "48132": figuresAgree): two values that differ are two things (a total and a
  // part, a toll and an earlier toll), and a card holds one figure per article — bounds that
  // merely allow both («أكثر من 50» and «15 ألفا على الأقل») are no exception. A headline's
  // figure cut from the body's is that figure (headline-cut.ts).
  if (sc === null || (strict && seed.value !== c.value && !figuresAgree(seed, c) && !headlineCut(seed, c))) return null;
  return sc;
}

/**
 * Best score of a claim against every current claim of a topic, or null if any contradicts,
 * and its distance to them; remembered per claim signature and brought up to date with the
 * seeds added since, so a figure repeated a thousand times is scored once per seed.
 */
export function cachedScore(t: Topic, c: Claim, signature: string, strict: boolean): CachedScore {
  const cache = strict ? t.strictScores : t.scores;
  let e = cache.get(signature);
  if (!e) cache.set(signature, (e = { best: -Infinity, checked: 0, dist: Infinity }));
  for (; e.checked < t.seeds.length && e.best !== null; e.checked++) {
    const seed = t.seeds[e.checked].c;
    const sc = seedScore(seed, c, strict);
    e.best = sc === null ? null : Math.max(e.best, sc);
    e.dist = Math.min(e.dist, Math.abs(Math.log((Math.abs(seed.value) + 1) / (Math.abs(c.value) + 1))));
  }
  return e;
}
