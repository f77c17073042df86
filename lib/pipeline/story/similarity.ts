// Story similarity from what the store keeps: ranked keyword stems, entity keys, the headline,
// the publication date. Keywords are compared as vectors weighted by rank and by specificity (how
// rare the stem is in unrelated news and in the reader's store); shared entities are evidence, a
// place or a person more than a country, a big city or an organisation; rare words of both
// headlines count again. Sharing only common words or only a country is not enough; publication
// dates far apart count against.

import { entityType } from '../text/entities';
import { keywordStems } from '../text/normalize';
import { MAX_HEADLINE_LENGTH } from './limits';
import { entitySpecificity, specificity, type StoreCounts } from './specificity';

export interface StoryFingerprint {
  keywords: string[];
  entities: string[];
  /** ISO publication date, when known. */
  published?: string | null;
  text?: string;
  title?: string;
}

/**
 * Two reads at or above this score tell the same story. Chosen on the development part (tune
 * stories + ../shared/corpus + seeds; each article against its story's earlier articles, every
 * other story's articles and 1,000 unrelated articles of ../shared/stream; `npx tsx
 * eval/calibrate.ts --dev`). Curve with keywordCover, the city weights and the keyword stems of
 * keywordStem (precision / recall, false pairs stream/other story): 0.20 → 0.89 / 0.90 (20/6),
 * 0.23 → 0.958 / 0.858 (5/4), 0.24 → 0.967 / 0.842 (3/4), 0.25 → 0.966 / 0.829 (3/4), 0.27 →
 * 0.969 / 0.792 (2/4), 0.30 → 0.98 / 0.74; before them 0.25 → 0.969 / 0.783 (2/4). The highest
 * recall at precision ≥ 0.95 is 0.23, but it links more stream pairs; in the views (`npx tsx
 * eval/run.ts --split tune,corpus,seeds`) 0.24 shows 10 of 720 unrelated articles with a card and a
 * corpus card more mixed, 0.25 shows 8 and 0.27 7 with two tune differences fewer: 0.25 kept.
 * With a one-line article's cover (keywordCover): 0.24 → 0.967 / 0.858 (3/4), 0.25 → 0.967 /
 * 0.846 (3/4); in the views 0.24 shows 7 of 720 unrelated articles with a card, 0.25 6: kept.
 * Leave-one-story-out cross-validation (`npx tsx eval/crossval.ts`), which chose the parts of the
 * score: the folds choose 0.23–0.24 and get 0.933 / 0.867 on the story left out; 0.25 kept for
 * the views' stream noise. Details in lib/pipeline/compare/README.md §1.
 */
export const SAME_STORY_THRESHOLD = 0.25;

const rankWeight = (rank: number, n: number): number => 1 - rank / (n + 5);

/** Content keywords only: entity keys ("@…") are compared through the entity lists. */
const content = (k: string[]): string[] => k.filter((x) => !x.startsWith('@') && !x.startsWith('#'));
const events = (k: string[]): string[] => k.filter((x) => x.startsWith('#'));

/**
 * Factor for the kinds of event both reads are about: 1 when their main kinds agree,
 * EVENT_MISMATCH when both name a kind and share none, in between when only one names one.
 */
export const EVENT_MISMATCH = 0.35;

/** Days apart within which two reports are as likely the same story as on the same day. */
export const SAME_DAYS = 10;
/** Days over SAME_DAYS at which the date factor has halved (it falls with the square after). */
export const HALF_DAYS = 15;
/** A series' date factor (isSeries): full weight for SERIES_SAME_DAYS, halved SERIES_HALF_DAYS later. */
export const SERIES_SAME_DAYS = 30;
export const SERIES_HALF_DAYS = 40;
/**
 * Knobs of the score's parts, for the evaluation's sweeps (eval/series.ts, eval/crossval.ts) only;
 * the defaults are the rules in use: each beat its absence under leave-one-story-out
 * cross-validation by three same-story pairs or more (table in lib/pipeline/compare/README.md §1
 * "Cross-validation"). `cover`: how keywordCover joins the cosine (the larger, their
 * mean, or not at all); `citySpecificity`: a gazetteer city counts its specificity (else 1, as a
 * village); `headline`: headline evidence weighted by a telling entity, HEADLINE_WEIGHT_ALONE
 * always (`flat`), or none; `sameDays` /
 * `halfDays`: the date factor of once-only events.
 */
const knobs = {
  families: true,
  seriesSame: SERIES_SAME_DAYS,
  seriesHalf: SERIES_HALF_DAYS,
  cover: 'max' as 'max' | 'blend' | 'off',
  citySpecificity: true,
  headline: 'telling' as 'telling' | 'flat' | 'off',
  sameDays: SAME_DAYS,
  halfDays: HALF_DAYS,
};
export type SimilarityKnobs = typeof knobs;

/** The knobs as they are now (eval/crossval.ts restores them between configurations). */
export const similarityKnobs = (): SimilarityKnobs => ({ ...knobs });

/** For the evaluation's sweeps only; everything else uses the constants. */
export function setSimilarityKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}

// Kinds that are one family of news: a deal's tranches and a currency's float are reported as one
// economic series (a loan report and an exchange-rate report of the same day).
const FAMILY: Record<string, string> = { '#deal': '#money', '#economy': '#money' };
const family = (e: string): string => (knobs.families ? (FAMILY[e] ?? e) : e);
function eventFactor(a: string[], b: string[]): number {
  const ea = events(a);
  const eb = events(b);
  if (ea.length === 0 && eb.length === 0) return 1;
  if (ea.length === 0 || eb.length === 0) return 0.85;
  if (ea[0] === eb[0] || family(ea[0]) === family(eb[0])) return 1;
  if (ea.some((e) => eb.some((f) => family(f) === family(e)))) return 0.8;
  return EVENT_MISMATCH;
}

/** Specificity raised to this power: a rare word weighs far more than a common one. */
const SPECIFICITY_POWER = 2;

// One lookup scores a read against up to 50 candidates and the candidates against each other:
// each keyword list's weights are computed once per store snapshot.
const weightCache = new WeakMap<string[], { store: StoreCounts | undefined; weights: Map<string, number> }>();

function keywordWeights(keys: string[], store?: StoreCounts): Map<string, number> {
  const cached = weightCache.get(keys);
  if (cached && cached.store === store) return cached.weights;
  const k = content(keys);
  const weights = new Map(k.map((s, i) => [s, rankWeight(i, k.length) * Math.pow(specificity(s, store), SPECIFICITY_POWER)]));
  weightCache.set(keys, { store, weights });
  return weights;
}

function keywordCosine(wa: Map<string, number>, wb: Map<string, number>): number {
  if (wa.size === 0 || wb.size === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of wa) {
    na += w * w;
    const o = wb.get(k);
    if (o !== undefined) dot += w * o;
  }
  for (const w of wb.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

// Organisations (UN, Red Crescent) turn up in many stories, countries in several: as evidence they
// count by how rare they are in the news (entityEvidence).
const broad = (key: string): boolean => {
  const t = entityType(key);
  return t === 'org' || t === 'country';
};

/**
 * Evidence that two reads tell one story: the summed squared specificity of the shared content
 * keywords, plus one for each shared place or person, plus the squared specificity of each shared
 * country or organisation (a country rarely in the news says something; one in every story,
 * nothing), plus the headline evidence (headlineEvidence). EVIDENCE_SCALE of it makes the evidence
 * factor 1 - 1/e.
 */
export const EVIDENCE_SCALE = 2;

/**
 * How much more a stem counts when both headlines carry it: outlets reporting one event headline
 * it with the same few words (the event, its place, its thing: «حصيلة ضحايا زلزال X»), while two
 * different events of one kind share one or two of them at most. HEADLINE_WEIGHT when the reads
 * also share a telling entity (a place, a person, or a country or organisation of specificity at
 * least HEADLINE_ENTITY_SPECIFICITY); without one, a shared headline word is as often the kind's
 * vocabulary («زلزال بقوة», «حصيلة قتلى») of another event elsewhere, and counts
 * HEADLINE_WEIGHT_ALONE (a quake abroad whose report names the US geological survey, as the
 * story's does, shares only the most common country of the news). Chosen on the development
 * part's curve (lib/pipeline/compare/README.md §1).
 */
export const HEADLINE_WEIGHT = 3;
export const HEADLINE_WEIGHT_ALONE = 1;
export const HEADLINE_ENTITY_SPECIFICITY = 0.25;

// Keyed by the headline itself, not by the read object: a store lookup gets new objects for the
// same reads every time, and its ~30 candidates' headlines are mostly the last lookup's. Bounded
// (emptied when full) so memory stays flat over a long session.
export const HEADLINE_CACHE_LIMIT = 4000;
const headlineCache = new Map<string, Set<string>>();

/** Keyword stems of a read's headline (none when its first line is a lead or a ticker). */
export function headlineStems(f: StoryFingerprint): Set<string> {
  const t = f.title ?? '';
  let stems = headlineCache.get(t);
  if (!stems) {
    stems = new Set(t.length <= MAX_HEADLINE_LENGTH ? keywordStems(t) : []);
    if (headlineCache.size >= HEADLINE_CACHE_LIMIT) headlineCache.clear();
    headlineCache.set(t, stems);
  }
  return stems;
}

/** Headlines whose stems are kept now (for tests of the bound). */
export const headlineCacheSize = (): number => headlineCache.size;

/** Squared specificity of the stems both headlines carry, weighted as HEADLINE_WEIGHT says. */
function headlineEvidence(a: StoryFingerprint, b: StoryFingerprint, store?: StoreCounts): number {
  const ha = headlineStems(a);
  const hb = headlineStems(b);
  if (knobs.headline === 'off') return 0;
  let e = 0;
  for (const s of ha) if (hb.has(s)) e += Math.pow(specificity(s, store), SPECIFICITY_POWER);
  if (e === 0) return 0;
  const sb = new Set(b.entities);
  const telling = (k: string) => sb.has(k) && (!broad(k) || entitySpecificity(k, store) >= HEADLINE_ENTITY_SPECIFICITY);
  return e * (knobs.headline === 'telling' && a.entities.some(telling) ? HEADLINE_WEIGHT : HEADLINE_WEIGHT_ALONE);
}

/**
 * Evidence of one entity both reads name. A city of the gazetteer ("city:" keys: capitals and big
 * cities) is named in many stories, as a country is (a capital in most reports of its country's
 * politics): it counts its specificity; a place found by pattern (a village, a province) or a
 * person counts 1.
 */
function entityEvidence(key: string, store?: StoreCounts): number {
  if (broad(key)) return Math.pow(entitySpecificity(key, store), SPECIFICITY_POWER);
  return key.startsWith('city:') && knobs.citySpecificity ? specificity(`@${key}`, store) : 1;
}

function evidence(wa: Map<string, number>, wb: Map<string, number>, ea: string[], eb: string[], store?: StoreCounts): number {
  let e = 0;
  for (const k of wa.keys()) if (wb.has(k)) e += Math.pow(specificity(k, store), SPECIFICITY_POWER);
  const sb = new Set(eb);
  for (const k of ea) if (sb.has(k)) e += entityEvidence(k, store);
  return e;
}

const DAY = 86_400_000;
const MIN_DATE_FACTOR = 0.1;

/**
 * Kinds of event that happen once and recur elsewhere or later (another year's wildfires, another
 * round of a vote, another attack): two reports of such a kind weeks apart are most often two
 * events. A series has no such kind — a deal paid in tranches, a loan, a currency, revenue, people
 * crossing a border — and outlets report it for weeks: its date factor falls SERIES_SAME_DAYS and
 * SERIES_HALF_DAYS slower (lib/pipeline/compare/README.md §1 "Series").
 */
const DISCRETE_EVENTS = new Set(['#quake', '#flood', '#fire', '#election', '#crash', '#sport', '#war']);

/** True when neither read names a kind of event that happens once (a series, or no kind at all). */
export function isSeries(a: readonly string[], b: readonly string[]): boolean {
  return !a.some((k) => DISCRETE_EVENTS.has(k)) && !b.some((k) => DISCRETE_EVENTS.has(k));
}

/** Days between two publication dates (fractional), or null when either is unknown or unreadable. */
export function daysApart(a?: string | null, b?: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? null : Math.abs(ta - tb) / DAY;
}

/**
 * 1 for reports a few days apart or of unknown date; less the further apart they were published.
 * `series`: the slower decay of a continuing series (isSeries).
 */
export function dateFactor(a?: string | null, b?: string | null, series = false): number {
  const days = daysApart(a, b);
  if (days === null) return 1;
  const over = series ? Math.max(0, days - knobs.seriesSame) / knobs.seriesHalf : Math.max(0, days - knobs.sameDays) / knobs.halfDays;
  return Math.max(MIN_DATE_FACTOR, 1 / (1 + over * over));
}

/** Similarity of two reads in 0..1; `store` adds the reader's own keyword counts to the specificity. */
export function storySimilarity(a: StoryFingerprint, b: StoryFingerprint, store?: StoreCounts): number {
  return scoreParts(a, b, store).score;
}

// A lookup scores one current read against ~30 candidates: its text's stems are found once.
const textStemCache = new WeakMap<StoryFingerprint, Set<string>>();

function textStems(f: StoryFingerprint): Set<string> {
  let stems = textStemCache.get(f);
  if (!stems) {
    stems = new Set(keywordStems(`${f.title ?? ''}\n${f.text ?? ''}`));
    textStemCache.set(f, stems);
  }
  return stems;
}

/**
 * Share of b's keyword weight (rank × specificity) whose stems a's whole text carries, when a's
 * text is at hand (a lookup's current read; candidates carry only their fingerprint), else 0.
 * Two outlets' top keywords differ most where each has its own rare words (a spokesman, a quote,
 * its own wording), so their cosine stays low; but the words one report puts first (the place,
 * the thing that burned, the deal's name) are mostly somewhere in the other's text, and an
 * unrelated report's are not.
 */
function keywordCover(a: StoryFingerprint, b: StoryFingerprint, store?: StoreCounts): number {
  // A read whose whole article is one line (a short statement, a text dump) has it all as its
  // "title" and an empty text: its headline and text are searched together, so it gets a cover
  // too. Only a fingerprint (no text at all, a candidate) gets none.
  if (a.text === undefined) return 0;
  const stems = textStems(a);
  const k = content(b.keywords);
  let found = 0;
  let total = 0;
  k.forEach((s, i) => {
    const w = rankWeight(i, k.length) * specificity(s, store);
    total += w;
    if (stems.has(s)) found += w;
  });
  return total === 0 ? 0 : found / total;
}

/**
 * The parts of the score, for calibration and explanation: the evidence (saturating), times how
 * much of the keyword lists it covers (the larger of their cosine, so two reads sharing a few rare
 * words among many different ones score less, and keywordCover), times the date and event factors.
 */
export function scoreParts(a: StoryFingerprint, b: StoryFingerprint, store?: StoreCounts): { kw: number; cover: number; ev: number; evidence: number; headline: number; date: number; score: number } {
  const wa = keywordWeights(a.keywords, store);
  const wb = keywordWeights(b.keywords, store);
  const cover = knobs.cover === 'off' ? 0 : keywordCover(a, b, store);
  const cosine = keywordCosine(wa, wb);
  const kw = knobs.cover === 'blend' && a.text !== undefined ? (cosine + cover) / 2 : Math.max(cosine, cover);
  const ev = eventFactor(a.keywords, b.keywords);
  const headline = headlineEvidence(a, b, store);
  const e = evidence(wa, wb, a.entities, b.entities, store) + headline;
  const date = dateFactor(a.published, b.published, isSeries(events(a.keywords), events(b.keywords)));
  const score = (1 - Math.exp(-e / EVIDENCE_SCALE)) * ((0.5 + kw) / 1.5) * ev * date;
  return { kw, cover, ev, evidence: e, headline, date, score };
}
