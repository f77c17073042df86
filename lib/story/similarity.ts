// Story similarity from what the store keeps: ranked keyword stems and entity keys.
// Keywords are compared as rank-weighted vectors (cosine); entities as a weighted Jaccard in
// which places and people count more than countries, because many stories share a country.

import { entityType } from '../text/entities';
import { stemPrior } from './features';

export interface StoryFingerprint {
  keywords: string[];
  entities: string[];
  text?: string;
  title?: string;
}

/** Share of the score given to keywords; entities get the rest. */
export const KEYWORD_SHARE = 0.35;

/**
 * Two reads at or above this score tell the same story. Calibrated on the seeds and the five
 * corpus stories: same-story pairs score 0.19 and up, different stories (and the plane-crash
 * and ticker texts against the seeds that do not contain them) at most 0.18 (see tests/story).
 */
export const SAME_STORY_THRESHOLD = 0.185;

const rankWeight = (rank: number, n: number): number => 1 - rank / (n + 5);

/** Content keywords only: entity keys ("@…") are compared through the entity lists. */
const content = (k: string[]): string[] => k.filter((x) => !x.startsWith('@') && !x.startsWith('#'));
const events = (k: string[]): string[] => k.filter((x) => x.startsWith('#'));

/**
 * Factor for the kinds of event both reads are about: 1 when their main kinds agree,
 * EVENT_MISMATCH when both name a kind and share none, in between when only one names one.
 */
export const EVENT_MISMATCH = 0.35;
function eventFactor(a: string[], b: string[]): number {
  const ea = events(a);
  const eb = events(b);
  if (ea.length === 0 && eb.length === 0) return 1;
  if (ea.length === 0 || eb.length === 0) return 0.85;
  if (ea[0] === eb[0]) return 1;
  if (ea.some((e) => eb.includes(e))) return 0.8;
  return EVENT_MISMATCH;
}

function keywordCosine(allA: string[], allB: string[]): number {
  const a = content(allA);
  const b = content(allB);
  if (a.length === 0 || b.length === 0) return 0;
  const wb = new Map(b.map((k, i) => [k, rankWeight(i, b.length) * stemPrior(k)]));
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((k, i) => {
    const w = rankWeight(i, a.length) * stemPrior(k);
    na += w * w;
    const o = wb.get(k);
    if (o !== undefined) dot += w * o;
  });
  for (const w of wb.values()) nb += w * w;
  return dot / Math.sqrt(na * nb);
}

// Organisations (UN, Red Crescent) turn up in many stories; countries in several; a province,
// a city or a person says most about which story it is.
const entityWeight = (key: string): number => {
  const t = entityType(key);
  return t === 'org' ? 0.25 : t === 'country' ? 0.5 : 1.5;
};

function entityJaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  let union = 0;
  let wa = 0;
  let wb = 0;
  for (const k of new Set([...sa, ...sb])) {
    const w = entityWeight(k);
    union += w;
    if (sa.has(k)) wa += w;
    if (sb.has(k)) wb += w;
    if (sa.has(k) && sb.has(k)) inter += w;
  }
  // Mean of Jaccard and overlap: a short report naming only the country still matches a
  // detailed one listing every province.
  return 0.5 * (inter / union + inter / Math.min(wa, wb));
}

/** Similarity of two reads in 0..1 from their keywords and entities. */
export function storySimilarity(a: StoryFingerprint, b: StoryFingerprint): number {
  const kw = keywordCosine(a.keywords, b.keywords);
  const ent = entityJaccard(a.entities, b.entities);
  return (KEYWORD_SHARE * kw + (1 - KEYWORD_SHARE) * ent) * eventFactor(a.keywords, b.keywords);
}

/** The two parts of the score, for calibration and explanation. */
export function components(a: StoryFingerprint, b: StoryFingerprint): { kw: number; ent: number; ev: number } {
  return { kw: keywordCosine(a.keywords, b.keywords), ent: entityJaccard(a.entities, b.entities), ev: eventFactor(a.keywords, b.keywords) };
}
