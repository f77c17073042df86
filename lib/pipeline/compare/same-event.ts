// Whether a figure of another read reports the same event as the current article's figure it
// would sit beside (README §2 "Same event"). A read listed as the same story may still be another
// event of one kind — yesterday's weather bulletin, another day's market report, another battle
// of one war, another player's transfer — and its figures then count other things under the same
// noun. Two reports of one event nearly always name something particular to it in the figure's
// own sentence: the place, a person, an unusual noun ("حصيلة ضحايا الزلزال في X", "انهيار جسر Y").

import type { Claim } from '../../types';
import { figuresConflict } from './interval';
import { headlineCut } from './headline-cut';
import { scopeScore } from './align';
import { sameSource } from './reason';
import { lightStems } from '../text/normalize';
import { tokensOf, type Token } from '../text/tokens';
import { displayName, ENTITY_STEMS, entityType, findEntities, skeleton } from '../text/entities';
import { entitySpecificity, specificity } from '../story/specificity';
import { dailyCountsOfTwoDays, differentDays, incidentDays, toldOnDifferentDays } from './incident-day';
import { isQuote, sameQuoteDay } from './quote-day';
import { leadContext } from './lead-context';
import { tallyAgainstIncident } from './tally';
import { differentMeans, otherMeansThan } from './means';
import { differentClocks } from './clock';
import { anotherCountrysFigure, differentCountries, type CountrySource } from './countries';
import { extractQuantities } from '../quantities';
import { memoized } from '../../lazy';
import { PHRASE_UNIT_WORDS, TOWN_WORDS, UNIT_WORDS } from '../text/gazetteer';
import { CLAUSE_END, clauseBefore, isOtherTimeMention } from '../claims/modality';
import { normalizeArabic } from '../text/normalize';
import { recalledApart, recalledByDate } from './recalled-date';
import { oppositeSides } from './exchange-side';
import { refersBackToEvent } from './back-reference';
import { disputesEarlierCount } from './disputed-count';
import { breakdowns } from './breakdown';
import { tollNationals, unscoped } from './nationals';
import { isLocal } from './local-whole';
import { TOTAL } from '../claims/scope';
import { isEventConcept } from '../claims/concepts';
import { describe, type MatchRule } from './round-up-match';
import { kmBetween, whereIs } from '../text/where';

/**
 * MIN_SENTENCE_ANCHOR: the specificity (background table, lib/pipeline/story/specificity.ts) of
 * the rarest word or name the two figures' sentences share, apart from the counted noun itself,
 * that a figure of another read needs to join the current figure's card (0: no test).
 * UNIT_CONCEPTS: what a figure whose counted noun is no known concept (`unit:X`, the fallback for
 * any noun: years of age, teams, barrels, kilometres) needs: 'any' read, or the noun named in the
 * current article's headline ('headline': the same stem; 'root': in any number), in both reads'
 * headlines ('both': what is counted is the subject of both reports), or 'never'. Chosen by `npx tsx eval/same-event.ts`
 * on the development part (README §1 "Card link").
 */
export const MIN_SENTENCE_ANCHOR = 0;
export const UNIT_CONCEPTS: UnitRule = 'both';
/**
 * Whether two figures whose sentences name different towns or regions (two battles, two floods,
 * two provinces of one war's daily bulletin) are kept off one card (differentPlaces). On since
 * places are compared by name, not entity key, and a place the other read's headline names is
 * shared: 6 mixed cards of the stream audit gone, no good one, every development story unchanged
 * (README §1 "Same event", "Different towns").
 */
export const SEPARATE_PLACES = true;
/**
 * Where a place one figure's sentence names counts as named by the other read too (differentPlaces):
 * in the other figure's sentence or its read's 'headline', or anywhere in its read's 'text'.
 * Measured on the stream audit and the development part (README §1 "Same event").
 */
export const PLACE_CONTEXT: PlaceContext = 'headline';
export type PlaceContext = 'headline' | 'text';
/**
 * Whether two figures whose own sentences date their incident on different days («قتل أربعة
 * مدنيين أمس» in Saturday's read, «قتل ثلاثة مدنيين أمس» in Sunday's), each resolved against its
 * read's publication date (incident-day.ts), are kept off one card: two incidents of one war or
 * one kind of accident. Chosen on the development part and the stream audit (README §1 "Same event").
 */
export const SEPARATE_DAYS = true;
/**
 * Whether a service's tally of many incidents («52 بلاغا عن حوادث سير أسفرت عن 23 إصابة») and
 * the toll of one incident are kept off one card (tally.ts): the incident is one of the tally's.
 * Chosen on the stream audit and the development part (README §1 "Same event").
 */
export const SEPARATE_TALLIES = true;
/**
 * Whether two tolls whose sentences name the means of their incident, none in common («بانفجار
 * عبوة» against «في اشتباكات»), are kept off one card (means.ts): two incidents of one war.
 * Chosen on the stream audit and the development part (README §1 "Same event").
 */
export const SEPARATE_MEANS = true;
/**
 * Whether two prices quoted at different stated times of day («الساعة 0945 بتوقيت جرينتش» against
 * «الساعة 1610») are kept off one card (clock.ts): two moments of a trading day. Measured on the
 * stream audit and the development part (README §1 "Same event").
 */
export const SEPARATE_CLOCKS = true;
/**
 * Which of the place, day and means gates read a figure whose own sentence names none of them with
 * its read's headline and lead sentence standing for it (lead-context.ts): news says where, when
 * and how once, at the top, then counts («وأسفر الهجوم عن مقتل ثلاثة»). For places only when the
 * headline and lead name exactly one town or region (a digest naming several gives none); a
 * means taken from a lead is told against the other read's lead too. Places and means: the
 * stream audit (21–25 July) lost 11 mixed cards and no good one (one mixed card came instead),
 * the development part two story views with an unrelated figure and one difference (a toll placed
 * in a district beside one placed «north of» the neighbouring capital). Not days: leads date the
 * news (a fifth death announced, a statement), not the toll — 4 good cards lost per 5 mixed ones
 * (README §1 "Same event", "The lead's place, day and means").
 */
export const LEAD_CONTEXT: readonly LeadGate[] = ['places', 'means'];
export type LeadGate = 'places' | 'days' | 'means';
/** A LEAD_CONTEXT from a measuring tool's option: 'none' or a comma list of places, days, means. */
export function leadGates(v: string | undefined): LeadGate[] {
  if (v === 'none') return [];
  const out = (v ?? '').split(',').filter((g): g is LeadGate => g === 'places' || g === 'days' || g === 'means');
  if (out.length === 0 || out.length !== (v ?? '').split(',').length) throw new Error(`--lead-context wants none or a comma list of places, days, means, got ${v ?? 'nothing'}`);
  return out;
}
/**
 * Whether two figures whose reports (the figure's sentence and its read's headline) name
 * countries, none in common, are kept off one card (countries.ts): two bombings in two
 * neighbouring countries, two teams' camps abroad, two states' projects. Where a country
 * one report names counts as named by the other too: the other figure's sentence or its read's
 * 'headline', or anywhere in its read's 'text'. Chosen on the stream audit and the development
 * part (README §1 "Same event", "Different countries").
 */
export const SEPARATE_COUNTRIES: CountryRule = 'headline';
export const COUNTRY_CONTEXT: PlaceContext = 'headline';
export type CountryRule = 'off' | CountrySource;
/** A CountryRule from a measuring tool's option (eval/run.ts, eval/stream-audit.ts `--countries`). */
export function countryRule(v: string | undefined): CountryRule {
  if (v === 'off' || v === 'headline' || v === 'fallback' || v === 'sentence') return v;
  throw new Error(`--countries wants off, headline, fallback or sentence, got ${v ?? 'nothing'}`);
}

/**
 * A read giving more than this many figures that cannot be one (conflicting values) for one topic
 * and scope — a round-up of several incidents ("قتل 12 شخصا في قصف على قرية … وقتل خمسة آخرون في
 * هجوم على حاجز …") — gives none of them to cards: which one is "the" figure is not said.
 */
export const MAX_INCIDENTS = 1;

/**
 * Which figure of a round-up group a read still gives to cards: 'none'; 'headline' — the group's
 * largest figure when the read's headline states it (a total the read leads with covers the body's
 * partial, older or other-source tolls of one thing: «42 قتيلا بينهم 25 عسكريا» in the headline,
 * «وفاة 18 جنديا» in the body); 'lead' — the same, or, when the headline gives none of the group's
 * figures, the largest one when it stands in the read's first sentence with a figure; 'first' —
 * that first-sentence figure only (a headline figure is never released). Never when
 * the group's sentences name different towns or regions (several incidents), nor when the largest
 * figure is not the one the read leads with, nor when a figure's sentence counts some more
 * («وقتل خمسة آخرون», «إضافة إلى»: it adds to the largest, not within it). Off: every setting
 * added mixed cards or unrelated articles with a card on the development part, and 'first' ~30
 * mixed cards of war news in the stream audit (README §1 "Same event", "A round-up's lead figure").
 */
export const ROUND_UP_LEAD: RoundUpLead = 'none';

/**
 * Which figures of one read are told against each other to find a round-up: 'same' scope only,
 * or also ('unscoped') a figure naming no owner or place against one of a compatible scope (a
 * country's) — "وقتل 3 أشخاص … في مدينة X" beside "63 شخصا لقوا مصرعهم في مدن البلاد": an
 * unscoped toll beside another toll of the same thing is one incident among several, not "the"
 * toll. 'unscoped-parts': the same, except that a town's or region's figure smaller than the
 * unscoped one is a part of it ("مقتل 2012 شخصا … وقتل 30 في قرية X": the whole and one village's
 * share), not a second toll (another read's figure equal to one of those parts is that part, never
 * a rival of the whole). Chosen by `npx tsx eval/same-event.ts` (README §1 "Same event"): on the
 * development part with 1,000 unrelated reads, 'unscoped' 553/857 shown, 10 of 577 cards mixed;
 * 'unscoped-parts' 559/857, 10 of 583 (twenty-ninth round, once a local figure's own mixes were
 * mended: a part of a whole another read gives, new patients).
 */
export const ROUND_UP_SCOPES: RoundUpScopes = 'unscoped-parts';

/**
 * When two figures of one read for one topic are two things: their values 'conflict', or also
 * ('bounds') two different lower bounds ("13 شخصا على الأقل" and "9 أشخاص على الأقل": nobody
 * writes a second, smaller "at least" for the same count) — unless the read tells them on
 * different days, one said before («قالت الحكومة أمس إن 42 على الأقل …» beside today's «65 على
 * الأقل»: a count revised). News of several bombings, battles or events in one city mostly gives
 * each toll as "at least": 'conflict' let any two of them through. Chosen on the stream audit
 * (README §1 "Same event", a fresh window) and `npx tsx eval/same-event.ts` (development part).
 */
export const ROUND_UP_VALUES: RoundUpValues = 'bounds';

/**
 * Whether a figure the current article presents as an earlier one ("وقصف التحالف، في وقت سابق،
 * … مما أدى إلى مقتل 29") seeds a card when the article gives no latest one on the same thing
 * (with a latest one it never does, index.ts).
 */
export const EARLIER_SEEDS = true;
/**
 * Where two counts of one topic and scope by two different named sources are alternatives, not
 * two incidents of a round-up: 'sentence' — only side by side in one sentence («… حسب السلطات
 * و63 حسب منظمات إغاثة»); 'read' — anywhere in the read («قالت الشرطة إن 18 …» … «في حين قال
 * مسؤول في المستشفى إن 20 …»); 'read-same-context' — anywhere, unless the two sentences name
 * different places, days or means (then they may be two incidents); 'back-reference' — the same
 * sentence, or two sentences the later of which points back at the event with a demonstrative
 * («قتلوا في هذا الهجوم», «بسبب هذه الحرائق»: back-reference.ts) and which name no two places.
 * 'read' and 'read-same-context' add mixed cards on news nobody tuned on (wire round-ups source
 * each incident); 'back-reference' chosen: one development difference more, no card of the stream
 * audit changed (README §1 "Figures that only looked like a second incident").
 */
export const ROUND_UP_SOURCES: RoundUpSources = 'back-reference';

/**
 * Whether a sentence opening with a contrast and reporting a figure («لكن قائد الشرطة تحدث عن مقتل
 * تسعة جنود فقط») gives another source's count of the event before it, not a second incident
 * (disputed-count.ts). Measured on the development part and the stream audit (README §1
 * "Figures that only looked like a second incident").
 */
export const DISPUTED_COUNTS = true;

/**
 * Whether figures of one sentence that add up to a figure the read gave before them are its
 * parts, not a round-up's incidents (breakdown.ts). Measured on the development part and the
 * stream audit (README §1 "Figures that only looked like a second incident").
 */
export const BREAKDOWNS = true;

/**
 * Whether a round-up's figure may still meet one figure of another read (round-up-match.ts): when
 * the words tied to it in its own clause and its source describe that figure better than every
 * other figure of its group does, by `margin`, and by `floor` at least (null: never, every figure
 * of a round-up stays out). A floor of 2 is about two rare words or a shared source and one: 1
 * added mixed cards in the stream audit, 2 none and one more difference shown on the development
 * part (README §1 "Same event", "A round-up's figure matched").
 */
export const ROUND_UP_MATCH: MatchRule | null = { margin: 1, floor: 2 };

export type UnitRule = 'any' | 'headline' | 'root' | 'never' | 'both';
export type RoundUpScopes = 'same' | 'unscoped' | 'unscoped-parts';
export type RoundUpValues = 'conflict' | 'bounds';
export type RoundUpLead = 'none' | 'headline' | 'first' | 'lead';
export type RoundUpSources = 'sentence' | 'read' | 'read-same-context' | 'back-reference';

const knobs = {
  minAnchor: MIN_SENTENCE_ANCHOR,
  units: UNIT_CONCEPTS as UnitRule,
  places: SEPARATE_PLACES,
  placeContext: PLACE_CONTEXT as PlaceContext,
  days: SEPARATE_DAYS as boolean,
  tallies: SEPARATE_TALLIES as boolean,
  means: SEPARATE_MEANS as boolean,
  clocks: SEPARATE_CLOCKS as boolean,
  leadContext: LEAD_CONTEXT as readonly LeadGate[],
  countries: SEPARATE_COUNTRIES as CountryRule,
  countryContext: COUNTRY_CONTEXT as PlaceContext,
  maxIncidents: MAX_INCIDENTS as number,
  roundUpScopes: ROUND_UP_SCOPES as RoundUpScopes,
  roundUpValues: ROUND_UP_VALUES as RoundUpValues,
  earlierSeeds: EARLIER_SEEDS as boolean,
  roundUpLead: ROUND_UP_LEAD as RoundUpLead,
  roundUpSources: ROUND_UP_SOURCES as RoundUpSources,
  roundUpMatch: ROUND_UP_MATCH as MatchRule | null,
  disputedCounts: DISPUTED_COUNTS as boolean,
  breakdowns: BREAKDOWNS as boolean,
};

/** How a round-up's figure may still meet another read's figure (ROUND_UP_MATCH), or null. */
export const roundUpMatchRule = (): MatchRule | null => knobs.roundUpMatch;

/** Whether a current figure presented as an earlier one may seed a card (EARLIER_SEEDS). */
export const earlierSeedsCards = (): boolean => knobs.earlierSeeds;

/**
 * Two counts of one thing by two sources, given side by side in one sentence ("مقتل 47 شخصا، حسب
 * السلطات، و63 قتيلا، حسب منظمات إغاثة", "… وفق الشرطة، فيما تقول منظمات محلية إن …"):
 * the read says which source gives which, so they are not two incidents of a round-up.
 */
export function sourcedAlternatives(a: Claim, b: Claim): boolean {
  if (a.sentenceStart !== b.sentenceStart && disputedCount(a, b)) return true;
  if (!a.attribution || !b.attribution || sameSource(a.attribution, b.attribution)) return false;
  if (a.sentenceStart === b.sentenceStart) return true;
  if (knobs.roundUpSources === 'read') return true;
  // One read, one publication date: only what the sentences themselves date tells days apart.
  if (knobs.roundUpSources === 'back-reference') return refersBackToEvent(a.sentenceStart > b.sentenceStart ? a.sentence : b.sentence) && !differentPlaces(a, b);
  return knobs.roundUpSources === 'read-same-context' && !differentPlaces(a, b) && !differentDays(a, null, b, null) && !differentMeans(a, b);
}

/**
 * The later of two figures in different sentences disputes the earlier's count («لكن قائد الشرطة
 * تحدث عن مقتل تسعة جنود فقط», disputed-count.ts) — by another source or one not named — and
 * neither names another place nor counts some more (ADDITIVE). On with DISPUTED_COUNTS.
 */
function disputedCount(a: Claim, b: Claim): boolean {
  if (!knobs.disputedCounts) return false;
  const [earlier, later] = a.sentenceStart < b.sentenceStart ? [a, b] : [b, a];
  if (later.attribution && earlier.attribution && sameSource(later.attribution, earlier.attribution)) return false;
  return disputesEarlierCount(later) && !ADDITIVE.test(later.sentence) && !differentPlaces(a, b);
}

const LOWER_BOUNDS = new Set(['at-least', 'more-than']);
/** Two figures of one read that cannot be one figure (see ROUND_UP_VALUES). */
export function twoFigures(a: Claim, b: Claim): boolean {
  if (sourcedAlternatives(a, b)) return false;
  if (figuresConflict([a, b])) return true;
  return knobs.roundUpValues === 'bounds' && a.value !== b.value && LOWER_BOUNDS.has(a.qualifier) && LOWER_BOUNDS.has(b.qualifier) && !toldOnDifferentDays(a, b);
}

/** For the evaluation's sweep (eval/same-event.ts) only; everything else uses the constants. */
export function setSameEventKnobs(k: Partial<typeof knobs>): void {
  Object.assign(knobs, k);
}

interface SentenceWords {
  stems: Set<string>;
  entities: Set<string>;
  /** Towns and regions named (not countries: a country is the scope of many events at once). */
  places: Set<string>;
  /** Those of `places` named only as a bearing's reference («شمال شرقي مدينة تالين», «120 كم غرب سيراك»). */
  landmarks: Set<string>;
}

// Bearings (folded). Bare, they say where the event lies *from* a place («قرية X شمال مدينة Y»);
// after a preposition they place it in that place's part («في شمال البلاد», «بشمال الإقليم»).
const BEARINGS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);
const PLACING = new Set(['في', 'الي', 'من', 'داخل']);

/** The entity at `from` is named after a bare bearing (one or two words: «شمال غرب»), as a reference point. */
function afterBearing(tokens: readonly Token[], from: number): boolean {
  let i = from - 1;
  if (!BEARINGS.has(tokens[i]?.norm ?? '')) return false;
  if (BEARINGS.has(tokens[i - 1]?.norm ?? '')) i--;
  return !PLACING.has(tokens[i - 1]?.norm ?? '');
}

// Many claims share a sentence: remembered, up to this many.
const CACHE_LIMIT = 4000;

const wordsOf = memoized((sentence): SentenceWords => {
  const tokens = tokensOf(sentence);
  const hits = findEntities(tokens);
  const places = hits.filter((h) => h.type === 'city' || h.type === 'region');
  const covered = new Uint8Array(tokens.length);
  for (const h of hits) for (let i = h.from; i < h.to; i++) covered[i] = 1;
  const stems = new Set<string>();
  tokens.forEach((t, i) => {
    if (covered[i] || t.type !== 'word') return;
    for (const s of lightStems(t.raw)) if (!ENTITY_STEMS.has(s)) stems.add(s);
  });
  return {
    stems,
    entities: new Set(hits.map((h) => h.key)),
    places: new Set(places.map((h) => h.key)),
    landmarks: new Set(places.filter((h) => places.every((o) => o.key !== h.key || afterBearing(tokens, o.from))).map((h) => h.key)),
  };
}, CACHE_LIMIT);

/** Stems of the counted noun: shared by construction, so no evidence of one event. */
const nounStems = (c: Claim): string[] => lightStems(c.unit ?? '');

/**
 * Specificity of the rarest word or name two figures' sentences share, their counted noun aside
 * (0 when they share none): a person named by both counts fully, a country or organisation by
 * how rarely the news names it.
 */
export function sentenceAnchor(a: Claim, b: Claim): number {
  const wa = wordsOf(a.sentence);
  const wb = wordsOf(b.sentence);
  const noun = new Set([...nounStems(a), ...nounStems(b)]);
  let best = 0;
  for (const s of wa.stems) if (wb.stems.has(s) && !noun.has(s)) best = Math.max(best, specificity(s));
  for (const e of wa.entities) if (wb.entities.has(e)) best = Math.max(best, entityType(e) === 'person' ? 1 : entitySpecificity(e));
  return best;
}

// The words of measuring a distance or an area, which any two share: «تبعد», «مسافة», «على بعد»,
// «تقع», a compass point, «مدينة»; «مساحة».
const DISTANCE_WORDS = new Set(
  'تبعد يبعد بعد تبعدان بعيد مساف يقع تقع واقع واقعه جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي مدين منطق مساحه مساحات'.split(' ').flatMap((w) => lightStems(w)),
);
/**
 * How rare a word must be to name what is far (a site, an event: «زلزال» 0.61, «هجوم» 0.31) rather
 * than say where («مدينة» 0.16, «مركز» 0.18, «منطقة» 0.12): the stream's document frequencies.
 */
export const DISTANCE_ANCHOR = 0.25;

/**
 * A distance is between two places: two figures measure one distance only when their sentences
 * share what is far, besides the place it is measured from and the words of measuring — «X تبعد
 * عن مدينة Y 20 كلم» and «Z الواقع جنوب Y بمسافة 55 كلم» are two distances from one town. So is
 * an area of something: «مساحة العقارات المبيعة» and «قسم على مساحة 45 ألف متر مربع» are two.
 */
export function twoDistancesOrAreas(a: Claim, b: Claim): boolean {
  const measured = (c: Claim): string | undefined => /^(distance|area)/.exec(c.concept ?? '')?.[1];
  if (!measured(a) || measured(a) !== measured(b)) return false;
  const from = new Set([...(a.owners ?? []), ...(a.places ?? []), ...(b.owners ?? []), ...(b.places ?? [])].map((k) => `@${k}`));
  // The figure's own clause (round-up-match.ts describe): a long sentence's far end tells of other things.
  const wb = describe(b).words;
  for (const [w, s] of describe(a).words) if (s >= DISTANCE_ANCHOR && wb.has(w) && !from.has(w) && !DISTANCE_WORDS.has(w)) return false;
  return true;
}

/**
 * Both sentences name towns or regions, and none in common: two places, two events. A place is
 * compared by its name's spelling skeleton (placeNames), not its key: one town is "town:X" after
 * «مدينة», "place:X" after «محافظة», and a foreign town is spelt two ways by two outlets (a long
 * vowel written or not). A place one sentence names is shared when the other figure's sentence or its read's headline (`headlineA`,
 * `headlineB`) has its name anywhere, even with no settlement word before it: a district's toll
 * («في حي X») beside its city's («مدينة Y») in a read headlined on the city is one event.
 */
export function differentPlaces(a: Claim, b: Claim, headlineA = '', headlineB = '', leadA = '', leadB = ''): boolean {
  const pa = placesOrLead(a.sentence, leadA);
  const pb = placesOrLead(b.sentence, leadB);
  if (pa.length === 0 || pb.length === 0) return farApart(placeKeysOrLead(a.sentence, leadA), placeKeysOrLead(b.sentence, leadB));
  const wa = sentenceSkeleton(a.sentence) + sentenceSkeleton(headlineA) + (leadA && sentenceSkeleton(leadA));
  const wb = sentenceSkeleton(b.sentence) + sentenceSkeleton(headlineB) + (leadB && sentenceSkeleton(leadB));
  // A place both name only as a bearing's reference («… كم شمال العاصمة») places neither event there.
  const ra = referenceOnly([a.sentence, headlineA, leadA]);
  const rb = referenceOnly([b.sentence, headlineB, leadB]);
  const reference = (p: string): boolean => ra.has(p) && rb.has(p);
  return !pa.some((p) => (pb.includes(p) || wb.includes(p)) && !reference(p)) && !pb.some((p) => wa.includes(p) && !reference(p));
}

/** Names (skeletons, as placeNames) the texts give only as a bearing's reference, never as a place of their own. */
function referenceOnly(texts: readonly string[]): Set<string> {
  const marks = new Set<string>();
  const own = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    const w = wordsOf(t);
    for (const k of w.places) (w.landmarks.has(k) ? marks : own).add(placeName(k));
  }
  return new Set([...marks].filter((m) => !own.has(m)));
}

/** Skeletons of a name or sentence's words, space-joined with a space at each end (for word-bounded search). */
const skeletonOf = (text: string): string => ` ${tokensOf(text).filter((t) => t.type === 'word').map((t) => skeleton(t.bare.replace(/^ال(?=..)/, ''))).join(' ')} `;
const sentenceSkeleton = memoized(skeletonOf, CACHE_LIMIT);

// A pattern place whose "name" is itself a division or settlement word («قرى المنطقة»: the area's
// villages) names no particular place.
const DIVISION_WORDS = new Set([...UNIT_WORDS, ...PHRASE_UNIT_WORDS, ...TOWN_WORDS]);
const namesNoPlace = (key: string): boolean => /^(town|place):/.test(key) && DIVISION_WORDS.has(key.replace(/^[a-z]+:/, ''));

/** The towns and regions a sentence names, each as its name's skeleton (see differentPlaces). */
const placeName = (key: string): string => skeletonOf(displayName(key) ?? key.replace(/^[a-z]+:/, ''));
const placeNames = memoized(
  (sentence: string): string[] =>
    [...wordsOf(sentence).places]
      .filter((k) => !namesNoPlace(k))
      .map(placeName)
      .filter((n) => n.trim() !== ''),
  CACHE_LIMIT,
);

/**
 * The places a figure's sentence names, or else (`lead`: its read's headline and lead sentence, ''
 * for none) the one place its lead names: a lead naming several (a digest, a bureau and a battle)
 * says no one place for the figure.
 */
function placesOrLead(sentence: string, lead: string): string[] {
  const own = placeNames(sentence);
  if (own.length > 0 || lead === '') return own;
  const named = new Set(placeNames(lead));
  return named.size === 1 ? [...named] : [];
}

/**
 * How far apart two figures' places must all be to be two incidents though no name says so: more
 * than any city with its suburbs and neighbouring towns spans (a district «north of» a capital is
 * a few kilometres from it). A physical bound, not fitted.
 */
export const FAR_APART_KM = 100;

/** The keys of the towns and regions a figure's sentence names, or else every one its read's lead names. */
function placeKeysOrLead(sentence: string, lead: string): string[] {
  const own = [...wordsOf(sentence).places].filter((k) => !namesNoPlace(k));
  return own.length > 0 || lead === '' ? own : [...wordsOf(lead).places].filter((k) => !namesNoPlace(k));
}

/**
 * Where the names alone say nothing — a lead naming several towns (where help came from beside
 * where it happened) — two figures whose every place is known and lies more than FAR_APART_KM
 * from every place of the other are two incidents (two cities' fires).
 */
function farApart(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const wa = a.map(whereIs);
  const wb = b.map(whereIs);
  if (wa.some((w) => w === null) || wb.some((w) => w === null)) return false;
  return wa.every((x) => wb.every((y) => kmBetween(x!, y!) > FAR_APART_KM));
}

/** The figure itself, or (its sentence dating nothing) its read's lead context as a figure's sentence. */
function datedOrLead(c: Claim, published: string | null, lead: string): Pick<Claim, 'sentence' | 'sentenceStart' | 'end' | 'start'> {
  if (lead === '' || incidentDays(c.sentence, published, Math.max(0, c.end - c.sentenceStart)).size > 0) return c;
  return { sentence: lead, sentenceStart: 0, start: lead.length, end: lead.length };
}

// A stem without its long vowels and hamza seats: a broken plural meets its singular
// ("حرائق" and "حريقا" → "حرق", "نقاط" and "نقطة" → "نقط"). Measured, not chosen (README §1).
const consonants = (stem: string): string => stem.replace(/[اويىءئؤأإآة]/g, '') || stem;

/**
 * The counted noun of a fallback concept (`unit:X`) is named in the headline: as the same stem,
 * or (`anyNumber`, the sweep's 'root') in any number.
 */
export function nounInHeadline(c: Claim, headline: string, anyNumber = false): boolean {
  const form = anyNumber ? consonants : (st: string) => st;
  const own = nounStems(c).map(form);
  if (own.length === 0) return false;
  const title = new Set(lightStems(headline).map(form));
  return own.some((s) => title.has(s));
}

/** Publication dates of the current article and of the other read (null: unknown). */
export interface ReadDates {
  seed: string | null;
  other: string | null;
}

/** Whole texts of the current article and of the other read (for PLACE_CONTEXT 'text'). */
export interface ReadTexts {
  seed: string;
  other: string;
  /** Their headline-and-lead contexts (lead-context.ts), found once per read by the caller. */
  seedLead?: string;
  otherLead?: string;
}

/** Which same-event test keeps a figure of another read off the current figure's card (see sameEvent). */
export type SameEventGate = 'unit-headline' | 'places' | 'countries' | 'days' | 'tallies' | 'means' | 'clocks' | 'sides' | 'anchor';

/** Both figures are rates of a series (percent, no event's), neither placed nor owned. */
const unplacedRate = (a: Claim, b: Claim): boolean =>
  [a, b].every((c) => c.kind === 'percent' && !!c.concept && !isEventConcept(c.concept.split(':')[1] ?? '') && (c.places ?? []).length === 0 && (c.owners ?? []).length === 0);

/**
 * Why `other` (a figure of another read) may not join the card of `seed` (the current article's
 * figure), or null when it may: the current article's headline being `headline` and the other
 * read's `otherHeadline`, their publication dates `dates` (unknown: no date test).
 */
export function sameEventGate(seed: Claim, other: Claim, headline: string, otherHeadline = headline, dates: ReadDates = { seed: null, other: null }, texts?: ReadTexts): SameEventGate | null {
  if (seed.concept?.startsWith('unit:')) {
    if (knobs.units === 'never') return 'unit-headline';
    if (knobs.units !== 'any' && !nounInHeadline(seed, headline, knobs.units === 'root')) return 'unit-headline';
    if (knobs.units === 'both' && !nounInHeadline(other, otherHeadline)) return 'unit-headline';
  }
  // (Found once per read where the caller gives it: a cache keyed by a long text compares the whole
  // text on every look-up once an equal text of an earlier comparison is its key.)
  const leadOf = (g: LeadGate, which: 'seed' | 'other'): string =>
    texts === undefined || !knobs.leadContext.includes(g)
      ? ''
      : ((which === 'seed' ? texts.seedLead : texts.otherLead) ?? leadContext(which === 'seed' ? headline : otherHeadline, texts[which]));
  // (A series' rate — a survey's, an index's — is no incident: the places its sentence names
  // beside it, with no place of its own, are no second event's.)
  if (knobs.places && !unplacedRate(seed, other)) {
    const byText = knobs.placeContext === 'text' && texts !== undefined;
    if (differentPlaces(seed, other, byText ? texts.seed : headline, byText ? texts.other : otherHeadline, leadOf('places', 'seed'), leadOf('places', 'other'))) return 'places';
  }
  if (knobs.countries !== 'off') {
    const byText = knobs.countryContext === 'text' && texts !== undefined;
    if (differentCountries(seed, other, headline, otherHeadline, knobs.countries, byText ? texts.seed : '', byText ? texts.other : '')) return 'countries';
    if (anotherCountrysFigure(seed, other, headline, otherHeadline)) return 'countries';
  }
  // (Quotes of a market price: one figure only on one stated day, quote-day.ts.)
  if (knobs.days && isQuote(seed) && !sameQuoteDay(seed, dates.seed, other, dates.other)) return 'days';
  if (knobs.days && differentDays(datedOrLead(seed, dates.seed, leadOf('days', 'seed')), dates.seed, datedOrLead(other, dates.other, leadOf('days', 'other')), dates.other)) return 'days';
  if (knobs.days && dailyCountsOfTwoDays(seed, dates.seed, other, dates.other)) return 'days';
  // (An incident recalled by its calendar date, a week or more from the other's: recalled-date.ts.)
  if (knobs.days && recalledApart(seed, dates.seed, other, dates.other)) return 'days';
  if (knobs.tallies && tallyAgainstIncident(seed, other)) return 'tallies';
  if (knobs.means && differentMeans(seed, other, leadOf('means', 'seed'), leadOf('means', 'other'))) return 'means';
  if (knobs.clocks && differentClocks(seed, other)) return 'clocks';
  // What one party gives and what it gets in an exchange (exchange-side.ts).
  if (oppositeSides(seed, other)) return 'sides';
  if (twoDistancesOrAreas(seed, other)) return 'anchor';
  return knobs.minAnchor <= 0 || sentenceAnchor(seed, other) >= knobs.minAnchor ? null : 'anchor';
}

/** True when `other` may join the card of `seed` (sameEventGate finds nothing against it). */
export function sameEvent(seed: Claim, other: Claim, headline: string, otherHeadline = headline, dates: ReadDates = { seed: null, other: null }, texts?: ReadTexts): boolean {
  return sameEventGate(seed, other, headline, otherHeadline, dates, texts) === null;
}

const scopeOf = (c: Claim): string => JSON.stringify([c.owners ?? [], c.places ?? [], !!c.adminPlace]);

/**
 * A figure its sentence places in another time frame than the news («قُتل آنذاك خمسة», «منذ
 * اندلاع المواجهات», «قبل ثلاثة أيام»): background, not a second incident of the news — it is
 * not counted toward a round-up, and stays out of cards itself when its topic has another figure.
 */
const otherTime = (c: Claim): boolean => isOtherTimeMention(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart) || yearOfToll(c);

// «وكان إعصار ضرب الساحل في مايو 2009 قد خلّف 95 قتيلا»: a toll whose own clause names a year is
// another event's, recalled — a news toll is of its own days. (Tolls only: a monthly release's
// figure is dated by its year.)
const YEAR = /(?<![0-9\u0660-\u0669])(?:19|20|\u0661\u0669|\u0662\u0660)[0-9\u0660-\u0669]{2}(?![0-9\u0660-\u0669])/;
// («أودت حوادث الطرق بحياة 1432 شخصا خلال عام 2025», «سجلت أكثر من 1400 وفاة العام الماضي»: or the
// year its clause gives right after it.)
// («في العام الهجري 1446»: a year of another calendar, after its year's word and calendar.)
const YEAR_AFTER = new RegExp(
  `^[^،,.؛;:]{0,40}?(?:(?:^|\\s)(?:(?:خلال|في|طوال)\\s+(?:عام\\s+|العام\\s+)?|عام\\s+)${YEAR.source}|(?:^|\\s)(?:خلال|في|طوال)\\s+(?:ال)?(?:عام|سنه)\\s+ال\\S+\\s+[0-9\u0660-\u0669]{4}(?![0-9\u0660-\u0669])|(?:^|\\s)(?:العام|السنه) (?:الماضي|الماضيه|المنصرم|المنصرمه)(?=$|\\s|[،,.]))`,
);
// («زلزال X في مارس 2019، الذي أودى بحياة 61 شخصا», «…، الذي بلغت سرعة رياحه 260 كيلومترا،
// وأودى بحياة 37»: a relative clause, and the clauses «و» joins to it, are dated by the words it
// describes, the clause before it.)
const RELATIVE_OPENING = /^\s*(?:الذي|التي|والذي|والتي)\s/;
const JOINED_OPENING = /^\s*و\S/;
const DESCRIBING_CLAUSES = 3;
const yearOfToll = (c: Claim): boolean => {
  if (!isEventConcept(c.concept)) return false;
  const at = c.start - c.sentenceStart;
  const { own } = clauseBefore(c.sentence, at);
  if (YEAR.test(own) || YEAR_AFTER.test(normalizeArabic(c.sentence.slice(c.end - c.sentenceStart, c.end - c.sentenceStart + 80)))) return true;
  // (Most tolls' own clause is no relative one nor joined by «و»: nothing more to read.)
  if (!RELATIVE_OPENING.test(own) && !JOINED_OPENING.test(own)) return false;
  const clauses = c.sentence.slice(0, at).split(CLAUSE_END).map(normalizeArabic);
  for (let k = clauses.length - 1; k > 0 && k >= clauses.length - DESCRIBING_CLAUSES; k--) {
    if (RELATIVE_OPENING.test(clauses[k])) return YEAR.test(clauses[k - 1]);
    if (!JOINED_OPENING.test(clauses[k])) return false;
  }
  return false;
};

// «في البلاد», «في أنحاء البلاد»: a figure said of the whole country (claims/scope.ts TOTAL).
const wholeCountry = (c: Claim): boolean => (c.owners ?? []).length === 0 && (c.places ?? []).length === 1 && c.places![0] === TOTAL;

/**
 * Claims of one read that belong to a round-up (see MAX_INCIDENTS): grouped by `topicOf` and
 * scope, a group whose values take more than MAX_INCIDENTS figures that cannot be one. A figure
 * the read presents as an earlier one (`isEarlier`: "وكان … قد أعلن") is its timeline, not
 * another incident, and is not counted; nor is one of another time frame (otherTime). With
 * ROUND_UP_LEAD, the figure the read's `headline` (or first sentence) leads with is given back
 * (leadFigures). With BREAKDOWNS, a total's parts (breakdown.ts) are no incidents but stay out
 * themselves; `totals`, when given, receives each total with its parts; `published`, the read's
 * publication date, dates what its clauses date by the calendar (recalled-date.ts).
 */
export function roundUpClaims(
  claims: readonly Claim[],
  topicOf: (c: Claim) => string,
  isEarlier: (c: Claim) => boolean = () => false,
  headline = '',
  totals?: Map<Claim, Claim[]>,
  published: string | null = null,
): Set<Claim> {
  const out = new Set<Claim>();
  if (!Number.isFinite(knobs.maxIncidents)) return out;
  // (An incident its clause dates a week or more before the read's publication is recalled: recalled-date.ts.)
  const ofOtherTime = (c: Claim): boolean => otherTime(c) || recalledByDate(c, published);
  // Background of another time, or a toll of another incident than the headline's (means.ts).
  const otherIncident = (c: Claim): boolean => ofOtherTime(c) || otherMeansThan(c, headline);
  // A total's breakdown is no second incident; its parts stay out of cards themselves (breakdown.ts).
  const found = knobs.breakdowns ? breakdowns(claims, topicOf, (c) => isEarlier(c) || ofOtherTime(c) || ADDITIVE.test(c.sentence)) : new Map<Claim, Claim[]>();
  const parts = new Set([...found.values()].flat());
  for (const c of parts) out.add(c);
  for (const [total, list] of found) if (!parts.has(total)) totals?.set(total, list);
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (parts.has(c)) continue;
    const key = `${topicOf(c)}|${scopeOf(c)}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const distinctOf = new Map<Claim[], Claim[]>();
  for (const g of groups.values()) {
    const distinct: Claim[] = [];
    // Stops at the first figure too many: linear in a long article's claims.
    for (const c of g) {
      // (A count another source gives beside one already counted is that incident's too.)
      // (A headline's figure cut from the body's is that figure: headline-cut.ts.)
      const sameIncident = (x: Claim): boolean => distinct.some((d) => !twoFigures(d, x) || headlineCut(d, x));
      if (isEarlier(c) || otherIncident(c) || sameIncident(c) || g.some((o) => o !== c && sourcedAlternatives(o, c) && sameIncident(o))) continue;
      distinct.push(c);
      if (distinct.length > knobs.maxIncidents) break;
    }
    distinctOf.set(g, distinct);
    if (distinct.length > knobs.maxIncidents) for (const c of g) out.add(c);
  }
  if (knobs.roundUpScopes !== 'same' && knobs.maxIncidents < 2) {
    // An unscoped group against every other group of its topic whose scope it may be.
    const list = [...groups.values()];
    // (The figures said of the whole country, by topic: wholes whose places' parts are told too.)
    const countryWide = new Map<string, Claim[]>();
    for (const c of claims) if (wholeCountry(c)) countryWide.set(topicOf(c), [...(countryWide.get(topicOf(c)) ?? []), c]);
    for (const g of list) {
      if (!unscoped(g[0])) continue;
      const topic = topicOf(g[0]);
      for (const h of list) {
        if (h === g || topicOf(h[0]) !== topic || scopeScore(g[0], h[0]) === null) continue;
        const dg = distinctOf.get(g) ?? [];
        const dh = distinctOf.get(h) ?? [];
        if (knobs.roundUpScopes === 'unscoped-parts' && isLocal(h[0]) && dh.every((b) => dg.every((a) => b.value < a.value))) {
          // (Another read's figure equal to one of those places' is that place's, not a rival of the
          // whole, unscoped or said of the whole country: breakdown.ts.)
          for (const a of [...g, ...(countryWide.get(topic) ?? [])]) totals?.set(a, [...(totals.get(a) ?? []), ...h]);
          continue;
        }
        // «توفي أكثر من 700 حاج» beside «أكثر من 300 حاج تشادي»: one nationality's people, fewer
        // than the whole count, are among them — a part, not another incident.
        if (h.every(tollNationals) && dh.every((b) => dg.every((a) => b.value < a.value))) continue;
        if (dg.some((a) => dh.some((b) => twoFigures(a, b)))) for (const c of [...g, ...h]) out.add(c);
      }
    }
  }
  // A figure of another time frame or incident stays out of cards beside any other figure of its topic: it is
  // never the news's own («ما لا يقل عن 25» today, «وفي مطلع الشهر الحالي، قتل 33»), even where
  // the two values could be one.
  for (const g of groups.values())
    for (const c of g) {
      if (out.has(c) || !otherIncident(c)) continue;
      const topic = topicOf(c);
      if ([...distinctOf].some(([h, d]) => topicOf(h[0]) === topic && d.some((x) => x.value !== c.value || twoFigures(x, c)))) out.add(c);
    }
  if (knobs.roundUpLead !== 'none' && out.size > 0) for (const c of leadFigures(claims, out, topicOf, headline)) out.delete(c);
  return out;
}

// A sentence that counts some more of the thing ("وقتل خمسة آخرون", "في هجوم آخر", "إضافة إلى
// الجثث السبع", "فضلا عن"): its figure adds to the others, so the largest covers nothing. ("في آخر
// حصيلة", the latest toll, is not one.)
const ADDITIVE = /(?<!\p{L})(?<!(?:^|\s)(?:في|وفي|حسب|بحسب)\s)[وف]?(?:[آا]خر(?:ون|ين|ان)?|[أا]خرى|[أا]خريات|[إا]ضافة|بال[إا]ضافة|فضلا)(?!\p{L})/u;

/**
 * The figures of a round-up a read still gives (ROUND_UP_LEAD): per topic, the largest value of
 * the kept-out figures when the read leads with it (its headline states it, or — when the
 * headline states none of them — it stands in the read's first sentence with a figure) and the
 * figures' sentences name no two different towns or regions and none counts some more (ADDITIVE).
 */
function leadFigures(claims: readonly Claim[], out: Set<Claim>, topicOf: (c: Claim) => string, headline: string): Claim[] {
  const inHeadline = new Set(extractQuantities(headline).map((q) => q.value));
  const body = claims.filter((c) => !c.inTitle);
  const firstSentence = body.length > 0 ? Math.min(...body.map((c) => c.sentenceStart)) : -1;
  const clusters = new Map<string, Claim[]>();
  for (const c of out) {
    const k = topicOf(c);
    const list = clusters.get(k);
    if (list) list.push(c);
    else clusters.set(k, [c]);
  }
  const kept: Claim[] = [];
  for (const cluster of clusters.values()) {
    const top = Math.max(...cluster.map((c) => c.value));
    const largest = cluster.filter((c) => c.value === top);
    const headlined = (c: Claim): boolean => !!c.inTitle || inHeadline.has(c.value);
    const led = cluster.some(headlined)
      ? knobs.roundUpLead !== 'first' && largest.every(headlined)
      : knobs.roundUpLead !== 'headline' && largest.every((c) => c.sentenceStart === firstSentence);
    if (!led) continue;
    if (cluster.some((a) => cluster.some((b) => a !== b && differentPlaces(a, b)))) continue;
    if (cluster.some((c) => ADDITIVE.test(c.sentence))) continue;
    kept.push(...largest);
  }
  return kept;
}
