// Differences between the current article and its related reads: claims aligned into topics
// (concept + kind + rate + scope), each topic once, with every figure on it, ordered by
// publication date; equal figures are agreement, not difference.

import type { AnalyzedArticle, Claim, Difference, Figure } from '../../types';
import { matchScore } from './align';
import { daysApart, enoughEvidence, tooFarApart } from './evidence';
import { figuresConflict } from './interval';
import { headlineCut } from './headline-cut';
import { asOfEarlierDay } from './incident-day';
import { normalizeArabic } from '../text/normalize';
import { isEarlierCount, isEarlierMention, isTimelineStep } from '../claims/modality';
import { topicLabel } from './label';
import { differenceReason } from './reason';
import { allAgree } from './agreement';
import { earlierSeedsCards, roundUpClaims, roundUpMatchRule, sameEventGate, twoFigures, type ReadDates, type ReadTexts, type SameEventGate } from './same-event';
import { describe, singledOut, type Description } from './round-up-match';
import { leadContext } from './lead-context';
import { leadProvince, placedByLead } from './lead-province';
import { bucketOf, cachedScore, signatureOf, type Member, type Topic } from './topic';
import { periodless } from './period-gate';
import { wholeGroupConcepts } from './whole-group';
import { bodiesAsDead } from './bodies';
import { withSourceZone, zoneSources } from './zone-sources';
import { partOfTotal } from './breakdown';
import { wholeAndNationals, wholeAgainstNationals } from './nationals';
import { wholeAgainstLocal, wholeAndLocals } from './local-whole';

export { figuresConflict, intervalOf, intervalsConflict, ABOUT_TOLERANCE } from './interval';
export { matchScore, scopeScore } from './align';

const urlOf = (a: AnalyzedArticle): string => a.canonicalUrl || a.url;

// The most figures of one topic in a read's round-up among which one may still be singled out (ROUND_UP_MATCH).
const MAX_ROUND_UP_MATCH = 8;
// Larger than any scope score: a read's latest figure wins over an earlier one whenever both fit.
const EARLIER_PENALTY = 10;
const NO_TOTALS: ReadonlyMap<Claim, Claim[]> = new Map();
/**
 * Whether a figure a related read names an earlier count of the same thing ("في وقت سابق", "في
 * حصيلة سابقة", "في البداية") joins the card its latest figure is on, as that read's timeline.
 * Measured on the development part (README §2 "Earlier figures": one more difference shown, no
 * mixed card, no stream noise) but off: the panel's rule is that a read gives its latest figure
 * only (tests/pipeline/compare/topics.test.ts), and turning it on is the lead's call.
 */
export const EARLIER_TIMELINE = false;
const knobs = { earlierTimeline: EARLIER_TIMELINE as boolean };
/** For the evaluation (measuring) only; everything else uses the constant. */
export function setTimelineKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}
// Computed once per claim: the pair loop asks for every (topic, claim) pair.
const earlierCache = new WeakMap<Claim, boolean>();
const earlier = (c: Claim): boolean => {
  let e = earlierCache.get(c);
  if (e === undefined) earlierCache.set(c, (e = !!c.earlier || isEarlierMention(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart)));
  return e;
};

// Named an earlier count of the same thing ("في وقت سابق"), not only a past figure (EARLIER_TIMELINE).
const earlierCount = (c: Claim): boolean => isEarlierCount(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart);

// Vague amounts ("آلاف", "عشرات") are intervals, not figures anyone reports as a number.
// How far a count had got («بعد فرز 62% من المحاضر»): a state that moves by the hour, which two
// reads give at two moments, never a figure they disagree on.
const progressOfCount = (concept: string): boolean => concept.startsWith('percent:counted');
const usable = (c: Claim): boolean => c.comparable && c.concept !== null && !progressOfCount(c.concept) && !c.vague && enoughEvidence(c);

/** Why a current claim seeds no topic, or a related read's claim joins none. */
export type ClaimGate = 'unusable' | 'round-up' | 'period' | 'superseded' | 'earlier';
/**
 * Why a related read's claim did not join one topic it could have: values too far apart, scopes
 * that contradict a seed's, another event (same-event.ts), or, once every fitting pair is ranked,
 * the claim taken by a better topic, the topic by a better claim of the read, or a place that
 * contradicts another read's figure on the topic; or a round-up's figure (or seed) not singled out
 * as the other's by its description (ROUND_UP_MATCH, round-up-match.ts).
 */
export type PairGate = 'too-far' | 'part-of-total' | 'scope' | `same-event:${SameEventGate}` | 'round-up-unmatched' | 'claim-used' | 'topic-taken' | 'others-place';

/** Told each gate that keeps a claim out of a topic, for explaining a missing card (eval/explain.ts). */
export interface TopicTrace {
  /** `article` is the current one for a seed. */
  claim(article: number, claim: number, gate: ClaimGate): void;
  pair(article: number, claim: number, topic: Topic, gate: PairGate): void;
}

/** Topics seeded by the current article's claims, then filled from each related read. */
function buildTopics(articles: AnalyzedArticle[], current: number, related: number[], trace?: TopicTrace): Topic[] {
  const topics: Topic[] = [];
  const byBucket = new Map<string, Topic[]>();
  const bucketTopics = (c: Claim): Topic[] => byBucket.get(bucketOf(c)) ?? [];
  // Each read's claims as compared: a toll counted by the group all its victims belonged to is
  // the event's toll where the read gives no other (whole-group.ts); a source another read ties
  // to one side's zone counts that zone (zone-sources.ts).
  const reads = [current, ...related].filter((r) => articles[r]);
  const readClaims = reads.map((r) => articles[r].claims.filter(usable));
  const sources = zoneSources(readClaims);
  // A read's bodies recovered are its dead where no read of the comparison counts both (bodies.ts).
  const bodies = bodiesAsDead(reads.map((r, i) => ({ claims: readClaims[i], text: () => `${articles[r].title}\n${articles[r].text}` })));
  const views = new Map<number, Claim[]>();
  const claimsOf = (r: number): Claim[] => {
    let v = views.get(r);
    if (!v) {
      const whole = wholeGroupConcepts(articles[r].claims, usable);
      const conceptOf = (c: Claim): string | undefined => whole.get(c) ?? bodies.get(c);
      const viewed = (c: Claim): Claim => withSourceZone(conceptOf(c) ? { ...c, concept: conceptOf(c) as string } : c, sources);
      views.set(r, (v = whole.size === 0 && bodies.size === 0 && sources.length === 0 ? articles[r].claims : articles[r].claims.map(viewed)));
    }
    return v;
  };
  const own = claimsOf(current);
  // A count a read gives as of an earlier day («وحتى يوم السبت، …»), or as a step of a recalled
  // count («وكانت … قد أعلنت 12، قبل أن ترتفع إلى 17»), is no incident of its own, and gives way to
  // the read's latest (incident-day.ts, modality.ts isTimelineStep); it may still seed a card when it is the only one.
  const givesWayCache = new Map<Claim, boolean>();
  const givesWayToLatest = (r: number, c: Claim): boolean => {
    let v = givesWayCache.get(c);
    if (v === undefined) givesWayCache.set(c, (v = asOfEarlierDay(normalizeArabic(c.sentence), articles[r].published) || isTimelineStep(c.sentence, c.start - c.sentenceStart)));
    return v;
  };
  // A series' figure of unknown period beside figures of the same measure with one (period-gate.ts).
  const noPeriod = periodless([current, ...related].filter((r) => articles[r]).map((r) => claimsOf(r).filter(usable)));
  // Figures of a round-up of several incidents stay out of every card (same-event.ts).
  // And each read's totals that others break down, with their parts (breakdown.ts).
  const totalsOf = new Map<number, Map<Claim, Claim[]>>();
  const roundUp = (r: number): Set<Claim> => {
    const totals = new Map<Claim, Claim[]>();
    totalsOf.set(r, totals);
    return roundUpClaims(claimsOf(r).filter(usable), bucketOf, (c) => earlier(c) || givesWayToLatest(r, c), articles[r].title, totals, articles[r].published);
  };
  const currentRoundUp = roundUp(current);
  const currentTotals = totalsOf.get(current) ?? NO_TOTALS;
  const currentLead = leadContext(articles[current].title, articles[current].text);
  const currentProvince = leadProvince(currentLead);
  const currentNationals = wholeAndNationals(own.filter(usable));
  const currentLocals = wholeAndLocals(own.filter(usable));
  // With ROUND_UP_MATCH, a round-up's figure still meets the one figure of another read its own
  // clause singles it out as (round-up-match.ts): a current one seeds a topic of its own that
  // admits only such figures; a related read's joins only a topic whose seed it is singled out for.
  const matchRule = roundUpMatchRule();
  const matchOnly = new Set<Topic>();
  const descriptions = new Map<Claim, Description>();
  const descriptionOf = (r: number, c: Claim): Description => {
    let d = descriptions.get(c);
    if (!d) descriptions.set(c, (d = describe(c, claimsOf(r))));
    return d;
  };
  // A group's figures by topic, and each figure's rivals, found once: a long read's round-up may
  // hold thousands of figures (linear time: a topic with more than MAX_ROUND_UP_MATCH figures in
  // the group singles none out — one figure among that many is no clear match).
  const byTopic = new Map<ReadonlySet<Claim>, Map<string, Claim[]>>();
  const groupTopic = (group: ReadonlySet<Claim>, c: Claim): Claim[] => {
    let m = byTopic.get(group);
    if (!m) {
      byTopic.set(group, (m = new Map()));
      for (const x of group) {
        const list = m.get(bucketOf(x));
        if (list) list.push(x);
        else m.set(bucketOf(x), [x]);
      }
    }
    return m.get(bucketOf(c)) ?? [];
  };
  const rivals = new Map<Claim, Description[]>();
  const rivalsOf = (r: number, c: Claim, group: ReadonlySet<Claim>): Description[] | null => {
    const same = groupTopic(group, c);
    if (same.length > MAX_ROUND_UP_MATCH) return null;
    let list = rivals.get(c);
    if (!list) rivals.set(c, (list = same.filter((x) => x !== c && twoFigures(x, c)).map((x) => descriptionOf(r, x))));
    return list;
  };
  const singles = (r: number, c: Claim, group: ReadonlySet<Claim>, other: Description): boolean => {
    if (!group.has(c)) return true;
    const list = matchRule !== null ? rivalsOf(r, c, group) : null;
    return list !== null && singledOut(descriptionOf(r, c), list, other, matchRule as NonNullable<typeof matchRule>);
  };
  const aligned = (t: Topic, r: number, o: Claim, otherGroup: ReadonlySet<Claim>): boolean =>
    t.seeds.some((sd) => singles(current, sd.c, currentRoundUp, descriptionOf(r, o)) && singles(r, o, otherGroup, descriptionOf(current, sd.c)));
  // A figure the current article recalls as earlier ("وكان X قد أعلن …") beside its latest one on
  // the same thing seeds no topic: the reader compares the latest, and an earlier read's equal
  // figure then shows as what it was updated from.
  // (So with a related read: its earlier figure never stands in for a latest one that found no card.)
  const latestOf = new Map<number, Map<string, Claim[]>>();
  const superseded = (r: number, c: Claim): boolean => {
    if (!earlier(c) && !givesWayToLatest(r, c)) return false;
    let byBucket = latestOf.get(r);
    if (!byBucket) {
      latestOf.set(r, (byBucket = new Map()));
      for (const o of claimsOf(r)) {
        if (!usable(o) || earlier(o) || givesWayToLatest(r, o)) continue;
        const list = byBucket.get(bucketOf(o));
        if (list) list.push(o);
        else byBucket.set(bucketOf(o), [o]);
      }
    }
    return (byBucket.get(bucketOf(c)) ?? []).some((o) => matchScore(o, c) !== null);
  };
  const seedGate = (c: Claim): ClaimGate | null =>
    !usable(c) ? 'unusable' : currentRoundUp.has(c) && !matchRule ? 'round-up' : noPeriod.has(c) ? 'period' : superseded(current, c) ? 'superseded' : !earlierSeedsCards() && earlier(c) ? 'earlier' : null;
  own.forEach((c, claim) => {
    const gate = seedGate(c);
    if (gate) return trace?.claim(current, claim, gate);
    const m: Member = { article: current, claim, c };
    const signature = signatureOf(c);
    let best: Topic | null = null;
    let bestScore = -Infinity;
    const onlyMatched = currentRoundUp.has(c);
    for (const t of bucketTopics(c)) {
      if (matchOnly.has(t) !== onlyMatched) continue;
      const s = cachedScore(t, c, signature, true).best;
      if (s !== null && s > bestScore) {
        best = t;
        bestScore = s;
      }
    }
    if (best) best.seeds.push(m);
    else {
      const t: Topic = { bucket: bucketOf(c), seeds: [m], others: new Map(), strictScores: new Map(), scores: new Map() };
      topics.push(t);
      if (onlyMatched) matchOnly.add(t);
      const same = byBucket.get(t.bucket);
      if (same) same.push(t);
      else byBucket.set(t.bucket, [t]);
    }
  });
  if (topics.length === 0) return topics;

  for (const r of related) {
    if (r === current || !articles[r]) continue;
    // Every (topic, claim) pair that fits, best first; each claim and each topic used once.
    const pairs: { t: Topic; m: Member; score: number; dist: number }[] = [];
    const days = daysApart(articles[current].published, articles[r].published);
    // The previous version of the same page reports the same event by definition.
    const samePage = urlOf(articles[r]) === urlOf(articles[current]);
    const headline = articles[current].title;
    const dates = { seed: articles[current].published, other: articles[r].published };
    const texts: ReadTexts = { seed: articles[current].text, other: articles[r].text, seedLead: currentLead, otherLead: leadContext(articles[r].title, articles[r].text) };
    const otherRoundUp = samePage ? new Set<Claim>() : roundUp(r);
    const otherProvince = leadProvince(texts.otherLead ?? '');
    const otherNationals = wholeAndNationals(claimsOf(r).filter(usable));
    const otherLocals = wholeAndLocals(claimsOf(r).filter(usable));
    claimsOf(r).forEach((c, claim) => {
      const gate: ClaimGate | null = !usable(c) ? 'unusable' : otherRoundUp.has(c) && !matchRule ? 'round-up' : noPeriod.has(c) ? 'period' : !knobs.earlierTimeline && superseded(r, c) ? 'superseded' : null;
      if (gate) return trace?.claim(r, claim, gate);
      const signature = signatureOf(c);
      for (const t of bucketTopics(c)) {
        // Values too far apart to be one figure reported twice within a few days (evidence.ts).
        if (t.seeds.every((sd) => tooFarApart(sd.c, c, days))) {
          trace?.pair(r, claim, t, 'too-far');
          continue;
        }
        // A figure equal to a part of the other side's total is that part, not a rival count (breakdown.ts).
        const totals = totalsOf.get(r) ?? NO_TOTALS;
        if (t.seeds.every((sd) => partOfTotal(currentTotals, sd.c, totals, c))) {
          trace?.pair(r, claim, t, 'part-of-total');
          continue;
        }
        const cached = cachedScore(t, c, signature, false);
        const { dist } = cached;
        // (A figure of no place in a read about one province meets that province's figure: lead-province.ts.)
        const score = cached.best ?? (t.seeds.every((sd) => matchScore(placedByLead(sd.c, currentProvince), placedByLead(c, otherProvince)) !== null) ? 0 : null);
        // A read's whole count against one nationality's people (nationals.ts).
        // («… 3 in all, 2 in X and 1 in Y»: a read's own local figures against another's whole, local-whole.ts.)
        if (score === null || t.seeds.every((sd) => wholeAgainstNationals(sd.c, currentNationals, c, otherNationals) || wholeAgainstLocal(sd.c, currentLocals, c, otherLocals, texts.seedLead, texts.otherLead))) {
          trace?.pair(r, claim, t, 'scope');
          continue;
        }
        // Another event of the same kind counts other things under the same noun (same-event.ts).
        const otherEvent = samePage ? null : anotherEvent(t.seeds, c, headline, articles[r].title, dates, texts);
        if (otherEvent) {
          trace?.pair(r, claim, t, `same-event:${otherEvent}`);
          continue;
        }
        if ((matchOnly.has(t) || otherRoundUp.has(c)) && !aligned(t, r, c, otherRoundUp)) {
          trace?.pair(r, claim, t, 'round-up-unmatched');
          continue;
        }
        // A figure the read itself presents as an earlier one ("في وقت سابق") gives way to its latest.
        pairs.push({ t, m: { article: r, claim, c }, score: score - (earlier(c) ? EARLIER_PENALTY : 0), dist });
      }
    });
    // On a tie, the fuller sentence (a body paragraph with its speaker, not a sub-headline).
    const fullness = (m: Member) => Math.min(m.c.sentence.length, 240);
    pairs.sort(
      (a, b) => b.score - a.score || a.dist - b.dist || displayRank(a.m.c) - displayRank(b.m.c) || fullness(b.m) - fullness(a.m) || a.m.claim - b.m.claim,
    );
    const usedClaims = new Set<number>();
    for (const p of pairs) {
      if (usedClaims.has(p.m.claim) || p.t.others.has(r)) {
        trace?.pair(r, p.m.claim, p.t, usedClaims.has(p.m.claim) ? 'claim-used' : 'topic-taken');
        continue;
      }
      // Two reads' figures that each fit a seed naming no place may still name places that
      // contradict each other (two countries, "في سنغافورة" and "في [بلد]", two provinces): one card never holds both.
      if ([...p.t.others.values()].some((o) => matchScore(o.m.c, p.m.c) === null)) {
        trace?.pair(r, p.m.claim, p.t, 'others-place');
        continue;
      }
      p.t.others.set(r, { m: p.m, score: p.score });
      usedClaims.add(p.m.claim);
    }
    // "ارتفعت الحصيلة إلى 37 … وفي وقت سابق، أعلن الوزير وفاة 26": the read's own timeline. Its
    // earlier figure joins the card its latest one is on, so the reader sees what the count was
    // updated from even where the latest equals the current article's.
    if (knobs.earlierTimeline) {
      for (const p of pairs) {
        const latest = p.t.others.get(r);
        if (usedClaims.has(p.m.claim) || !earlierCount(p.m.c) || !latest || earlier(latest.m.c) || latest.m.c.value === p.m.c.value) continue;
        (p.t.recalled ??= []).push(p.m);
        usedClaims.add(p.m.claim);
      }
    }
  }
  return topics;
}

/** What keeps `c` off every seed's card as another event (the first seed's reason), or null when one seed admits it. */
function anotherEvent(seeds: Member[], c: Claim, headline: string, otherHeadline: string, dates: ReadDates, texts: ReadTexts): SameEventGate | null {
  let first: SameEventGate | null = null;
  for (const sd of seeds) {
    const gate = sameEventGate(sd.c, c, headline, otherHeadline, dates, texts);
    if (gate === null) return null;
    first ??= gate;
  }
  return first;
}

/**
 * The topics one comparison builds (each with its seeds and at most one claim per related read),
 * every gate that kept a claim out told to `trace`: what eval/explain.ts reads to say why two
 * figures never met on a card. The panel's cards are built from the same topics (compareAll).
 */
export function traceTopics(articles: AnalyzedArticle[], current: number, related: number[], trace: TopicTrace): Topic[] {
  return buildTopics(articles, current, related, trace);
}

function figureOf(m: Member): Figure {
  const c = m.c;
  const f: Figure = {
    article: m.article,
    claim: m.claim,
    value: c.value,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    text: c.text,
    sentence: c.sentence,
    attribution: c.attribution,
  };
  if (c.modality !== 'count') f.modality = c.modality;
  return f;
}

/** Figures by publication date (undated last), then reading order; a read's recalled figure before its latest. */
function byDate(articles: AnalyzedArticle[], recalled: ReadonlySet<string> = new Set()) {
  return (a: Figure, b: Figure): number => {
    const pa = articles[a.article]?.published ?? null;
    const pb = articles[b.article]?.published ?? null;
    if (pa !== pb) {
      if (pa === null) return 1;
      if (pb === null) return -1;
      const ta = Date.parse(pa);
      const tb = Date.parse(pb);
      if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
      if (pa < pb) return -1;
      if (pa > pb) return 1;
    }
    return a.article - b.article || Number(recalled.has(figureKey(b))) - Number(recalled.has(figureKey(a))) || a.claim - b.claim;
  };
}

const figureKey = (f: { article: number; claim: number }): string => `${f.article}|${f.claim}`;

/** Label of a topic; the main shock's magnitude is "the first" when the article gives a second. */
function labelOf(current: number, members: Member[], aftershock: boolean): string {
  const own = members.filter((m) => m.article === current).map((m) => m.c);
  const label = topicLabel(own, members.filter((m) => m.article !== current).map((m) => m.c));
  return members[0].c.concept === 'magnitude' && aftershock ? `${label} الأول` : label;
}

// A headline ("كندا: النرويج أرسلت …") is the article's first sentence or a short line
// with a colon near its start; a body sentence names its speaker with a verb or a preposition.
const isHeadline = (c: Claim): boolean => c.sentenceStart === 0 || /^[^\s:]+(?:\s[^\s:]+){0,2}\s?:/.test(c.sentence) || c.sentence.length < 60;
const displayRank = (c: Claim): number => (isHeadline(c) ? 2 : 0) + (c.attribution ? 0 : 1);

/** True where m is the better sentence to show for a figure than prev. */
function shownBefore(m: Member, prev: Member): boolean {
  const a = displayRank(m.c);
  const b = displayRank(prev.c);
  if (a !== b) return a < b;
  return Math.min(m.c.sentence.length, 240) > Math.min(prev.c.sentence.length, 240);
}

interface Grouped {
  members: Member[];
  figures: Figure[];
  /** figureKey of the figures a read recalls as earlier beside its latest (EARLIER_TIMELINE). */
  recalled: Set<string>;
}

function grouped(articles: AnalyzedArticle[], current: number, related: number[]): Grouped[] {
  const out: Grouped[] = [];
  for (const t of buildTopics(articles, current, related)) {
    if (t.others.size === 0) continue;
    const members = [...t.seeds, ...[...t.others.values()].map((o) => o.m), ...(t.recalled ?? [])];
    // One figure per article and value: the same number twice in one article says nothing new.
    // The one shown is the body sentence with its speaker, not the headline or a sub-headline.
    const best = new Map<string, Member>();
    for (const m of members) {
      const key = `${m.article}|${m.c.value}|${m.c.modality}`;
      const prev = best.get(key);
      if (!prev || shownBefore(m, prev)) best.set(key, m);
    }
    const kept = members.filter((m) => best.get(`${m.article}|${m.c.value}|${m.c.modality}`) === m);
    const recalled = new Set((t.recalled ?? []).filter((m) => kept.includes(m)).map(figureKey));
    out.push({ members: kept, figures: kept.map(figureOf).sort(byDate(articles, recalled)), recalled });
  }
  return out;
}

export interface Agreement {
  topic: string;
  figures: Figure[];
}

function differenceOf(articles: AnalyzedArticle[], current: number, g: Grouped, aftershock: boolean): Difference | null {
  const counts = g.figures.filter((f) => f.modality !== 'denial');
  const denied = g.figures.length > counts.length && counts.length > 0;
  // Figures that say the same once qualifiers and rounding are read («أكثر من 320», 323) agree.
  if (!denied && allAgree(counts)) return null;
  // A difference only a read's own earlier figure makes is that read's timeline: an update.
  const latest = counts.filter((f) => !g.recalled.has(figureKey(f)));
  const timeline = !denied && latest.length < counts.length && allAgree(latest);
  // A read's headline figure cut from its own body's («12 مليون» for 12.3 million) differs from
  // other reads' exact one, but contradicts nothing: its body says what it stands for.
  const cut = new Set(g.members.filter((m) => m.c.inTitle && g.members.some((n) => n.article === m.article && headlineCut(m.c, n.c))).map(figureKey));
  const conflict = !timeline && (denied || figuresConflict(counts.filter((f) => !cut.has(figureKey(f)))));
  const first = g.members[0].c;
  const urls = new Set(g.members.map((m) => urlOf(articles[m.article])));
  const sameAddress = urls.size < new Set(g.members.map((m) => m.article)).size;
  const timed = g.figures.map((f) => ({ value: f.value, attribution: f.attribution, published: articles[f.article]?.published ?? null }));
  const diff: Difference = {
    topic: labelOf(current, g.members, aftershock),
    kind: first.kind,
    unit: first.unit,
    conflict,
    reason: timeline ? 'updated' : differenceReason(timed, conflict, sameAddress),
    figures: g.figures,
  };
  if (sameAddress) diff.update = true;
  return diff;
}

const isAgreement = (g: Grouped): boolean => g.figures.every((f) => f.modality !== 'denial') && allAgree(g.figures);

// What a reader must see first: figures that cannot all be true, then who says what, then timelines.
const REASON_ORDER: Record<Difference['reason'], number> = { contradiction: 0, 'different-sources': 1, updated: 2 };

/** Differences and agreements from one alignment of the topics (what the panel shows). */
export function compareAll(articles: AnalyzedArticle[], current: number, related: number[]): { differences: Difference[]; agreements: Agreement[] } {
  if (!articles[current]) return { differences: [], agreements: [] };
  const groups = grouped(articles, current, related);
  // Once per comparison, not per topic: a long article is scanned once.
  const aftershock = articles[current].claims.some((c) => c.comparable && c.concept === 'magnitude:aftershock');
  return {
    differences: groups
      .map((g) => differenceOf(articles, current, g, aftershock))
      .filter((d): d is Difference => d !== null)
      .sort((a, b) => REASON_ORDER[a.reason] - REASON_ORDER[b.reason]),
    agreements: groups.filter(isAgreement).map((g) => ({ topic: labelOf(current, g.members, aftershock), figures: g.figures })),
  };
}

/** Differences the current article has with its related reads, each topic once. */
export function compareArticles(articles: AnalyzedArticle[], current: number, related: number[]): Difference[] {
  return compareAll(articles, current, related).differences;
}

/** Topics on which the current article and its related reads give the same figure. */
export function agreements(articles: AnalyzedArticle[], current: number, related: number[]): Agreement[] {
  return compareAll(articles, current, related).agreements;
}
