// Whom or where a figure is about, read from the words around it in its clause:
//  - owner: whose people or things are counted ("جندي كندي", "جنود من القوات النرويجية",
//    "35.7% لسميث", or the subject before the verb: "كندا نشرت 10 آلاف جندي");
//  - place: where ("في كندا", "بإقليم أونتاريو", "أما في النرويج، فقد قتل …").

import type { Token } from '../text/tokens';
import { keywordStem, RELATIVE_PRONOUN } from '../text/normalize';
import { backgroundFrequency } from '../story/specificity';
import { isClauseBreak, isComma, isHighlightQuote } from '../text/tokens';
import { entityType, patternPlaceKey, type EntityHit } from '../text/entities';
import { isEventNounWord } from '../text/events';
import { isNameWord, PARTY } from '../text/people';
import { conceptOfWord, isGenericUnit, populationOfUnit } from './concepts';
import type { Role } from './roles';
import { recordPhraseAt } from './record-holder';
import { ALONE, ASIDE, DIRECTION, FELL, OF_THEM, PLACE_FILLERS, RECORDED_IN, beside, outrun, spokeAt, cliticsOf, describesOnePerson, fiBefore, isFi, isOpenBracket, locatesPrevious, sidesWith, startsWithBa, startsWithLam, startsWithWa } from './scope-words';

export interface Scope {
  owners: string[];
  places: string[];
  /** Displayed words naming the owner and place, for topic labels. */
  ownerText: string | null;
  placeText: string | null;
  /** True where a place was named with an administrative unit word (a per-province figure). */
  admin: boolean;
  /** True where the owner is only a country named earlier in the sentence (a weak guess). */
  guessed?: boolean;
}

/**
 * A nationality said of people right before it («طفلان [نسبة]», «مخيمات اللاجئين [نسبة]»): whose
 * people they are, not where a count of things (tents, houses) lies — refugees live abroad.
 */
const nationalityOfPeople = (tokens: Token[], h: EntityHit): boolean =>
  entityType(h.key) === 'country' && h.to - h.from === 1 && tokens[h.from - 1]?.type === 'word' && populationOfUnit(tokens[h.from - 1].raw) !== null;
// «الوطني»: the whole nation's, said of a rate or a count right before its figure.
const NATIONAL = /^(ال)?(وطني|وطنيه)$/;
const NATIONAL_REACH = 3;
// «لحاملي الجنسية X»: the nationality those counted hold.
const NATIONALITY_NOUN = /^(ال)?جنسيه$/;
// "جراء/بسبب/إثر سيول اجتاحت ولاية X": the cause of a toll and, a few words on, where it struck.
const CAUSE_WORD = /^(و)?(جراء|جرا|بسبب|اثر|نتيجه|بفعل)$/;
const CAUSE_PLACE_REACH = 5;
const STRUCK = /^(ضربت|ضرب|اجتاحت|اجتاح|هزت|هز)$/;
const PLACE_PREPS = new Set(['في', 'ب', 'داخل', 'بمدينه', 'بمنطقه']);
const OWNER_PREPS = new Set(['من']);
const AFTER_WINDOW = 8;
// A fronted word found in fewer background articles than this is a name (towns the gazetteer
// lacks are rarer; «المقابل», «تطور», «سياق» are in hundreds).
const RARE_PLACE_DF = 20;
const WHERE = /^(و)?حيث$/;
// «البالغ 63 عاما», «البالغة من العمر 71 عاما»: the age of the person just named.
const AGED = /^(البالغ|البالغه|العمر|عمره|عمرها)$/;
// How many words may stand between an earlier figure and the place that is its own (development
// part: 2 showed 1,019 of 1,491 invented-tune differences, 3 and 4 showed 1,020, no mixed card more).
const PREVIOUS_PLACE_REACH = 3;
// How far before a «حيث» clause its place may be named (an aside about the place between).
const WHERE_REACH = 10;
// («لقو»: the plural's final alif is often left out.)
const MET_DEATH = /^(لقي|لقيت|لقيا|لقوا|لقو|لقين)$/;
const DEATH_NOUN = /^(حتفه|حتفها|حتفهما|حتفهم|حتفهن|مصرعه|مصرعها|مصرعهما|مصرعهم|مصرعهن)$/;
const BEFORE_WINDOW = 12;
// «على مستوى X»: the level (a country, a province) a figure is told at.
const LEVEL = /^مستوي$/;
const LEVEL_REACH = 4;
// "للمرشح", "لصالح المرشحة": the votes' candidate named after the figure.
const FOR_CANDIDATE = /^(لل|ل)(مرشح|مرشحه)$/;

/** Pseudo-place of a total over several countries or regions. */
export const TOTAL = 'total';
const TOTAL_WORDS = /^(و|ب|ل|في)?(ال)?(اجمالي|اجماليه|البلدين|بلدين|مجموع|الاجمالي|الاجماليه)$/;
const COUNTRIES_WORD = /^(و|ب|ل)?دول$/;
const ALL_OF = /^(و|ب|ل|في)?(مجمل|جميع|كل|عموم|سائر)$/;
/** «لم يتجاوز التضخم في مجمل دول الاتحاد 1.9%»: the figure is over a bloc's countries together (a total of any kind). */
export function overCountries(tokens: Token[], qFrom: number): boolean {
  const near = tokens.slice(Math.max(0, qFrom - 8), qFrom);
  return near.some((t, k) => COUNTRIES_WORD.test(t.norm) && /^ال/.test(near[k + 1]?.norm ?? '') && ALL_OF.test(near[k - 1]?.norm ?? ''));
}
const isEventNoun = (t: Token | undefined): boolean => !!t && t.type === 'word' && isEventNounWord(t.norm);
// Events of one epicentre or site: a quake, an explosion, a fire (not floods or storms, which
// sweep several provinces and are counted province by province).
const ONE_CENTRE_EVENT = /^(و|ب|ل)?(ال)?(زلزال|هزه|انفجار|حريق)$/;
// Events of one site, whose toll no province shares: a blast, a fire, a collision, a crash, a collapse
// (not a quake: «حصيلة قتلى الزلزال في إقليم X» is one province's share of its toll).
const SITE_EVENT = /^(و|ب|ل)?(ال)?(انفجار|حريق|تصادم|اصطدام|تحطم|انهيار)$/;
const isOneCentreEvent = (t: Token | undefined): boolean => !!t && t.type === 'word' && ONE_CENTRE_EVENT.test(t.norm);
/**
 * «الزلزال (القوي) الذي هز إقليم X»: the province a quake, blast or fire struck is where the
 * event was — its toll is the event's, not a part of a larger one.
 */
const struckByEvent = (tokens: Token[], h: EntityHit): boolean =>
  STRUCK.test(tokens[h.from - 1]?.norm ?? '') && RELATIVE_PRONOUN.test(tokens[h.from - 2]?.norm ?? '') && (isOneCentreEvent(tokens[h.from - 3]) || isOneCentreEvent(tokens[h.from - 4]));
// How far before «في <province>» the event may be named: its noun phrase («تصادم قطار الركاب السريع
// بقطار الشحن قرب محطة …»).
const SITE_REACH = 12;
/**
 * «حصيلة ضحايا تصادم القطارين قرب محطة X في ولاية Y إلى 53»: a blast, fire, collision, crash or
 * collapse named in the words leading to «في <province>» (no figure or comma between) took place
 * there — its toll is the event's, not a part of a larger one.
 */
function siteOfEvent(tokens: Token[], h: EntityHit): boolean {
  if (!isFi(tokens[h.from - 1])) return false;
  for (let i = h.from - 2; i >= Math.max(0, h.from - 1 - SITE_REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (SITE_EVENT.test(t.norm)) return true;
  }
  return false;
}
/** A province named as such where the figure is counted: a breakdown's part. */
const breakdownProvince = (tokens: Token[], h: EntityHit): boolean => !!h.admin && !struckByEvent(tokens, h) && !siteOfEvent(tokens, h);
const entityTypeOf = (h: EntityHit): string => h.type;

// «منهم 13 ألفا في مراكز الإيواء», «بينهم 40 في المستشفيات»: where a part of them stays, no place's name.
const STAYING_IN = /^(ال)?(مراكز|مركز|مخيمات|مخيم|مستشفيات|مستشفي|مدارس|مدرسه|ملاجي|ماوي|خيام)$/;

const COUNT_OF = /^(?:و|ب|ل)?(?:ال)?عدد$/;
// How far before the figure «عدد» may open its subject: a relative clause may describe the noun.
const COUNT_OF_REACH = 16;

/**
 * The nationality right after «عدد» and its noun (one or two words: «عدد العاملات المنزليات
 * الفنلنديات»), the subject of the figure's clause, with no figure between it and the figure.
 */
function countedNationality(tokens: Token[], hits: EntityHit[], cs: number, qFrom: number, stops: Uint8Array): EntityHit | undefined {
  for (let k = qFrom - 1; k >= Math.max(cs, qFrom - COUNT_OF_REACH); k--) {
    if (stops[k]) return undefined;
    if (!COUNT_OF.test(tokens[k].norm)) continue;
    const h = hits.find((x) => x.type === 'country' && x.from >= k + 2 && x.from <= k + 3 && x.to < qFrom);
    const between = h ? tokens.slice(k + 1, h.from) : [];
    return h && between.every((t) => t.type === 'word' && !isFi(t) && !startsWithBa(t) && !startsWithLam(t)) ? h : undefined;
  }
  return undefined;
}

/** Index range [from, to) of the clause around token i: up to a comma, colon or bracket. */
export function clauseAround(tokens: Token[], from: number, to: number): [number, number] {
  const inClause = (k: number): boolean => !isClauseBreak(tokens[k]) || isHighlightQuote(tokens, k) || isQuotedPartyName(tokens, k);
  let s = from;
  while (s > 0 && inClause(s - 1)) s--;
  let e = to;
  while (e < tokens.length && inClause(e)) e++;
  return [s, e];
}

// How many words a quoted name may take.
const QUOTED_NAME_WORDS = 5;

/** The quotation («…») a quotation mark at `i` opens or closes, words only between: [open, close], or null. */
export function quotationAt(tokens: readonly Token[], i: number): [number, number] | null {
  let open = i;
  let close = i;
  if (tokens[i]?.raw === '«') {
    while (close < i + QUOTED_NAME_WORDS && tokens[close + 1]?.type === 'word') close++;
    close++;
  } else if (tokens[i]?.raw === '»') {
    while (open > i - QUOTED_NAME_WORDS && tokens[open - 1]?.type === 'word') open--;
    open--;
  } else return null;
  return close - open > 1 && tokens[open]?.raw === '«' && tokens[close]?.raw === '»' ? [open, close] : null;
}

/** «حصة» (a share) before the name of whose share it is: «ارتفعت حصة «X Y» إلى 6.3%». */
export const SHARE_NOUN = /^(و|ب)?حصه$/;

// A party's name in quotation marks: after its party noun («حزب «X Y»»), an item of a list of
// parties («، و«X Y»») or its share («حصة «X Y»») — a name, no clause of its own.
function isQuotedPartyName(tokens: readonly Token[], i: number): boolean {
  const quote = quotationAt(tokens, i);
  const before = quote ? tokens[quote[0] - 1] : undefined;
  return !!quote && !!before && before.type === 'word' && (PARTY.test(before.norm) || SHARE_NOUN.test(before.norm) || (before.norm === 'و' && /^[،,]$/.test(tokens[quote[0] - 2]?.raw ?? '')));
}

export function textOf(tokens: Token[], sentence: string, base: number, from: number, to: number): string {
  return sentence.slice(tokens[from].start - base, tokens[to - 1].end - base);
}

// A dateline: a place's name of a few words, the source in brackets, then a dash.
const DATELINE_NAME = 4;
const DATELINE_SOURCE = 6;
/** Where a sentence's opening dateline («X (وكالة Y) -») ends (the token after the dash), or 0. */
function datelineEnd(tokens: Token[]): number {
  let i = 0;
  while (i < DATELINE_NAME && tokens[i]?.type === 'word') i++;
  if (i === 0 || tokens[i]?.raw !== '(') return 0;
  const close = tokens.slice(i + 1, i + 2 + DATELINE_SOURCE).findIndex((t) => t.raw === ')');
  if (close < 0) return 0;
  const dash = i + 2 + close;
  return /^[-–—]$/.test(tokens[dash]?.raw ?? '') ? dash + 1 : 0;
}

/**
 * Scope of the figure whose tokens are [qFrom, qTo) and whose counted noun ends at unitEnd.
 * `stops` marks tokens of other countable figures, which end the search on either side.
 * `eventCount`: the figure counts an event's people (a toll), which news breaks down by place.
 */
export function scopeOf(
  tokens: Token[],
  allHits: EntityHit[],
  qFrom: number,
  unitEnd: number,
  stops: Uint8Array,
  sentence: string,
  base: number,
  personOwns = false,
  eventCount = false,
  roles: ReadonlyMap<EntityHit, Role> = new Map(),
): Scope {
  // «بورت أو برنس (وكالة X للأنباء) - لقي 17 شخصا …»: the dateline says where the report was
  // filed, not where its figures are.
  const filed = datelineEnd(tokens);
  const hits = filed > 0 ? allHits.filter((h) => h.from >= filed) : allHits;
  // Names that gave a figure or struck (roles.ts) are never whose figure it is.
  const notOwner = roles;
  // «قال مسؤولون محليون في منطقة X إن 31 شخصا قتلوا»: a place inside the attribution phrase says
  // where the speakers are, not where the figure is (they may speak of a wider or other area).
  const speakerPlace = (h: EntityHit): boolean => roles.get(h) === 'speaker' || spokeAt(tokens, h.from);
  const [cs, ce] = clauseAround(tokens, qFrom, unitEnd);
  const owners: string[] = [];
  const places: string[] = [];
  let ownerText: string | null = null;
  let placeText: string | null = null;
  let admin = false;
  let guessed = false;

  // The counted noun may itself say whose people they are ("6 آلاف كندي"): that nationality.
  // So may the counted noun named before it as «عدد» + noun + nationality («بلغ عدد العمال
  // الفنلنديين الواصلين 300»): those people, whatever the clause says of them before the figure.
  const own = hits.find((h) => h.from >= qFrom && h.to <= unitEnd && h.type === 'country') ?? countedNationality(tokens, hits, cs, qFrom, stops);
  if (own) {
    owners.push(own.key);
    ownerText = textOf(tokens, sentence, base, own.from, own.to);
  }

  // After the counted noun.
  let limit = Math.min(ce, unitEnd + AFTER_WINDOW);
  for (let i = unitEnd; i < limit; i++) if (stops[i]) limit = i;
  // "سجلت 21 وفاة وفي إقليم X 3 وفيات": a place opening a new item ("وفي", "وب") before the next
  // figure is that figure's.
  const nextFigureAt = stops[limit] === 1 ? limit : -1;
  // Each place or owner must follow the noun or the previous one closely, so that
  // "جندي كوري للقتال في أوكرانيا" is not a count of soldiers in Ukraine.
  let anchor = unitEnd;
  // "3000 آخرون في كندا", "12 شخصا في حلب": a generic noun after the figure is part of it.
  // "17 حالة وفاة بعمالة أونتاريو": the counted noun after a generic one is part of it too.
  while (anchor < limit && (isGenericUnit(tokens[anchor]) || (conceptOfWord(tokens[anchor]) && isGenericUnit(tokens[anchor - 1])))) anchor++;
  // "20 شخصا لقوا حتفهم شمال X": the idiom of dying between the figure and its place.
  if (MET_DEATH.test(tokens[anchor]?.norm ?? '') && DEATH_NOUN.test(tokens[anchor + 1]?.norm ?? '')) anchor = Math.min(limit, anchor + 2);
  // («إن قتيلين سقطا في X»: or the verb of their falling.)
  else if (eventCount && FELL.test(tokens[anchor]?.norm ?? '') && isFi(tokens[anchor + 1])) anchor++;
  // "وسجلت 1293 حالة وفاة منها في إقليم X": "of them" between the figure and its place.
  if (OF_THEM.test(tokens[anchor]?.norm ?? '') && (isFi(tokens[anchor + 1]) || startsWithBa(tokens[anchor + 1] ?? tokens[anchor]))) anchor++;
  // («15 منها سُجلت في X»: or «of them» and the verb of their recording.)
  else if (OF_THEM.test(tokens[anchor]?.norm ?? '') && RECORDED_IN.test(tokens[anchor + 1]?.norm ?? '') && isFi(tokens[anchor + 2])) anchor += 2;
  // "12 ألف هكتار من مساحة الغابات في النخيل": a من phrase saying what is counted stands between
  // the noun and its place.
  if (tokens[anchor]?.norm === 'من' && tokens[anchor + 1]?.type === 'word') {
    let k = anchor + 1;
    while (k < limit && k <= anchor + 3 && tokens[k].type === 'word' && !isFi(tokens[k]) && !hits.some((h) => h.from === k)) k++;
    if (isFi(tokens[k]) || startsWithBa(tokens[k] ?? tokens[anchor])) anchor = k;
  }
  for (const h of hits) {
    if (h.from < unitEnd || h.to > limit) continue;
    const first = tokens[h.from];
    const gap = h.from - anchor;
    const prev = tokens[h.from - 1];
    let intro = h.from;
    while (intro > anchor && !isFi(tokens[intro]) && PLACE_FILLERS.has(tokens[intro - 1]?.bare ?? '')) intro--;
    if (intro > anchor && isFi(tokens[intro - 1])) intro--;
    // "في كندا والنرويج": a place coordinated to the previous place is a place too.
    const coordinated = /^و/.test(first.norm) && first.bare !== first.norm && gap === 0;
    // ("لقوا حتفهم شمال X": a direction word right after a toll's words, without في, says where
    // it happened; after a distance, «88 كيلومترا شرق X», X is only what it is measured from.)
    const directed = eventCount && intro === anchor && intro < h.from && DIRECTION.test(tokens[intro].norm);
    const placeLike =
      fiBefore(tokens, h.from, anchor) || startsWithBa(first) || PLACE_PREPS.has(prev?.norm ?? '') || (coordinated && places.length > 0) || directed;
    if (nextFigureAt >= 0 && startsWithWa(tokens[intro])) break;
    // («في بلدة X بمنطقة Y»: the area that holds the place just named locates it; no second place of a sum.)
    const locator = places.length > 0 && gap === 0 && startsWithBa(first) && !coordinated && h.admin;
    if (placeLike && intro - anchor <= 0 && locator) {
      anchor = h.to;
    } else if (placeLike && intro - anchor <= 0) {
      places.push(h.key);
      if (h.admin) admin = true;
      placeText ??= textOf(tokens, sentence, base, h.from, h.to);
      anchor = h.to;
    } else if (h.type === 'org' || notOwner.has(h)) {
      // (An outlet, a speaker or the side that struck: roles.ts.)
      continue;
    } else if (coordinated) {
      // "55.80 في المئة وسميث على 44.20": the next item of a list, not the owner.
      break;
    } else if (!placeLike && (gap === 0 || (gap <= 4 && tokens.slice(anchor, h.from).some((t) => OWNER_PREPS.has(t.norm))))) {
      owners.push(h.key);
      ownerText ??= textOf(tokens, sentence, base, h.from, h.to);
      anchor = h.to;
    } else if ((gap <= 2 && (startsWithLam(first) || /^و?لصالح$/.test(prev?.norm ?? ''))) || (personOwns && h.type === 'person' && gap <= 3 && tokens.slice(anchor, h.from).some((t) => FOR_CANDIDATE.test(t.norm)))) {
      // "35.7% لسميث", "47.5% لصالح سميث", "صوّت 5.3 مليون للمرشح المستقل سميث": whose share.
      owners.push(h.key);
      ownerText ??= textOf(tokens, sentence, base, h.from, h.to);
      anchor = h.to;
    }
  }
  // "مقابل 35.7% منافسه … سميث": after مقابل the owner is named after the figure.
  const afterMuqabil = tokens[qFrom - 1]?.bare === 'مقابل';
  if (afterMuqabil && owners.length === 0) {
    const h = hits.find((x) => x.from >= unitEnd && x.from < limit && x.type === 'person');
    if (h) {
      owners.push(h.key);
      ownerText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }

  // «12 قتيلا و30 جريحا في X», «312 حالة و7 وفيات في X»: the place after a pair of tolls
  // joined by «و» is where both were counted.
  if (eventCount && places.length === 0 && owners.length === 0) {
    const h = pairPlace(tokens, hits, unitEnd, ce);
    if (h) {
      places.push(h.key);
      if (h.admin) admin = true;
      placeText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }

  // («نحو 9 آلاف مبنى مهدد على مستوى البلاد/X»: the level a count is told at, a word or two past its noun.)
  if (places.length === 0 && owners.length === 0) {
    const h = hits.find((x) => x.from >= unitEnd && x.from <= unitEnd + LEVEL_REACH && x.to <= limit && LEVEL.test(tokens[x.from - 1]?.norm ?? '') && /^(علي|على)$/.test(tokens[x.from - 2]?.norm ?? ''));
    if (h && !tokens.slice(unitEnd, h.from).some((t) => t.type === 'num' || (t.type === 'punct' && !/^[،,]$/.test(t.raw)))) {
      places.push(h.key);
      if (h.admin) admin = true;
      placeText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }

  // «18 حالة وفاة لحاملي الجنسية الفنلندية», «من حملة الجنسية النرويجية»: the nationality those
  // counted hold.
  if (owners.length === 0) {
    const h = hits.find((x) => x.from >= unitEnd && x.to <= limit && entityTypeOf(x) === 'country' && NATIONALITY_NOUN.test(tokens[x.from - 1]?.norm ?? ''));
    if (h) {
      owners.push(h.key);
      ownerText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }

  // Before the figure, inside the clause.
  let bStart = Math.max(cs, qFrom - BEFORE_WINDOW);
  for (let i = qFrom - 1; i >= bStart; i--) if (stops[i]) bStart = i + 1;
  // "70 شخصا، معظمهم من كندا والنرويج، وتمكنت الفرق من إنقاذ 90": an aside names who the previous
  // figure's people were.
  for (let i = qFrom - 1; i >= bStart; i--) if (ASIDE.test(tokens[i].norm)) bStart = qFrom;
  // "21 قتيلا في إقليم X وثلاثة في Y": a place right after an earlier figure's noun is that
  // figure's, not this one's (a per-place list). («إن 31 من القتلى سقطوا في منطقة X و13 في Y»:
  // the noun and its verb between.)
  const cutByFigure = bStart > cs && stops[bStart - 1] === 1;
  const ownsPrevious = (h: EntityHit): boolean => {
    if (!cutByFigure) return false;
    let intro = h.from;
    while (intro > bStart && !isFi(tokens[intro]) && PLACE_FILLERS.has(tokens[intro - 1]?.bare ?? '')) intro--;
    // («19 من ولاية X و14 من Y»: or after «من», where its people come from.)
    const introduces = (t: Token | undefined): boolean => isFi(t) || t?.norm === 'من';
    if (intro > bStart && introduces(tokens[intro - 1])) intro--;
    if (!introduces(tokens[intro]) && !startsWithBa(tokens[h.from])) return false;
    const between = tokens.slice(bStart, intro + 1);
    return intro - bStart <= PREVIOUS_PLACE_REACH && between.every((t) => t.type === 'word' && !startsWithWa(t));
  };
  const before = hits.filter((h) => h.from >= bStart && h.to <= qFrom && !ownsPrevious(h) && !speakerPlace(h));
  // Where each name ends and starts (locatesPrevious, describesOnePerson).
  const ends = new Set(hits.map((h) => h.to));
  const starts = new Set(hits.map((h) => h.from));
  let lastPlace: EntityHit | null = null;
  for (const h of before) {
    // "في النرويج وكندا": a name coordinated right after a place is a place too.
    const coordinated = lastPlace !== null && h.from === lastPlace.to && /^و/.test(tokens[h.from].norm) && tokens[h.from].bare !== tokens[h.from].norm;
    // (A candidate is no place: "نال بدران 412 صوتا" begins with the name's own ب.)
    if (!(personOwns && h.type === 'person') && (fiBefore(tokens, h.from, bStart) || startsWithBa(tokens[h.from]) || coordinated)) {
      lastPlace = h;
      if (!places.includes(h.key)) places.push(h.key);
      if (breakdownProvince(tokens, h)) admin = true;
      placeText ??= textOf(tokens, sentence, base, h.from, h.to);
    }
  }
  // "أغلبهم في إقليم X (1293 وفاة)", "والواحة (452)": a figure in brackets right after a place
  // is that place's.
  if (places.length === 0 && isOpenBracket(tokens[qFrom - 1])) {
    const h = hits.find((x) => x.to === qFrom - 1 && x.type !== 'org' && x.type !== 'person');
    if (h) {
      places.push(h.key);
      if (h.admin) admin = true;
      placeText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }
  // "حصل جون سميث منافس الرئيس على 47.86": the subject right after حصل.
  // («أعلنت اللجنة فوز جون سميث بنسبة 53.9%»: or after the noun of winning, its winner.)
  if (owners.length === 0 && !afterMuqabil) {
    const verb = tokens.slice(bStart, qFrom).findIndex((t) => /^(و|ف)?(حصل|يحصل|تحصل|حصلت|فاز|يفوز|فوز|بفوز)$/.test(t.norm));
    if (verb >= 0) {
      const h = before.find((x) => x.from > bStart + verb && x.type === 'person');
      if (h) {
        owners.push(h.key);
        ownerText = textOf(tokens, sentence, base, h.from, h.to);
      }
    }
  }
  if (owners.length === 0 && !afterMuqabil) {
    // Nearest named subject before the figure, with what is coordinated to it ("كندا والنرويج").
    // "زلزال أونتاريو" names the earthquake, not whose dead are counted.
    // Organisations give figures; they are sources, not whose figure it is.
    // Sources and actors (roles.ts: «أعلن خفر السواحل X», «غارة X») are never whose figure it is.
    // ("محافظة X جنوب شرقي Y": Y says where X lies, scope-words.ts locatesPrevious.)
    const subj = before.filter(
      (h) =>
        h.type !== 'org' &&
        !notOwner.has(h) &&
        !places.includes(h.key) &&
        !(h.type !== 'country' && isEventNoun(tokens[h.from - 1])) &&
        !beside(tokens, h.from) &&
        !sidesWith(tokens, h.from) &&
        !outrun(tokens, h.from) &&
        !locatesPrevious(tokens, h.from, ends) &&
        !(h.type === 'country' && describesOnePerson(tokens, h.from, starts)) &&
        !(!eventCount && nationalityOfPeople(tokens, h)),
    );
    const last = subj[subj.length - 1];
    // («إن مدينة X سجلت العدد الأكبر من القتلى بـ9»: a town holding a ranking's record is where
    // the figure is, as a province is.)
    const townRecorded = !!last && last.key.startsWith('town:') && RECORDED_IN.test(tokens[last.to]?.norm.replace(/^(و|ف)/, '') ?? '') && recordPhraseAt(tokens, last.to + 1);
    // ("قرية تابعة لإقليم X": what a place belongs to, not the subject.)
    if ((last?.admin || townRecorded) && !/^(و|ف)?ل/.test(cliticsOf(tokens[last.from]))) {
      // "إن إقليم X سجل 1293 وفاة", "وتصدر إقليم X القائمة بـ…": a province as the subject is
      // where the figure is, never whose.
      places.push(last.key);
      admin = breakdownProvince(tokens, last);
      placeText = textOf(tokens, sentence, base, last.from, last.to);
    } else if (last) {
      owners.push(last.key);
      let from = last.from;
      for (let k = subj.length - 2; k >= 0; k--) {
        const h = subj[k];
        if (h.to === from && /^و/.test(tokens[from].norm)) {
          owners.unshift(h.key);
          from = h.from;
        } else break;
      }
      ownerText = textOf(tokens, sentence, base, from, last.to);
    }
  }

  // "خسائر القوات الكندية أكثر، وقد بلغت أكثر من 280 عسكريًا": the country named earlier
  // in the sentence, when the figure's own clause names nobody. Votes belong to a candidate:
  // "الرئيس الكندي … سميث، متقدم بـ 64.3%" is the candidate's share, not the country's.
  // («ليرتفع معدل البطالة الوطني إلى 10.7%»: a figure called the nation's right before it is no
  // region's the sentence named earlier.)
  const national = tokens.slice(Math.max(0, qFrom - NATIONAL_REACH), qFrom).some((t) => NATIONAL.test(t.norm));
  if (owners.length === 0 && places.length === 0 && !afterMuqabil && !national) {
    // A person named before another figure of the sentence is that figure's candidate ("حصل X
    // على 80%، وY على 4%": a Y no pattern finds leaves 4% nobody's, never X's).
    // («فوز X، البالغ 63 عاما، بنسبة 44%»: a person's age set off after the name is no other figure.)
    const figureBetween = (h: EntityHit): boolean => {
      for (let i = h.to; i < qFrom; i++) if (stops[i] && !(AGED.test(tokens[i - 1]?.norm ?? '') && stops[i - 1] === 0)) return true;
      return false;
    };
    // A country named before another figure of the sentence is that figure's («… في X، أسفر عن
    // بحياة 9، فيما قضى 20 في Y»): no guess for a later one.
    // (So is a province another figure follows right after its name: «وسجلت منطقة X 19 وفاة، … أن
    // 430 ألفا تضرروا» names no place for the later one; «ضرب محافظة X … إلى 52 قتيلا، … 600 جريح» does.)
    const owns = (h: EntityHit): boolean => (entityTypeOf(h) === 'country' && !figureBetween(h)) || (personOwns && entityTypeOf(h) === 'person' && !figureBetween(h)) || (!!h.admin && stops[h.to] !== 1);
    // «الناجون هم 22 كنديا و15 نرويجيا، مضيفا أن 28 ما زالوا مفقودين»: a nationality counted by
    // another figure («15 نرويجيا», «15 لاجئا نرويجيا») is that figure's people, no guess for a later one.
    const countedByFigure = (h: EntityHit): boolean => stops[h.from - 1] === 1 || (stops[h.from - 2] === 1 && tokens[h.from - 1]?.type === 'word');
    // (A candidate named at the head of a long clause, "X مرشح حزب Y احتل المركز الثاني بعدما
    // نال 215 ألف صوت", is out of the window before the figure, not out of the clause; so is a
    // province, «إن منطقة X لا تزال الأكثر تضررا بعد أن ارتفع عدد الوفيات فيها إلى 58».)
    const earlier = hits.filter(
      (h) =>
        (h.to <= cs || (personOwns && entityTypeOf(h) === 'person' && h.from < bStart) || (!!h.admin && h.from < bStart)) &&
        owns(h) &&
        !countedByFigure(h) &&
        !notOwner.has(h) &&
        !startsWithBa(tokens[h.from]) &&
        !fiBefore(tokens, h.from, 0) &&
        !beside(tokens, h.from) &&
        !sidesWith(tokens, h.from) &&
        !outrun(tokens, h.from) &&
        !locatesPrevious(tokens, h.from, ends) &&
        !(entityTypeOf(h) === 'country' && describesOnePerson(tokens, h.from, starts)) &&
        !(!eventCount && nationalityOfPeople(tokens, h)),
    );
    // («تصدر المرشح X سباق عمدة العاصمة الكندية، بحصوله على 44%»: votes are a person's before a country's.)
    const last = (personOwns ? earlier.filter((h) => entityTypeOf(h) === 'person').pop() : undefined) ?? earlier[earlier.length - 1];
    // "ولاية النخيل وحدها سجلت، …، 20 وفاة": a province as the subject is where the figure is.
    if (last?.admin) {
      places.push(last.key);
      admin = breakdownProvince(tokens, last);
      placeText = textOf(tokens, sentence, base, last.from, last.to);
    } else if (last) {
      owners.push(last.key);
      ownerText = textOf(tokens, sentence, base, last.from, last.to);
      guessed = true;
    }
  }

  // "يرتفع عدد القتلى الإجمالي في البلدين إلى 50132": a total over every place named.
  const near = tokens.slice(Math.max(0, qFrom - 8), qFrom);
  // "من إجمالي 6 ملايين ناخب", "من مجموع …": the whole a part is taken from, not a sum over places.
  // («من إجمالي قوة عمل تقدر بنحو 34 مليونا»: the whole's noun and its verb between.)
  const ofWhole = near.some((t, k) => TOTAL_WORDS.test(t.norm) && near[k - 1]?.norm === 'من');
  if (!ofWhole && (overCountries(tokens, qFrom) || near.some((t) => TOTAL_WORDS.test(t.norm)))) {
    return { owners: [], places: [TOTAL], ownerText: null, placeText: null, admin: false };
  }

  // "بينهم 20 في X", "منهم 400 بالوادي": a part of a toll given before is that part's place,
  // named by its bare word even where no unit word or gazetteer names it. (Only for a toll:
  // "بينهم 496 ألفا في مراتب …" of other counts names no place.)
  if (eventCount && places.length === 0 && OF_THEM.test(tokens[qFrom - 1]?.norm ?? '')) {
    let k = unitEnd;
    while (k < Math.min(limit, unitEnd + 3) && isGenericUnit(tokens[k])) k++;
    const name = isFi(tokens[k]) ? tokens[k + 1] : tokens[k] && startsWithBa(tokens[k]) ? tokens[k] : undefined;
    const nameAt = name ? tokens.indexOf(name) : -1;
    if (name && nameAt < limit && isNameWord(name, true) && !conceptOfWord(name) && !isGenericUnit(name) && !STAYING_IN.test(name.bare)) {
      places.push(patternPlaceKey([name], 'place:', name === tokens[k]));
      admin = true;
      placeText = textOf(tokens, sentence, base, k, nameAt + 1);
    }
  }
  // "لقي 22 شخصا حتفهم وأصيب 40 آخرون جراء سيول اجتاحت ولاية X": a toll's cause named later in
  // the clause, with the province it struck or «في/ب» a place, says where the toll is.
  if (eventCount && places.length === 0 && owners.length === 0) {
    const cause = tokens.slice(unitEnd, ce).findIndex((t) => CAUSE_WORD.test(t.norm));
    const at = cause < 0 ? -1 : unitEnd + cause;
    const h = at < 0 ? undefined : hits.find((x) => x.from > at && x.from <= at + CAUSE_PLACE_REACH && x.to <= ce && x.type !== 'org' && x.type !== 'person' && (x.admin || fiBefore(tokens, x.from, at) || startsWithBa(tokens[x.from])));
    // («جراء زلزال قوي ضرب ولاية X»: a quake, blast or fire struck where it was, felt wider — its whole
    // toll, no province's part of it.)
    if (h && !tokens.slice(at + 1, h.from).some(isOneCentreEvent)) {
      places.push(h.key);
      if (h.admin) admin = true;
      placeText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }
  // «لقوا حتفهم في السيول التي ضربت X»، «جراء الزلزال الذي ضرب X»: the event named after a toll,
  // then the place it struck, says where the toll is — over a country only guessed from the speaker.
  // (A bare name no gazetteer knows counts only without an article: «ضربت البلاد» names no place.)
  if (eventCount && places.length === 0 && (owners.length === 0 || guessed)) {
    for (let k = unitEnd; k + 3 < ce + 1 && k < unitEnd + AFTER_WINDOW; k++) {
      if (stops[k]) break;
      if (!isEventNoun(tokens[k]) || !RELATIVE_PRONOUN.test(tokens[k + 1]?.norm ?? '') || !STRUCK.test(tokens[k + 2]?.norm ?? '')) continue;
      const at = k + 3;
      const h = hits.find((x) => x.from === at && x.to <= ce && x.type !== 'org' && x.type !== 'person');
      const bare = tokens[at];
      if (h) {
        places.push(h.key);
        if (breakdownProvince(tokens, h)) admin = true;
        placeText = textOf(tokens, sentence, base, h.from, h.to);
      } else if (at < ce && isNameWord(bare, true) && !/^ال/.test(bare.norm) && bare.norm === bare.bare && !conceptOfWord(bare) && !isGenericUnit(bare)) {
        places.push(patternPlaceKey([bare], 'place:'));
        placeText = textOf(tokens, sentence, base, at, at + 1);
      }
      break;
    }
  }
  // "وبولاية النخيل، عثرت الفرق على 4 ضحايا": a place fronted at the sentence's start (also where a
  // candidate's share is counted: «وفي العاصمة X، حصد Y 64.2% من الأصوات»).
  if (places.length === 0 && (owners.length === 0 || personOwns)) {
    const h = hits.find((x) => x.to <= cs && x.from <= 2 && (startsWithBa(tokens[x.from]) || fiBefore(tokens, x.from, 0)) && x.type !== 'org' && x.type !== 'person');
    if (h) {
      places.push(h.key);
      if (h.admin) admin = true;
      placeText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }
  // «… في جزيرة X، ثانية جزر البلاد، حيث حصل على 64%»: a clause opened by «حيث» ("where") is
  // about the town or province named just before it (a country is the whole story's, not a part).
  // Other than an event's toll (a flood that struck one town is that town's), a figure so placed is
  // one place's part of a wider count: a share or rate there, never the whole's.
  if (places.length === 0 && WHERE.test(tokens[cs]?.norm ?? '')) {
    const h = hits.filter((x) => x.to <= cs && x.from >= cs - WHERE_REACH && x.type !== 'org' && x.type !== 'person' && x.type !== 'country' && (x.admin || startsWithBa(tokens[x.from]) || fiBefore(tokens, x.from, 0))).pop();
    if (h && !stops.slice(h.to, cs).some(Boolean)) {
      places.push(h.key);
      if (h.admin || !eventCount) admin = true;
      placeText = textOf(tokens, sentence, base, h.from, h.to);
    }
  }
  // «وفي X، لقي أربعة أشخاص حتفهم»: a toll's sentence fronted by «وفي» and one word the gazetteer
  // lacks, then a comma, turns to that place. (Only a word rare in the background news: «وفي
  // المقابل،», «وفي تطور،», «وفي غضون ذلك،» name no place.)
  if (eventCount && places.length === 0 && owners.length === 0 && cs >= 3 && /^(و|ف)?(في|فى)$/.test(tokens[0]?.norm ?? '') && isComma(tokens[2])) {
    const bare = tokens[1];
    if (isNameWord(bare, true) && bare.norm === bare.bare && !/^ال/.test(bare.norm) && !conceptOfWord(bare) && !isGenericUnit(bare) && backgroundFrequency(keywordStem(bare.norm)) < RARE_PLACE_DF) {
      places.push(patternPlaceKey([bare], 'town:'));
      placeText = textOf(tokens, sentence, base, 1, 2);
    }
  }
  // "- X: 640 حالة و12 وفاة": a list's line labelled by a place before a colon (a name the
  // gazetteer lacks too, when it is rare in the background news).
  if (eventCount && places.length === 0 && owners.length === 0) {
    const label = lineLabel(tokens, hits, allHits);
    if (label) {
      places.push(label.key);
      if (label.admin) admin = true;
      placeText = textOf(tokens, sentence, base, label.from, label.to);
    }
  }
  // "أما في النرويج، فقد قتل 1444 شخصا": a topic fronted before a comma.
  if (places.length === 0 && owners.length === 0) {
    const amma = tokens.slice(0, qFrom).findIndex((t) => t.bare === 'اما' || t.norm === 'اما');
    if (amma >= 0) {
      const h = hits.find((x) => x.from > amma && x.from <= amma + 3);
      if (h) {
        places.push(h.key);
        placeText = textOf(tokens, sentence, base, h.from, h.to);
      }
    }
  }
  // «ضربت إقليم X في البلد Y»: a place the text sets in its country («X في Y», «X في شمال Y») is
  // the narrower of the two, the country only locating it.
  const locatedAt = (h: EntityHit): number => (isFi(tokens[h.from - 1]) ? h.from - 1 : DIRECTION.test(tokens[h.from - 1]?.norm ?? '') && isFi(tokens[h.from - 2]) ? h.from - 2 : -1);
  const locating = places.filter((c) => entityType(c) === 'country' && hits.some((h) => h.key === c && locatedAt(h) >= 0 && hits.some((x) => x.to === locatedAt(h) && x.key !== c && places.includes(x.key) && entityType(x.key) !== 'country')));
  if (locating.length > 0) places.splice(0, places.length, ...places.filter((p) => !locating.includes(p)));
  // "وفي مدينة X وحدها، قتل 150 شخصا": "alone" makes a town's figure a part of a larger toll.
  const local = places.length > 0 && places.every((p) => p !== TOTAL && entityType(p) !== 'country');
  const alone = (t: Token | undefined): boolean => t?.type === 'word' && ALONE.test(t.norm);
  if (local && !admin && (tokens.slice(cs, ce).some(alone) || hits.some((h) => places.includes(h.key) && alone(tokens[h.to])))) admin = true;
  return { owners: [...new Set(owners)], places: [...new Set(places)], ownerText, placeText, admin, guessed };
}

/**
 * The place right after the next figure when that figure follows at once, joined by «و», and
 * counts another toll («و30 جريحا في X», «ووفاتان في X»), or undefined.
 */
function pairPlace(tokens: Token[], hits: EntityHit[], unitEnd: number, ce: number): EntityHit | undefined {
  let k = unitEnd;
  if (tokens[k]?.type === 'word' && /^و/.test(tokens[k].norm) && tokens[k].bare !== tokens[k].norm && conceptOfWord(tokens[k])) k++;
  else if (tokens[k]?.norm === 'و' && tokens[k + 1]?.type === 'num' && conceptOfWord(tokens[k + 2])) k += 3;
  else return undefined;
  // («و9 حالات وفاة»: the other toll's noun may take two words.)
  if (tokens[k]?.type === 'word' && conceptOfWord(tokens[k]) && !isFi(tokens[k])) k++;
  if (k >= ce || !(isFi(tokens[k]) || startsWithBa(tokens[k]))) return undefined;
  return hits.find((h) => (h.from === k + 1 || (h.from === k && startsWithBa(tokens[k]))) && h.to <= ce && h.type !== 'org' && h.type !== 'person');
}

const BULLET = /^[-–—•*]$/;
/**
 * The place of one to three words that open the line (after a bullet) right before a colon, or
 * null. (After a bullet it is no dateline: any hit of the line, `allHits`, may label it.)
 */
function lineLabel(tokens: Token[], hits: EntityHit[], allHits: EntityHit[]): { key: string; from: number; to: number; admin?: boolean } | null {
  const from = tokens[0] && BULLET.test(tokens[0].raw) ? 1 : 0;
  const colon = tokens.findIndex((t, i) => i > from && i <= from + 3 && t.raw === ':');
  if (colon < 0) return null;
  const h = (from === 1 ? allHits : hits).find((x) => x.from === from && x.to === colon && x.type !== 'org' && x.type !== 'person');
  if (h) return { key: h.key, from, to: colon, admin: h.admin };
  const words = tokens.slice(from, colon);
  const nameLike = (t: Token): boolean => t.type === 'word' && isNameWord(t, true) && !/^ال/.test(t.norm) && !conceptOfWord(t) && !isGenericUnit(t);
  if (!words.every(nameLike) || backgroundFrequency(keywordStem(words[0].norm)) >= RARE_PLACE_DF) return null;
  return { key: patternPlaceKey(words, 'town:'), from, to: colon };
}
