// Rules that read a figure against the rest of its sentence: breakdowns by place, control zones,
// list items that share the previous item's scope, "العدد" referring back, and the base of a change.

import type { Claim } from '../../types';
import type { Token } from '../text/tokens';
import { entityType, findEntities } from '../text/entities';
import { normalizeArabic, RELATIVE_PRONOUN } from '../text/normalize';
import { conceptOfWord } from './concepts';
import { CONFIRMED } from './concept-of';
import { isEarlierMention } from './modality';
import { TOTAL, clauseAround } from './scope';
import { zoneOf } from './zone';
import { ALONE, RECORDED_IN } from './scope-words';
import { monthNumber } from '../extract/dates';
import type { Located } from './locate';
import { AGES_RANGE, THEIR_AGES } from './rate-group';

/**
 * A sentence giving one concept for several places ("394 وفاة بإقليم أونتاريو، و271 … كيبيك")
 * is a breakdown: its places are administrative parts, never the whole.
 */
export function markBreakdowns(sentenceClaims: Claim[]): void {
  // Countries named one by one ("2921 in one country … 1444 in another") are national figures, and a
  // total stays a total: only provinces, cities and zones make a breakdown.
  const local = (c: Claim) => {
    const p = c.places ?? [];
    return p.length === 1 && p[0] !== TOTAL && entityType(p[0]) !== 'country';
  };
  // (Nor an earlier count the sentence recalls, «علما بأن الشرطة أعلنت في البداية خطف 187 في
  // ولاية X», beside the latest it gives for a town: one event's count, told at two moments.)
  const inSentence = sentenceClaims.filter((c) => c.concept && local(c) && !isEarlierMention(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart));
  const byConcept = new Map<string, Set<string>>();
  for (const c of inSentence) {
    const set = byConcept.get(c.concept as string) ?? new Set<string>();
    (c.places ?? []).forEach((p) => set.add(p));
    byConcept.set(c.concept as string, set);
  }
  for (const c of inSentence) if ((byConcept.get(c.concept as string)?.size ?? 0) >= 2) c.adminPlace = true;
}

/** Figures of a sentence that names a control zone ("في مناطق سيطرة الحكومة") are that zone's. */
export function markZones(sentenceClaims: Claim[], tokens: Token[]): void {
  const inSentence = sentenceClaims.filter((c) => c.comparable && c.concept);
  if (inSentence.length === 0) return;
  const zone = zoneOf(tokens);
  if (!zone) return;
  for (const c of inSentence) {
    if ((c.places ?? []).some((p) => entityType(p) !== 'country')) continue;
    c.places = [zone];
    c.adminPlace = true;
    c.entities = [...new Set([...(c.owners ?? []), zone])];
  }
}

/**
 * "35418 قتيلاً و105505 مصابين في كندا": the next item of a list ("و" right before the figure,
 * no comma between) shares the previous item's owners and places when it names none itself.
 */
export function inheritsScope(tokens: Token[], prev: Located | null, loc: Located, votes = false): boolean {
  if (!prev || prev.qTo > loc.qFrom) return false;
  // «على 47.9 بالمئة من الأصوات، أي 1,356,201 صوت»: the same result restated in another measure.
  if (votes && tokens[loc.qFrom - 1]?.norm === 'اي' && /^[،,]$/.test(tokens[loc.qFrom - 2]?.raw ?? '') && loc.qFrom - 2 - prev.qTo <= 4) return true;
  // "20 ضحية، و150 جريحا": a comma may stand before the و.
  let between = tokens.slice(prev.unitEnd, loc.qFrom);
  // «إلى 37 مقعدا (22.5%)», «58 مقعدا، بنسبة 31.2% من الأصوات»: the same party's share, in
  // brackets or after a comma, right after its seats or votes.
  if (votes && between.length === 1 && between[0].raw === '(') return true;
  if (votes && between.length === 2 && /^[،,]$/.test(between[0].raw) && /^(بنسبه|بنسبته)$/.test(between[1].norm)) return true;
  if (between[0]?.type === 'punct' && /^[،,]$/.test(between[0].raw)) between = between.slice(1);
  // («و7 مقاعد» and «وسبعة مقاعد» alike: a number word carries the «و» itself.)
  const first = tokens[loc.qFrom];
  if (between.length === 0 && first?.type === 'word' && /^و/.test(first.norm) && first.bare !== first.norm) return true;
  if (between.length === 0 || between.length > 3 || between.some((t) => t.type !== 'word')) return false;
  // "X بنسبة 4.5%، وY بنسبة 4%": in a list of results the words between name the next candidate;
  // only "و" and words of a share ("وبنسبة") keep the previous one's.
  if (votes && !between.every((t, k) => VOTE_LINK.test(k === 0 ? t.norm.replace(/^و/, '') : t.norm))) return false;
  return /^و/.test(between[0].norm);
}
const VOTE_LINK = /^(|ب|بنسبه|نسبه|نسبته|بنسبته|اي|ما|من|علي|بلغت|بلغ)$/;

/** "25 قتيلا، بينهم ستة أطفال": the figure is an aside naming a part of the one before (a comma, then «بينهم/منهم»). */
export function isAsidePart(tokens: Token[], loc: Located): boolean {
  const comma = tokens[loc.qFrom - 2];
  return PART_OF.test(tokens[loc.qFrom - 1]?.norm ?? '') && !!comma && comma.type === 'punct' && /^[،,]$/.test(comma.raw);
}

/** "بارتفاع العدد إلى 10 آلاف": a bare "العدد"/"الرقم"/"الحصيلة" a few words before the figure. */
export function refersBack(tokens: Token[], loc: Located): boolean {
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - 3); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (/^(و|ب|ل)?ال(عدد|رقم|حصيله)$/.test(t.norm)) return !conceptOfWord(tokens[i + 1]);
  }
  return false;
}

// "واحد/واحدة" after a noun governed by a preposition: "من عائلة واحدة" (one family), "في يوم
// واحد", "بضربة واحدة" — the adjective "one" says the thing is single; it counts nothing the news
// compares ("قتل شخص واحد", "جنديا تشاديا واحدا" keep their count: no preposition before).
const ONE = /^(واحد|واحده|واحدا)$/;
const PREPOSITION = /^(من|في|فى|على|علي|عن|الى|إلى|مع|بين|عبر|خلال|ضمن)$/;

/** "من عائلة واحدة": the figure is the adjective "one" of a noun after a preposition. */
export function isOneAdjective(tokens: Token[], loc: Located): boolean {
  if (loc.q.value !== 1 || loc.qTo - loc.qFrom !== 1 || !ONE.test(tokens[loc.qFrom].norm)) return false;
  const noun = tokens[loc.qFrom - 1];
  const prep = tokens[loc.qFrom - 2];
  if (!noun || noun.type !== 'word') return false;
  // A glued preposition on an indefinite noun ("بضربة واحدة", "لمرة واحدة").
  if (/^(ب|ل)[^ا]/.test(noun.norm) && noun.bare !== noun.norm && noun.norm.length > 3) return true;
  return !!prep && prep.type === 'word' && PREPOSITION.test(prep.norm);
}

// Another, earlier event named before a figure: last year's, a similar one, or one recalled as
// "several weeks/months/years ago" ("وكان آخر حادث … قد وقع قبل عدة أسابيع، حيث أصيب سبعة"; a
// vague span recalls an older incident — the story's own event is dated "قبل أسبوعين").
// The same for an event the article's own comes after ("ويأتي التفجير بعد أيام من سقوط
// X قتلى في هجوم مماثل …", "وتأتي الهجمات بعد يوم على …"): the figure is the earlier one's.
// Last season's or last summer's ("دفع 75 مليونا الصيف الماضي", "سجل 20 هدفا في الموسم الماضي"),
// and an event recalled years after ("بعد 4 أعوام من هجوم أودى بحياة 9 أشخاص …"), are other events too.
// So is the event of a named year a record is measured from, in its own relative clause ("الأعنف منذ
// إعصار أكتوبر 2019، الذي قتل أكثر من 300"; not "منذ بدء الحرب، قتل …": no year, a comma).
export const PAST_EVENT =
  /(منذ [^،,]{0,40}(19|20)\d\d،? (الذي|التي) [^،,]{0,30}$|العام الماضي|السنه الماضيه|العام السابق|(الصيف|الشتاء|الربيع|الخريف|الموسم) (الماضي|السابق)|بعد \S+ (سنوات|اعوام) من|مماثل|مماثله|مشابه|مشابهه|قبل (عده|بضعه) (اسابيع|اشهر|شهور|سنوات|اعوام)|قبل (اشهر|شهور|سنوات|اعوام)|(ياتي|تاتي|جاء|جاءت)( \S+){0,3} بعد (اقل من |اكثر من |نحو |قرابه )?(ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|عام|عامين|اعوام|سنه|سنوات) (من|علي))/;
// «وكان حريق في مصنع للبلاستيك قد أودى بحياة 3 عمال في مارس الماضي»: a sentence recalling what
// an event — indefinite, not the story's own «الحريق» — had done, in a month gone by, is of another
// event. (Without the month it is as often the story's own event told again: «وكان حريق هائل قد
// اندلع في الكنيسة صباح اليوم».)
const RECALLED_EVENT = /^[^\p{L}]*(و)?(كان|كانت) (حريق|انفجار|حادث|حادثه|زلزال|فيضان|فيضانات|انهيار|هجوم|غرق|اعصار|انزلاق) [^،,]{0,80}قد /u;
const GONE_BY = /^(الماضي|المنصرم)$/;
/** The sentence (folded text before the figure, and its tokens) recalls another event of a past month. */
export function recallsOtherEvent(before: string, tokens: readonly Token[]): boolean {
  return RECALLED_EVENT.test(before) && tokens.some((t, i) => t.type === 'word' && monthNumber(t.norm) !== null && GONE_BY.test(tokens[i + 1]?.norm ?? ''));
}
// A sentence that opens on another matter than the article's ("من جهة أخرى"، "على صعيد آخر"،
// "على صعيد محلي آخر"، "وفي حادث منفصل"): news round-ups add other incidents this way, and their figures are not the
// story's (another battle's dead, another town's injured). ("في سياق متصل", a related matter,
// often goes on with the story's own figures: not included.)
export const OTHER_MATTER = /^[^\p{L}]*(و|ف)?(من جهه (اخري|ثانيه)|من ناحيه (اخري|ثانيه)|من جانب (اخر|ثان)|علي صعيد (\S+ )?(اخر|ثان)|في سياق اخر|في تطور اخر|في (حادث|هجوم|انفجار|تفجير|اشتباك) (اخر|منفصل)|في (حادثه|عمليه|غاره|ضربه|مداهمه|حمله) (اخري|منفصله))/u;
// "مصرع أكثر من 60 شخصاً بحريق مماثل": the likeness may be named after the figure too.
const SIMILAR = /^(ب|في|ل)?(ال)?(مماثل|مماثله|مشابه|مشابهه|سابق|سابقه)$/;
const LIKE_PERIOD = /^(ب|ل|في)?(ال)?(فتره|شهر|ربع|نصف|فصل|عام|سنه|موسم|اسبوع|يوم)$/;

/**
 * "60 شخصا بحريق مماثل": the figure of another, similar event named after it — in the figure's
 * own clause, also past its verb ("وكان 34 شخصا على الأقل قد لقوا حتفهم في غرق مركب مماثل").
 */
export function isOtherEvent(tokens: Token[], loc: Located): boolean {
  for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + 11); i++) {
    const t = tokens[i];
    if (t.type === 'punct' || t.type === 'num') return false;
    // "بحريق مماثل": an event noun, then the likeness; not "في السابق" (see isBaseline).
    // (Not «مقارنة بالفترة المماثلة من العام الماضي»: a like period is the base of a change, no event.)
    if (i > loc.unitEnd && SIMILAR.test(t.norm) && !/^(في)?(ال)?سابق$/.test(t.norm) && tokens[i - 1].type === 'word' && !/^(في|ال)/.test(tokens[i - 1].norm) && !LIKE_PERIOD.test(tokens[i - 1].norm)) return true;
  }
  return false;
}

// Words that join a figure to the one it is a part of ("52 شخصا، بينهم 19 عسكريا", "60 هم 23
// عسكريا و31 مدنيا", "140 جريحا، بينهم 17 …").
const AMONG = /^(و)?(بينهم|ينهم|منهم|بينها|منها|هم|بمن|فيهم|من)$/;
// «قتل 30 مدنيا، إضافة إلى 12 جنديا»: a group added to the previous count is struck as it was.
const BESIDES = /^(و)?(ب)?(ال)?(اضافه|فضلا|علاوه)$|^(الي|عن|علي)$/;
const TOLLS: ReadonlySet<string> = new Set(['death', 'injured']);
const PART_OF = /^(و)?(بينهم|ينهم|منهم|بينها|منها|هم)$/;
// The cases of a disease or of people hurt, counted by the word «حالة/إصابة».
const CASE_NOUN = /^(و|ب)?(ال)?(حاله|حالات|اصابه|اصابات)$/;
/** The figure before «بينها» at `at` (a few words back) counts cases: "5 آلاف حالة منذ …، بينها". */
const casesBefore = (tokens: Token[], at: number): boolean => {
  for (let i = at - 1; i >= Math.max(0, at - 8); i--) if (tokens[i].type === 'num') return tokens.slice(i + 1, i + 3).some((t) => CASE_NOUN.test(t.norm));
  return false;
};

// «منها سُجلت في X», «منها في X»: the part of those counted before that a named place holds
// («في موقعي بناء» names none).
const partIn = (tokens: Token[], from: number): boolean => {
  const fi = tokens[from]?.norm === 'في' ? from : RECORDED_IN.test(tokens[from]?.norm ?? '') && tokens[from + 1]?.norm === 'في' ? from + 1 : -1;
  return fi >= 0 && findEntities(tokens.slice(fi, fi + 4)).some((h) => h.from === 1 && entityType(h.key) !== 'person');
};
const OF_THEM_AFTER = /^(منهم|منها|منهن|منهما)$/;

// How far before the figure «بين القتلى» may stand (a relative clause may describe them).
const AMONG_REACH = 8;
/** «بين» and, right after it, a definite noun of the figure's concept, a few words before the figure and after any other. */
function amongCounted(tokens: Token[], prev: Located | null, loc: Located, concept: string): boolean {
  const from = Math.max(0, loc.qFrom - AMONG_REACH, prev && prev.qTo <= loc.qFrom ? prev.unitEnd : 0);
  for (let i = loc.qFrom - 2; i >= from; i--) {
    const t = tokens[i];
    if (t.type === 'punct' && !/^[،,]$/.test(t.raw)) return false;
    if (t.type === 'word' && /^(و)?بين$/.test(t.norm) && /^ال/.test(tokens[i + 1]?.norm ?? '') && conceptOfWord(tokens[i + 1]) === concept) return true;
  }
  return false;
}

/** The figure follows the previous one's «من X» (or nothing) and «و»: the next item of one list. */
function listItemAfter(tokens: Token[], prev: Located, loc: Located): boolean {
  const between = tokens.slice(prev.unitEnd, loc.qFrom);
  if (between.length === 0 || between.some((t) => t.type !== 'word')) return false;
  return between[between.length - 1].norm === 'و' && between.length <= 4 && (between.length === 1 || between[0].norm === 'من');
}

// «مؤكدة», «ثبتت» within a few words of the figure (concept-of.ts's word for confirmed cases).
const CONFIRMING_REACH = 3;
const confirmedNear = (tokens: Token[], loc: Located): boolean =>
  tokens.slice(Math.max(0, loc.qFrom - CONFIRMING_REACH), loc.unitEnd + CONFIRMING_REACH).some((t) => t.type === 'word' && CONFIRMED.test(t.norm));

/**
 * The concept of a figure that names a part of the previous figure: a group among those counted
 * takes the previous figure's event ("52 لقوا حتفهم، بينهم 19 عسكريا" → the soldiers among the
 * dead), and the same concept after "بينهم/منهم" is a part of it, never the whole.
 */
export function partOfPrevious(tokens: Token[], prev: Located | null, loc: Located, prevConcept: string | null, concept: string | null, populations: ReadonlySet<string>, events: ReadonlySet<string>): string | null {
  if (!concept) return concept;
  // "ارتفع إجمالي الحالات إلى 38 ألف حالة، بينها 212 وفاة": the deaths among an epidemic's (or
  // an event's) cases are all its deaths, another measure than the cases, not a part of a toll.
  if (concept === 'death' && PART_OF.test(tokens[loc.qFrom - 1]?.norm ?? '') && casesBefore(tokens, loc.qFrom - 1)) return concept;
  // («بلغ عدد الحالات المشتبه بها 930، بينها 260 حالة مؤكدة», «ثبتت إصابة 260 منها مخبريا»: the
  // confirmed among the suspected cases are the confirmed count, the cases a read compares.)
  if (concept === 'injured' && prevConcept?.startsWith('injured:suspected') && confirmedNear(tokens, loc)) return concept;
  // "منها 22 حريقا", "بينهم 17 مصابا": "of which" always names a part of a figure given before.
  const before = tokens[loc.qFrom - 1];
  // (A group or a kind already named, "death:soldier", "injured:treated", is a part as it is.)
  // (The land treated, «area:treated», is no group: «منها 3100 هكتار عولجت بالرش» is a part of it.)
  const plain = !concept.includes(':') || /^(unit:[^:]+|area:treated)$/.test(concept);
  const ofWhich = !!before && PART_OF.test(before.norm) && before.norm !== 'هم' && plain && !populations.has(concept);
  // «الوفيات الثلاث …، توفي اثنان منهم في …», «12 منهم أطفال»: «منهم» right after the figure makes
  // it some of those counted before it, which ones its words seldom say — no topic of its own
  // (as a part, two such figures of one read met as one thing: the overturned and the wrecked).
  // («أدلى 5.9 ملايين منهم بأصواتهم»: those of the registered who voted are the vote's turnout count;
  // «لجأ 1800 منهم إلى مراكز الإيواء»: those of the evacuated in the shelters are the sheltered.)
  // («23 حالة، … 15 منها سُجلت في X»: unless a place it was recorded in follows — the part of there.)
  if (prev && prevConcept && prev.qTo <= loc.qFrom && plain && !populations.has(concept) && !/^(voter|votes|sheltered)/.test(concept) && OF_THEM_AFTER.test(tokens[loc.unitEnd]?.norm ?? '')) return partIn(tokens, loc.unitEnd + 1) ? `${concept}:part` : null;
  // «وبين القتلى الذين جرى التعرف عليهم 21 من ولاية X»: «بين» and the counted noun before the
  // figure make it some of them, as «بينهم» does.
  if (plain && !populations.has(concept) && amongCounted(tokens, prev, loc, concept)) return `${concept}:part`;
  // («الفائزون …، وبينهم امرأتان»: a group among people no figure counted is a part of them too.)
  const groupAmong = !!before && PART_OF.test(before.norm) && before.norm !== 'هم' && populations.has(concept);
  if (!prev || !prevConcept || prev.qTo > loc.qFrom) return (ofWhich || groupAmong) && !concept.endsWith(':part') ? `${concept}:part` : concept;
  // «بينهم 19 من ولاية X و14 من Y»: an item joined by «و» to a part is a part too.
  if (prevConcept === `${concept}:part` && listItemAfter(tokens, prev, loc)) return prevConcept;
  const event = prevConcept.split(':')[0];
  // "إصابة 43 من المسلحين و7 من عناصر الشرطة": the previous item's own «من X» is its group, not
  // a word between the two items of one list.
  let from = tokens[prev.unitEnd]?.norm === 'من' && prev.unitEnd === prev.qTo && tokens[prev.unitEnd + 1]?.type === 'word' ? prev.unitEnd + 2 : prev.unitEnd;
  // ("مقتل 11 من عناصر قوات الأمن و10 مدنيين": the genitives of that group go with it too.)
  if (from > prev.unitEnd) while (from < loc.qFrom && from - prev.unitEnd < 5 && tokens[from].type === 'word' && !/^و/.test(tokens[from].norm) && !conceptOfWord(tokens[from]) && !AMONG.test(tokens[from].norm)) from++;
  // («3 أطفال تتراوح أعمارهم بين 8 و14 عاما و5 نساء»: the previous group's ages set after it.)
  const agesEnd = pastAges(tokens, prev.unitEnd, loc.qFrom);
  if (from === prev.unitEnd) from = agesEnd;
  // "52 لقوا حتفهم، بينهم 19": the previous figure's own event words may stand between.
  const between = tokens.slice(from, loc.qFrom).filter((t) => t.type === 'word' && conceptOfWord(t) !== event);
  // ("44 شخصا لقوا حتفهم في الحرائق، بينهم 20 في ولاية X": further away, "of which" opening a
  // phrase still names a part; not after a verb or كل, "استفاد منها 25 ألفا", "كل منها 36 طنا".)
  const opensPhrase = ofWhich && (tokens[loc.qFrom - 2]?.type === 'punct' || tokens[loc.qFrom - 2]?.norm === 'من');
  // ("18 شخصا قتلوا في الهجوم على فندق في X، بينهم أربعة أجانب": a group after «، بينهم» is
  // counted among the previous toll, however far that figure stands.)
  const groupAfterComma = !!before && PART_OF.test(before.norm) && before.norm !== 'هم' && populations.has(concept) && tokens[loc.qFrom - 2]?.type === 'punct';
  const groupOfWhich = groupAfterComma && TOLLS.has(event);
  // («تنافس 4782 مرشحا، بينهم 1163 امرأة»: a group among a counted noun of no known concept is
  // some of that count, not the group's own count — the women elected, say.)
  if (groupAfterComma && prevConcept.startsWith('unit:')) return `${concept}:part`;
  if (tokens.slice(agesEnd, loc.qFrom).length > 6 || !between.every((t) => AMONG.test(t.norm) || t.norm === 'و' || BESIDES.test(t.norm)))
    return groupOfWhich ? `${event}:${concept}` : opensPhrase && !concept.endsWith(':part') ? `${concept}:part` : concept;
  if (populations.has(concept) && events.has(event)) return `${event}:${concept}`;
  if ((concept === prevConcept && between.some((t) => PART_OF.test(t.norm))) || ofWhich) return `${concept}:part`;
  return concept;
}
const YEARS_OF_AGE = /^(عاما|عام|سنه|سنوات|سنين)$/;
/** The token after «تتراوح أعمارهم بين 8 و14 عاما» starting at `from` (before `to`), or `from` where no ages stand there. */
function pastAges(tokens: Token[], from: number, to: number): number {
  if (!AGES_RANGE.test(tokens[from]?.norm ?? '') || !THEIR_AGES.test(tokens[from + 1]?.norm ?? '')) return from;
  for (let k = from + 2; k < Math.min(to, from + 9); k++) if (YEARS_OF_AGE.test(tokens[k].norm)) return k + 1;
  return from;
}

// "سقوط 19 قتيلا - 12 مسلحا و7 من الشرطة -"، "19 قتيلا (12 مسلحا و7 جنود)":
// the items after a dash or an opening bracket right after a figure of an event break it down.
const OPENS_BREAKDOWN = /^[-–—(]$/;

/**
 * The event a figure is a breakdown item of: `head` opens one when only a dash or a bracket stands
 * between the previous figure (of an event) and it; `going` carries it on over items joined by و.
 */
export function breakdownEvent(tokens: Token[], prev: Located | null, loc: Located, prevConcept: string | null, going: string | null, events: ReadonlySet<string>): string | null {
  if (!prev || prev.qTo > loc.qFrom) return null;
  const between = tokens.slice(prev.unitEnd, loc.qFrom);
  const event = prevConcept?.split(':')[0] ?? '';
  if (between.length === 1 && between[0].type === 'punct' && OPENS_BREAKDOWN.test(between[0].raw) && events.has(event) && !prevConcept?.includes(':')) return event;
  return going && between.every((t) => t.norm === 'و') ? going : null;
}

/** A breakdown item's concept: its group among the event's people, or a part of the event. */
export function breakdownConcept(event: string, concept: string | null, populations: ReadonlySet<string>): string | null {
  if (concept && populations.has(concept)) return `${event}:${concept}`;
  if (concept === null || concept.startsWith('unit:') || concept === event) return `${event}:part`;
  return concept;
}

const CHANGED = /^(و|ف)?(ارتفع|ارتفعت|تراجع|تراجعت|انخفض|انخفضت|قفز|قفزت|صعد|صعدت|زاد|زادت|هبط|هبطت)$/;
const CHANGE_REACH = 16;
const BASELINE_BEFORE = /^(بزياده|زياده|مقارنه|بالمقارنه|مقابل|بدلا|عوضا|بعدما|كان|كانت)$/;

/** The figure a change starts from: "من 30 إلى 50", "بزيادة عن 3 مليارات", "بدلا من 7 آلاف", or the one it is compared with. */
export function isBaseline(tokens: Token[], loc: Located, earlier: Located | null = null): boolean {
  const prev = tokens[loc.qFrom - 1];
  const prev2 = tokens[loc.qFrom - 2];
  if (prev && /^(عن|من|ب|مع)$/.test(prev.norm) && prev2 && BASELINE_BEFORE.test(prev2.norm)) return true;
  // "ارتفعت إلى 11.2% بعد أن كانت 8.8%", "بعدما كان 30": the value before the change (a few words
  // after «كانت» too: «بعد أن كانت الحصيلة قد استقرت على ثلاث وفيات»).
  if (wasBefore(tokens, loc.qFrom)) return true;
  // "48 جنيها من مستوى نحو 29 جنيها", "عند 47 جنيها، من نحو 29.5": the level it moved from,
  // right after the level it moved to.
  const from = prev?.norm === 'من' ? loc.qFrom - 1 : prev?.bare === 'مستوي' && prev2?.norm === 'من' ? loc.qFrom - 2 : -1;
  if (from >= 0 && earlier && earlier.q.kind === loc.q.kind && from - earlier.unitEnd <= 6 && from >= earlier.unitEnd) return true;
  // "من 30 قتيلا إلى 50": the first figure of a from-to pair.
  if (prev?.norm === 'من') {
    for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + 3); i++) {
      if (/^(الى|الي|حتى)$/.test(tokens[i].norm)) return (tokens[i + 1]?.type === 'num' || /^(ال)?[0-9]/.test(tokens[i + 1]?.norm ?? '')) && !otherThingAfter(tokens, loc, i + 1);
      if (tokens[i].type === 'punct') break;
    }
  }
  // («ارتفعت الحصيلة من 11 قتيلا في الحصيلة الأولى التي أعلنت الأربعاء، إلى 15»: after a verb of
  // change, the figure «من» opens is where it started, however far its «إلى» stands.)
  if (prev?.norm === 'من' && CHANGED.test(prev2?.norm ?? '')) {
    for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + CHANGE_REACH); i++) {
      if (tokens[i].type === 'punct' && !/^[،,]$/.test(tokens[i].raw)) break;
      if (/^(الى|الي)$/.test(tokens[i].norm) && tokens[i + 1]?.type === 'num') return true;
    }
  }
  if (comparedWith(tokens, loc.qFrom)) return true;
  return /^(سابقا|السابق)$/.test(tokens[loc.unitEnd]?.norm ?? '') || tokens.slice(loc.unitEnd, loc.unitEnd + 8).some((t, k, a) => t.norm === 'في' && a[k + 1]?.norm === 'السابق');
}

const COMPARED = /^(و)?(مقارنه|بالمقارنه|مقابل)$/;
const WAS = /^(كانت|كان|كانوا)$/;
// How many words may stand between «كانت» and the figure («الحصيلة قد استقرت على»).
const WAS_REACH = 5;
/** «بعد أن كانت/بعدما كانت» right before the figure at `qFrom` or a few words before it, no punctuation between. */
function wasBefore(tokens: Token[], qFrom: number): boolean {
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - 1 - WAS_REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (WAS.test(t.norm)) return tokens[i - 1]?.norm === 'بعدما' || (tokens[i - 1]?.norm === 'ان' && tokens[i - 2]?.norm === 'بعد');
  }
  return false;
}

/**
 * «مقارنة بمبيعات الفترة نفسها من عام 2014 التي بلغت 190 ألف عقار»: the figure a relative clause
 * gives the thing compared with — the other period's value, not this one's.
 */
function comparedWith(tokens: Token[], qFrom: number): boolean {
  // «التي بلغت N», «الذي سجل نحو N», «التي ناهزت N» (the verb read as the approximation).
  let rel = -1;
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - 4); i--) {
    if (tokens[i].type !== 'word') return false;
    if (RELATIVE_PRONOUN.test(tokens[i].norm)) {
      rel = i;
      break;
    }
  }
  if (rel < 0) return false;
  for (let i = rel - 1; i >= Math.max(0, rel - 8); i--) {
    const t = tokens[i];
    // (A year names the period compared with: «من عام 2014».)
    if (t.type === 'punct' || (t.type === 'num' && !/^(19|20)\d\d$/.test(t.norm))) return false;
    if (COMPARED.test(t.norm)) return true;
  }
  return false;
}

/**
 * "ارتفعت حصيلة انهيار المبنى المؤلف من عشرين طابقا إلى 14 قتيلا": the figures on either side of
 * «إلى» count two different things by their own nouns (floors, the dead), so they are no from-to
 * pair ("من 30 قتيلا إلى 50 ضحية" still is: one thing under two words).
 */
function otherThingAfter(tokens: Token[], loc: Located, to: number): boolean {
  const own = tokens.slice(loc.qTo, loc.unitEnd).map(conceptOfWord).find((c) => c !== null) ?? null;
  let k = to;
  while (k < tokens.length && tokens[k].type === 'num') k++;
  const next = conceptOfWord(tokens[k]);
  return own !== null && next !== null && own !== next;
}

/**
 * "لقي 13 عنصرا من المتمردين وقوات X مصرعهم في اشتباكات": a group left with no event once the
 * sentence is read (a bare "soldier" counts troops), in a clause that names an event (killed,
 * captured, hurt), is some event's part — which one is not read, so it gets no concept.
 */
export function dropUnresolvedGroups(sentenceClaims: Claim[], tokens: Token[], populations: ReadonlySet<string>): void {
  for (const c of sentenceClaims) {
    if (!c.concept || !populations.has(c.concept)) continue;
    const at = tokens.findIndex((t) => t.start >= c.start);
    if (at < 0) continue;
    const [from, to] = clauseAround(tokens, at, at + 1);
    if (tokens.slice(from, to).some((t) => t.type === 'word' && EVENT_WORD_CONCEPTS.has(conceptOfWord(t) ?? ''))) c.concept = null;
  }
}
// Events that happen to people (the list in concepts.ts, without the bare population count).
const EVENT_WORD_CONCEPTS: ReadonlySet<string> = new Set(['death', 'injured', 'casualties', 'missing', 'trapped', 'rescued', 'arrested', 'bodies']);

/**
 * "23 عسكريا، و31 مدنيا، … قضوا": the verb after a list of groups is every item's event. A group
 * with no event of its own takes the one the next item of the sentence got.
 */
export function shareListEvent(sentenceClaims: Claim[], populations: ReadonlySet<string>): void {
  for (let i = sentenceClaims.length - 2; i >= 0; i--) {
    const c = sentenceClaims[i];
    const next = sentenceClaims[i + 1];
    if (!c.concept || !populations.has(c.concept) || !next.concept) continue;
    const [event, group] = next.concept.split(':');
    if (group && populations.has(group) && group !== c.concept && next.start - c.end < 16) c.concept = `${event}:${c.concept}`;
  }
}

// "وإن ولاية X سجلت وحدها 16 حريقا": "alone" names a part of a figure just given — the same
// measure over a narrower place or group.
const KIND_SUFFIX = /^:(active|since|new)$/;

/**
 * The concept of a figure said to be one part "alone" ("وحدها") of an earlier figure of the
 * sentence with the same counted noun: it takes that figure's kind of measure ("39 حريقا لا
 * تزال متواصلة …، وإن ولاية X سجلت وحدها 16 حريقا" → fires still burning).
 */
export function aloneOfEarlier(clauseTokens: Token[], concept: string | null, earlier: Claim[]): string | null {
  if (!concept || !clauseTokens.some((t) => t.type === 'word' && ALONE.test(t.norm))) return concept;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i].concept;
    if (c && c.startsWith(concept + ':') && KIND_SUFFIX.test(c.slice(concept.length))) return c;
  }
  return concept;
}

// "ضحية/ضحايا" (victims) counts the dead, unless the sentence splits them into both.
const VICTIMS = /^(ال)?(ضحيه|ضحايا|ضحية)$/;
const MAX_SPLIT_GAP = 40;
// What may stand between the victims and the split: their noun, where or by what ("في الانهيار"),
// "بينهم/منهم/هم", a comma or colon.
const SPLIT_OPENER = /^\s*(ال)?(ضحيه|ضحايا)?\s*((في|ب|جراء|اثر)[^،,:]{0,24})?[،,:]?\s*((و)?(من )?(بينهم|منهم|هم)\s*)?[:،,]?\s*$/;

/**
 * "سقط 50 ضحية، بينهم 10 قتلى و40 جريحا", "50 ضحية: 10 قتلى و40 مصابا": victims split right
 * after into dead and injured are both counted together (`casualties`), and the dead among them
 * are the whole toll of the dead, not a part.
 */
export function victimsOfBoth(sentenceClaims: Claim[]): void {
  for (let i = 0; i + 2 < sentenceClaims.length; i++) {
    const c = sentenceClaims[i];
    if (!c.concept || c.concept.split(':')[0] !== 'death' || !(c.unit ?? '').split(/\s+/).some((w) => VICTIMS.test(normalizeArabic(w)))) continue;
    const [a, b] = [sentenceClaims[i + 1], sentenceClaims[i + 2]];
    if (a.start - c.end > MAX_SPLIT_GAP || b.start - a.end > MAX_SPLIT_GAP || !SPLIT_OPENER.test(normalizeArabic(c.sentence.slice(c.end - c.sentenceStart, a.start - c.sentenceStart)))) continue;
    const kinds = [a, b].map((x) => x.concept?.split(':')[0]);
    if (!kinds.includes('death') || !kinds.includes('injured')) continue;
    c.concept = c.concept.replace(/^death/, 'casualties');
    for (const x of [a, b]) if (x.concept?.endsWith(':part')) x.concept = x.concept.slice(0, -':part'.length);
  }
}
