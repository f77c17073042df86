// Claims: each quantity of an article in its sentence, with what it counts (concept), whom or
// where it is about (owners, places), who gave it (attribution), whether it is a rate, a
// projection or a denial, and whether it may be compared at all.

import type { Claim, ClaimEvidence, Quantity } from '../../types';
import { extractQuantities } from '../quantities/index';
import { splitSentences } from '../text/sentences';
import { correctedTo } from './corrected';
import { isVoteMargin } from './margin';
import { opensInflationList, sectionOfLabel } from './rates';
import { tokensOf, type Token } from '../text/tokens';
import { displayName, findEntities, entityType, homonymsReadAsCity, learnPeople, mayNameHomonym, patternPlaceKey, type EntityHit } from '../text/entities';
import { normalizeArabic, RELATIVE_PRONOUN } from '../text/normalize';
import { toAsciiDigits } from '../text/fold';
import { attributionOf, speakerOfSentence, speakerRanges, type AttributionContext } from './attribution';
import { namesOutlet, nonOwnerHits, type Role } from './roles';
import { isComparable } from './comparable';
import { anotherOne, oneMore } from './one-more';
import { modalityOf, rateBefore, rateOf } from './modality';
import { clauseAround, overCountries, scopeOf, textOf, TOTAL } from './scope';
import { hasBearing } from './scope-words';
import { namesWholeCountry, rememberUnits, unitReferredTo, type NamedUnits } from './units';
import { locate, type Located } from './locate';
import { EVENT_CONCEPTS, EVENT_ONLY_POPULATIONS, POPULATION_KEYS, conceptOfWord, populationOfUnit, countsFamilies, isElectionText, isEventConcept, isGenericUnitText } from './concepts';
import { conceptOf, OWN_SHARE, placeNameWords, shareOfWhoVoted, type ConceptContext } from './concept-of';
import { OTHER_PEOPLE } from './counted-among';
import { othersOfGroup } from './others-of-group';
import { isConvertedSum } from './money';
import { partitiveGroupConcept } from './partitive-group';
import { definiteNumeralConcept } from './definite-numeral';
import { wonOrLost } from './won-or-lost';
import { localSeats, markPartialSeats, seatStatus } from './seat-status';
import { isNationalityUnit, nationalityPartEvent } from './nationality-part';
import { movedFromBefore } from './moved-from';
import { AMONG_GROUP, countGroup, groupItem, registeredUnemployed } from './rate-group';
import { sharesBeforeSeats } from './share-before-seats';
import { familyMembersConcept } from './family-members';
import { damageOf } from './damage';
import { bulletLabel, distributedConcept, distributedInBrackets, distributedIntro, distributingIntro, isBulletLine } from './distributed';
import { listPlaceHits } from './list-places';
import { shareHolder } from './share-holder';
import { placeReferredBack } from './place-pronoun';
import { aloneInClause, recordHeld } from './record-holder';
import { aidedBefore } from './aided';
import { explainsGap } from './count-gap';
import { removedRecords } from './removed';
import { partsBeforeRest } from './rest-elsewhere';
import { carriedTimeOfDay, goesOnWithSpeaker } from './interim';
import { isShareOfCount, shareConcept } from './shares';
import { sumChangeConcept } from './sum-change';
import { optionOf, questionOf } from './options';
import { ordinalReferent } from './ordinal-referents';
import { barePartyHead, candidateAfter, FOLLOWED, isPartyKey, isPartyNoun, isPartyOrPartiesNoun, partyOfSeats, personBeforeRelative, personOfWinning } from './parties';
import { resolveShortParties } from './short-party';
import { instanceOf, isConflictText, isOutbreakText, isTollConcept, measureKindOf, sumsPlaces } from './measure';
import { periodOf, restatedOnBase, SINCE_BEGAN, splitPeriod, takesPeriod, yearOfAnotherMonth } from './period';
import { countsEitherFate, countsUnion } from './union-count';
import { dropOwnerlessVotes } from './ownerless-votes';
import { WHOLE } from './electorate';
import { seasonalBasis } from './seasonal';
import { paymentsBasis } from './bop-basis';
import { rivalShareOwner } from './rival-share';
import { earlierPeriodOf } from './previous';
import { nounEvidence } from './evidence';
import { labelOf } from './label';
import { nounOf } from './nouns';
import { aloneOfEarlier, breakdownConcept, dropUnresolvedGroups, breakdownEvent, inheritsScope, isAsidePart, isBaseline, isOneAdjective, isOtherEvent, markBreakdowns, markZones, OTHER_MATTER, PAST_EVENT, partOfPrevious, recallsOtherEvent, refersBack, shareListEvent, victimsOfBoth } from './context';

export { isComparable } from './comparable';
export { isEarlierMention } from './modality';
import { EARLIER_OPENING } from './modality';

// How far after «N من القتلى» the province it breaks a toll down by may be named («سقطوا في مقاطعة X»).
const PLACED_PART_REACH = 6;
const RUNOFF = /(الدور|الجوله) (الثاني|الثانيه|الحاسمه)|جوله الاعاده|الاعاده/;
// What a margin may be measured from instead of a rival: winning, a threshold, a majority.
const THRESHOLD_WORD = /^(ال)?(فوز|عتبه|اغلبيه|حسم|نصاب)$/;
// The base of a year-on-year rate: «مقارنة بالفترة نفسها من العام الماضي», «قياسا بالشهر المماثل من العام السابق».
const YEAR_ON_YEAR = /(مقارنه|قياسا|بالمقارنه) (ب|مع |مع)(ال)?(فتره|شهر|ربع|نصف|فصل) (نفسه|نفسها|ذاته|ذاتها|المماثل|المماثله|المقابل|المقابله) من (العام|السنه) (الماضي|الماضيه|السابق|السابقه)/g;
// Words for the present: a figure after them is the current one, whatever year came before.
const NOW = /(اليوم|الحاليه|الحالي|الجاريه|الجاري|هذه الانتخابات|هذا العام|هذه المره)/;
const CONTRAST = /(في حين|بينما)/;
// The text up to a year that dates a comparison's base: «مقارنة بـ98300 مركبة في 2025».
// («مقارنة بـ3.1 مليون زائر في عام 2025»: «في» and «عام» both.)
const COMPARED_IN = /(مقارنه|قياسا|بالمقارنه) (ب|مع |مع)\S*\s*[0-9٠-٩][0-9٠-٩.,٫٬]*(\s+\S+){0,2}\s+(في|عام|سنه)(\s+(عام|سنه))?\s+\S+\s*$/;
// A report, a survey or accounts of a year, the year last: «مسح القوى العاملة لعام 2025»، «تقريره
// السنوي الذي يغطي عام 2025»، «بيانات عن سنة 2025».
const REPORT_OF_YEAR = /(^|\s)(و|ب|ل)?(ال)?(تقرير|تقريره|تقريرها|مسح|بيانات|حسابات|نتايج|ميزانيه|احصاءات)(\s+\S+){0,4}\s+(ل(ال)?(عام|سنه)|(عن|يغطي|تغطي)\s+(ال)?(عام|سنه))\s+\S+\s*$/;
// People whom aid is handed out to: the displaced, the affected, the sheltered.
const AIDED_PEOPLE = /^(displaced|affected|sheltered|evacuated|population)(:|$)/;
// «850 مليون دولار صدرت عام 2018»: a thing's amount, the year it was issued or signed right after.
const ISSUING = 'صدرت|صدر|اصدرت|اصدر|طرحت|طرح|ابرمت|ابرم|وقعت|وقع';
const ISSUED = new RegExp(`^(${ISSUING})$`);
// (The text from the figure before to its year: its unit, then the verb of issuing.)
const ISSUED_IN = new RegExp(`^\\s*(\\S+\\s+){0,2}(${ISSUING})\\s+(عام|سنه|في)\\s+\\S+\\s*$`);
const issuedInYear = (tokens: Token[], unitEnd: number, latestYear: number): number | null => {
  if (!ISSUED.test(tokens[unitEnd]?.norm ?? '') || !/^(عام|سنه|في)$/.test(tokens[unitEnd + 1]?.norm ?? '')) return null;
  const y = Number(tokens[unitEnd + 2]?.norm);
  return tokens[unitEnd + 2]?.type === 'num' && y >= 1900 && y < latestYear ? y : null;
};
const ELECTION = /^(votes|voter|percent:(vote|turnout|abstention|counted|invalid|blank|valid))/;
/** The concept with `suffix` set before its period (a period is read off the concept's end). */
const insertBeforePeriod = (concept: string, suffix: string): string => {
  if (!suffix) return concept;
  const [base, period] = splitPeriod(concept);
  return base + suffix + period.join('');
};
const COUNTABLE_KINDS = new Set(['count', 'percent', 'money', 'other', 'age']);
const PART_OF_WHICH = /^(و)?(منها|بينها)$/;
// «وهو ما يمثل N% من الناتج», «أي N% من الناتج»: a sum restated as a share of the output.
// («ليعادل 92.6% من الناتج»: or with the «ل» of consequence.)
const RESTATED_SHARE = /^(ل)?(يمثل|تمثل|يعادل|تعادل|يوازي|توازي|يشكل|تشكل)$|^اي$/;
const OUTPUT = /^(ال)?ناتج$/;
const APPROXIMATELY = /^(نحو|حوالي|قرابه)$/;
const GAP_SUM = /^money:((?:deficit|surplus|debt)(?::current-account)?)(?::|$)/;
// What a list «توزعت/وُزعت X على …:» breaks down: an event's people, or a parliament's seats.
const DISTRIBUTED_CONCEPTS: ReadonlySet<string> = new Set([...EVENT_CONCEPTS, 'seat']);

// «حصوله على», «بعد حصولها على»: the winning of a candidate named by a pronoun; «بعدما حاز 38%»,
// «وحصدت 12%»: a verb of winning whose subject the sentence named before.
const HIS_GETTING = /^(و|ب|ف)?(حصوله|حصولها|نيله|نيلها|حصل|حصلت)$/;
const HE_WON = /^(و|ف)?(حاز|حازت|نال|نالت|حصد|حصدت|احرز|احرزت)$/;
// «من الأصوات و», «صوتا و»: the words between a party's votes and the seats they won.
const VOTES_THEN = /^(من|الاصوات|اصوات|صوتا|صوت|المقترعين|و)$/;
/** Only the votes' noun and «و» stand between a claim ending at `end` and the figure at `qFrom`. */
function joinedToVotes(tokens: Token[], end: number, qFrom: number): boolean {
  const between = tokens.slice(0, qFrom).filter((t) => t.start >= end);
  // («حصتها إلى 12.8% ومقاعدها إلى 17»: its seats, with its pronoun, joined to its share.)
  if (between.length === 2 && /^و.+(ها|ه)$/.test(between[0].norm) && between[1].norm === 'الي') return true;
  // («على 9.7% وأربعة عشر مقعدا»: a number word carries the «و» itself.)
  const first = tokens[qFrom];
  if (between.length === 0 && first?.type === 'word' && /^و/.test(first.norm) && first.bare !== first.norm) return true;
  return between.length > 0 && between.length <= 4 && between.every((t) => VOTES_THEN.test(t.norm)) && between[between.length - 1].norm === 'و';
}

// «بحلول 2027», «بنهاية عام 2027», «حتى 2027»: a year named as a deadline.
const DEADLINE_BEFORE = /(?:بحلول|نهايه|حتي|قبل)(?:\s+(?:عام|سنه|العام))?\s*$/;

// «مقعدا و», «مقاعد و»: the words between a party's seats and the share that won them.
const SEATS_THEN = /^(مقعدا|مقاعد|مقعد|و)$/;
function joinedToSeats(tokens: Token[], end: number, qFrom: number): boolean {
  const between = tokens.slice(0, qFrom).filter((t) => t.start >= end);
  return between.length > 0 && between.length <= 2 && between.every((t) => SEATS_THEN.test(t.norm)) && between[between.length - 1].norm === 'و';
}

// «تلته», «يليه», «ثم»: the next of a ranking, opening a list's item as «و» does.
const followsInRank = (w: string): boolean => w === 'ثم' || FOLLOWED.test(w);
// How many words a list item may take before its share («، وكارمينا X Y رابعة بنسبة»).
const ITEM_WORDS = 6;
/** The figure at `qFrom` opens a list's item: a comma, then a word with «و», then words only. */
function nextListItem(tokens: Token[], qFrom: number): boolean {
  for (let k = qFrom - 1; k >= Math.max(0, qFrom - ITEM_WORDS - 1); k--) {
    if (tokens[k].type !== 'word') return /^[،,]$/.test(tokens[k].raw) && (/^و/.test(tokens[k + 1]?.norm ?? '') || followsInRank(tokens[k + 1]?.norm ?? '')) && k + 1 < qFrom;
  }
  return false;
}

/**
 * The list item ending at `qFrom` names a party: opening with a party noun («، وحزب X على 12.8%»),
 * or with definite words that won the figure «على» («، والوفاق الأزرق على 6.1%»).
 */
function itemNamesParty(tokens: Token[], qFrom: number): boolean {
  for (let k = qFrom - 1; k >= Math.max(0, qFrom - ITEM_WORDS - 1); k--) {
    if (tokens[k].type !== 'word')
      return (
        isPartyNoun(tokens[k + 1]) ||
        (/^وال/.test(tokens[k + 1]?.norm ?? '') && /^(علي|على)$/.test(tokens[qFrom - 1]?.norm ?? '')) ||
        // («، تلته الجبهة الخضراء بـ13.4%»: the next in rank, named by definite words, with its share.)
        (followsInRank(tokens[k + 1]?.norm ?? '') && /^ال/.test(tokens[k + 2]?.norm ?? '') && /^(ب|بـ)$/.test(tokens[qFrom - 1]?.norm ?? ''))
      );
  }
  return false;
}

/** The sentence's last figure before this one that `wanted` picks (one named, a rate read, a percentage). */
// «النسبة» with no noun after it: a rank («الأدنى», «أعلى»), a verb of its value, or the figure.
const BARE_RATE = /^(ال)?نسبه$/;
const AFTER_BARE_RATE = /^((ال)?(ادني|اعلي|اقل|اكبر)|بلغت|بلغ|تبلغ|وصلت|لم|عند|ب|بـ)$/;
/** A bare «النسبة» between the previous figure of the sentence (`prev`) and the figure at `loc`. */
function bareRateNoun(tokens: Token[], prev: Located | null, loc: Located): boolean {
  for (let k = prev && prev.qTo <= loc.qFrom ? prev.unitEnd : Math.max(0, loc.qFrom - 10); k < loc.qFrom; k++) {
    if (!BARE_RATE.test(tokens[k].norm)) continue;
    const next = tokens[k + 1];
    if (!next || next.type !== 'word' || AFTER_BARE_RATE.test(next.norm)) return true;
  }
  return false;
}

const AMONG_THEM = /^(و)?(بينهم|منهم)$/;
const PREFERENTIAL = /^(ال)?تفضيلي(ه|ا)?$/;
// A country's divisions counted («23 ولاية», «12 محافظة»): places, never an option's votes.
const PLACE_UNIT = /^(ولايه|ولايات|محافظه|محافظات|اقليم|اقاليم|مقاطعه|مقاطعات|منطقه|مناطق|دايره|دواير|بلديه|بلديات)$/;

function lastInSentence(claims: Claim[], sentenceStart: number, wanted: (c: Claim) => boolean): Claim | undefined {
  for (let i = claims.length - 1; i >= 0 && claims[i].sentenceStart === sentenceStart; i--) if (wanted(claims[i])) return claims[i];
  return undefined;
}
const owned = (c: Claim): boolean => (c.owners ?? []).length > 0;
// «أي», «أو»: a figure said again in other terms.
const RESTATING = /^(اي|او)$/;
// «في المجموع», «إجمالا»: a sum, right after its figure.
const inAll = (tokens: Token[], i: number): boolean =>
  /^(اجمالا|بالاجمال|بالمجمل)$/.test(tokens[i]?.norm ?? '') || (tokens[i]?.norm === 'في' && /^(المجموع|المجمل)$/.test(tokens[i + 1]?.norm ?? ''));
const rateRead = (c: Claim): boolean => c.kind === 'percent' && !!c.concept;
// «قال المحلل السياسي فلان إن النتائج تشير إلى حصول X على 20 مقعدا»: an analyst, an expert or a
// researcher gives a reading of a vote's result, not the result an electoral body announces.
const ANALYST = /(^|\s)(ال)?(محلل|محلله|محللون|خبير|خبيره|خبراء|باحث(?:ه)?|استاذ|استاذه)(\s|$)/;
const analystReading = (concept: string | null, attribution: string | null): boolean =>
  !!attribution && /^(seat|votes|percent:vote)(:|$)/.test(concept ?? '') && ANALYST.test(normalizeArabic(attribution));
const aPercentage = (c: Claim): boolean => c.kind === 'percent';
/**
 * A figure right after «حصوله على» or «حاز» (a qualifier, «أكثر من», is part of the figure's own span),
 * or «his» share risen to it, «رغم ارتفاع نسبته إلى 31.1%».
 */
const gotByHim = (tokens: Token[], qFrom: number): boolean =>
  (/^(علي|على)$/.test(tokens[qFrom - 1]?.norm ?? '') && HIS_GETTING.test(tokens[qFrom - 2]?.norm ?? '')) ||
  (HE_WON.test(tokens[qFrom - 1]?.norm ?? '') && opensClause(tokens, qFrom - 2)) ||
  (/^(الي|حتي)$/.test(tokens[qFrom - 1]?.norm ?? '') && OWN_SHARE.test(tokens[qFrom - 2]?.norm ?? ''));
// Before a verb whose subject is not written: a mark, «بعدما», «إذ», or «، الذي» after a name and
// its title — not «منافسه الذي نال 35%».
const opensClause = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  if (t && RELATIVE_PRONOUN.test(t.norm)) return tokens[i - 1]?.type === 'punct';
  return !t || t.type === 'punct' || /^(بعدما|اذ|حيث|كما|ثم|ان|فيما|بينما)$/.test(t.norm);
};

/** The year named last before a figure in its sentence, or null. `years` in text order. */
function yearOf(years: Quantity[], sentenceStart: number, at: number): number | null {
  let found: number | null = null;
  // (From the sentence's first year on, not the article's: linear in the text, not quadratic.)
  for (let i = firstFrom(years, sentenceStart); i < years.length && years[i].start < at; i++) if (years[i].end <= at) found = years[i].value;
  return found;
}

// What relief agencies count households by (nouns.ts).
const HOUSEHOLD_EVENTS = new Set(['displaced', 'affected', 'evacuated']);
// «من» or «ينتمون إلى» right before a count of families: those the figure before belongs to.
const BELONG = /^(ينتمون|ينتمين|ينتمي|تنتمي)$/;
const familiesOfThem = (tokens: Token[], qFrom: number): boolean => tokens[qFrom - 1]?.norm === 'من' || (/^(الي|الى)$/.test(tokens[qFrom - 1]?.norm ?? '') && BELONG.test(tokens[qFrom - 2]?.norm ?? ''));

/** «N منهم» after a group of an event's people (`death:child`): some of the event's, `death:part`; else null. */
function someOfTheEvent(previous: string | null, after: Token | undefined): string | null {
  const [event, group, ...rest] = (previous ?? '').split(':');
  return group && rest.length === 0 && isEventConcept(event) && POPULATION_KEYS.has(group) && /^(منهم|منهن)$/.test(after?.norm ?? '') ? `${event}:part` : null;
}

/** End of the first mention of year `value` at or after `offset`, or null. */
function namedYearEnd(years: Quantity[], offset: number, value: number): number | null {
  for (let i = firstFrom(years, offset); i < years.length; i++) if (years[i].value === value) return years[i].end;
  return null;
}

/** Index of the first of `years` (in text order) that starts at or after `offset`. */
function firstFrom(years: Quantity[], offset: number): number {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Claims of an article text, in reading order. */
export function extractClaims(text: string, options: { published?: string | null; article?: string } = {}): Claim[] {
  const claims: Claim[] = [];
  // Figures won by a party noun alone («ستحصل الحركة على …»), with its head: short-party.ts.
  const pointing = new Map<Claim, string>();
  // Where the figures read as «N من ال…» (some of a group named before) start.
  const someOfStarts = new Set<number>();
  const quantities = extractQuantities(text);
  if (quantities.length === 0) return claims;
  let qi = 0;
  // "الجولة الأولى" is the earlier round only in an article that speaks of a later one (a headline: its body).
  const normalized = normalizeArabic(text);
  // (A headline is read with its article's body, `options.article`: whether the story is a vote's.)
  const body = options.article ? normalizeArabic(options.article) : '';
  const about = (test: (normalized: string) => boolean): boolean => test(normalized) || (!!body && test(body));
  const election = about(isElectionText);
  // An article about a war or an epidemic: its whole tolls are cumulative even without "منذ" (measure.ts).
  const war = about(isConflictText);
  const outbreak = about(isOutbreakText);
  const conceptCtx = { runoff: about((n) => RUNOFF.test(n)), election, outbreak };
  // The latest year the article names: a figure given for an earlier year ("في 2011 … بلغت 60 %",
  // "إيرادات 2023") is that year's, another topic than the current one.
  // A full date names its year too ("التي وقعت في 6 أغسطس 2012 … وقتلت 16"), unless it is where a
  // count starts ("منذ 7 أكتوبر 2023"، "منذ بدء التحقيق في يوليو 2013": a cumulative figure, measure.ts).
  // Fiscal and school years, «2026/2027», read as the year they end in.
  const spanYears = new Set<Quantity>();
  const years = quantities.flatMap((q): Quantity[] => {
    // ("العام الدراسي 2022-2023": a school or fiscal year is the year it ends in.)
    if (q.kind === 'year') {
      if (!(q.value > 1900 && q.value < 2200) || SINCE_BEGAN.test(normalizeArabic(text.slice(Math.max(0, q.start - 60), q.start)).trim())) return [];
      if (q.max !== q.value + 1) return [q];
      const ending = { ...q, value: q.max };
      spanYears.add(ending);
      return [ending];
    }
    // (Its digits as written, Arabic-Indic too: «مارس ٢٠١٩».)
    const y = q.kind === 'date' ? /(?:^|\D)((?:19|20|21)\d\d)(?:\D|$)/.exec(toAsciiDigits(q.text)) : null;
    return y && !/منذ(\s+\S+){0,4}\s*$/.test(text.slice(Math.max(0, q.start - 40), q.start)) ? [{ ...q, kind: 'year', value: Number(y[1]) }] : [];
  });
  const publishedYear = options.published ? new Date(options.published).getUTCFullYear() : Number.NaN;
  // (A target year far ahead, «رؤية 2030»، «بحلول 2035», does not make the article's own year an
  // earlier one; nor does next year named as a deadline, «بحلول 2027» in a report of 2026.)
  const deadline = (q: Quantity): boolean => DEADLINE_BEFORE.test(normalizeArabic(text.slice(Math.max(0, q.start - 16), q.start)));
  // (Nor does a fiscal year that ends next year, «العام المالي 2026/2027»: this year's.)
  const ownYear = (q: Quantity): boolean => q.value <= publishedYear || (q.value === publishedYear + 1 && !deadline(q) && !spanYears.has(q));
  const latestYear = years.reduce((m, q) => (Number.isNaN(publishedYear) || ownYear(q) ? Math.max(m, q.value) : m), Number.isNaN(publishedYear) ? 0 : publishedYear);
  // People named with a title or a reporting verb anywhere in the article, then by surname.
  const textTokens = tokensOf(text);
  const people = learnPeople(textTokens);
  // A name shared by a city and a country («سنغافورة») is read once for the whole text (a headline: its article's).
  const cityForms = mayNameHomonym(normalized) ? homonymsReadAsCity(options.article ? tokensOf(options.article) : textTokens) : undefined;
  let previousSpeaker: string | null = null;
  // The interim hour of the previous sentence's election figures ("حتى الساعة 11" → ":at:11").
  let previousHour = '';
  // The previous sentence recalled an earlier figure ("وكان X قد أعلن …"): a sentence going on
  // with its speaker ("وأوضح أن …") recalls the same moment.
  let previousRecalled = false;
  // The concept a sentence ending «توزعت الوفيات على … الآتي:» gives its bulleted lines (distributed.ts), while they last.
  let listIntro: string | null = null;
  // Bulleted lines under a sentence of distributing (distributed.ts distributingIntro): each label a place.
  let placedList = false;
  // Whether the bulleted lines that follow list inflation's sections (rates.ts opensInflationList), while they last.
  let inflationList = false;
  // Provinces named so far, for "في الإقليم" referring back to one.
  const namedUnits: NamedUnits = new Map();
  for (const s of splitSentences(text)) {
    const inSentence: Quantity[] = [];
    // This sentence's claims start here: later passes look at them only (linear in the text).
    const firstClaim = claims.length;
    while (qi < quantities.length && quantities[qi].start < s.end) {
      // («وإصابة رابع» after a count of three: one more person, one-more.ts.)
      if (quantities[qi].start >= s.start) inSentence.push(oneMore(quantities[qi], inSentence, text));
      qi++;
    }
    // («وأصاب آخر» after a count: one more person, one-more.ts.)
    const another = anotherOne(text, s.start, s.end, inSentence);
    if (another.length > 0) {
      inSentence.push(...another);
      inSentence.sort((a, b) => a.start - b.start);
    }
    const tokens = tokensOf(s.text, s.start);
    const hits: EntityHit[] = findEntities(tokens, people, cityForms);
    const ctx: AttributionContext = { tokens, hits, sentence: s.text, base: s.start };
    // Names that gave a figure or struck (roles.ts) are never whose figure it is.
    const roles = inSentence.length > 0 ? nonOwnerHits(tokens, hits, speakerRanges(ctx)) : new Map<EntityHit, Role>();
    const neverOwners = new Set([...roles].filter(([, r]) => r !== 'speaker').map(([h]) => h.key));
    const speakerCountries = [...roles].filter(([h, r]) => r === 'speaker' && h.type === 'country').map(([h]) => h);
    const sentenceCtx: ConceptContext = { ...conceptCtx, carriedTime: carriedTimeOfDay(tokens, previousHour) };
    const goesOn = goesOnWithSpeaker(tokens);
    const recalled: boolean = goesOn && previousRecalled;
    if (inSentence.length > 0) {
      const located = inSentence.map((q) => locate(tokens, q));
      // Other countable figures end the search for context words on either side.
      const stops = new Uint8Array(tokens.length);
      located.forEach((l) => {
        if (l && COUNTABLE_KINDS.has(l.q.kind)) for (let i = l.qFrom; i < l.qTo; i++) stops[i] = 1;
      });
      // «و11 في X، و7 في Y»: towns no gazetteer holds, named by a breakdown list (list-places.ts).
      const listed = listPlaceHits(tokens, located, stops, hits);
      if (listed.length > 0) {
        hits.push(...listed);
        hits.sort((a, b) => a.from - b.from);
      }
      // (The words of the sentence's place names, found once for all its figures.)
      sentenceCtx.placeWords = placeNameWords(tokens, hits);
      let previousConcept: string | null = null;
      let previousAmountConcept: string | null = null;
      let previousLoc: Located | null = null;
      let breakdown: string | null = null;
      let nationalityEvent: string | null = null;
      // The sum read last before the k-th figure, past a converted sum in brackets and figures that
      // are no claims (a year, a date); null where another figure stands between.
      const sumBefore = (k: number): { loc: Located; concept: string } | null => {
        for (let j = k - 1; j >= 0; j--) {
          const l = located[j];
          if (!l || !isComparable(inSentence[j], text)) continue;
          const read = claims.slice(firstClaim).find((c) => c.start === inSentence[j].start);
          // («… 24.9 مليار خلال النصف الأول من 2026، بانخفاض نسبته 5%»: a year of the sum's period is no figure between.)
          if (read && !read.comparable) continue;
          if (inSentence[j].kind !== 'money') return null;
          if (read?.concept) return { loc: l, concept: read.concept };
          if (tokens[l.qFrom - 1]?.raw !== '(') return null;
        }
        return null;
      };
      located.forEach((loc, k) => {
        const q = inSentence[k];
        if (!loc) return;
        const own = new Uint8Array(stops);
        for (let i = loc.qFrom; i < loc.qTo; i++) own[i] = 0;
        // («ارتفع معدل التضخم من 3.2% إلى 3.5%»: the value it moved from stands in no way of what moved.)
        const movedFrom = k > 0 ? located[k - 1] : null;
        if (movedFrom && movedFrom.qFrom === loc.qFrom - 2 && movedFromBefore(tokens, loc.qFrom)) for (let i = movedFrom.qFrom; i < movedFrom.qTo; i++) own[i] = 0;
        const clause = clauseAround(tokens, loc.qFrom, loc.unitEnd);
        const comparable = isComparable(q, text);
        let concept = comparable ? conceptOf(tokens, loc, clause, own, sentenceCtx) : null;
        // «نواب كتلته الـ85»: the noun phrase before the number is what it counts (a concept
        // found for it elsewhere is kept only when it names that noun's concept).
        const definite = comparable ? definiteNumeralConcept(tokens, loc) : null;
        if (definite) concept = !definite.whole && definite.concept !== null && concept?.split(':').includes(definite.concept) ? concept : definite.concept;
        // "53 مليون جنيه (6.85 مليون دولار)": a sum converted into another currency is the sum before it.
        const converted = comparable && concept === null && k > 0 && located[k - 1] && isConvertedSum(tokens, located[k - 1], loc) ? claims[claims.length - 1] : undefined;
        if (converted && converted.sentenceStart === s.start && converted.start === inSentence[k - 1].start) concept = converted.concept;
        const ownConcept = concept;
        // "و201 بإقليم كيبيك" continues a list whose first item named the noun.
        // ("وستة من متطوعي الدفاع": a group of its own named after «من», partitive-group.ts.)
        const group = comparable && !definite && q.kind === 'count' && q.unit === null ? partitiveGroupConcept(tokens, loc) : null;
        // «تتوزع الوفيات على أربعة أقسام: 14 في X، و6 في Y»: the list's items are the deaths, not the
        // divisions (distributed.ts); so are a bulleted line's under a sentence that ends «توزعت الوفيات
        // على … الآتي:» («- X: 5 حالات»). (Over the words of the place an item falls in, «7 في X، و4 في
        // بيت Y»: the item is the event's, whatever its place's name says.)
        const countable = comparable && !definite && q.kind === 'count';
        // (A list of seats names each item's party after its figure, «و15 لحزب X»: no noun of its own.)
        const ownNoun = q.unit !== null && !isGenericUnitText(q.unit) && !isPartyOrPartiesNoun(tokens[loc.qTo]);
        const distributed = countable && !ownNoun ? distributedConcept(tokens, loc.qFrom, DISTRIBUTED_CONCEPTS) ?? (isBulletLine(s.text) ? listIntro : null) : null;
        if (distributed && (concept === null || !isEventConcept(concept))) concept = distributed;
        // (A figure alone in brackets has no words of its own: the list's noun, whatever words stand near.)
        const bracketed = countable && q.unit === null ? distributedInBrackets(tokens, loc.qFrom, EVENT_CONCEPTS) : null;
        if (bracketed) concept = bracketed;
        // ("210 آلاف صوت (6.1%)، وY 40 ألفا": a count continues the list's amounts, not its shares.)
        // («بين القتلى 8 نساء و5 أطفال، وإن 22 منهم يحملون الجنسية X»: «منهم» after a group among
        // the dead are some of the dead, not of the group.)
        if (comparable && !definite && concept === null && q.kind === 'count' && q.unit === null) concept = someOfTheEvent(previousAmountConcept, tokens[loc.unitEnd]) ?? previousAmountConcept;
        // («… 12 للتحالف X، و6 لحركة Y»: a party noun read as the figure's noun goes on with a list of seats or votes.)
        if (comparable && !definite && q.kind === 'count' && q.unit !== null && /^(seat|votes)$/.test(previousAmountConcept ?? '') && isPartyOrPartiesNoun(tokens[loc.qTo]) && /^(و)?ل/.test(tokens[loc.qTo].norm)) concept = previousAmountConcept;
        // "ارتفاع الحصيلة إلى 3 آلاف شخص، وسط توقعات بارتفاع العدد إلى 10 آلاف شخص": "العدد" is the
        // number just given, so the figure counts the same thing.
        if (comparable && !definite && concept === null && q.kind === 'count' && refersBack(tokens, loc)) concept = previousAmountConcept;
        // («بلغ العجز 1874 مليون دينار، وهو ما يمثل 1.1% من الناتج»: the share of the output the gap
        // or the debt just given is.)
        // (Of the sum's period: it restates that sum.)
        const restating = RESTATED_SHARE.test(tokens[loc.qFrom - (APPROXIMATELY.test(tokens[loc.qFrom - 1]?.norm ?? '') ? 2 : 1)]?.norm ?? '');
        const gapOfOutput = concept === null && q.kind === 'percent' && restating && tokens[loc.unitEnd]?.norm === 'من' && OUTPUT.test(tokens[loc.unitEnd + 1]?.norm ?? '') ? GAP_SUM.exec(previousAmountConcept ?? '') : null;
        if (comparable && gapOfOutput) concept = `percent:${gapOfOutput[1]}${splitPeriod(previousAmountConcept ?? '')[1].join('')}`;
        // («النتائج في 17 دائرة من أصل 19 أن الناخبين …»: a bare whole after a count of things is all
        // those things, never what the words after it name: out of every card, unless read as those things.)
        const previous = k > 0 ? located[k - 1] : null;
        // (The part's claim is looked up only for a figure that is such a whole.)
        const readAsPart = (): boolean => {
          const part = claims.slice(firstClaim).find((c) => c.start === inSentence[k - 1].start)?.concept;
          return !!part && concept?.split(':')[0] === part.split(':')[0];
        };
        const bareWhole = comparable && q.kind === 'count' && q.unit === null && !!previous && inSentence[k - 1].kind === 'count' && inSentence[k - 1].unit !== null && previous.unitEnd === loc.qFrom - 2 && tokens[loc.qFrom - 2]?.norm === 'من' && WHOLE.test(tokens[loc.qFrom - 1]?.bare ?? '') && !readAsPart();
        if (bareWhole) concept = null;
        // "28 ألف ورقة، بنسبة 3.2%": a percentage right after a count is that count's share.
        // («31 مقعدا، تلته الجبهة بنسبة 13.2%»: past a comma a share of seats is the next party's.)
        const share =
          comparable &&
          isShareOfCount(tokens, located[k - 1] ?? null, loc) &&
          claims[claims.length - 1]?.sentenceStart === s.start &&
          !(claims[claims.length - 1].concept === 'seat' && tokens.slice(located[k - 1]!.unitEnd, loc.qFrom).some((t) => t.type === 'punct'));
        const ofSeats = share && tokens[loc.unitEnd]?.norm === 'من' && conceptOfWord(tokens[loc.unitEnd + 1]) === 'seat';
        if (share) concept = ofSeats ? null : shareConcept(claims[claims.length - 1].concept, concept) ?? concept;
        // «4.2 مليار دولار في العام المالي، بزيادة 5.3%»: how far the sum just read moved (sum-change.ts).
        // (Growth named alone there is the sum's, not the economy's: «بنمو 6% على أساس سنوي».)
        const sum = comparable && (concept === null || splitPeriod(concept)[0] === 'percent:growth') && q.kind === 'percent' ? sumBefore(k) : null;
        // (The change is over the sum's period: «في السنة المالية 2026» said once, before it.)
        const change = sum ? sumChangeConcept(tokens, sum.loc, sum.concept, loc, (key) => nounOf(key) !== undefined) : null;
        if (change) concept = change + splitPeriod(sum!.concept)[1].join('');
        // "52 لقوا حتفهم، بينهم 19 عسكريا": a group among the previous figure's people.
        // («سقط 17 منهم في X، و9 في Y»: those of them a place names are that place's, no vague part.)
        // («21 قتيلا، بينهم 19 تلميذا»: a group known only by an event, its noun a unit till now, is one among the toll's too.)
        const eventOnly = concept?.startsWith('unit:') && q.unit ? populationOfUnit(q.unit) : null;
        const asGroup = eventOnly && EVENT_ONLY_POPULATIONS.has(eventOnly) ? eventOnly : null;
        if (comparable && !placedOfThem(tokens, loc, hits)) {
          const amongToll = asGroup ? partOfPrevious(tokens, previousLoc, loc, previousConcept, asGroup, POPULATION_KEYS, EVENT_CONCEPTS) : null;
          concept = amongToll && amongToll === `${previousConcept?.split(':')[0]}:${asGroup}` ? amongToll : partOfPrevious(tokens, previousLoc, loc, previousConcept, concept, POPULATION_KEYS, EVENT_CONCEPTS);
        }
        // («تضرر 173 منزلا، منها 48 دُمرت كليا»: the verb after «منها N» says what befell some of
        // the buildings counted before — those destroyed, a count of its own, no part of a noun.)
        const befell = /^unit:[^:]+(:part)?$/.test(concept ?? '') && previousConcept?.startsWith('building') && PART_OF_WHICH.test(tokens[loc.qFrom - 1]?.norm ?? '') ? damageOf(tokens, loc.qFrom, loc.qTo, clause, stops) : '';
        if (befell) concept = `building${befell}`;
        // "19 قتيلا - 12 مسلحا و7 جنود -": the items of a breakdown are parts of the event's figure.
        breakdown = comparable && q.kind === 'count' ? breakdownEvent(tokens, previousLoc, loc, previousConcept, breakdown, EVENT_CONCEPTS) : null;
        if (breakdown) concept = breakdownConcept(breakdown, concept, POPULATION_KEYS);
        if (group && (concept === null || concept === previousConcept)) concept = group;
        // "عدد الناجين 45، بينهم 28 [nationality] و14 [nationality]": one nationality's part of the figure before.
        nationalityEvent = comparable && concept === null ? nationalityPartEvent(tokens, previousLoc, loc, previousConcept, nationalityEvent, EVENT_CONCEPTS) : null;
        if (nationalityEvent) concept = `${nationalityEvent}:part`;
        // «… 1.3% خلال الشهر، و7.2% على أساس سنوي»: the previous rate of the sentence on its own base.
        // (The sentence's last rate read, past a recalled rate of no concept: «5.2% …، بعد 4.8% في أكتوبر، فيما بلغ الارتفاع الشهري 0.4%».)
        const restated = lastInSentence(claims, s.start, rateRead);
        if (comparable && concept === null && restated?.concept?.startsWith('percent:') && restatedOnBase(tokens, loc)) concept = splitPeriod(restated.concept)[0];
        // («سجلت محافظة X أعلى نسبة مشاركة بلغت 68%، في حين سجلت Y أدنى نسبة بلغت 27%»: «النسبة» with
        // no noun of its own is the rate just read, in another place.)
        // (Only where the figure's own clause names that place: a bare rate of no place is no turnout to compare.)
        const placeInClause = (): boolean => hits.some((h) => h.type !== 'person' && h.type !== 'org' && h.from >= clause[0] && h.to <= loc.qFrom);
        if (comparable && concept === null && q.kind === 'percent' && restated?.concept?.startsWith('percent:turnout') && placeInClause() && bareRateNoun(tokens, previousLoc, loc)) concept = splitPeriod(restated.concept)[0];
        // «… بين الذكور 16.3% وبين الإناث 27.6%»: the next group's rate of the one just read (rate-group.ts).
        const nextGroup = comparable && concept === null && q.kind === 'percent' && restated?.concept?.includes(':among:') ? groupItem(tokens, loc.qFrom, loc.unitEnd) : null;
        if (nextGroup) concept = splitPeriod(restated!.concept!)[0].replace(AMONG_GROUP, `:among:${nextGroup}`);
        // «- النقل: 4.2%» in a list of inflation's sections: the section's rate.
        const section = comparable && q.kind === 'percent' && inflationList && isBulletLine(s.text) ? sectionOfLabel(bulletLabel(tokens, loc.qFrom) ?? []) : null;
        if (section) concept = section;
        // («تقل 48 معتمرا إضافة إلى السائق ومساعده، أي 50 شخصا في المجموع», «12 جنديا و8 مدنيين، أي 20
        // شخصا في المجموع»: the sum restated is everyone aboard, everyone the event struck.)
        const summed = comparable && concept === null && q.kind === 'count' && isGenericUnitText(q.unit) && RESTATING.test(tokens[loc.qFrom - 1]?.norm ?? '') && inAll(tokens, loc.unitEnd) ? claims[claims.length - 1] : undefined;
        if (summed?.sentenceStart === s.start && summed.concept) concept = summed.concept === 'passenger' ? 'aboard' : isEventConcept(summed.concept.split(':')[0]) ? summed.concept.split(':')[0] : summed.concept;
        // «… مقتل 27 شخصا، قبل أن يصحح الرقم إلى 25»: the correction counts what the figure it corrects did (corrected.ts).
        const corrects = comparable && concept === null ? claims[claims.length - 1] : undefined;
        if (corrects && corrects.sentenceStart === s.start && corrects.kind === q.kind && corrects.concept && correctedTo(tokens, loc.qFrom, stops)) concept = corrects.concept;
        // «نزحت 1200 أسرة تضم 5,100 شخص»: the families' people, counted as people (family-members.ts).
        if (comparable && concept === null) concept = familyMembersConcept(tokens, previousLoc, loc, previousConcept);
        // "وفي العام الماضي، لقي 90 شخصا حتفهم", "بحريق مماثل": another event's figure; "بزيادة
        // عن 3 مليارات", "من 30 إلى 50": the earlier value a change is measured from.
        const earlierFigure = located.slice(0, k).reverse().find((l) => l && COUNTABLE_KINDS.has(l.q.kind)) ?? null;
        // (A series' figure of last year is that year's, "وبلغت الإيرادات العام الماضي 9 مليارات":
        // the period below names the year.)
        // (Read once, on demand: it depends on the figure's words, not on its concept.)
        let figurePeriod: string | undefined;
        const periodHere = (): string => (figurePeriod ??= periodOf(tokens, loc, own, options.published ?? null));
        // («مقارنة بالفترة نفسها من العام الماضي»: a rate's year-on-year base names no past event.)
        const before = normalizeArabic(s.text.slice(0, q.start - s.start)).replace(YEAR_ON_YEAR, '');
        // (A recalled figure of a series that names its own period, «وكان النمو قد بلغ 3.4% في الربع
        // الأول», is that period's.)
        const pastEvent = (PAST_EVENT.test(before) || OTHER_MATTER.test(before) || recallsOtherEvent(before, tokens)) && !(concept && takesPeriod(concept) && /:per:(y|q|h|m):\d/.test(periodHere()));
        if (concept && (pastEvent || isOtherEvent(tokens, loc) || isBaseline(tokens, loc, earlierFigure) || isOneAdjective(tokens, loc))) concept = null;
        // "مقابل 41% في الانتخابات السابقة", "أعلى من 41% في انتخابات 2018": an earlier vote's or
        // period's figure, that year's or (no year named) none to compare (previous.ts).
        const earlierPeriod = concept ? earlierPeriodOf(tokens, loc, own, latestYear, Number.isNaN(publishedYear) ? latestYear : publishedYear) : '';
        if (earlierPeriod === 'unknown') concept = null;
        // "… لا تزال متواصلة، وإن ولاية X سجلت وحدها 16 حريقا": a part takes the whole's kind.
        if (comparable) concept = aloneOfEarlier(tokens.slice(clause[0], clause[1]), concept, claims.slice(firstClaim));
        // «عدد العاطلين من حاملي الشهادات العليا 185 ألفا»: one group's unemployed, not all (rate-group.ts).
        const unemployedGroup = concept === 'unemployed' ? countGroup(tokens, clause[0], loc.qFrom, loc.unitEnd) : null;
        if (unemployedGroup) concept = `unemployed:among:${unemployedGroup}`;
        else if (concept === 'unemployed' && registeredUnemployed(tokens, clause[0], loc.qFrom, loc.unitEnd)) concept = 'unemployed:registered';
        // «9 آلاف صوت تفضيلي»: a candidate's preferential votes within a list, another count than the list's.
        if (concept === 'votes' && tokens.slice(loc.qTo, loc.unitEnd + 1).some((t) => PREFERENTIAL.test(t.norm))) concept = 'votes:preferential';
        // «خسر 20 مقعدا»: seats or votes lost or gained, another measure than those held.
        if (concept === 'votes' || concept === 'seat') concept += wonOrLost(tokens, loc);
        // («أقل بأربعة مقاعد من الأغلبية»: how many short, margin.ts.)
        if (concept === 'seat' && isVoteMargin(tokens, loc)) concept = 'seat:margin';
        // («بفارق 11.4 نقطة», «الفارق البالغ 9.8 نقطة مئوية»: a vote's lead in percentage points.)
        // (Not how far one stands from winning, «على بعد 0.3 نقطة من الحسم»: a threshold, no rival.)
        const toThreshold = tokens[loc.unitEnd]?.norm === 'من' && THRESHOLD_WORD.test(tokens[loc.unitEnd + 1]?.norm ?? '');
        // («بفارق 2,140 صوتا، أو 1.3 نقطة مئوية», «… أي 1.3 نقطة»: or the margin in votes just given, restated in points.)
        const restatedMargin = /^(او|اي)$/.test(tokens[loc.qFrom - 1]?.norm ?? '') && claims[claims.length - 1]?.sentenceStart === s.start && claims[claims.length - 1].concept === 'votes:margin';
        if (election && /^unit:نقط/.test(concept ?? '') && !toThreshold && (restatedMargin || isVoteMargin(tokens, loc))) concept = 'percent:margin';
        // «من أصل 180 مقعدا», «15 مقعدا للجاليات في الخارج»: the whole parliament, the diaspora's seats.
        // (A sum's status is each figure's own: «مجتمعة 52 مقعدا، أي أقل بمقعدين من الأغلبية البالغة 54».)
        if (concept === 'seat' || concept === 'seat:combined') concept = `seat${seatStatus(tokens, loc, clause[1])}`;
        // (A local council's seats are another body's than the parliament's.)
        if (concept?.startsWith('seat') && !concept.endsWith(':local')) concept += localSeats(tokens, loc);
        // "منذ بدء الحرب" (cumulative), "خلال الـ24 ساعة الماضية" (the day's): another measure than
        // the story's own event's figure. (Election figures have their own kinds of measure.)
        const kind = concept && !ELECTION.test(concept) ? measureKindOf(tokens, loc, own, options.published ?? null, { toll: isTollConcept(concept), warArticle: war, outbreakArticle: outbreak }) : '';
        // (Those still under treatment are a stock of today, neither a running total nor new.)
        // (A series' figure «منذ إطلاقه عام 2020» is told by its period below, «since 2020».)
        const sincePeriod = kind === ':since' && !!concept && takesPeriod(concept) && periodHere().startsWith(':per:since');
        // (Those who crossed a border since the fighting began are the wave the story is about.)
        const flowSince = kind === ':since' && !!concept && /^crossed(:|$)/.test(concept);
        if (concept && kind && !concept.includes(kind) && !concept.endsWith(':treated') && !sincePeriod && !flowSince) concept += kind;
        // "خلال شهر مارس"، "الربع الأول"، "على أساس سنوي": the period a figure covers and the
        // base of a rate, another topic from one period to the next.
        // (Only a series' figures: an economy's sums and prices, rates, counted things — not a
        // deal's value, nor a toll, whose month is its event's date.)
        // (A counted thing known by name keeps the period its `unit:` fallback had: flights or trucks
        // "خلال شهر مارس" are another month's.)
        // («غير المعدل موسميا»: a series not seasonally adjusted is another than the adjusted one, seasonal.ts.)
        if (concept && takesPeriod(concept) && !concept.includes(':nsa')) concept = insertBeforePeriod(concept, seasonalBasis(tokens, loc.qFrom, clause[0]));
        const period = concept && takesPeriod(concept) && !/:(per|base):/.test(concept) ? periodHere() : '';
        // ("التضخم السنوي"، "خلال العام": a rate over a year is a rate on a yearly base; "خلال 2023"
        // names which year.)
        if (concept && period) concept += concept.startsWith('percent:') ? period.replace(/^:per:(y|m)(?=:[a-z]|$)/, ':base:$1').replace(/(:base:[ymq])(:base:[ymq])$/, '$2') : period;
        // («… خلال النصف الأول، بانخفاض نسبته 2% مقارنة بالشهر السابق»: a sum's change takes the sum's
        // period and a month's or a quarter's base its own words name — a yearly one is no base, below.)
        else if (change && concept && !concept.includes(':base:')) concept += /:base:[mq]$/.exec(periodHere())?.[0] ?? '';
        // («وفق منهجية ميزان المدفوعات»: a trade figure on the balance-of-payments basis, bop-basis.ts.)
        if (concept && !concept.includes(':bop')) concept = insertBeforePeriod(concept, paymentsBasis(tokens, concept));
        // A sum's change is set against a year before unless its words name a month or a quarter:
        // «بزيادة 5%» and «بزيادة 7% مقارنة بالفترة نفسها من العام الماضي» are one measure.
        if (/^percent:(change:|growth)/.test(concept ?? '')) concept = concept!.replace(/:base:y(?=:|$)/, '');
        // (An average over months is compared only over the months it names: «متوسط التضخم في
        // الأشهر الاثني عشر المنتهية في نوفمبر» and «في الأشهر الأحد عشر الأولى» are two.)
        if (concept?.endsWith(':average') && !/:per:(months|ytd|y):/.test(period)) concept = null;
        // "الزلزال الثاني", "الدفعة الأولى من المساعدات": a figure of one instance of several.
        const nth = concept && q.kind !== 'money' && !ELECTION.test(concept) && !concept.includes(':nth:') ? instanceOf(tokens, loc, own) : '';
        if (concept && nth) concept = concept.startsWith('magnitude') ? 'magnitude:aftershock' : concept + nth;
        const named = concept ? yearOf(years, s.start, q.start) : null;
        // "في 2014 بلغت 69 % فيما بلغت في انتخابات اليوم 9 %": the present named after the year.
        // («… 850 مليون دولار صدرت عام 2018، في حين طرحت الحكومة … 600 مليون»: nor one that trails
        // the figure before and a contrast sets apart — that figure's year, below.)
        const namedEnd = named !== null ? namedYearEnd(years, s.start, named) : null;
        const sinceNamed = namedEnd !== null ? normalizeArabic(text.slice(namedEnd, q.start)) : '';
        const trailsFigureBefore = (): boolean => {
          const figureBefore = claims.findLast((c) => c.comparable);
          return figureBefore?.sentenceStart === s.start && namedEnd !== null && figureBefore.end <= namedEnd && ISSUED_IN.test(normalizeArabic(text.slice(figureBefore.end, namedEnd)));
        };
        // («نمت بنسبة 17% مقارنة بـ98 ألف مركبة في 2025، وأن مبيعات … بلغت 81 ألفا»: nor the year of
        // a comparison's base, said of that base.)
        const ofComparisonBase = (): boolean => namedEnd !== null && COMPARED_IN.test(normalizeArabic(text.slice(s.start, namedEnd)));
        // («خلال عام 2026 … مقارنة بـ3.1 مليون في عام 2025، بنسبة نمو 7%»: past a comparison's base, the
        // year the sentence named before it.)
        const beforeBase = (): number | null => {
          const base = years.find((y) => y.start >= s.start && y.end === namedEnd);
          return base ? yearOf(years, s.start, base.start) : null;
        };
        const baseYear = named !== null && ofComparisonBase();
        const year = named !== null && !NOW.test(sinceNamed) && !(CONTRAST.test(sinceNamed) && trailsFigureBefore()) && !baseYear ? named : ((baseYear ? beforeBase() : null) ?? issuedInYear(tokens, loc.unitEnd, latestYear));
        // (A period that names its year already says which: "خلال 2023"، "العام المالي 2022/2023".)
        const yearEnd = year !== null ? namedYearEnd(years, s.start, year) : null;
        const otherMonth = concept !== null && yearEnd !== null && yearOfAnotherMonth(concept, normalizeArabic(text.slice(Math.max(s.start, yearEnd - 24), yearEnd)).replace(/\d+$/, ''));
        const pastYear = concept !== null && year !== null && !otherMonth && year < latestYear && !concept.includes(':in:') && !/:per:(y|fy|since|ytd):\d/.test(concept);
        // («… خلال العام نفسه» of a year the sentence names: that year's, as «خلال عام 2023» says it.)
        if (pastYear && concept !== null && /:per:y(?=:[a-z]|$)/.test(concept)) concept = concept.replace(/:per:y(?=:[a-z]|$)/, `:per:y:${year}`);
        // («أظهر مسح القوى العاملة لعام 2025، الذي نشرته الهيئة الثلاثاء، أن معدل البطالة بلغ 15%»: the year
        // a report covers is its figures' period, an aside between.)
        else if (pastYear && yearEnd !== null && takesPeriod(concept!) && !concept!.includes(':per:') && REPORT_OF_YEAR.test(normalizeArabic(text.slice(s.start, yearEnd)))) concept += `:per:y:${year}`;
        else if (pastYear) concept += `:in:${year}`;
        // («45 مليارا خلال عام 2023» in a later year's read: the year its period names already, no other year's.)
        else if (concept && earlierPeriod && !concept.includes(':in:') && !concept.includes(earlierPeriod.replace(':in:', ':per:y:'))) concept += earlierPeriod;
        // «عجزا بقيمة 2.1 مليار مقارنة بالتقديرات»: a gap against a forecast, not the level itself.
        if (concept && againstForecast(tokens, loc)) concept += ':vs-forecast';
        // A fraction with no noun counts no people or things: «بمعدل لا يقل عن 2.5 من أربعة» after
        // «خمس وظائف» is a score, not jobs (measures — a magnitude, a distance, an area — aside).
        // («ثلث الناخبين», «نصف السكان»: a fraction of a group is a share of it, no count of people.)
        if (concept && q.kind === 'count' && (q.unit === null || q.value < 1) && !Number.isInteger(q.value) && !MEASURES.test(concept)) concept = null;
        // «وتعود ثلاث من السيارات إلى …» after «خمس سيارات»: some of the things the article already
        // counted, a part of that figure — no total of its own («200 من الشاحنات» first named stays).
        // (After «9 من الجرحى», «6 من المصابين» is another source's count of the same part, not a part of it.)
        const someOf = q.kind === 'count' && someOfCounted(tokens, loc);
        if (someOf) someOfStarts.add(q.start);
        // («أربعة من القتلى سقطوا في مقاطعة X، وقتيلين في Y»: those of a province, a breakdown by
        // place whose items are that place's figures; «في بلدة X» a town's.)
        const placedPart = someOf && hits.some((h) => (h.admin || h.type === 'city') && h.from >= loc.unitEnd && h.from <= loc.unitEnd + PLACED_PART_REACH && h.to <= clause[1]);
        if (concept && someOf && !placedPart && claims.some((c) => c.concept === concept && c.value > q.value && !someOfStarts.has(c.start))) concept = null;
        // ("قتل 12 … وقتل 3 آخرون", "أصيب 30 … قتل فيه 5 آخرون": others besides people counted, not
        // besides people named, are the dead.)
        if (concept === 'death:others' && claims.some((c) => isEventConcept(c.concept))) concept = 'death';
        // «مقتل ثلاثة جنود وإصابة أربعة آخرين», «قتلت 223 عنصرا من مسلحي الميليشيا. … إصابة 350 آخرين»:
        // the others are more of the group the toll just told named.
        if (comparable && (concept === 'injured' || concept === 'missing') && (OTHER_PEOPLE.test(tokens[loc.unitEnd]?.norm ?? '') || OTHER_PEOPLE.test(normalizeArabic(q.unit ?? '')))) {
          const group = othersOfGroup(claims, (c) => isEventConcept(c.concept), text, q.start);
          if (group) concept = `${concept}:${group}`;
        }
        // «10 أطفال ورجال»: one count of two groups together, neither group's (union-count.ts).
        if (concept && q.kind === 'count' && (countsUnion(tokens, loc) || countsEitherFate(tokens, loc))) concept = null;
        if (comparable && concept) {
          previousConcept = concept;
          previousLoc = loc;
          // (A bare figure after a margin, a whole or a majority, «أقل بمقعدين من الأغلبية البالغة 54»,
          // «19 مقعدا من أصل 41، مقابل 12 لـX», counts the seats themselves, its own status and body read anew.)
          if (q.kind !== 'percent') previousAmountConcept = /^seat:(margin|total|district|majority|local)/.test(concept) ? 'seat' : concept;
        }
        const scope = scopeOf(tokens, hits, loc.qFrom, loc.unitEnd, own, s.text, s.start, /^(votes|percent:vote)/.test(concept ?? ''), isEventConcept(concept), roles);
        // "بتكلفة إجمالية", "الصفقة الإجمالية": a total sum of money, not a sum over places.
        // (Not a rate over a bloc's countries together, «في مجمل دول الاتحاد 1.9%».)
        if (q.kind !== 'count' && scope.places.includes(TOTAL) && !overCountries(tokens, loc.qFrom)) scope.places = scope.places.filter((p) => p !== TOTAL);
        // "ليرتفع العدد الإجمالي للقتلى إلى …" in a war: a total over time (:since), not over places.
        // («وبلغ العدد الإجمالي للمصابين 57 شخصا» of one fire: outside a war, the whole toll of its incident.)
        if ((kind === ':since' || (!war && isEventConcept(concept))) && scope.places.length === 1 && scope.places[0] === TOTAL && !sumsPlaces(tokens)) scope.places = [];
        // («وبقيت مدينة X الأكثر تضررا، إذ ارتفع عدد القتلى فيها إلى 15»: the place «فيها» points back to, place-pronoun.ts.)
        // (Any figure's, where the sentence names no owner but a country: «تتصدر محافظة X محافظات
        // البلاد …، إذ بلغ المعدل فيها 19%» — the country's adjective is where the province lies.)
        const countriesOnly = scope.owners.every((o) => entityType(o) === 'country');
        const referred = scope.places.length === 0 && (isEventConcept(concept) ? scope.owners.length === 0 : !!concept && countriesOnly) ? placeReferredBack(tokens, hits, loc.qFrom) : null;
        if (referred) {
          scope.places = [referred];
          scope.owners = [];
        }
        // «- X: 5 حالات» under «توزعت الوفيات على أربع مديريات:»: the line's label is the item's place.
        // (So under «توزعت الحصيلة على أربع مقاطعات:» is «- X: 13 قتيلا», its own noun an event's.)
        const listItem = distributed || (placedList && isEventConcept(concept));
        const label = listItem && scope.places.length === 0 && scope.owners.length === 0 && isBulletLine(s.text) ? bulletLabel(tokens, loc.qFrom) : null;
        if (label) {
          scope.places = [patternPlaceKey(label, 'town:')];
          scope.guessed = false;
        }
        let scopeFrom: ClaimEvidence['scope'] = scope.guessed ? 'guessed' : scope.owners.length + scope.places.length > 0 ? 'stated' : 'none';
        const prevClaim = claims[claims.length - 1];
        // "25 قتيلا، بينهم ستة أطفال، و61 مصابا": the item after an aside («، بينهم …») goes on
        // with the list the aside interrupted, and takes its scope from the figure before it.
        // (Not a group after a group, «، بينهم 10 نساء و3 أطفال»: the aside's own list goes on.)
        const asideAt = k > 1 ? located[k - 1] : null;
        const groupOf = (c: string | null | undefined): boolean => POPULATION_KEYS.has((c ?? '').split(':')[1] ?? '');
        const continuesAside = groupOf(concept) && groupOf(prevClaim?.concept);
        const beforeAside = asideAt && !continuesAside && isAsidePart(tokens, asideAt) && claims[claims.length - 2]?.sentenceStart === s.start ? claims[claims.length - 2] : null;
        const listClaim = beforeAside ?? prevClaim;
        if (
          ((scope.owners.length === 0 && scope.places.length === 0) || scope.guessed) &&
          comparable &&
          k > 0 &&
          prevClaim?.sentenceStart === s.start &&
          prevClaim.comparable &&
          inheritsScope(tokens, located[k - 1], loc, /^(votes|percent:vote)/.test(concept ?? ''))
        ) {
          // The previous item's scope is read off the list; a country guessed from earlier in the
          // sentence gives way to it.
          if (scope.guessed) scope.ownerText = null;
          scope.owners = [...(listClaim.owners ?? [])];
          scope.places = [...(listClaim.places ?? [])];
          scope.admin = !!listClaim.adminPlace;
          scopeFrom = listClaim.evidence?.scope === 'guessed' ? 'guessed' : 'list';
        }
        // («… 53.7% مقابل 46.3% له»: the share set against a candidate's is the other candidate's, rival-share.ts.)
        const previousOwner = prevClaim?.sentenceStart === s.start && /^(votes|percent:vote)/.test(concept ?? '') && scope.owners.length === 0 && scope.places.length === 0 ? prevClaim.owners?.find((o) => entityType(o) === 'person') : undefined;
        const rival = previousOwner ? rivalShareOwner(tokens, hits, loc.qFrom, loc.unitEnd, previousOwner) : null;
        if (rival) {
          scope.owners = [rival];
          scopeFrom = 'stated';
        }
        // («أُعطي منها 118 ألف جرعة في 4 بلديات»: the places a campaign's doses went to, no count of
        // where the event struck.)
        if (comparable && (concept === 'municipality' || concept === 'village') && prevClaim?.sentenceStart === s.start && /^(dose|vaccinated)/.test(prevClaim.concept ?? '') && tokens[loc.qFrom - 1]?.norm === 'في' && /^(dose|vaccinated)/.test(conceptOfWord(tokens[loc.qFrom - 2]) ?? '')) concept = null;
        // («نحو 5000 شخص من نحو 900 أسرة», «7300 شخص ينتمون إلى 1400 أسرة»: the families the people
        // just counted belong to, counted by what befell those people.)
        if (comparable && q.kind === 'count' && countsFamilies(q.unit) && (concept === null || concept.startsWith('unit:')) && prevClaim?.sentenceStart === s.start && HOUSEHOLD_EVENTS.has(prevClaim.concept ?? '') && familiesOfThem(tokens, loc.qFrom))
          concept = `${prevClaim.concept}:family`;
        // («القتلى هم 31 [nationality] و6 [nationality]»: the next nationality of a list of an event's
        // people is a part of them too.)
        if (concept === null && comparable && q.kind === 'count' && isNationalityUnit(q.unit) && prevClaim?.sentenceStart === s.start && prevClaim.concept?.endsWith(':part') && (tokens[loc.qFrom - 1]?.norm === 'و' || (tokens[loc.qFrom].type === 'word' && /^و/.test(tokens[loc.qFrom].norm))) && (prevClaim.owners ?? []).length > 0 && (prevClaim.owners ?? []).every((o) => entityType(o) === 'country')) concept = prevClaim.concept;
        // («نحو 2.6 مليون ناخب مسجل، بينهم قرابة 52 ألفا في الخارج»: some of the registered voters are registered too.)
        if (comparable && /^voter(:part)?(:abroad|:home)?$/.test(concept ?? '') && prevClaim?.sentenceStart === s.start && prevClaim.concept?.startsWith('voter:registered') && [1, 2].some((d) => AMONG_THEM.test(tokens[loc.qFrom - d]?.norm ?? '')))
          concept = 'voter:registered' + (/:(abroad|home)$/.exec(concept ?? '')?.[0] ?? ':part');
        // «نال X 12.6%، وY 8.8%»: the next candidate of a list of shares, named after «، و».
        if (concept === null && comparable && q.kind === 'percent' && prevClaim?.sentenceStart === s.start && prevClaim.concept?.startsWith('percent:vote') && scope.owners.some((o) => entityType(o) === 'person') && nextListItem(tokens, loc.qFrom)) concept = prevClaim.concept;
        // («… بـ21.3%، تلته «حركة X» بـ12.4%، ثم «تحالف Y» بـ6.5%»: or a party its name in
        // quotation marks gives, after a verb of following or a list's «و» (parties.ts), the previous share's kind.
        // (Past the seats given with the share before: «بنسبة 19.1% و51 مقعدا، ثم «حركة X» بنسبة 13.2%».)
        const shareBefore = concept === null && comparable && q.kind === 'percent' ? lastInSentence(claims, s.start, aPercentage) : undefined;
        if (shareBefore?.concept?.startsWith('percent:vote') && partyOfSeats(tokens, loc, s.text, s.start, true) !== null) concept = shareBefore.concept;
        // («وحصلت الجبهة على 26.3% و23 مقعدا، وحزب X على 12.8%»: or a party its party noun names,
        // the list's last share before it, past the seats, that share's kind.)
        const listShare = concept === null && shareBefore && itemNamesParty(tokens, loc.qFrom) && nextListItem(tokens, loc.qFrom) ? shareBefore : undefined;
        if (listShare?.concept?.startsWith('percent:vote')) concept = listShare.concept;
        // («وجاءت فلانة، مرشحة حزب X، ثالثة بنسبة 18%», «ثم فلان، ابن مدينة Y، بـ4%»: in a read of
        // candidates' shares, a share its list item gives one person is that person's, share-holder.ts.)
        const holderless = comparable && q.kind === 'percent' && (concept === null || (concept.startsWith('percent:vote') && scope.owners.length === 0));
        const holder = holderless ? shareHolder(tokens, loc.qFrom, hits, stops) : null;
        const candidates = holder && concept === null ? claims.findLast((c) => !!c.concept?.startsWith('percent:vote') && (c.owners ?? []).some((o) => entityType(o) === 'person')) : undefined;
        if (holder && (concept !== null || candidates)) {
          concept ??= candidates?.concept ?? null;
          scope.owners = [holder.key];
          scope.ownerText = textOf(tokens, s.text, s.start, holder.from, holder.to);
          scope.guessed = false;
          scopeFrom = 'stated';
        }
        // "نال ائتلاف المعارضة 35 مقعدا", "34 مقعدا للمعارضة …": a party's seats (parties.ts); and
        // a party's votes or share where no one else is named for them («حلّ حزب X ثالثا بـ17.1%»,
        // «29.6% لحزب X» read in full where a name pattern stopped at two words).
        // (A country read off a nationality's adjective in a party's name gives way to the party.)
        const byCountryName = scope.owners.length > 0 && scope.owners.every((o) => entityType(o) === 'country');
        const partyVotes = /^(votes$|percent:vote)/.test(concept ?? '') && (scope.owners.every(isPartyKey) || byCountryName);
        // («مقابل 96 بلدية لائتلاف X»: the councils or municipalities a party won in local elections, its seats' kin.)
        const partySeats = concept === 'seat' || concept === 'seat:local' || COUNCILS_WON.test(concept ?? '');
        const party = comparable && (partySeats || partyVotes) ? partyOfSeats(tokens, loc, s.text, s.start, partyVotes) : null;
        // («و9.4% لمرشح حركة X، فلان الفلاني»: or the candidate named after the party a share is given to.)
        // («متقدما على فلانة، التي نالت 41.3%»: or the name a relative clause of winning follows; «بعد
        // حصوله على 50.9%», one the sentence named before: parties.ts.)
        // («تخطى فلان، مرشح «حزب X»، العتبة بحصوله على 50.4%»: «his» getting is the candidate's, not his party's.)
        const winning = () => personOfWinning(tokens, loc.qFrom, hits.filter((h) => !roles.has(h)), s.text, s.start);
        const hisWinning = party && partyVotes ? winning() : null;
        const owner = hisWinning ?? party ?? (comparable && /^(votes$|percent:vote)/.test(concept ?? '') ? candidateAfter(tokens, loc.unitEnd, s.text, s.start) ?? personBeforeRelative(tokens, loc.qFrom, hits, s.text, s.start) ?? (scope.guessed || scope.owners.every((o) => entityType(o) === 'country') ? winning() : null) : null);
        if (owner) {
          scope.owners = [owner.key];
          scope.ownerText = owner.text;
          scope.guessed = false;
          scopeFrom = 'stated';
        }
        // («ستحصل الحركة على 44 مقعدا»: the party noun alone, resolved once the article's parties are known, short-party.ts.)
        const pointsBack = comparable && !party && (partySeats || partyVotes) && scope.owners.length === 0 ? barePartyHead(tokens, loc.qFrom) : null;
        // "صوتوا بنعم", "بموافقة 61%": a referendum option's votes or share, owned by the option.
        // ("و1.4 مليون قاموا بالاقتراع لصالح «نعم»": a noun read off a verb is no concept beside an option.)
        // («من 12 من أصل 19 ولاية تقدم خيار «نعم»»: provinces counted are where the votes were, none of them.)
        const option = comparable && !bareWhole && /^(voter$|voter:at|votes$|percent:(vote|turnout)|unit:|$)/.test(concept ?? '') && !PLACE_UNIT.test(normalizeArabic(q.unit?.split(/\s+/)[0] ?? '')) && (q.kind === 'count' || (q.kind === 'percent' && !shareOfWhoVoted(tokens, loc.unitEnd))) ? optionOf(tokens, loc, own) : null;
        if (option) {
          concept = q.kind === 'percent' ? 'percent:vote' : 'votes';
          // (Or the one question the sentence names before it, past a bracket: «حصل السؤال الأول (…) على تأييد 58%».)
          const question = questionOf(tokens, clause[0], clause[1]) ?? questionOf(tokens, 0, loc.qFrom);
          scope.owners = [question === null ? option : `${option}:${question}`];
          scope.ownerText = null;
          scopeFrom = 'stated';
        }
        // «X وY، فحصل الأول على 4120 صوتا، والثاني على 980»: the person the ordinal names (not
        // the one named nearest before it).
        const referent = comparable && /^(votes|percent:vote)/.test(concept ?? '') ? ordinalReferent(tokens, hits, loc.qFrom, clause[0]) : null;
        if (referent) {
          scope.owners = [referent];
          scope.ownerText = displayName(referent);
          scopeFrom = 'stated';
        }
        // "حصل X على 39 مليون صوت بنسبة 89.6%": the candidate's votes and share are one's.
        // («و4 مقاعد لقائمة X بنسبة 3.9%»: the share of a party's seats is the party's; «52 مقعدا
        // من أصل 150 بنسبة 34.2%»: past the whole its seats are counted in.)
        const counted = prevClaim?.concept === 'seat:total' && claims[claims.length - 2]?.sentenceStart === s.start && claims[claims.length - 2].concept === 'seat' ? claims[claims.length - 2] : prevClaim;
        if (share && concept?.startsWith('percent:vote') && (scope.owners.length === 0 || scope.guessed || counted.concept === 'seat')) {
          scope.owners = [...(counted.owners ?? [])];
          scope.ownerText = null;
          scopeFrom = counted.evidence?.scope ?? scopeFrom;
        }
        // «فوز X بنسبة 53.9%، بعد حصوله على أكثر من 3 ملايين صوت»: «his» votes are the candidate's
        // whose share the sentence gave just before.
        // («فوز حزب X بـ71 مقعدا، بعدما حاز 38% من الأصوات»: the share is the party's whose seats came before.)
        // (Figures of no one between them, «من أصل 180 مقعدا», do not break the thread.)
        const winner = /^(votes$|percent:vote)/.test(concept ?? '') && (scope.owners.length === 0 || scope.guessed) && gotByHim(tokens, loc.qFrom) ? lastInSentence(claims, s.start, owned) : undefined;
        if (winner && /^(seat$|votes$|percent:vote)/.test(winner.concept ?? '') && winner.concept !== concept) {
          scope.owners = [...(winner.owners ?? [])];
          scope.ownerText = null;
          scopeFrom = winner.evidence?.scope ?? scopeFrom;
        }
        // «ونالت كتلة X 19.6% من الأصوات و24 مقعدا»: the seats joined to a party's share are that
        // party's; and the share joined to its seats, «ثانيا بـ31 مقعدا و21.7% من الأصوات».
        const joinedToOwned =
          prevClaim?.sentenceStart === s.start &&
          (prevClaim.owners ?? []).some(isPartyKey) &&
          ((concept === 'seat' && /^(votes$|percent:vote$)/.test(prevClaim.concept ?? '') && joinedToVotes(tokens, prevClaim.end, loc.qFrom)) ||
            (concept === 'percent:vote' && prevClaim.concept === 'seat' && joinedToSeats(tokens, prevClaim.end, loc.qFrom)));
        if (joinedToOwned && (scope.owners.length === 0 || byCountryName)) {
          scope.owners = [...(prevClaim.owners ?? [])];
          scope.ownerText = null;
          scopeFrom = prevClaim.evidence?.scope ?? scopeFrom;
        }
        // («التي نالت 41.3% أي 1,465,528 صوتا»: the votes a share is restated in are whose share it was.)
        const restatesShare = concept === 'votes' && scope.owners.length === 0 && RESTATING.test(tokens[loc.qFrom - 1]?.norm ?? '') && prevClaim?.sentenceStart === s.start && prevClaim.concept?.startsWith('percent:vote') && owned(prevClaim);
        if (restatesShare) {
          scope.owners = [...(prevClaim.owners ?? [])];
          scope.ownerText = null;
          scopeFrom = prevClaim.evidence?.scope ?? scopeFrom;
        }
        // "وبلغت حصيلة الوفيات في الإقليم 300": the province the article named before — or its
        // sentence before the figure («قال رئيس مقاطعة X إن 33 من سكان المقاطعة قتلوا»).
        if (scope.places.length === 0 && (scope.owners.length === 0 || scope.guessed)) {
          const namedSoFar = new Map(namedUnits);
          rememberUnits(tokens, hits.filter((h) => h.to <= loc.qFrom), namedSoFar, s.text, s.start);
          const unit = unitReferredTo(tokens, clause[0], clause[1], namedSoFar);
          if (unit) {
            scope.owners = [];
            scope.ownerText = null;
            scope.places = [unit.key];
            scope.admin = true;
            scope.placeText = unit.text;
            scopeFrom = 'stated';
          }
        }
        // "21 قتيلا في منطقة X وثلاثة في Y": the next item of a per-place breakdown is local too,
        // whether or not the gazetteer knows its place.
        if (scope.places.length === 0 && scope.owners.length === 0 && k > 0 && prevClaim?.sentenceStart === s.start && prevClaim.adminPlace && prevClaim.concept === concept) {
          const fi = tokens[loc.unitEnd];
          const name = tokens[loc.unitEnd + 1];
          if (fi && /^(في|ب)$/.test(fi.norm) && name?.type === 'word' && !namesWholeCountry(name)) {
            scope.places.push(patternPlaceKey([name]));
            scope.admin = true;
            scopeFrom = 'list';
          }
        }
        // "44 قتيلا، بينهم 20 في ولاية X": a part named by its province is that province's figure —
        // its place already keeps it from the total, and another read's "20 قتيلا في ولاية X" is
        // the same figure.
        // (Only a place named with a unit word: "منها 22 حريقا في الجبال" stays a part.)
        // (The part's own clause names the place: «أتى الحريق في إقليم X على 900 هكتار، منها 400 من
        // الغابات» is a part of the province's whole, not the province's figure.)
        if (concept?.endsWith(':part') && scope.places.length > 0 && scope.places.every((p) => hits.some((h) => h.key === p && h.admin && h.from >= clause[0]))) concept = concept.slice(0, -':part'.length);
        // «وسجلت الدائرة الثالثة أدنى نسبة مشاركة بـ41%», «إذ سجلت وحدها 20 قتيلا»: the record one member
        // of a set holds, or the toll it «alone» counts, is a part where the scope names no place or
        // side it belongs to (record-holder.ts).
        const alone = isEventConcept(concept) && aloneInClause(tokens, clause);
        // (One facility's intake, «:received», is a part already.)
        if (concept && !concept.endsWith(':part') && !concept.includes(':received') && scope.places.length === 0 && scope.owners.length === 0 && (recordHeld(tokens, loc) || alone)) concept += ':part';
        // «توزيع حصص غذائية على 1700 أسرة نازحة»: those a distribution of aid reached are its recipients (aided.ts).
        if (concept && AIDED_PEOPLE.test(concept) && aidedBefore(tokens, loc.qFrom)) concept += ':aided';
        // («أوضحت أن الفارق يعود إلى ثلاث حالات …»: the gap between two counts is no count of its own, count-gap.ts.)
        // («وحذف 16 حالة تبين أنها سُجلت مرتين»: nor are the records taken off a count, removed.ts.)
        if (isEventConcept(concept) && (explainsGap(tokens, clause, loc.qFrom) || removedRecords(tokens, loc.qFrom))) concept = null;
        // "على بعد 60 كيلومترا": a distance from no named place has no clear topic — unless a
        // bearing follows it («16 كيلومترا شمال شرقي المدينة», «15 كلم إلى شمال X»): how far from
        // the place the read is about.
        if (concept?.startsWith('distance') && scope.owners.length === 0 && scope.places.length === 0 && !hasBearing(concept)) concept = null;
        const attribution = attributionOf(ctx, loc.qFrom, previousSpeaker, stops);
        // A source named by nationality gives its own country's figure ("وزارة الصحة الكندية"), a
        // guess; never a news outlet's or agency's country, nor the side that struck. (A name a city
        // shares with a country is read as the whole text reads it: «شركة مقرها [العاصمة]» is no country's.)
        const speakerCountry = (words = tokensOf(attribution ?? '')): EntityHit | undefined =>
          namesOutlet(words) ? undefined : findEntities(words, undefined, cityForms).find((h) => entityType(h.key) === 'country' && !neverOwners.has(h.key));
        // (Not for a measure of the event itself, a quake's depth: a foreign agency measures it too.)
        if (scope.owners.length === 0 && scope.places.length === 0 && attribution && !(concept && nounOf(concept)?.scopeless)) {
          // (The speaker's country as the sentence names it, "الرئيس الكندي جون سميث", nearest the figure.)
          const near = speakerCountries.reduce<EntityHit | undefined>((best, h) => (!best || Math.abs(h.from - loc.qFrom) < Math.abs(best.from - loc.qFrom) ? h : best), undefined);
          const a = near ?? speakerCountry();
          if (a) {
            scope.owners.push(a.key);
            scopeFrom = 'guessed';
          }
        } else if (attribution && (scopeFrom === 'guessed' || (scopeFrom === 'list' && otherSource(listClaim?.attribution ?? null, attribution)))) {
          // «…، وتتحدث فنلندا عن 7 حالات وفاة»: a country that speaks, by its own name, of its own
          // people — over a country only guessed from earlier words or read off another source's item.
          const a = speakerCountry();
          if (a) {
            scope.owners = [a.key];
            scope.places = [];
            scopeFrom = 'guessed';
          }
        }
        claims.push({
          ...q,
          sentence: s.text,
          sentenceStart: s.start,
          comparable,
          attribution,
          concept,
          entities: [...new Set([...scope.owners, ...scope.places])],
          rate: rateOf(tokens, loc.unitEnd, loc.qFrom) ?? (q.kind === 'percent' ? null : rateBefore(tokens, loc.qFrom)),
          // (Jobs are an economy's count: «تستهدف الحكومة توفير 300 ألف فرصة عمل» is a target.)
          // (An analyst's seats or shares are his reading of the count, never the count: analystReading.)
          modality: analystReading(concept, attribution) ? 'projection' : modalityOf(tokens, loc.qFrom, q.kind === 'money' || q.kind === 'percent' || concept === 'jobs', q.kind !== 'money'),
          owners: scope.owners,
          places: scope.places,
          adminPlace: scope.admin || undefined,
          label: labelOf(tokens, loc, concept, scope.ownerText, scope.placeText),
          evidence: { noun: nounEvidence(q, ownConcept, tokens, loc), scope: scopeFrom },
          ...(recalled ? { earlier: true } : {}),
        });
        if (pointsBack) pointing.set(claims[claims.length - 1], pointsBack);
      });
    }
    const sentenceClaims = claims.slice(firstClaim);
    markZones(sentenceClaims, tokens);
    markBreakdowns(sentenceClaims);
    shareListEvent(sentenceClaims, POPULATION_KEYS);
    dropUnresolvedGroups(sentenceClaims, tokens, POPULATION_KEYS);
    victimsOfBoth(sentenceClaims);
    partsBeforeRest(sentenceClaims, tokens);
    sharesBeforeSeats(sentenceClaims);
    markPartialSeats(sentenceClaims, tokens);
    rememberUnits(tokens, hits, namedUnits, s.text, s.start);
    previousSpeaker = speakerOfSentence(ctx) ?? previousSpeaker;
    previousRecalled = recalled || EARLIER_OPENING.test(normalizeArabic(s.text));
    listIntro = distributedIntro(tokens, EVENT_CONCEPTS) ?? (isBulletLine(s.text) ? listIntro : null);
    placedList = distributingIntro(tokens) || (isBulletLine(s.text) && placedList);
    inflationList = opensInflationList(tokens) || (isBulletLine(s.text) && inflationList);
    previousHour = sentenceClaims.map((c) => /^(voter|percent:turnout)\b.*(:at:[^:]+)$/.exec(c.concept ?? '')?.[2]).find((h) => !!h) ?? '';
  }
  resolveShortParties(claims, pointing);
  dropOwnerlessVotes(claims);
  return claims;
}

// Municipalities and councils a party won: «بلدية», «مجلسا».
const COUNCILS_WON = /^(municipality|unit:(مجلس|مجالس))$/;

// «مقارنة بالتوقعات», «قياسا بالتقديرات», «عن التوقعات»: measured against what was forecast.
const FORECAST = /^(و)?(ال|بال|لل)?(توقعات|تقديرات)$/;
const AGAINST = /^(مقارنه|قياسا|عن|من)$/;

/** The figure is told against a forecast right after it (at most three words on): a gap, another figure than a level. */
function againstForecast(tokens: Token[], loc: Located): boolean {
  for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + 4); i++) {
    const t = tokens[i];
    if (t.type === 'punct') return false;
    if (FORECAST.test(t.norm) && AGAINST.test(tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}

// Concepts measured, not counted: a fraction is theirs.
const MEASURES = /^(magnitude|distance|area|depth|height|length|weight|temperature|speed|percent|money|rate)/;

/** «ثلاث من السيارات»: a figure followed by «من» and a definite noun — some of a group already named. */
function someOfCounted(tokens: Token[], loc: Located): boolean {
  const of = tokens[loc.qTo];
  const noun = tokens[loc.qTo + 1];
  return of?.norm === 'من' && noun?.type === 'word' && /^(ال|لل)../.test(noun.norm);
}

/** «17 منهم في X»: «منهم» right after the figure, then a place a breakdown list or the gazetteer names. */
function placedOfThem(tokens: Token[], loc: Located, hits: readonly EntityHit[]): boolean {
  if (!/^(منهم|منهن|منها)$/.test(tokens[loc.unitEnd]?.norm ?? '') || tokens[loc.unitEnd + 1]?.norm !== 'في') return false;
  return hits.some((h) => h.from === loc.unitEnd + 2 && h.type !== 'org' && h.type !== 'person');
}

/** Two named sources, neither the other's name written longer («X» and «الرئيس X»). */
const otherSource = (a: string | null, b: string): boolean => !!a && !a.includes(b) && !b.includes(a);
