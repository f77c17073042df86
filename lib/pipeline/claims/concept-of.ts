// What a figure counts (its concept key): from its unit, the words after it, then the words
// before it, with the kind of measure folded in (new cases, a time of day, turnout, registered
// voters, a part of a group). null: no clear concept, the figure stays out of every card.

import type { Token } from '../text/tokens';
import { isClauseBreak, isQuoteMark, tokensOf } from '../text/tokens';
import { isTitleWord } from '../text/people';
import { findEntities, entityType, type EntityHit } from '../text/entities';
import { isPlaceWord } from '../text/gazetteer';
import { lookup } from '../quantities/lexicon';
import { countedNounStem, keywordStem, lightStems, normalizeArabic, RELATIVE_PRONOUN, stem, STOPWORDS } from '../text/normalize';
import { EVENT_KIND_OF_STEM, isEventNounWord } from '../text/events';
import { rateGroup } from './rate-group';
import {
  type Severity,
  conceptOfUnit,
  conceptOfWord,
  isCountedCue,
  isGenericUnit,
  isGenericUnitText,
  severityOf,
  isTreated,
  PEOPLE_CONCEPTS,
  isVoteClauseCue,
  namesRank,
  isVoteCue,
  EVENT_CONCEPTS,
  isEventConcept,
  populationOfUnit,
  EVENT_ONLY_POPULATIONS,
  STRUCK_AS,
  countsFamilies,
  isCombinedCasualties,
  isTurnoutCue,
  isGroupShareCue,
  isElectionWord,
  unitConcept,
  THING_CONCEPTS,
} from './concepts';
import { moneyConcept } from './money';
import { isPartyNoun } from './parties';
import { changeOfSum, economicRate } from './rates';
import { timeOfDay } from './interim';
import { isVoteMargin } from './margin';
import { isElectorate, isWholeOfAVote } from './electorate';
import { ballotKindOf, countsPapers, gotByCandidate, paperIsBallot } from './ballots';
import { damageOf } from './damage';
import { areaActOf } from './area-act';
import { aboardAfter, aboardBefore, arrivedWith, governingWord, isSurvivalVerb, survivedAfter, survivedBefore } from './voyage';
import { countedAmong, OTHER_PEOPLE } from './counted-among';
import { soughtBefore } from './sought';
import { admittedToHospital, receivedBefore, receivedByRelative } from './received';
import { bodyNameWords } from './body-name';
import { cameFrom, emigrantsCounted, homeOrAbroad, votesCastAt } from './home-abroad';
import { floorsBuiltOrAdded } from './floors';
import type { Located } from './locate';
import { isNationalityUnit } from './nationality-part';
import { bearingAt } from './scope-words';
import { perHourAt, speedOf } from './speed';
import { vaccinated } from './vaccinated';
import { livestockLost, livestockVaccinated } from './livestock';

const MILES = /^(?:ميل|ميلا|اميال|الاميال|الميل)$/;

const CONCEPT_AFTER = 4;
const CONCEPT_BEFORE = 8;
// How far after those counted as living somewhere the shelter may be named («يقيمون حاليا في 38 مركز إيواء»).
const SHELTER_REACH = 8;
// How far after the figure its severity may be said ("30 منهم في وضع صحي حرج").
const SEVERITY_AFTER = 6;
// «20 جريحا ما زالوا مساء الاثنين في حالة حرجة»: a verb of still being, and when, before the condition.
const STILL_BEING = /^(زالوا|يزالون|تزال|يزال|زال|زالت)$/;
const STILL_REACH = 3;
// Words of heat next to «درجة»: «مئوية»، «فهرنهايت»، «الحرارة»، «حرارة».
const TEMPERATURE = /^(و|ب|ل)?(ال)?(ميويه|فهرنهايت|حراره)$/;
// What a quake's magnitude is said with: the quake, its scale, its strength («بقوة»، «بلغت شدته»).
// Degrees with none of them are a city's temperature in a weather bulletin («الدمام 45 درجة») or
// an angle («بزاوية 360 درجة»), no magnitude.
const QUAKE_WORD = /^(و|ف|ب|ل)?(ال|لل)?(زلزال|زلزالا|زلازل|هزه|هزات|ريختر|قوه|قوته|قوتها|شده|شدته|شدتها|ارتداديه|توابع)$/;
const MAIN_QUAKE = /^(ال)?(رييسي|رييسيه|اصلي|اصليه)$/;
const AFTERSHOCK = new Set(['اخر', 'اعقبه', 'تلاه', 'وتلاه', 'واعقبه', 'ارتداديه'].map(stem));
// «أقواها», «أشدها»: the strongest of the shocks just counted; how far back they may be named.
const STRONGEST = /^(و)?(اقواها|اشدها|اعنفها|اكبرها)$/;
const STRONGEST_REACH = 12;
function strongestOfAftershocks(tokens: Token[], qFrom: number): boolean {
  const at = tokens.slice(Math.max(0, qFrom - 3), qFrom).findIndex((t) => t.type === 'word' && STRONGEST.test(t.norm));
  if (at < 0) return false;
  const from = Math.max(0, qFrom - 3) + at;
  return tokens.slice(Math.max(0, from - STRONGEST_REACH), from).some((t) => t.type === 'word' && AFTERSHOCK.has(t.stem) && !OTHER_PEOPLE.test(t.norm));
}
// Words that head what a figure counts ("عدد القتلى", "حصيلة الوفيات"), or refer back to it ("العدد").
const HEAD_WORDS = /^(و|ب|ل)?(ال)?(عدد|اعداد|حصيله|اجمالي)$/;
// The toll among the head words: «حصيلة فيضانات X» counts the disaster's dead.
const TOLL = /^(و|ب|ل)?(ال)?حصيله$/;
// «إضافة إلى السائق ومساعده», «فضلا عن أفراد الطاقم»: the crew added to those counted aboard.
const BESIDES = /^(و)?(اضافه|بالاضافه|فضلا|علاوه)$/;
const VEHICLE_CREW = /^(و)?(ال)?(سايق|سائق|سايقه|مساعده|مساعد|طاقم|طاقمها|طاقمه|بحاره|قبطان|ربان)$/;
/** A crew named after «إضافة إلى» (or its kin) within the figure's clause, right after its noun. */
const crewBesides = (tokens: Token[], unitEnd: number, clauseEnd: number): boolean => {
  for (let k = unitEnd; k < Math.min(clauseEnd, unitEnd + 3); k++) if (BESIDES.test(tokens[k]?.norm ?? '')) return [k + 1, k + 2, k + 3].some((j) => j < clauseEnd && VEHICLE_CREW.test(tokens[j]?.norm ?? ''));
  return false;
};
// "الحصيلة الإجمالية للقتلى", "العدد الكلي للضحايا": a total adjective between the head and the noun.
// (And a toll's own adjectives: «الحصيلة الرسمية للقتلى», «النهائية», «الأولية», «الجديدة».)
const TOTAL_ADJECTIVE = /^(اجماليه|كلي|كليه|رسميه|نهائيه|اوليه|مؤقته|جديده)$/;
// «العدد الأكبر», «العدد الأعلى»: a rank after the head word.
const RANK_ADJECTIVE = /^(اكبر|اعلي|ادني|اقل)$/;
const rankAfterHead = (t: Token, before: Token | undefined): boolean => RANK_ADJECTIVE.test(t.bare) && HEAD_WORDS.test(before?.norm ?? '');
const SHARE_WORDS = new Set(['ارباح', 'حصه', 'ملكيه', 'اسهم'].map(stem));
// Fleeing after «تمكنوا من», or from captors named after «من» («من قبضة الخاطفين», «من السجن»).
const ESCAPE = /^(ال)?(فرار|افلات|هرب|هروب)$|^(فروا|فر|هربوا|افلتوا|افلت)$/;
const MANAGED = /^(و)?(تمكنوا|تمكن|تمكنت|استطاعوا|استطاع|نجحوا|نجح)$/;
const CAPTORS = /^(ال)?(خاطفين|خاطفون|مختطفين|اسر|سجن|حجز|معتقل)$|^(خاطفيهم|مختطفيهم|سجانيهم)$/;
const ESCAPE_REACH = 6;
/** «من الخاطفين», «من قبضة الخاطفين» at `i`. */
const fromCaptors = (words: Token[], i: number): boolean =>
  words[i]?.norm === 'من' && (CAPTORS.test(words[i + 1]?.norm ?? '') || (words[i + 1]?.norm === 'قبضه' && CAPTORS.test(words[i + 2]?.norm ?? '')));
const managedTo = (words: Token[], k: number): boolean => k >= 2 && MANAGED.test(words[k - 2].norm) && words[k - 1].norm === 'من';
const escapedAfter = (words: Token[]): boolean => words.some((t, k) => ESCAPE.test(t.norm) && (managedTo(words, k) || fromCaptors(words, k + 1)));
const CHANGE_BASE = /^(عن|مقارنه|مقابل|قياسا)$/;
const SHARE_VERBS = /^(و|ف)?(س)?(تمتلك|يمتلك|تملك|يملك|تحتفظ|يحتفظ|تستحوذ|يستحوذ)$/;
// Words that open another clause without a comma ("36 شخصا بينما بلغ عدد المصابين 15"): the
// nouns after them are the next figure's.
const CLAUSE_OPENERS = /^(و|ف)?(بينما|فيما|حين|حيث|كما|بعدما|عندما|لكن)$/;
const ONE = /^(واحد|واحده)$/;
const RELATIVE = /^(الذي|التي|الذين|اللذين|اللتين|اللاتي|اللواتي)$/;
const SHARE_OF_SUM = /^(ال)?(قيمه|قيمتها|قيمته|قيمتهم|ناتج|الناتج|حجم|ميزانيه|موازنه|دخل|راس|اسهم|ديون|ودايع|احتياطي|ايرادات|صادرات|واردات|سعر|اسعار|تكلفه)$/;
// "جرح 50 جراء سقوط صاروخ"، "بسبب انهيار مبنى": the cause named after a figure is not what it counts.
const CAUSE = /^(و)?(جراء|جرا|بسبب|اثر|نتيجه|بفعل)$/;
// "30 ألفا، معظمهم كنديون، عبروا": an aside about who they are, after which the verb says what
// is counted.
// («5100 أسرة، أي نحو 26 ألف شخص، نزحت»: or the same people counted again, «أي».)
const ASIDE_OPENERS = /^(و)?(معظمهم|اغلبهم|غالبيتهم|جلهم|بينهم|منهم|اكثرهم|بمن|اي)$/;
// "N من الأسرى", "N من عناصر الإطفاء": after من, the counted noun — unless من opens a total
// ("من أصل", "من مجموع") or a range.
// («240 ألف شخص من المناطق الساحلية»: the areas they come from, no group they are some of.)
const NOT_PARTITIVE = /^(اصل|مجموع|اجمالي|بين|بينهم|اعلي|اكثر|اقل|اصل|نحو|حوالي|مناطق|منطقه|احياء|مدن|بلدات|ضواحي|جزر|سواحل|اقاليم|محافظات|ولايات|مقاطعات)$/;
// «30 ألف شخص من منازلهم», «من قراهم»: where those counted came from, their own homes or
// villages (a place or thing with their pronoun) — not a group they are some of.
const isPlaceThing = (t: Token): boolean => {
  const c = conceptOfWord(t) ?? '';
  return c === 'building' || c === 'village';
};
const theirPlace = (t: Token): boolean => {
  const c = conceptOfWord(t) ?? '';
  return /(هم|ها|هن)$/.test(t.norm) && (c === 'building' || THING_CONCEPTS.has(c));
};
// «اضطر 30 ألف شخص إلى مغادرة منازلهم», «أجبروا على ترك قراهم», «الفرار من بيوتهم»: those who
// left their homes are the displaced, whatever made them go.
const LEAVING = /^(و|ل|ب)?(ال)?(مغادره|ترك|هجر|هجره|فرار|هروب)$/;
const leftTheirHomes = (words: Token[]): boolean =>
  words.some((t, i) => LEAVING.test(t.norm) && [words[i + 1], words[i + 2]].some((w) => !!w && theirPlace(w)));
// «غادرت نحو 500 أسرة، أي قرابة 2000 شخص، منازلها»: the verb of leaving before the figure, their
// homes after it (past an aside of commas).
const LEFT = /^(و|ف|اذ)?(غادر|غادرت|غادروا|ترك|تركت|تركوا|هجر|هجرت|هجروا)$/;
const HOMES_REACH = 8;
function leftBeforeTheirHomes(tokens: Token[], before: Token[], unitEnd: number): boolean {
  if (!LEFT.test(before[0]?.norm ?? '')) return false;
  for (let k = unitEnd; k < Math.min(tokens.length, unitEnd + HOMES_REACH); k++) {
    const t = tokens[k];
    if (t.type === 'punct' && !/^[،,]$/.test(t.raw)) return false;
    if (t.type === 'word' && theirPlace(t)) return true;
  }
  return false;
}
// «بلغ عدد من اضطروا إلى مغادرة منازلهم 5400 شخص», «إجمالي الذين تركوا بيوتهم»: those who left
// their homes, named by a relative clause the figure's count opens before it.
const COUNT_HEAD = /^(و|ب|ل)?(ال)?(عدد|اجمالي|مجموع)$/;
const THOSE_WHO = /^(من|ممن|الذين|اللواتي|اللاتي)$/;
// (Its clause may run on past the leaving, «… منازلهم منذ بدء الأمطار 54 ألفا».)
const RELATIVE_REACH = 12;
function leftInRelativeBefore(tokens: Token[], qFrom: number, clauseStart: number, stops: Uint8Array): boolean {
  for (let k = qFrom - 1; k >= Math.max(clauseStart, qFrom - RELATIVE_REACH) && !stops[k]; k--) {
    if (!THOSE_WHO.test(tokens[k].norm) || (tokens[k].norm !== 'الذين' && !COUNT_HEAD.test(tokens[k - 1]?.norm ?? ''))) continue;
    const words = tokens.slice(k + 1, qFrom);
    return leftTheirHomes(words) || words.some((t, i) => LEFT.test(t.norm) && [words[i + 1], words[i + 2]].some((w) => !!w && theirPlace(w)));
  }
  return false;
}
// «في 52 مأوى مؤقتا», «منهم في مراكز الإيواء», «أمضوا الليل في 480 مركز إيواء»: shelters, after
// «في» a few words after the people counted.
const SHELTER = /^(ال)?(ماوي|ملاجي|ملجا|ملجي|ايواء)$/;
// «لجأ 7,300 شخص إلى مراكز إجلاء», «عدد المقيمين في مراكز الإجلاء»: a centre the evacuated are
// taken to is a shelter, and those in it the sheltered, not a count of those moved out.
const FACILITY = /^(و|ب|ل|في|الي)?(ال)?(مراكز|مركز|مواقع|موقع|مخيمات|مخيم)$/;
const isEvacuationCentre = (tokens: readonly Token[], i: number): boolean => conceptOfWord(tokens[i]) === 'evacuated' && FACILITY.test(tokens[i - 1]?.norm ?? '');
const namesShelter = (tokens: readonly Token[], i: number): boolean => conceptOfWord(tokens[i]) === 'sheltered' || isEvacuationCentre(tokens, i);
const IN_SHELTER_REACH = 4;
// A verb of taking people in, right before the figure, whose subject a shelter is, a few words before it.
const TOOK_IN = /^(و|ف)?(استقبلت|استقبل|تستقبل|يستقبل|اوت|تووي|يووي|احتضنت|تحتضن)$/;
const TOOK_IN_REACH = 12;
function receivedByShelters(tokens: Token[], qFrom: number): boolean {
  const verb = wordBeforeFigure(tokens, qFrom);
  if (verb < 0 || !TOOK_IN.test(tokens[verb].norm)) return false;
  for (let i = verb - 1; i >= Math.max(0, verb - TOOK_IN_REACH); i--) {
    if (tokens[i].type === 'punct' && !/^[،,]$/.test(tokens[i].raw)) return false;
    if (namesShelter(tokens, i)) return true;
  }
  return false;
}
const TO_IN = 3;
function inShelters(tokens: Token[], unitEnd: number, end: number): boolean {
  let at = unitEnd;
  while (at < Math.min(end, unitEnd + TO_IN) && tokens[at]?.type === 'word' && tokens[at].norm !== 'في') at++;
  if (tokens[at]?.norm !== 'في') return false;
  for (let i = at + 1; i < Math.min(end, at + 1 + IN_SHELTER_REACH) && tokens[i].type !== 'punct'; i++) if (SHELTER.test(tokens[i].norm)) return true;
  return false;
}
// «باتوا بلا مأوى», «أصبحوا دون مأوى»: those left homeless are the displaced too (read past the
// families they belong to, «4500 شخص من 900 أسرة باتوا بلا مأوى», up to a mark).
const HOMELESS_REACH = 8;
function homelessAfter(tokens: Token[], unitEnd: number, end: number): boolean {
  for (let i = unitEnd; i < Math.min(end, unitEnd + HOMELESS_REACH) && tokens[i].type !== 'punct'; i++)
    if (/^(بلا|دون|بدون)$/.test(tokens[i].norm) && tokens[i + 1]?.norm === 'ماوي') return true;
  return false;
}
// A figure of things still going on ("35 حريقا لا تزال متواصلة", "لم يتم إخماده بعد") is a
// current stock, another measure than how many there were in all.
const STILL = /^(و)?(لا|ما)?(تزال|يزال|زالت|زال|لازالت|لازال|مازالت|مازال|مستعر|مستعرا|مستعره|مشتعل|مشتعله|مشتعلا|اخماده|اخمادها|نشط|نشطه|باقي|شاعل)$/;
// "33 قتيلا معلوم الهوية و12 مجهول الهوية": the identified or unidentified among the dead.
const IDENTITY = /^(معلوم|معلومي|معلومه|مجهول|مجهولي|مجهوله|معروف|معروفي)$/;
const IDENTITIES = /^(و|ب)?(ال)?(هويه|هويات)$/;
const AMBULANCE = /^(ال)?اسعاف$/;
const RESCUE_TEAM = /^(ال)?(فريق|فرق|فرقه|فريقا)$/;
const RESCUE_WORK = /^(لل|ال|ل)?(انقاذ|اغاثه|اسعاف|بحث|طوارئ|الانقاذ|الاغاثه|الاسعاف|الطوارئ)$/;
const SEATS = /^(ال)?مقاعد$/;
// A side's own share («نسبته», «نسبتها») and a count of seats («مقعدا», «مقاعد»).
export const OWN_SHARE = /^(و|ب)?نسبت(ه|ها)$/;
const SEAT_WORD = /^(و|ب|ل)?(ال)?(مقعد|مقعدا|مقاعد|مقعدين|مقعدان)$/;
const TOTAL_OF = /^(مجموع|اجمالي|عدد)$/;
const ADDED = /^(جديد|جديدا|جديده|جدد|جديدين|جديدتين|جديدتان|اضافي|اضافيه|اضافيين|اضافيا)$/;

/** Sentence-wide facts a figure's concept may depend on. */
export interface ConceptContext {
  /** The article speaks of a second round or a run-off: "first round" figures are then the earlier round's. */
  runoff: boolean;
  /** The interim hour the previous sentence gave, when this one goes on with its speaker. */
  carriedTime?: string;
  /** The article speaks of a vote (electionArticle): false keeps every percentage off the vote concepts. */
  election?: boolean;
  /** The words of the sentence's place names (placeNameWords): a word of a name counts nothing. */
  placeWords?: ReadonlySet<Token>;
  /** The article speaks of an epidemic (isOutbreakText): its bare «حالة» is a case of the disease. */
  outbreak?: boolean;
}

const QUOTE = /^[«»"“”]$/;
// How many words a title set between commas may run to («مرشحة حزب الغد الأخضر»).
const TITLE_ASIDE = 8;
/** The start of the clause before a title set between commas that ends right before `start`, else `start`. */
function clauseBeforeTitle(tokens: Token[], start: number): number {
  if (!/^[،,]$/.test(tokens[start - 1]?.raw ?? '')) return start;
  let open = start - 2;
  // («، مرشحة «جبهة X»،»: a party's name in quotes is part of the title.)
  while (open >= 0 && start - 1 - open <= TITLE_ASIDE && (tokens[open].type === 'word' || QUOTE.test(tokens[open].raw))) open--;
  if (open < 0 || !/^[،,]$/.test(tokens[open].raw) || !isTitleWord(tokens[open + 1])) return start;
  let from = open;
  while (from > 0 && !isClauseBreak(tokens[from - 1])) from--;
  return from;
}

// («غياب 58% من الناخبين عن صناديق الاقتراع», «إحجام»: those who stayed away.)
const ABSTENTION = /^(و|ف|ب)?(ال)?(امتناع|عزوف|غياب|تغيب|احجام)$/;
const ABSTENTION_REACH = 5;

/** The words inside a place's name of two words or more («بيت X»), of the sentence's names (text/entities.ts, list-places.ts). */
export function placeNameWords(tokens: Token[], names: readonly EntityHit[]): Set<Token> {
  const out = new Set<Token>();
  for (const h of names) if (h.to - h.from > 1 && h.type !== 'person' && h.type !== 'org') for (let k = h.from; k < h.to; k++) out.add(tokens[k]);
  return out;
}

/** «، ثم حركة X بنسبة 9.4%»: the next party of a list of results. */
const nextPartyListed = (words: Token[]): boolean => words.some((t, i) => /^(و)?ثم$/.test(t.norm) && isPartyNoun(words[i + 1]));

/** The hour an election figure was given at (interim.ts), its own or the one carried over. */
// "بلغت 29.8% عند إغلاق الصناديق، بعد أن كانت 14.2% حتى الظهر": when a later figure of the
// sentence is the earlier value a change started from, an hour named after it is that figure's,
// so only the words up to it are read. (Else the hour is the whole sentence's: "بلغ X …، فيما
// بلغ Y …، وذلك إلى حدود الساعة 11".)
// («بلغت 47.3% من نحو 2.4 مليون ناخب، بعد أن كانت 12.5% عند العاشرة»: a figure of
// another measure may stand before that earlier value.)
const partOfDay = (tokens: Token[], ctx: ConceptContext, from = 0, stops?: Uint8Array): string => {
  let end = tokens.length;
  if (stops) for (let i = from; i < tokens.length; i++) if (stops[i] && !stops[i - 1] && startsEarlierValue(tokens, i)) { end = i; break; }
  return timeOfDay(tokens.slice(0, end)) || (ctx.carriedTime ?? '');
};
const ROUND_NOUN = /^(جول|دور)/;
/** The round (1, or 2 for a run-off) named last before token `end`, or null where none is. */
function lastRoundNamed(tokens: Token[], end: number): 1 | 2 | null {
  for (let i = Math.min(end, tokens.length) - 1; i >= 0; i--) {
    const t = tokens[i];
    if (/^(ال)?(اولي|اول)$/.test(t.norm) && ROUND_NOUN.test(tokens[i - 1]?.bare ?? '')) return 1;
    if ((/^(ال)?(ثانيه|ثاني)$/.test(t.norm) && ROUND_NOUN.test(tokens[i - 1]?.bare ?? '')) || /^(ال)?اعاده$/.test(t.norm)) return 2;
  }
  return null;
}

/** "بعد أن كانت 14.2%", "بعدما كان 30", "مقابل 12%": the figure at `at` is the value before a change. */
const startsEarlierValue = (tokens: Token[], at: number): boolean => {
  const w = (k: number): string => tokens[at - k]?.norm ?? '';
  if (/^(مقابل|بمقارنه|مقارنه)$/.test(w(1))) return true;
  return /^(كانت|كان)$/.test(w(1)) && (w(2) === 'بعدما' || (w(2) === 'ان' && w(3) === 'بعد'));
};

// «بلغت نسبة المشاركة 41.2% من أصل N ناخب، مقابل 39.7% في 2021»: the value before a change (or
// set against) a turnout named right before that turnout's own figure is a turnout too, whatever
// figure stands between. (The sign written either way, «%» or the Arabic «٪».)
const PERCENT_WORD = /^(بالمئه|بالمايه|بالماييه|بالميه)$/;
const TURNOUT_CONTRAST_REACH = 6;
function contrastedTurnout(tokens: Token[], qFrom: number): boolean {
  if (!startsEarlierValue(tokens, qFrom)) return false;
  for (let k = qFrom - 2; k >= 0; k--) {
    if (tokens[k].type === 'punct' && /^[.؛;:]$/.test(tokens[k].raw)) return false;
    // («37 في المئة»: the percent word may follow «في».)
    const percentWord = PERCENT_WORD.test(tokens[k + 1]?.norm ?? '') || (tokens[k + 1]?.norm === 'في' && /^ال(مئه|مايه|ميه|ماييه)$/.test(tokens[k + 2]?.norm ?? ''));
    if (tokens[k].type !== 'num' || !(/[%٪]$/.test(tokens[k].raw) || percentWord)) continue;
    // (The turnout's own words: back to another figure or a clause mark.)
    for (let j = k - 1; j >= Math.max(0, k - TURNOUT_CONTRAST_REACH) && tokens[j].type === 'word'; j--) if (isTurnoutCue(tokens[j])) return true;
    return false;
  }
  return false;
}

// "من أصل 100 جريح", "من بين 60 مصابا", "من مجموع …": the whole a figure is taken from.
const OUT_OF = /^(اصل|بين|مجموع|اجمالي)$/;
/**
 * The event of the whole a generic figure is said to be taken from («N شخصا من أصل M جريح»),
 * within its clause (up to `end`): the number, at most one qualifier word, then its noun. Null
 * when the figure names no such whole.
 */
function outOfWhole(tokens: Token[], unitEnd: number, end: number): string | null {
  if (tokens[unitEnd]?.norm !== 'من' || !OUT_OF.test(tokens[unitEnd + 1]?.norm ?? '')) return null;
  let i = unitEnd + 2;
  while (i < end && i < unitEnd + 6 && (tokens[i].type === 'num' || /^(نحو|حوالي|قرابه|اكثر|من|مايه|ماييه|الف|الاف|مليون)$/.test(tokens[i].norm))) i++;
  if (i === unitEnd + 2 || i >= end) return null;
  const c = conceptOfWord(tokens[i]);
  if (c !== null) return EVENT_CONCEPTS.has(c) || THING_CONCEPTS.has(c) ? c : null;
  // («بعد فرز الأصوات في 22 من أصل 41 مركز فرز»: a thing the lexicon does not know is still what is counted.)
  const t = tokens[i];
  return t.type === 'word' && !populationOfUnit(t.raw) && findEntities([t]).length === 0 && !STOPWORDS.has(t.norm) && t.bare.length > 2 ? unitConcept(t.stem) : null;
}

// «تهمة القتل», «بتهمة الاختطاف»: the word after names a crime, not what befell those counted.
const CHARGE = /^(و)?(ب)?(تهمه|تهم|جريمه|جرايم|جنايه)$/;

// «وأن», «وإن», «بأن»: a clause opening a statement of its own.
const NEW_STATEMENT = /^(و|ف)?(ب)?ان$/;

/** «مستشفى الأمير العسكري», «الدفاع المدني»: a group's word in the singular, definite, after another word — an adjective. */
function groupAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.type === 'word' && tokens[i - 1]?.type === 'word' && /^(و|ب|ل|ف)?(ال|لل)/.test(t.norm) && /يه?$/.test(t.bare) && populationOfUnit(t.raw) !== null;
}

// «قوة العمل», «القوى العاملة»: a labour force, named at most a few words before its figure.
const FORCE = /^(و|ب|ل)?(ال)?(قوه|قوي)$/;
const OF_WORK = /^(ال)?(عمل|عامله)$/;
const LABOUR_REACH = 5;
/** `before`: the words before the figure, nearest first. */
function labourForceBefore(before: Token[]): boolean {
  for (let k = 1; k < Math.min(before.length, LABOUR_REACH); k++) if (FORCE.test(before[k].norm) && OF_WORK.test(before[k - 1].norm)) return true;
  return false;
}

// «شملت», «طالت»: what an operation reached, its subject named before the verb.
const REACHED = /^(و)?(شملت|شمل|طالت|طال)$/;
/** The concept of the subject of a verb of reaching right before the figure («عمليات الإخلاء … طالت N»), or null. */
function reachedBy(tokens: Token[], qFrom: number): string | null {
  const about = /^(نحو|حوالي|قرابه|اكثر)$/.test(tokens[qFrom - 1]?.norm ?? '');
  if (!REACHED.test(tokens[qFrom - (about ? 2 : 1)]?.norm ?? '')) return null;
  // (The subject before the first verb of reaching in the sentence: «X شملت …، وطالت N».)
  const first = tokens.findIndex((t) => REACHED.test(t.norm));
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const c = conceptOfWord(tokens[k]);
    if (c) return c;
  }
  return null;
}

// Groups a vessel or a vehicle carries as a whole (its migrants, passengers, workers, pilgrims).
const ABOARD_AS_WHOLE: ReadonlySet<string> = new Set(['migrant', 'passenger', 'worker', 'pilgrim']);

// A witness's kin or household: «لأقاربي», «عائلتي», «أسرتنا».
const KIN_OF_MINE = /^(ل|من)?(ال)?(اقارب|عايلت|اسرت|جيران|اخوت|اهل|اولاد|ابناء|افراد)(ي|نا)$/;

// «جثث أخرى», «جثتين أخريين»: more of the things counted before.
const MORE_OF_THEM = /^(و)?(ال)?(اخري|اخريين|اخريات|اخرين|اخرون)$/;

/** What the figure counts, from its unit, the words after it, then the words before it. */
export function conceptOf(tokens: Token[], loc: Located, clause: [number, number], stops: Uint8Array, ctx: ConceptContext = { runoff: false }): string | null {
  const { q, qFrom, qTo } = loc;
  let { unitEnd } = loc;
  // "120 من الأسرى": the noun after من is the counted noun.
  const of = tokens[unitEnd + 1];
  // («430 ألف شخص من السيول»: what struck them, a cause — no group they are some of; «3 آلاف شخص
  // من القرى المحيطة»: where the people counted come from, when a word for people is written.)
  const partitive = q.kind === 'count' && (q.unit === null || isGenericUnitText(q.unit)) && tokens[unitEnd]?.norm === 'من' && of?.type === 'word' && !NOT_PARTITIVE.test(of.bare) && !stops[unitEnd + 1] && !theirPlace(of) && !isEventNounWord(of.norm) && !(q.unit !== null && isPlaceThing(of));
  if (partitive) unitEnd += 2;
  // «12 من الجرحى الخمسة والعشرين لا يزالون في المستشفى»: the whole, restated with its article
  // right after the noun, is an apposition; the figure's clause goes on past it.
  if (partitive && stops[unitEnd] && /^ال/.test(tokens[unitEnd].norm)) while (unitEnd < tokens.length && stops[unitEnd]) unitEnd++;
  // «ما يمنحه 29 من مقاعد البرلمان»: some of the assembly's seats are seats, whatever votes stand near.
  if (partitive && conceptOfWord(of) === 'seat') return 'seat';
  // («3700 أسرة في أربع من محليات الولاية»: some of a country's divisions are a count of places,
  // no item of the list before.)
  if (partitive && DIVISIONS.test(of.norm)) return conceptOfWord(of) ?? unitConcept(of.stem);
  // («طمر ثلاثة منازل لأقاربي», «فقدت خمسة من أفراد عائلتي»: a witness's own, no toll of the event.)
  if ([0, 1, 2].some((k) => KIN_OF_MINE.test(tokens[loc.unitEnd + k]?.norm ?? ''))) return null;
  const afterEnd = Math.min(clause[1], unitEnd + CONCEPT_AFTER);
  const beforeStart = Math.max(clause[0], qFrom - CONCEPT_BEFORE);
  const after = (end = afterEnd): Token[] => {
    const out: Token[] = [];
    // ("4 أشخاص من عائلة واحدة مصرعهم": "one" after a noun is no other figure.)
    for (let i = unitEnd; i < end && (!stops[i] || ONE.test(tokens[i].norm)); i++) {
      if (ONE.test(tokens[i].norm)) continue;
      // "8574 وإصابة 49,133": a noun after "و" belongs to the next figure.
      if (i > unitEnd && /^و/.test(tokens[i].norm) && tokens[i].bare !== tokens[i].norm && conceptOfWord(tokens[i])) break;
      if (i === unitEnd && /^و/.test(tokens[i].norm) && tokens[i].bare !== tokens[i].norm) break;
      if (CLAUSE_OPENERS.test(tokens[i].norm)) break;
      // "أصيب 30 شخصا في الهجوم الذي قتل فيه 5": a relative clause speaks of something else.
      if (RELATIVE.test(tokens[i].norm)) break;
      // "67 ألف شخص غير مصابين": a word negated by «غير» says what those counted are not.
      if (tokens[i].norm === 'غير') {
        i++;
        continue;
      }
      // The cause and its noun («جراء الزلزال»، «جراء سقوط صاروخ»: a noun without the article
      // takes its complement) are passed over; what follows still speaks of the figure
      // ("13 ألفا جرحى جراء الزلزال يتلقون العلاج").
      if (CAUSE.test(tokens[i].norm)) {
        let skip = tokens[i + 1]?.type === 'word' && !/^(ال|لل)/.test(tokens[i + 1].norm) && tokens[i + 2]?.type === 'word' ? 2 : 1;
        while (skip > 0 && i + 1 < end && !stops[i + 1]) {
          i++;
          skip--;
        }
        continue;
      }
      out.push(tokens[i]);
    }
    return out;
  };
  const beforeNearest = (): Token[] => {
    const out: Token[] = [];
    for (let i = qFrom - 1; i >= beforeStart && !stops[i]; i--) out.push(tokens[i]);
    return out;
  };

  if (q.kind === 'percent') {
    // («بارتفاع نسبته 5.2% عن أرباح السنة السابقة»: what a change is set against names no share.)
    const shareWordAfter = (): boolean => !CHANGE_BASE.test(tokens[unitEnd]?.norm ?? '') && after().some((t) => SHARE_WORDS.has(t.stem));
    // "بنسبة موزونة 91.54"، "معدلها التراكمي 4.5": one student's grade, no outlet's count.
    if (beforeNearest().slice(0, 3).some((t) => GRADE.test(t.norm))) return null;
    // «يقترب من عتبة 10%», «تجاوز حاجز 5%», «قرب 10%»: a threshold or a level the rate is measured
    // against, no rate reported.
    if (THRESHOLD.test(tokens[qFrom - 1]?.norm ?? '')) return null;
    // "في المقابل تراجع القطاع بنسبة 5%"، "حصل على نسبة 73": outside an article about a vote,
    // the words that mark a share of the votes or turnout ("مقابل"، "حصل"، "المشاركة") say
    // nothing of an election.
    // "ارتفع التضخم الأساسي إلى 30%"، "تراجعت الإيرادات بنسبة 40%": an economy's rate, or a
    // change of a named sum, in a sentence that names no vote (rates.ts).
    const economic = tokens.some(isElectionWord) ? null : economicRate(tokens, loc, stops);
    if (economic) return economic;
    if (ctx.election === false && !tokens.some(isElectionWord)) {
      // "نسبة الحضور للموسم هذا العام بلغت 81%": the rate the sentence names, whatever it is of.
      const rate = rateNounBefore(tokens, qFrom, stops);
      // («معدل مشاركة الإناث في القوى العاملة 33%»: one group's rate, rate-group.ts.)
      const group = rate ? rateGroup(tokens, rateWordBefore(tokens, qFrom, stops) + 1, qFrom, unitEnd) : null;
      if (rate) return `percent:rate:${rate}${group ? `:among:${group}` : ''}`;
      return shareWordAfter() || beforeNearest().slice(0, 5).some((t) => SHARE_VERBS.test(t.norm)) ? 'percent:share' : null;
    }
    // («نسبة الأوراق الملغاة 3.4%», «شكلت الأوراق الملغاة نحو 3.6% من المقترعين»: the share of the
    // void or blank ballots, heading the figure (ballots.ts), no one's vote nor the turnout.)
    const ballots = ballotKindOf(tokens, loc, stops);
    if (ballots === 'invalid' || ballots === 'blank') return `percent:${ballots}`;
    // («نسبة المشاركة ارتفعت مع تقدم الفرز إلى 57.3%»: the turnout named before, as the count went on.)
    if (beforeNearest().slice(0, 4).some(isCountedCue) && !beforeNearest().some(isTurnoutCue)) return 'percent:counted';
    if (shareWordAfter() || beforeNearest().slice(0, 5).some((t) => SHARE_VERBS.test(t.norm))) return 'percent:share';
    const clauseTokens = tokens.slice(clause[0], clause[1]);
    // («وحصلت X، مرشحة حزب Y، على 24.6%»: the verb before a candidate's title set between commas.)
    const voteClause = tokens.slice(clauseBeforeTitle(tokens, clause[0]), clause[1]);
    // "ليست 100 بالمائة من قيمتها الاسمية"، "3% من الناتج المحلي": a share of a sum or a value
    // named right after it, even in an article about a vote, is no vote share.
    if (tokens[unitEnd]?.norm === 'من' && SHARE_OF_SUM.test(tokens[unitEnd + 1]?.norm ?? '')) return null;
    // «58% من مقاعد البلديات», «نحو 58% من مجموع المقاعد»: a share of the seats won, no share of the votes.
    if (tokens[unitEnd]?.norm === 'من' && SEATS.test(tokens[unitEnd + (TOTAL_OF.test(tokens[unitEnd + 1]?.norm ?? '') ? 2 : 1)]?.norm ?? '')) return 'percent:seats';
    // "34 بالمئة من الناخبين نساء": a share of one group, with no other outlet's total to meet.
    if (clauseTokens.some(isGroupShareCue)) return null;
    if (shareOfWhoVoted(tokens, unitEnd)) return null;
    // "نسبة المشاركة في الدور الثاني للانتخابات، بلغت 13.4 بالمئة": the rate named earlier in
    // the sentence, commas between, when no other figure stands between them.
    const namedRate = rateNamedBefore(tokens, qFrom, stops);
    // "12.5% من عدد الناخبين": a share of the voters is turnout. («من المقيدين في الجداول»: those on the rolls.)
    const voters = (t: Token | undefined) => !!t && /^(ال)?(ناخبين|مسجلين|مقيدين)$/.test(t.bare);
    // («شارك 36% من أصل 41 ألف ناخب مسجل»: or the voters on the rolls counted after «من أصل».)
    const outOf = tokens[unitEnd + 1]?.norm === 'اصل' && tokens[unitEnd + 2]?.type === 'num' ? unitEnd + 3 + (SCALE_WORD.test(tokens[unitEnd + 3]?.norm ?? '') ? 1 : 0) : -1;
    const votersAt = voters(tokens[unitEnd + 1]) ? unitEnd + 1 : tokens[unitEnd + 1]?.bare === 'عدد' && voters(tokens[unitEnd + 2]) ? unitEnd + 2 : outOf > 0 && /^(ناخب|ناخبا)$/.test(tokens[outOf]?.norm ?? '') && /^(مسجل|مسجلا|مقيد|مقيدا)$/.test(tokens[outOf + 1]?.norm ?? '') ? outOf + 1 : -1;
    // ("40% من الناخبين يؤيدون …", "… قالوا إنهم": what a share of the voters think or chose, a
    // poll's or a result's share, not how many voted.)
    const ofVoters = tokens[unitEnd]?.norm === 'من' && votersAt > 0 && sharedVotersOnly(tokens, votersAt + 1);
    // («حصل الحزب على 38 مقعدا، رغم ارتفاع نسبته إلى 31.1%»: the share of a side the sentence gives seats.)
    const sideShare = beforeNearest().slice(0, 4).some((t) => OWN_SHARE.test(t.norm)) && tokens.some((t) => SEAT_WORD.test(t.norm));
    if (!sideShare && !tokens.some(isVoteCue) && !voteClause.some(isVoteClauseCue) && !beforeNearest().some(isVoteClauseCue) && !namesRank(voteClause) && !nextPartyListed(voteClause) && !clauseTokens.some(isTurnoutCue) && !beforeNearest().some(isTurnoutCue) && namedRate !== 'turnout' && !ofVoters) return null;
    // A first-round result is another topic than the run-off's — in an article that has a run-off.
    // (Named before the figure or in its own clause: «…، وهي نسبة تفوق تلك المسجلة في الجولة الأولى»
    // compares the run-off's figure with the first round's.)
    // (The round named last up to the clause's end: «… مقابل 37% في الجولة الأولى، لكنها أعلى من نسبة 15%
    // المسجلة في جولة الإعادة السابقة» gives the later figure to a run-off.)
    const round1 = ctx.runoff && lastRoundNamed(tokens, clause[1]) === 1;
    // "نسبة المشاركة 11.3 بالمئة": turnout, another figure than a candidate's share.
    const turnout =
      beforeNearest().slice(0, 6).some(isTurnoutCue) ||
      (clauseTokens.some(isTurnoutCue) && !clauseTokens.some((t) => /^(و|ب|ل)?(ال)?اصوات$/.test(t.norm))) ||
      namedRate === 'turnout' ||
      ofVoters ||
      contrastedTurnout(tokens, qFrom);
    // «مقابل امتناع 42.7% من الناخبين», «أي أن الامتناع بلغ 44.1%»: those who stayed away, the
    // rest of the turnout — a figure of its own, never met with the turnout.
    if (beforeNearest().slice(0, ABSTENTION_REACH).some((t) => ABSTENTION.test(t.norm))) return 'percent:abstention';
    const base = turnout ? 'percent:turnout' : 'percent:vote';
    return base + (round1 ? ':round1' : '') + whereVoted(tokens, qFrom, base, unitEnd) + partOfDay(tokens, ctx, unitEnd, stops);
  }
  if (q.kind === 'money') {
    // "تراجعت الإيرادات بمقدار 2 مليار": the amount of a change, another figure than the level.
    const money = moneyConcept(tokens, qFrom, qTo, afterEnd, stops);
    return money && !/^money:(price|quote)/.test(money) ? money + changeOfSum(tokens, loc) : money;
  }
  // «من إجمالي قوة عمل تقدر بنحو 34.2 مليون فرد», «وقوة العمل تتجاوز 34 مليونا»: a labour force.
  if (q.kind === 'count' && (q.unit === null || isGenericUnitText(q.unit)) && labourForceBefore(beforeNearest())) return 'labour';
  const unitTokens = partitive ? [tokens[unitEnd - 1]] : tokens.slice(qFrom, unitEnd);
  let concept = conceptOfUnit(q.unit) ?? unitTokens.map(conceptOfWord).find((c) => c !== null) ?? null;
  // («36 مركز إيواء»: a centre of sheltering is a shelter.)
  // («عدد المقيمين في مراكز الإيواء بلغ 9200، موزعين على 41 مركزا»: or centres alone, in a sentence
  // that named them shelters.)
  const shelterCentre = (k: number): boolean => /^(و|في|ب)?(ال)?(مركز|مراكز)$/.test(tokens[k]?.norm ?? '') && /^(ال)?ايواء$/.test(tokens[k + 1]?.norm ?? '');
  if (concept === null && /^(مركز|مراكز|مركزا)$/.test(normalizeArabic(q.unit ?? '')) && (/^(ال)?ايواء$/.test(tokens[unitEnd]?.norm ?? '') || tokens.some((_, k) => k < qFrom && shelterCentre(k)))) concept = 'shelter';
  // «توفي ثلاثة من المصابين», «ودُفن بعد ظهر الأربعاء 11 من ضحايا الانهيار»: some of those
  // counted before, counted now by what the clause's verb says befell them.
  if (partitive && concept !== null && EVENT_CONCEPTS.has(concept)) {
    const befell = beforeNearest().slice(0, CONCEPT_BEFORE).map(conceptOfWord).find((c) => c !== null);
    // («ووفاة ثلاثة من المصابين»: the injured who died are those who died of their wounds, a part of the toll.)
    if (befell && befell !== concept && EVENT_CONCEPTS.has(befell) && befell !== 'population') concept = concept === 'injured' && befell === 'death' ? 'death:of-wounds' : befell;
  }
  // «22 قتيلا من المدنيين», «22 قتيلا مدنيا»: the dead (or injured) of one group named after «من»
  // or by an adjective (not a list of groups: «من العسكريين والمدنيين»).
  if ((concept === 'death' || concept === 'injured') && !partitive && q.unit !== null) {
    const ofGroup = tokens[unitEnd]?.norm === 'من';
    const at = ofGroup ? unitEnd + 1 : unitEnd;
    const word = tokens[at];
    // (An adjective carries no clitic: «وفاة بعمالة X» names a prefecture.)
    const group = word?.type === 'word' && (ofGroup || word.norm === word.bare) ? populationOfUnit(word.raw) : null;
    // («من الجنود و41 مسلحا»: a figure after «و» is the next item, no second group of this one.)
    const next = tokens[at + 1]?.norm === 'و' ? tokens[at + 2] : tokens[at + 1];
    const listed = /^و/.test(tokens[at + 1]?.norm ?? '') && next?.type !== 'num';
    if (group && !listed) return `${concept}:${group}`;
  }
  // «11 من المتوفين أطفال»: the group the partitive's dead (or injured) are said to be.
  if (partitive && (concept === 'death' || concept === 'injured')) {
    const word = tokens[unitEnd];
    const group = word?.type === 'word' && word.norm === word.bare ? populationOfUnit(word.raw) : null;
    if (group && !stops[unitEnd]) return `${concept}:${group}`;
  }
  // «قضى 12 شخصا وأصيب 40»: the verb «قضى» right before a count of people is «died» (a count of
  // days or years after it, «قضى 10 سنوات», is a duration, never a count; nor is a share of
  // something, «قضى نصف عمره»: a count of the dead is whole).
  if ((concept === null || concept === 'population') && Number.isInteger(q.value) && diedBefore(tokens, qFrom)) concept = 'death';
  // «بعد وفاة 3 جرحى متأثرين بإصاباتهم»: the wounded who died since, a count of its own.
  // («حالة وفاة وإصابتان»: a death, then the injured counted by their own dual, no one who died of wounds.)
  const diedOfWounds = unitEnd > qTo && DEATH_NOUN.test(tokens[wordBeforeFigure(tokens, qFrom)]?.norm ?? '');
  if (concept === 'injured' && (diedOfWounds || after().slice(0, 3).some((t) => OF_WOUNDS.test(t.norm)))) return 'death:of-wounds';
  // («13 من الضحايا توفوا في المستشفيات متأثرين بحروقهم»: some of the victims, who died of their wounds since.)
  if ((concept === null || concept === 'injured' || concept === 'death') && partitive && diedOfWoundsAfter(after())) return 'death:of-wounds';
  // "نحو ألف من السكان نزحوا": some of the inhabitants, counted by what happened to them.
  // («إجلاء 500 من السكان», «نزوح 500 من السكان»: or by the verbal noun that governs them.)
  const fateOf = (c: string | null): boolean => c !== null && c !== 'population' && EVENT_CONCEPTS.has(c);
  if ((partitive || tokens[qTo]?.norm === 'من') && concept === 'population') {
    const governs = conceptOfWord(governingWord(tokens, qFrom, clause, stops) ?? undefined);
    // («200 شخص من سكان القرى هرعوا إلى المكان»: or a crowd they made.)
    concept = after().map(conceptOfWord).find((c) => fateOf(c) || c === 'crowd') ?? (fateOf(governs) ? governs : null) ?? concept;
  }
  // "25 فريق إنقاذ", "30 فرقة إغاثة": rescue teams sent, a count of their own (not any team).
  if (concept === null && q.unit && RESCUE_TEAM.test(normalizeArabic(q.unit.split(/\s+/)[0])) && RESCUE_WORK.test(tokens[unitEnd]?.norm ?? '')) return 'team:rescue';
  // "5 من قرية واحدة": people from a thing named without the article, not the thing
  // ("200 من الشاحنات" counts trucks).
  if (partitive && concept && THING_CONCEPTS.has(concept) && !/^(و|ف)?(ال|لل)/.test(of.norm)) concept = null;
  // "20 سيارة إسعاف", "مركبات الإسعاف": ambulances, not any car or vehicle.
  if ((concept === 'car' || concept === 'vehicle') && AMBULANCE.test(tokens[unitEnd]?.norm ?? '')) concept = 'ambulance';
  // "تصريح لبناء 15 طابقا": floors licensed or added, not the building's height (floors.ts).
  if (concept === 'floor' && floorsBuiltOrAdded(tokens, qFrom)) return 'floor:planned';
  if (concept === 'magnitude') {
    // "قد تلامس الحرارة 45 درجة مئوية ظهرا": degrees of heat, not a quake's magnitude; no
    // concept (a temperature is another kind of measure than anything compared).
    if (TEMPERATURE.test(tokens[unitEnd]?.norm ?? '') || beforeNearest().some((t) => TEMPERATURE.test(t.norm))) return null;
    if (!tokens.some((t) => t.type === 'word' && QUAKE_WORD.test(t.norm))) return null;
    // («زلزال آخر» is another quake; «وإصابة 52 آخرين» counts other people, no second quake.)
    // (Not past «الزلزال الرئيسي» nearer the figure: «سجل 112 هزة ارتدادية منذ الزلزال الرئيسي الذي بلغت قوته 5.6».)
    const before = beforeNearest();
    const main = before.findIndex((t, k) => MAIN_QUAKE.test(t.norm) && QUAKE_WORD.test(before[k + 1]?.norm ?? ''));
    if (before.some((t, k) => AFTERSHOCK.has(t.stem) && !OTHER_PEOPLE.test(t.norm) && (main < 0 || k < main))) return 'magnitude:aftershock';
    // «سجل المعهد 140 هزة ارتدادية، أقواها بقوة 4.6 درجات»: the strongest of the aftershocks the clause before counted.
    return strongestOfAftershocks(tokens, qFrom) ? 'magnitude:aftershock' : 'magnitude';
  }
  // Who is counted ("25 عسكريا", "37 مدنيا", "6 آلاف كندي"): the event comes from the words around.
  // "90 من ركاب القارب": the passengers are everyone aboard, a whole rather than a group of them.
  const named = countsFamilies(q.unit) ? 'family' : firefighters(tokens, unitEnd) ? 'firefighter' : populationOfUnit(q.unit) ?? unitTokens.map((t) => populationOfUnit(t.raw)).find((p) => p !== null) ?? null;
  // «13 عنصرا» alone is members of something unnamed: people, counted by what happened to them.
  // («فقدت الشرطة ثلاثة عناصر»: a force that lost members lost its own.)
  const anyMember = named === 'soldier' && memberOfNothingNamed(tokens, unitEnd) && !lostBefore(tokens, qFrom, clause, stops);
  const population = partitive && named === 'passenger' ? null : named === 'soldier' && armedGroupMembers(tokens, unitEnd) ? 'militant' : anyMember ? null : named;
  // «25 ألف مقاتل التحقوا بالتنظيم», «وانضم 500 مقاتل إلى …»: recruits over months, a flow into a
  // force, not the troops it has — no clear count to meet another's.
  if (population === 'soldier' && (JOINED.test(tokens[qFrom - 1]?.norm ?? '') || JOINED.test(tokens[unitEnd]?.norm ?? ''))) return null;
  const nationality = !population && !concept && isNationalityUnit(q.unit);
  if (population) concept = null;
  // What the figure's own noun names, before any word around it is read.
  const unitNamed = concept;
  // ("حالتين: حالة وفاة وحالة حرجة": a breakdown follows, each item names its own.)
  const itemAt = (k: number): boolean => /^(ال)?حاله$/.test(tokens[k]?.norm ?? '');
  const itemized = isGenericUnitText(q.unit) && (itemAt(unitEnd) || (tokens[unitEnd]?.type === 'punct' && itemAt(unitEnd + 1)));
  // («أصيب أكثر من 40 زائرا بتسمم غذائي», «التسمم الذي أصاب 18 نزيلا»: whoever a verb of harm befell
  // are people counted by what befell them, whatever noun the outlet gives them.)
  const generic = !concept && (isGenericUnitText(q.unit) || unitTokens.some(isGenericUnit) || q.unit === null || partitive || !!population || nationality || anyMember || struckBefore(tokens, qFrom));
  if (!concept && generic) {
    // A word for people ("شخص") takes a concept that counts people, never "كيلومتر" nearby; a
    // named group ("عسكريا") only an event ("مقتل", "في حالة حرجة").
    const wanted = population || nationality ? EVENT_CONCEPTS : PEOPLE_CONCEPTS;
    const people = (t: Token) => {
      if (bodyNameWords(tokens).has(t)) return null;
      const c = conceptOfWord(t);
      // ("قتل 30 في قرية": a thing named near a bare figure is where, not what, it counts.)
      if (c && THING_CONCEPTS.has(c)) return null;
      return c && ((q.unit === null && !population && !nationality) || wanted.has(c)) ? c : null;
    };
    // "جثث سبعة أشخاص", "جثامين 5 مهاجرين": the bodies of the people counted, whatever the
    // sentence says before ("عثرت فرق الإنقاذ على جثث …").
    const governing = governingWord(tokens, qFrom, clause, stops);
    const governed = conceptOfWord(governing ?? undefined);
    // (Nor, after it, a building: «وإصابة 17 في انفجار بمبنى سكني» is where they were hurt.)
    const peopleAfter = (t: Token): string | null => (conceptOfWord(t) === 'building' ? null : people(t));
    concept = governed === 'bodies' ? 'bodies' : itemized ? null : namingAfter(after()).map(peopleAfter).find((c) => c !== null) ?? null;
    // («تم إجلاء 7,300 شخص إلى مراكز إجلاء»: a verb of evacuation before the figure still counts those moved.)
    if (concept === 'evacuated' && !beforeNearest().some((t) => conceptOfWord(t) === 'evacuated')) {
      const named = after().find((t) => conceptOfWord(t) === 'evacuated');
      if (named && isEvacuationCentre(tokens, tokens.indexOf(named))) concept = 'sheltered';
    }
    if (concept === null && !itemized && (leftTheirHomes(after()) || leftBeforeTheirHomes(tokens, beforeNearest(), unitEnd) || leftInRelativeBefore(tokens, qFrom, clause[0], stops) || homelessAfter(tokens, unitEnd, clause[1]))) concept = 'displaced';
    // («عمليات الإخلاء شملت 12 قرية، وطالت نحو 5,600 شخص أُجبروا على مغادرة منازلهم»: those the
    // evacuation reached, however the sentence says they left.)
    if ((concept === null || concept === 'displaced') && !itemized && reachedBy(tokens, qFrom) === 'evacuated') concept = 'evacuated';
    // «يقيم 3100 منهم في 52 مأوى مؤقتا»: those staying in shelters.
    if (concept === null && !itemized && inShelters(tokens, unitEnd, clause[1])) concept = 'sheltered';
    // («مراكز الإيواء، وعددها 14 مركزا، استقبلت 620 شخصا»: or those the shelters took in.)
    if (concept === null && !itemized && receivedByShelters(tokens, qFrom)) concept = 'sheltered';
    // («لا يزال 2300 منهم في مراكز الإيواء»: those still there, a later stock than those who went.)
    if (concept === 'sheltered' && beforeNearest().slice(0, 2).some((t) => STILL_THERE.test(t.norm))) concept = 'sheltered:still';
    // «تلقى 180 ألف شخص جرعة من اللقاح»: those a vaccine reached (vaccinated.ts).
    if (concept === null && !itemized && vaccinated(tokens, qFrom, unitEnd, clause, stops)) concept = 'vaccinated';
    // «ارتفع عدد النازحين إلى 1200 شخص لجؤوا إلى مدارس»: the head before the figure names who is
    // counted; the shelter they went to, after it, does not.
    // («عدد النازحين بلغ 1250 شخصا يقيم معظمهم في مخيمين»: nor where they live.)
    if (concept === 'sheltered' || concept === 'population') {
      const near = beforeNearest();
      const head = near.findIndex((t, i) => HEAD_WORDS.test(near[i + 1]?.norm ?? '') && people(t) !== null);
      if (head >= 0) concept = people(near[head]);
    }
    // "شفاء 340 حالة مصابة", "وفاة 3 مصابين": what befell the cases, the noun governing the figure, not who they were.
    // (Not «حالة وفاة وحالتي إصابة»: a figure joined by «و» is a new item, not governed.)
    const joined = /^و/.test(tokens[qFrom].norm) && tokens[qFrom].bare !== tokens[qFrom].norm;
    if (concept === 'injured' && !joined && (governed === 'recovered' || governed === 'death')) concept = governed;
    // "6 حالات إيجابية مؤكدة", "عدد الحالات المؤكدة البالغ 812 حالة": an epidemic's confirmed cases.
    if (concept === null && (confirmedCases(tokens, qFrom, unitEnd, clause, stops) || casesThenDeaths(tokens, unitEnd) || deathsThenCases(tokens, qFrom, unitEnd))) concept = 'injured';
    // "29 شخصا من أصل 100 جريح لا يزالون في المستشفى": some of a whole counted right after it
    // (its own figure stops the words read after this one), whatever event stands before.
    const whole = outOfWhole(tokens, unitEnd, clause[1]);
    if (whole !== null) concept = `${whole}:part`;
    // "وأسر ثلاثة آخرين": the verb «أسر» (captured; its noun «أسر», families, names no one's
    // fate) right before the figure counts those taken, whatever word of death stands nearby.
    if (CAPTURED.test(tokens[qFrom - 1]?.norm ?? '') && tokens[qFrom - 1].type === 'word') concept = 'arrested';
    // "28 شخصا ما زالوا في عداد المفقودين": what they are counted among (counted-among.ts).
    const among = countedAmong(tokens, unitEnd, clause);
    if (among) concept ??= people(among);
    // "أكثر من 30 ألفا، معظمهم كنديون، عبروا من …": the verb after the aside.
    // ("23 عسكريا، و31 مدنيا، أغلبهم في ولاية …، قضوا"): the verb may close the aside itself.
    // ("قتل 15 شخصا على الأقل، بينهم ثلاثة أجانب، وأصيب 28": a verb right before the figure
    // already says what happened; the verb after the aside is the next figure's.)
    if (concept === null && !conceptOfWord(governing ?? undefined) && tokens[clause[1]]?.type === 'punct' && ASIDE_OPENERS.test(tokens[clause[1] + 1]?.norm ?? '')) {
      let k = clause[1] + 2;
      let part = false;
      for (; k < tokens.length && k < clause[1] + 12 && concept === null; k++) {
        const t = tokens[k];
        if (t.type === 'punct' && !/[،,]/.test(t.raw)) break;
        // («64 راكبا، بينهم 37 نجوا من الغرق»: what follows a figure of the aside, up to its comma, is that part's.)
        if (stops[k]) part = true;
        if (part && t.type !== 'punct') continue;
        if (t.type === 'word' && !population) concept = null;
        else if (t.type === 'word') concept = EVENT_CONCEPTS.has(conceptOfWord(t) ?? '') ? conceptOfWord(t) : null;
        if (t.type === 'punct') {
          concept = tokens.slice(k + 1, k + 3).map(people).find((c) => c !== null) ?? null;
          break;
        }
      }
    }
    // «ارتفعت حصتها إلى 12.8% ومقاعدها إلى 17»: a thing of someone's that reached the figure.
    const reached = q.unit === null && /^(الي|حتي)$/.test(tokens[qFrom - 1]?.norm ?? '') ? tokens[qFrom - 2] : undefined;
    // («احتفظوا بمقاعدهم إلى 31»: not a verb's object after «ب», which reached nothing.)
    const governedByBa = !!reached && reached.norm.startsWith('ب') && !reached.bare.startsWith('ب');
    const reachedThing = concept === null && reached?.type === 'word' && !governedByBa && /(ها|هم|ه)$/.test(reached.norm) ? conceptOfWord(reached) : null;
    if (reachedThing && THING_CONCEPTS.has(reachedThing)) concept = reachedThing;
    // "عدد القتلى في المدينة المنكوبة قد يزيد على 20 ألفا": the noun after عدد/حصيلة is what is
    // counted, whatever word stands nearer the figure.
    // «وضبط اثنين من التجار»: a partitive names who is counted; a noun it names that is no
    // group of the lexicon borrows no concept from the words before the figure («… والمصابين»).
    const ownNoun = partitive && /^(ال|لل)/.test(of.norm) && !conceptOfWord(of) && !populationOfUnit(of.raw);
    // («…لأسرة كل متوفى، فيما مثل 3 من منظمي التوزيع أمام المحكمة»: nor, clauses earlier, one in
    // construct with a definite noun.)
    // (Not a place, «19 من ولاية X»: where those counted before are from.)
    const ownConstruct = partitive && /^(ال|لل)/.test(tokens[unitEnd]?.norm ?? '') && !stops[unitEnd] && !conceptOfWord(of) && !populationOfUnit(of.raw) && !isPlaceWord(of.bare) && of.bare !== 'ولايه';
    // («ثم بيت X بـ7»: a word of a place's name, «بيت», names no thing counted.)
    // («وجهت النيابة تهمة القتل غير العمد إلى 3 من مسؤولي الشركة»: nor a crime's name.)
    // (beforeNearest's j-th word is the token at qFrom - 1 - j.)
    // («سجلت المدينة العدد الأكبر من القتلى بـ9»: nor a superlative after the head, the noun after its «من».)
    const near = ownNoun ? [] : beforeNearest().filter((t, j) => !TOTAL_ADJECTIVE.test(t.bare) && !ctx.placeWords?.has(t) && !CHARGE.test(tokens[qFrom - 2 - j]?.norm ?? '') && !rankAfterHead(t, tokens[qFrom - 2 - j]));
    for (let i = 0; concept === null && i < near.length - 1; i++) {
      if (!HEAD_WORDS.test(near[i + 1].norm)) continue;
      // «ارتفع عدد الأطفال بين المتوفين إلى 12»: a group among an event's people.
      const among = i >= 2 && near[i - 1].norm === 'بين' ? conceptOfWord(near[i - 2]) : null;
      const amongGroup = among && EVENT_CONCEPTS.has(among) ? populationOfUnit(near[i].raw) : null;
      if (amongGroup) {
        concept = `${among}:${amongGroup}`;
        break;
      }
      concept = people(near[i]);
      // («عدد السكان الذين أُجلوا … 6500»: the residents' relative clause says what befell them.)
      if (concept === 'population') concept = befellInRelative(tokens, tokens.indexOf(near[i]), people) ?? concept;
      // «ارتفع عدد العاملين إلى 17.2 مليون»: a group named after عدد is who is counted (never
      // a concept borrowed from an earlier figure's noun).
      const headGroup = concept === null && q.unit === null && !partitive ? populationOfUnit(near[i].raw) : null;
      if (headGroup && !EVENT_ONLY_POPULATIONS.has(headGroup)) concept = headGroup;
      // «عدد حالات الإصابة بالفيروس إلى 1051»: a generic noun after the head, the event after it.
      if (concept === null && i > 0 && isGenericUnit(near[i])) concept = people(near[i - 1]);
      // "عدد الشاحنات التي دخلت … 200": after عدد/حصيلة a counted thing is what the figure counts.
      const thing = conceptOfWord(near[i]);
      if (concept === null && q.unit === null && !partitive && thing && THING_CONCEPTS.has(thing)) concept = thing;
      // («ارتفاع حصيلة فيضانات X إلى 37»: the toll of a disaster, no noun of its own, is its dead.)
      if (concept === null && q.unit === null && !partitive && TOLL.test(near[i + 1].norm) && isEventNounWord(near[i].norm)) concept = 'death';
      // "عدد الحرائق التي لا تزال مشتعلة يبلغ 50": a counted thing the lexicon does not know.
      if (concept === null && q.unit === null && !partitive && near[i].type === 'word' && !conceptOfWord(near[i]) && !populationOfUnit(near[i].raw)) {
        // ("ارتفعت الحصيلة منذ …": a function word after the head names nothing.)
        if (findEntities([near[i]]).length === 0 && near[i].bare.length > 2 && !STOPWORDS.has(near[i].norm)) concept = unitConcept(near[i].stem);
      }
    }
    // («عدد الركاب الذي تأكد بعد شهادات الناجين هو 64 راكبا»: the head names the figure's own group,
    // counted with nothing befalling them; a word of the clause between names no event of theirs.)
    // («عدد الركاب القتلى»: an event word right after the group is theirs.)
    let ownHead = -1;
    for (let i = qFrom - 1; population && ownHead < 0 && i > clause[0] && !stops[i]; i--) if (HEAD_WORDS.test(tokens[i - 1].norm) && populationOfUnit(tokens[i].raw) === population) ownHead = i;
    // («عدد المدنيين الذين قتلوا»: or the relative clause's own verb.)
    const ownWords = WHO.test(tokens[ownHead + 1]?.norm ?? '') ? [tokens[ownHead + 2]] : [tokens[ownHead + 1]];
    // («راجعت الوزارة حصيلة الوباء، لتعلن تسجيل 1480 حالة»: a toll the figure counts in cases is
    // no death toll; what its cases are is read below.)
    const tollOfCases = casesByOwnNoun(tokens, qTo);
    const tollAt = tollOfCases ? near.findIndex((t) => TOLL.test(t.norm)) : -1;
    concept ??= (ownHead >= 0 ? ownWords : tollAt >= 0 ? near.slice(0, tollAt) : near).map(people).find((c) => c !== null) ?? null;
    // «عدد المقيمين في مراكز الإيواء 612»: those living in the shelters are the sheltered.
    // («7400 شخص يقيمون حاليا في 38 مركز إيواء»: or named after it, past the shelters' own count.)
    const shelterAfter = (): boolean => {
      for (let i = unitEnd; i < Math.min(clause[1], unitEnd + SHELTER_REACH); i++) if (namesShelter(tokens, i)) return true;
      return false;
    };
    if (concept === 'population' && (near.some((t) => namesShelter(tokens, tokens.indexOf(t))) || shelterAfter())) concept = 'sheltered';
    // «التسمم الذي أصاب 22 شخصا»: the harm the relative clause hangs on is what befell them.
    if (concept === 'injured' && !itemized) concept = harmBefore(tokens, qFrom) ?? concept;
    // «الأسرى البالغ عددهم 1500»: «عددهم» refers back to who is counted.
    if (concept === null && q.unit === null && COUNT_OF_THEM.test(tokens[qFrom - 1]?.norm ?? '')) {
      // («القتلى المدنيين، وعددهم 39»: a group named after the event's noun is that event's group.)
      for (let i = qFrom - 2; concept === null && i >= Math.max(0, qFrom - 8) && !stops[i]; i--) {
        const group = themOf(tokens[i]);
        const event = group ? people(tokens[i - 1]) : null;
        concept = people(tokens[i]) ?? (group && event && EVENT_CONCEPTS.has(event) ? `${event}:${group}` : group);
      }
    }
    // «…، فيما بلغ عدد الحالات المشتبه بها 930 حالة»: «عدد الحالات» in the figure's own clause,
    // naming no event after it, counts the cases themselves, never a death told before it (what
    // the cases are, suspected or confirmed, is read below).
    const ownCases = concept === null && !ownNoun && casesHeadInClause(tokens, qTo, clause, stops, people);
    // "ارتفعت حصيلة قتلى الهجوم الذي استهدف قرية … إلى 140 شخصا": «حصيلة/عدد + noun» earlier in
    // the sentence, with no other figure between, names what is counted.
    for (let i = qFrom - 1; concept === null && !ownNoun && !ownCases && i > 0 && !stops[i]; i--) if (HEAD_WORDS.test(tokens[i - 1].norm)) concept = people(tokens[i]);
    // "إن حصيلة ضحايا الهزة، …، وصلت إلى 2022 شخص": the noun may stand clauses earlier.
    // («إلى مستشفى الأمير العسكري، مشيرا إلى أن حالة ستة منهم حرجة»: a group's singular adjective
    // after a name, «العسكري», «المدني», qualifies a place or a body; it counts no one.)
    // («أحصت الغرفة 86 عاملا قتلوا …، وأن 500 ألف شخص يعملون»: nor past a clause that opens a new
    // statement with «وأن/وإن»: its people are its own subject.)
    if (!population && !nationality && !ownNoun && !ownConstruct && !ownCases && !NEW_STATEMENT.test(tokens[clause[0]]?.norm ?? '')) for (let i = clause[0] - 1; concept === null && i >= Math.max(0, clause[0] - 25) && !stops[i] && !(tollOfCases && TOLL.test(tokens[i].norm)); i--) concept = groupAdjective(tokens, i) ? null : people(tokens[i]);
  }
  // "لقي 12 شخصا من ركاب الحافلة التي كانت متجهة إلى … حتفهم": «لقي» before the figure and its
  // «حتفهم/مصرعهم» however far after, in the same clause, say they died.
  if ((concept === null || (population && !EVENT_CONCEPTS.has(concept))) && (generic || population) && metDeath(tokens, qFrom, unitEnd, clause, stops)) concept = 'death';
  // «11 تلميذا تمكنوا من الإفلات من الخاطفين», «17 سجينا فروا من السجن»: those who escaped their
  // captors, a count of their own beside those still held.
  // («7 من المخطوفين تمكنوا من الفرار»: those of the abducted who escaped; «و7 تمكنوا من الفرار»,
  // the verb of managing read as the figure's noun; «فرّ ثلاثة من قبضة الخاطفين», the verb before.)
  const managedNoun = MANAGED.test(tokens[unitEnd - 1]?.norm ?? '') && unitEnd > qTo;
  if ((concept === null || concept === 'displaced' || concept === 'abducted' || managedNoun) && (generic || population || managedNoun || concept === 'abducted') && (escapedAfter(after().slice(0, ESCAPE_REACH)) || (managedNoun && escapedAfter(tokens.slice(unitEnd - 1, unitEnd - 1 + ESCAPE_REACH))))) concept = 'escaped';
  if (concept === 'displaced' && population !== 'prisoner' && ESCAPE.test(tokens[qFrom - 1]?.norm ?? '') && tokens.slice(qTo, qTo + ESCAPE_REACH).some((_, k, w) => fromCaptors(w, k))) concept = 'escaped';
  // «14 ألف حالة مشتبه بها», «عدد الحالات المشتبه بإصابتها 14,382 حالة»: an epidemic's suspected
  // cases, another count than the confirmed ones («حالة أكدتها الفحوص»).
  if ((concept === null || concept === 'injured') && (generic || concept === 'injured') && suspectedCases(tokens, qFrom, unitEnd, clause, stops)) concept = 'injured:suspected';
  // «12 وفاة أخرى قيد التحقيق»: deaths or cases still under investigation are suspected ones.
  if ((concept === 'death' || concept === 'injured') && underInvestigation(tokens, unitEnd, stops)) concept = `${concept}:suspected`;
  // "أعلنت الشرطة أنها فقدت ثلاثة عناصر"، "خسرت القوات 12 عسكريا": the troops a side lost are its dead.
  if (concept === null && population === 'soldier' && lostBefore(tokens, qFrom, clause, stops)) concept = 'death';
  // "مخاوف من غرق 40 بحارا"، "20 شخصا يخشى أنهم لقوا حتفهم": the dead no one has found are the missing.
  if ((concept === null || concept === 'death') && (population || generic) && fearedDead(tokens, qFrom, unitEnd, clause, stops)) concept = 'missing';
  // «وفُقد أثر 15 بحارا», «وفُقد 15 آخرون»: those lost are the missing, whatever death the clause
  // named; «فقد 15 شخصا حياتهم» are the dead.
  // (A side that «lost» its soldiers lost them dead: lostBefore above.)
  const lost = (concept === null || concept === 'death') && (population || generic) && population !== 'soldier' ? lostOf(tokens, qFrom, unitEnd) : null;
  if (lost) concept = lost;
  // "والبحث جار عن ستة آخرين": those still searched for are the missing (sought.ts).
  if ((concept === null || concept === 'death' || concept === 'rescued') && (population || generic) && soughtBefore(tokens, qFrom)) concept = 'missing';
  // "أنقذت الفرق 13 حالة غرق", "أنقذ 3 أشخاص من الغرق": those saved from drowning or a fire are
  // the rescued, whatever word of death follows the figure.
  // ("ينقذ 13 غريقا": a noun of one drowning, saved or not, under a verb of rescue is the rescued too.)
  if ((concept === 'death' || (concept === null && DROWNING.test(normalizeArabic(q.unit ?? '')))) && rescuedBefore(tokens, qFrom, clause, stops)) concept = 'rescued';
  // «وأخرجت 4 أشخاص أحياء من تحت الركام», «أخرجت شخصين على قيد الحياة»: people taken out alive
  // are the rescued; «300 شخص مدفونين تحت الأنقاض» those still under it, the trapped.
  if (concept === null && generic && !population) concept = aliveOrUnder(tokens, unitEnd);
  // («بلغ عدد العمال الذين أُخرجوا أحياء 11 عاملا», «انتشلت الفرق 11 عاملا أحياء»: a group taken out
  // alive too; not one only found alive, «عثر صيادون على 4 مهاجرين أحياء», more of the survivors.)
  if (concept === null && population && (takenOutAlive(tokens, qFrom) || (aliveOrUnder(tokens, unitEnd) === 'rescued' && takenOutBefore(tokens, qFrom, clause, stops)))) concept = 'rescued';
  // Those aboard a boat or a bus and those who survived it (voyage.ts): "قارب يقل نحو 500 مهاجر
  // غرق" counts those aboard, "نجا 104 أشخاص من الغرق" the survivors, whatever word of death the
  // clause holds; "86 كانوا على متن القارب" those aboard unless a verb before it says what
  // happened to them ("غرق 30 شخصا كانوا على متن …", "أنقذ 50 مهاجرا كانوا على متن …").
  // ("وصل قارب على متنه 168 مهاجرا": a boat that reached land brought its N alive — survivors.)
  // ("وصلوا على متن نحو مئة دراجة نارية": a figure with a noun of its own that names no people
  // counts those vehicles, not who rode them.)
  const carried = unitNamed === null && generic ? aboardBefore(tokens, qFrom, clause, stops) : -1;
  // («كانت تقل 48 معتمرا إضافة إلى السائق ومساعده»: the passengers alone, the crew counted apart.)
  if (carried >= 0 && crewBesides(tokens, unitEnd, clause[1])) return 'passenger';
  // («الأطفال الخمسة الذين كانوا على متنه»: a group within those aboard is a part of them.)
  const aboardPart = population && !ABOARD_AS_WHOLE.has(population) ? `:${population}` : '';
  if (carried >= 0) return arrivedWith(tokens, clause, carried) ? 'rescued' : `aboard${aboardPart}`;
  if ((concept === null || concept === 'death' || concept === 'rescued') && (survivedBefore(tokens, qFrom, clause, stops) || (unitNamed === null && survivedAfter(tokens, unitEnd, clause)))) concept = 'rescued';
  else if (unitNamed === null && aboardAfter(tokens, qTo, unitEnd, clause) && !rescuedBefore(tokens, qFrom, clause, stops) && !conceptOfWord(governingWord(tokens, qFrom, clause, stops) ?? undefined)) return `aboard${aboardPart}`;
  // "اعتمدت الدراسة على مقابلات مع 80 ناجيا وشاهد عيان": those a report heard, not a toll.
  if (isEventConcept(concept) && heardBefore(tokens, qFrom)) return null;
  // «فيما بقيت 8 حالات تحت العلاج», «7 حالات تخضع للعلاج»: cases still being treated, whatever ailment.
  // («موضحا أن 20 منهم لا يزالون في المستشفيات»: those still lying in hospital, too.)
  // (Still there before the hospital is named, none taken there: «نقلوا إلى المستشفيات ولا يزال 3 …»
  // says where all were taken.)
  const stillInHospital = (): boolean => {
    const next = after(Math.min(clause[1], unitEnd + STILL_REACH + 2));
    const at = next.findIndex((t) => IN_HOSPITAL.test(t.norm));
    if (at < 0 || next.slice(0, at).some((t) => TAKEN_TO.test(t.norm))) return false;
    return [...beforeNearest().slice(0, 3), ...next.slice(0, at)].some((t) => STILL_THERE.test(t.norm));
  };
  const inHospital = (concept === null || concept === 'injured') && stillInHospital();
  // The concept is told by a word of the figure's own clause before it: «توفي 5 أشخاص», «أجلت السلطات 400 شخص».
  const toldBefore = (): boolean => concept !== null && beforeNearest().some((t) => conceptOfWord(t) === concept);
  if (concept === null && generic && !population && !nationality && (after().some((t) => UNDER_TREATMENT.test(t.norm)) || inHospital)) concept = 'injured';
  // («212 مصابا غادروا المستشفيات، فيما لا يزال 19 آخرون يتلقون العلاج»: a generic count's own words
  // right after it, under treatment, say what it counts — not another clause's verb. A word of its own
  // clause before it still does: «توفي 5 أشخاص كانوا يتلقون العلاج», «أجلت 400 شخص يتلقون العلاج».)
  else if (generic && !population && !nationality && concept !== 'injured' && after().slice(0, 3).some((t) => UNDER_TREATMENT.test(t.norm)) && !toldBefore()) concept = 'injured';
  // («سجلت مدينة X وحدها 150 حالة»: in an epidemic's article, cases counted by that word alone, and
  // named nothing else by now, are the disease's.)
  if (concept === null && ctx.outbreak && !population && !nationality && !partitive && CASES.test(normalizeArabic(q.unit ?? '').trim())) concept = 'injured';
  if ((concept === null || EVENT_CONCEPTS.has(concept) || population) && isCombinedCasualties(tokens, qFrom, unitEnd, clause[1], stops)) concept = 'casualties';
  // ("وأصيب 40 تمت معالجتهم …", "تم علاج 40": a treatment said done is no stock of those still in hospital.)
  // («17 مصابا نقلوا إلى المستشفيات لتلقي العلاج»: those taken to hospital are all the injured.)
  // («خروج آخر أربع حالات من المستشفى»: those discharged have left it, recovered.)
  // («212 مصابا غادروا المستشفيات»: or the plural verb right after the noun says they have left it.)
  else if (concept === 'injured' && (beforeNearest().slice(0, 2).some((t) => DISCHARGED.test(t.norm)) || LEFT_THEY.test(tokens[unitEnd]?.norm ?? ''))) concept = 'recovered';
  // («بلغ عدد المصابين 31 غادر معظمهم المستشفيات»: a hospital they left is no stock of those in it.)
  // («ونقلت فرق الإنقاذ 31 جريحا إلى المستشفى»: the taking named before the figure, too.)
  // («نقل 22 مصابا إلى مستشفى X، و10 مصابين إلى مستشفى Y»: «إلى» right after the noun, the list's verb of taking left out.)
  else if (concept === 'injured' && (inHospital || (!beforeNearest().slice(0, TAKEN_REACH).some((t) => TAKEN_TO.test(t.norm)) && tokens[unitEnd]?.norm !== 'الي' && after().some((t, k, a) => isTreated(t) && !TREATMENT_DONE.test(a[k - 1]?.norm ?? '') && !a.slice(0, k).some((w) => TAKEN_TO.test(w.norm) || DISCHARGED.test(w.norm)))))) concept = 'injured:treated';
  // («لم يبق في المستشفى سوى أربعة ناجين يتلقون العلاج»: survivors still treated are the injured in hospital, not all who survived.)
  else if (concept === 'rescued' && after(Math.min(clause[1], unitEnd + 3)).some((t) => UNDER_TREATMENT.test(t.norm))) concept = 'injured:treated';
  else if (!itemized) {
    const grade =
      concept === 'injured' || concept === null || population ? severityOf(unitTokens.filter((t) => t.type === 'word'), after(Math.min(clause[1], unitEnd + SEVERITY_AFTER + (STILL_BEING.test(tokens[unitEnd + 1]?.norm ?? '') ? STILL_REACH : 0)))) : null;
    const severity = grade ?? (concept === 'injured' || concept === null || concept?.startsWith('unit:') ? severityNamedBefore(tokens, qFrom, clause, stops) : null);
    if (severity) concept = `injured:${severity}`;
  }
  // "مقتل المصور X والصحفية Y … و9 أشخاص آخرين": the dead besides those already named, never the toll.
  // (Not the injured: «وأصيب 29 آخرون» after the dead is all of them. After a count of the dead,
  // "others" are another incident's or a rise: claims/index.ts reads them as the dead.)
  if (concept === 'death' && !population && [...unitTokens, tokens[unitEnd]].some((t) => !!t && t.type === 'word' && OTHER_PEOPLE.test(t.norm))) concept = 'death:others';
  // «عُثر على ثلاثة ناجين آخرين», «أخرجت شخصين آخرين على قيد الحياة»: more people saved since the
  // count before, not another count of the saved. (After another figure of the sentence, «قتل تسعة
  // وأنقذ 12 آخرون», the others are other people than those.)
  const othersSaved = concept === 'rescued' && [...unitTokens, tokens[unitEnd]].some((t) => !!t && t.type === 'word' && OTHER_PEOPLE.test(t.norm));
  if (othersSaved && !stops.subarray(0, qFrom).includes(1)) concept = 'rescued:new';
  // «بانتشال جثتين أخريين»: more bodies recovered since the count before, not the bodies so far.
  if (concept === 'bodies' && [...unitTokens, tokens[unitEnd]].some((t) => !!t && t.type === 'word' && MORE_OF_THEM.test(t.norm))) concept = 'bodies:new';
  // "استقبلنا 14 قتيلا": one hospital's intake, a part of the toll (received.ts).
  if ((concept === 'death' || concept === 'injured' || concept === 'bodies') && (receivedBefore(tokens, qFrom) || receivedByRelative(tokens, qFrom))) concept += ':received';
  // «أُدخل 27 مصابا إلى المستشفيات»: those admitted, the hospitals' intake (received.ts).
  else if ((concept === 'injured' || concept === 'injured:treated') && admittedToHospital(tokens, qFrom, unitEnd)) concept = 'injured:received';
  // Valid, invalid, blank or all cast ballots: four totals, none a candidate's votes (ballots.ts).
  if (q.kind === 'count' && (concept === 'votes' || concept === null || concept.startsWith('unit:'))) {
    const kind = ballotKindOf(tokens, loc, stops);
    const paper = countsPapers(tokens, loc);
    // (Postal votes from abroad are the votes cast abroad: «120 ألف صوت بريدي من الخارج».)
    const postal = (): string => whereVoted(tokens, qFrom, 'votes', unitEnd) || ':postal';
    // (A group of people named, «وبينهم امرأتان», counts them, not ballots.)
    if (kind && (concept === 'votes' || paper || (concept === null && generic && !population))) return kind === 'valid' && gotByCandidate(tokens, loc) ? 'votes' : kind === 'postal' ? `votes${postal()}` : `votes:${kind}`;
    // "متقدما على أقرب منافسيه بنحو 9 آلاف صوت": a lead, not a tally (margin.ts).
    if (concept === 'votes' && isVoteMargin(tokens, loc)) return 'votes:margin';
    if (paper && paperIsBallot(tokens, clause)) return 'votes';
  }
  // Registered voters are the electorate, not those who voted (electorate.ts).
  if (concept === 'voter' && isElectorate(tokens, loc, clause, stops)) return 'voter:registered' + whereVoted(tokens, qFrom, concept, unitEnd);
  if (concept === 'voter') return concept + whereVoted(tokens, qFrom, concept, unitEnd) + partOfDay(tokens, ctx, unitEnd, stops);
  // («نحو 120 ألف صوت بريدي من الخارج»: the votes cast abroad, not a candidate's.)
  if (concept === 'votes') return concept + whereVoted(tokens, qFrom, concept, unitEnd);
  // "4 وفيات جديدة": the day's new cases, not the toll.
  const added = [...unitTokens, ...after().slice(0, 3)].some((t) => ADDED.test(t.norm));
  if (concept && added) concept += ':new';
  // "33 قتيلا معلوم الهوية": the identified among the dead, a part of the toll.
  const identity = after().slice(0, 2).find((t) => IDENTITY.test(t.bare));
  if (concept && identity) concept += /^مجهول/.test(identity.bare) ? ':unidentified' : ':identified';
  // «تعرفت على هويات 22 من الضحايا», «تحديد هوية 15 قتيلا»: the identified among them.
  else if (concept && isEventConcept(concept) && !concept.includes(':') && IDENTITIES.test(tokens[qFrom - 1]?.norm ?? '')) concept += ':identified';
  // (A group known only by an event, with none: its noun, as any the lexicon does not know — below.)
  const eventOnly = !concept && !!population && EVENT_ONLY_POPULATIONS.has(population);
  // «نقل 5 آلاف لاجئ إلى مخيم»: those moved somewhere, not the group's whole count.
  // («ونُقل 5 من العمال الذين أُنقذوا إلى مستشفى»: the verb before the figure, not what the relative
  // clause after its noun says befell the group before.)
  const describedAfter = [0, 1, 2].some((k) => WHO.test(tokens[unitEnd + k]?.norm ?? ''));
  const movedBefore = MOVED.test(tokens[wordBeforeFigure(tokens, qFrom)]?.norm ?? '');
  if (population && (!concept || (describedAfter && movedBefore)) && !eventOnly && movedThere(tokens, qFrom, unitEnd)) return `${population}:moved`;
  // «قارب لا تتجاوز طاقته ثلاثين راكبا»: how many it can hold, not how many it held.
  if (population && !concept && capacityBefore(tokens, qFrom, clause, stops)) return `${population}:capacity`;
  // «المصنع يشغل 850 عاملا», «من أصل 850 عاملا يعملون فيه»: a workplace's staff, not those there when it happened.
  if (population === 'worker' && !concept && staffOf(tokens, qFrom, unitEnd)) return 'worker:staff';
  // («احتشدوا في ساحة لا تتسع لأكثر من ألف شخص»: people a place can hold are no count of anyone there.)
  if (generic && !population && capacityBefore(tokens, qFrom, clause, stops)) return null;
  // («1230 مريضا جديدا»: a group's new members, the day's, not how many there are.)
  // («فر 20 سجينا»: prisoners who flee escape, they are not displaced.)
  if (population === 'prisoner' && concept === 'displaced') return population;
  // («السيول طالت نحو 3700 أسرة»: households a disaster reached are the affected ones.)
  if (population === 'family' && !concept && REACHED_PEOPLE.test(tokens[wordBeforeFigure(tokens, qFrom)]?.norm ?? '')) return 'affected:family';
  // («أثبتت الفحوص الإصابة لدى 57 مريضا»: patients a test confirmed infected are the confirmed cases.)
  if (population === 'patient' && concept === 'injured' && infectionConfirmedBefore(tokens, qFrom, clause)) return concept;
  if (population && !eventOnly) return concept ? `${concept}:${STRUCK_AS[population] ?? population}` : population + (added ? ':new' : '');
  // A nationality with nothing said of them ("6 آلاف كندي") counts no clear thing: out of every card.
  // ("الناجون هم N [nationality] وM [nationality]": one nationality of a list is a part of the count,
  // its nationality the owner that keeps it from the others'.)
  if (nationality) return nationalityList(tokens, qFrom, unitEnd) ? (concept && EVENT_CONCEPTS.has(concept) ? `${concept}:part` : null) : concept;
  // "تخريج 40 متدربا" and "(45) خريجا": those a course graduated, whatever noun the outlet
  // gives them (a trainee, a beneficiary, a student), are one count: the graduates.
  if (q.kind === 'count' && !concept && !nationality && q.unit && (GRADUATE.test(normalizeArabic(q.unit.split(/\s+/)[0])) || graduatedBefore(tokens, qFrom, stops))) concept = 'graduate';
  // «من أصل 80 ألف مخول لهم المشاركة في التصويت»: a vote's electorate, whatever its noun (electorate.ts).
  if (q.kind === 'count' && !concept && q.unit && isWholeOfAVote(tokens, loc)) return 'voter:registered' + whereVoted(tokens, qFrom, 'voter', unitEnd);
  // «بينهم 37 نجوا من الغرق»: a verb of survival the extractor took for the figure's noun.
  if (!concept && q.kind === 'count' && q.unit && isSurvivalVerb(normalizeArabic(q.unit.split(/\s+/)[0]))) concept = 'rescued';
  // («47 نائبة»: the women among the elected, by the feminine of «نائب»; its stem is the men's too.)
  if (!concept && WOMEN_MEMBERS.test(normalizeArabic(q.unit ?? '').trim())) concept = 'woman';
  // An unknown counted noun still groups with itself, unless it is a name ("كندا").
  // «نفوق 3,400 رأس من الماشية»: a herd lost (livestock.ts), whatever its animals' noun.
  if (!concept && q.kind === 'count' && livestockLost(tokens, qFrom, unitEnd, clause, stops)) return 'livestock:lost';
  // («لقحت الفرق 250 ألف رأس»: a herd vaccinated, livestock.ts.)
  if (!concept && q.kind === 'count' && livestockVaccinated(tokens, qFrom, unitEnd, clause, stops)) return 'livestock:vaccinated';
  if (!concept && q.unit && (!generic || eventOnly) && findEntities(tokensOf(q.unit)).length === 0) {
    // («140 مترا مكعبا» and «160 أمتار مكعبة»: a two-word unit keyed word by word, each as its singular;
    // «طن متري» is the tonne «طن» is: its adjective adds nothing.)
    const unitWords = q.unit.split(/\s+/).filter((w, k) => k === 0 || !METRIC.test(normalizeArabic(w)));
    concept = unitWords.length > 1 && q.value !== 2 ? 'unit:' + unitWords.map((w) => unitConcept(countedNounStem(w)).slice('unit:'.length)).join('') : unitConcept(countedNounStem(unitWords.join(' ')), q.value === 2 ? unitWords[0] : undefined);
    // («1.5 مليون حاج من الخارج و185 ألفا من الداخل»: those from abroad and from home, two counts beside their whole.)
    const from = eventOnly ? cameFrom(tokens, unitEnd) : null;
    if (from) concept += `:${from}`;
  }
  // «بسرعة 95 كيلومترا في الساعة»: a speed, not a distance (speed.ts). (Miles an hour are not
  // kilometres an hour: the unit is part of the concept, as for a distance.)
  if (concept === 'distance' && perHourAt(tokens, unitEnd)) return speedOf(tokens, qFrom, clause, stops) + (MILES.test(normalizeArabic((q.unit ?? '').split(/\s+/)[0])) ? ':mph' : '');
  // «20 كيلومترا طولا و5 كيلومترات عمقا», «على عمق 10 كيلومترات», «بطول 20 كيلومترا»: a length,
  // width, depth or height — a size, not how far something is from a place.
  // (An earthquake's depth, «زلزال بقوة 5.9 درجات على عمق 10 كيلومترات», is a figure of the quake
  // that agencies give apart: its own concept, in a sentence that names the quake.)
  if (concept === 'distance' && DEPTH.test(tokens[qFrom - 1]?.norm ?? '') && tokens.some((t) => t.type === 'word' && EVENT_KIND_OF_STEM.get(keywordStem(t.norm)) === 'quake')) return `depth:${MILES.test(normalizeArabic((q.unit ?? '').split(/\s+/)[0])) ? 'mile' : 'km'}`;
  if (concept === 'distance' && (DIMENSION_AFTER.test(tokens[unitEnd]?.norm ?? '') || DIMENSION_BEFORE.test(tokens[qFrom - 1]?.norm ?? ''))) return null;
  // A distance in miles is not one in kilometres: the unit is part of what is measured (however
  // it is spelt: «كيلومترا», «كلم», «كم» are one unit).
  if (concept === 'distance' && q.unit) concept = `distance:${MILES.test(normalizeArabic(q.unit.split(/\s+/)[0])) ? 'mile' : 'km'}`;
  // «70 كلم غرب X» and «50 كلم شرق X» are two distances whatever the place: the bearing is part of what is measured.
  if (concept?.startsWith('distance:')) {
    const bearing = bearingAt(tokens, unitEnd);
    if (bearing) concept += `:${bearing}`;
  }
  // "300 منزل دمرت كليا" and "1200 تضررت جزئيا": destroyed, damaged, or either — three counts.
  if (concept === 'building' || concept === 'shop' || concept === 'tent') concept += damageOf(tokens, qFrom, unitEnd, clause, stops);
  // «عالجت الفرق 14 ألف هكتار» beside «غزا الجراد 58 ألف هكتار»: the land treated, a count of its own.
  if (concept === 'area') concept += areaActOf(tokens, qFrom, unitEnd, clause, stops);
  // Things still going on: a current stock ("35 حريقا لا تزال متواصلة"), of a known counted thing too.
  if ((concept?.startsWith('unit:') || THING_CONCEPTS.has(concept ?? '')) && stillGoingOn(tokens, clause, qFrom, unitEnd)) concept += ':active';
  return concept;
}

/**
 * «61 بالمائة من اليونانيين الذين صوتوا بنعم»: «من», a group and «الذين» + a verb of voting right
 * after a percentage ending at `unitEnd` — a share of those who voted so (what they think, who
 * they are), never the vote's share.
 */
export function shareOfWhoVoted(tokens: Token[], unitEnd: number): boolean {
  return tokens[unitEnd]?.norm === 'من' && tokens[unitEnd + 1]?.type === 'word' && /^(الذين|اللواتي|اللاتي)$/.test(tokens[unitEnd + 2]?.norm ?? '') && /^(صوتوا|صوتن|اقترعوا|انتخبوا)$/.test(tokens[unitEnd + 3]?.norm ?? '');
}

// A size's dimension named after its measure («20 كيلومترا طولا») or before it («بعمق 10 كيلومترات»).
const DIMENSION_AFTER = /^(طولا|عرضا|عمقا|ارتفاعا|سمكا)$/;
const DIMENSION_BEFORE = /^(و)?(ب)?(طول|عرض|عمق|ارتفاع|سمك)$/;
const DEPTH = /^(و)?(ب)?عمق$/;

// Interviews and testimonies: "مقابلات مع N"، "شهادات N".
const HEARD = /^(و|ب|ل)?(ال)?(مقابلات|مقابله|لقاءات|حوارات|شهادات|شهاده|استجواب)$/;

/** The figure counts the people a report interviewed or heard ("مقابلات مع 80 ضحية"). */
function heardBefore(tokens: Token[], qFrom: number): boolean {
  const prev = tokens[qFrom - 1];
  if (prev?.type === 'word' && HEARD.test(prev.norm)) return true;
  return prev?.norm === 'مع' && tokens[qFrom - 2]?.type === 'word' && HEARD.test(tokens[qFrom - 2].norm);
}

// "عناصر العصابة"، "عناصر من الجماعة المسلحة"، "مقاتلي التنظيم": members of an armed group
// are its fighters, the other side than the troops ("عناصر الأمن/الشرطة" stay soldiers).
const MEMBER = /^(ال)?(عنصر|عناصر|عنصرا|مقاتلي|مقاتلو)$/;
// The member nouns that name no side by themselves («مقاتلي» are fighters whatever follows).
const BARE_MEMBER = /^(ال)?(عنصر|عناصر|عنصرا)$/;
const ARMED_GROUP = /^(و)?(ال)?(فصيل|فصايل|جماعه|جماعات|تنظيم|تنظيمات|ميليشيا|مليشيا|ميليشيات|مليشيات|عصابه|عصابات|متمردين|مسلحين|حركه|مسلح|مسلحه|مسلحا|متمرد|متمرده|متمردا|ارهابي|ارهابيه|ارهابيا|ارهابيين|متطرف|متطرفا|متطرفين|تكفيري|تكفيريا|تكفيريين)$/;

// A state's forces named without the article («عناصر شرطة», «عناصر من قوات الأمن»).
const STATE_FORCE = /^(و)?(شرطه|درك|امن|امنيه|امنيين|عسكريه|عسكريين|جيش|قوات|قوه|حرس|دفاع|جمارك|مرور|بحريه|مشاه|مخابرات|استخبارات|حمايه|خفر)$/;

/**
 * The member noun ending at `unitEnd` names the fighters of an armed group ("من عناصر الميليشيا"),
 * or of a group named by its own name right after it («عناصر X»: a name takes no article, a
 * state's force named so is excluded).
 */
function armedGroupMembers(tokens: Token[], unitEnd: number): boolean {
  const member = tokens[unitEnd - 1];
  if (!member || member.type !== 'word' || !MEMBER.test(member.norm)) return false;
  let from = tokens[unitEnd]?.norm === 'من' ? unitEnd + 1 : unitEnd;
  // «عناصر «X»», «عنصرا من «X»»: outlets quote an armed group's name; a state's force is not quoted so.
  const quoted = isQuoteMark(tokens[from]);
  if (quoted) from++;
  if (tokens.slice(from, from + 2).some((t) => t.type === 'word' && ARMED_GROUP.test(t.norm))) return true;
  const name = tokens[from];
  const nameLike = name?.type === 'word' && !/^(و|ف)?(ال|لل)/.test(name.norm) && !STATE_FORCE.test(name.norm) && !STOPWORDS.has(name.norm);
  return nameLike && (/^عناصر$/.test(member.norm) || (quoted && BARE_MEMBER.test(member.norm)));
}

/**
 * The member noun ending at `unitEnd` («عنصرا», «عناصر») names nothing right after it: no state's
 * force («عناصر الأمن»), no armed group («عنصرا إرهابيا», armedGroupMembers), no «من» and a group —
 * members of something unsaid («القبض على 13 عنصرا»), not troops.
 */
function memberOfNothingNamed(tokens: Token[], unitEnd: number): boolean {
  const member = tokens[unitEnd - 1];
  if (!member || member.type !== 'word' || !BARE_MEMBER.test(member.norm)) return false;
  // («عنصرا من الدواعش», «من حزب X», «عناصر الإطفاء»: «من» and a group, or a construct, name whose members they are.)
  if (tokens[unitEnd]?.norm === 'من' && tokens[unitEnd + 1]?.type === 'word') return false;
  if (tokens[unitEnd]?.type === 'word' && /^(ال|لل)/.test(tokens[unitEnd].norm)) return false;
  const next = tokens.slice(unitEnd, unitEnd + 2).filter((t) => t.type === 'word');
  return !next.some((t) => STATE_FORCE.test(t.norm.replace(/^(ال|لل)/, '')) || ARMED_GROUP.test(t.norm)) && !armedGroupMembers(tokens, unitEnd);
}

// «120 رجل إطفاء», «80 عنصرا من الحماية المدنية», «7 من رجال الإطفاء»: firefighters and civil
// defence crews — neither troops nor an armed group's fighters, and «إطفاء» is no one's name.
const CREW = /^(و)?(رجل|رجال|عنصر|عناصر|عنصرا|افراد)$/;
const FIREFIGHTING = /^(ل|لل|ب)?(ال)?اطفاء$/;
const CIVIL_DEFENCE = /^(ال)?(حمايه|دفاع)$/;
function firefighters(tokens: Token[], unitEnd: number): boolean {
  if (!CREW.test(tokens[unitEnd - 1]?.norm ?? '')) return false;
  const k = tokens[unitEnd]?.norm === 'من' ? unitEnd + 1 : unitEnd;
  const t = tokens[k];
  return !!t && t.type === 'word' && (FIREFIGHTING.test(t.norm) || (CIVIL_DEFENCE.test(t.norm) && /^(ال)?(مدنيه|مدني)$/.test(tokens[k + 1]?.norm ?? '')));
}

// Verbs of joining a force or a group.
const JOINED = /^(و|ف)?(انضم|انضموا|انضمت|ينضم|ينضمون|التحق|التحقوا|التحقت|يلتحق|يلتحقون)$/;

// A side that lost troops: "فقد/خسر" in the active, its subject before or between ("فقدت القوات").
const LOST_VERB = /^(و|ف)?(فقد|فقدت|فقدوا|خسر|خسرت|خسروا|يفقد|تفقد|يخسر|تخسر)$/;

/** A verb of losing governs the figure: in its clause, at most three words before it, no preposition between. */
function lostBefore(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - 4) && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (LOST_VERB.test(t.norm)) return true;
    if (/^(مع|من|في|عن|علي|الي|ب)$/.test(t.norm)) return false;
  }
  return false;
}

const MET = /^(و|ف)?(لقي|لقيت|يلقي|تلقي)$/;
const DEATH_OBJECT = /^(حتف|مصرع)(ه|ها|هم|هما|هن)$/;

/** «لقي» right before the figure (an approximation between) and «حتفهم/مصرعهم» later in its clause. */
function metDeath(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean {
  let i = qFrom - 1;
  while (i > clause[0] && qFrom - i <= 4 && tokens[i].type === 'word' && !MET.test(tokens[i].norm) && /^(نحو|حوالي|قرابه|زهاء|ما|لا|يقل|عن|اكثر|من|يقارب)$/.test(tokens[i].norm)) i--;
  if (i < clause[0] || tokens[i]?.type !== 'word' || !MET.test(tokens[i].norm)) return false;
  // (An aside of some of them, "بينهم طفلان", may stand before «مصرعهم».)
  let aside = false;
  for (let k = unitEnd; k < clause[1]; k++) {
    if (tokens[k].type === 'word' && /^(و)?(بينهم|منهم)$/.test(tokens[k].norm)) aside = true;
    if (stops[k] && !aside) return false;
    if (tokens[k].type === 'word' && DEATH_OBJECT.test(tokens[k].norm)) return true;
  }
  return false;
}

// «… في حصيلة أولية» after a count: the report a figure comes in, not what it counts.
const IN_REPORT = /^(و)?(في|وفق|حسب|بحسب)$/;
const REPORT = /^(ال)?(حصيله)$/;
const namingAfter = (words: Token[]): Token[] =>
  untilCircumstance(words).filter((t, i) => !(REPORT.test(t.norm) && IN_REPORT.test(words[i - 1]?.norm ?? '')) && !/^(ب|وب)حصيله$/.test(t.norm) && !whileDoing(words, i));
// «تراجع عدد المفقودين إلى 19 مع عثور فرق الإنقاذ على …»: what came with or after the figure's
// change opens another clause, which names no one the figure counts.
const CIRCUMSTANCE = /^(مع|بعد|عقب)$/;
const untilCircumstance = (words: Token[]): Token[] => {
  const at = words.findIndex((t) => CIRCUMSTANCE.test(t.norm));
  return at < 0 ? words : words.slice(0, at);
};
// «غرقوا أثناء محاولتهم عبور النهر», «خلال عبور الحدود»: what they were doing when it happened, not
// what they are counted by.
const WHILE = /^(اثناء|خلال|لدي|لدى|عند|اثر|محاولتهم|محاولته|محاولتها|محاوله)$/;
const whileDoing = (words: Token[], i: number): boolean => WHILE.test(words[i - 1]?.norm ?? '') && conceptOfWord(words[i]) === 'crossed';

// Relative pronouns of people: «الذين قتلوا».
const WHO = /^(الذي|التي|الذين|اللذين|اللتين|اللاتي|اللواتي)$/;
/** The event a relative clause right after a group's noun tells of them («السكان الذين أُجلوا»), or null. */
function befellInRelative(tokens: Token[], noun: number, people: (t: Token) => string | null): string | null {
  const verb = WHO.test(tokens[noun + 1]?.norm ?? '') && tokens[noun + 2] ? people(tokens[noun + 2]) : null;
  return verb !== null && verb !== 'population' && EVENT_CONCEPTS.has(verb) ? verb : null;
}

// A vessel's, a hall's or a camp's room: «طاقته», «سعتها», «الطاقة الاستيعابية», «يتسع لـ».
const CAPACITY = /^(و)?(ال)?(طاقه|طاقته|طاقتها|سعه|سعته|سعتها|الاستيعابيه|استيعابيه|يتسع|تتسع|يستوعب|تستوعب|لاستيعاب|استيعاب)$/;
const CAPACITY_REACH = 4;
/** A word of capacity a few words before the figure, in its clause. */
function capacityBefore(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - CAPACITY_REACH) && !stops[i]; i--) if (tokens[i].type === 'word' && CAPACITY.test(tokens[i].norm)) return true;
  return false;
}

// A workplace employs its staff: «يشغل/يوظف/يضم N عامل»; «N عامل يعملون فيه/لديها».
const EMPLOYS = /^(و)?(يشغل|تشغل|يوظف|توظف|يستخدم|تستخدم|يضم|تضم)$/;
const WORK_THERE = /^(يعملون|يعملن|يعمل|تعمل)$/;
const THERE = /^(فيه|فيها|به|بها|لديه|لديها|لديهم)$/;
/** The workers counted at `qFrom` are those a workplace employs (the verb right before, or «يعملون فيه» right after). */
const staffOf = (tokens: Token[], qFrom: number, unitEnd: number): boolean =>
  EMPLOYS.test(tokens[qFrom - 1]?.norm ?? '') || (WORK_THERE.test(tokens[unitEnd]?.norm ?? '') && THERE.test(tokens[unitEnd + 1]?.norm ?? ''));

const COUNT_OF_THEM = /^(و)?(عددهم|عددهن|عددها)$/;
/** The group a noun before «عددهم» names, unless it is one known only by an event (EVENT_ONLY_POPULATIONS). */
function themOf(t: Token): string | null {
  const p = t.type === 'word' ? populationOfUnit(t.raw) : null;
  return p && !EVENT_ONLY_POPULATIONS.has(p) ? p : null;
}

// «فقد/فُقد أثر», «فقدان أثر»: the trace of those counted is lost.
const LOST = /^(و|ف)?(فقد|فقدت|فقدان)$/;
const TRACE = /^(ال)?اثر$/;
// «وفُقد 15 آخرون»: went missing; not «فقد 15 شخصا حياتهم» (lost their lives).
const LIVES = /^(حياه|حياته|حياتهم|حياتها|حياتهما|ارواحهم|ارواح)$/;
/** 'missing' for those lost, 'death' for lives lost, null where no «فقد» governs the figure. */
function lostOf(tokens: Token[], qFrom: number, unitEnd: number): 'missing' | 'death' | null {
  if (qFrom >= 2 && TRACE.test(tokens[qFrom - 1].norm) && LOST.test(tokens[qFrom - 2].norm)) return 'missing';
  if (qFrom < 1 || !LOST.test(tokens[qFrom - 1].norm)) return null;
  return tokens.slice(unitEnd, unitEnd + 3).some((t) => LIVES.test(t.norm)) ? 'death' : 'missing';
}

// Fear of a death not yet confirmed: "يخشى أنهم غرقوا"، "مخاوف من غرق"، "خشية مقتل".
const FEAR = /^(و|ف)?(يخشي|تخشي|نخشي|يخشون|مخاوف|خشيه|يخاف|خوفا|مخاوفا)$/;
// "غرقوا"، "غرق": drowned, with the lexicon's words of death.
const DIED = (t: Token | undefined): boolean => !!t && t.type === 'word' && (conceptOfWord(t) === 'death' || /^(و|ف)?(غرق|غرقوا|غرقو)$/.test(t.norm));

/**
 * A death said to be feared: the fear word and then a word of death before the figure ("مخاوف من
 * مقتل 12"), or after it in its clause ("12 صيادا يخشى أنهم غرقوا").
 */
function fearedDead(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - 4) && !stops[i]; i--) {
    if (tokens[i].type === 'word' && FEAR.test(tokens[i].norm)) return tokens.slice(i + 1, qFrom).some(DIED);
  }
  for (let i = unitEnd; i < Math.min(clause[1], unitEnd + 5) && !stops[i]; i++) {
    if (tokens[i].type === 'word' && FEAR.test(tokens[i].norm)) return tokens.slice(i + 1, Math.min(clause[1], i + 6)).some(DIED);
  }
  return false;
}

// «وأسر ثلاثة»، and the nouns of arrest governing the figure («وإيقاف ثمانية آخرين»، «توقيف
// خمسة»، «واعتقال 12»): those taken count as arrested, whatever death the sentence named before.
const CAPTURED = /^(و|ف)(اسر|اسرت|اسروا)$|^(اسرت|اسروا)$|^(و|ف)?(ب)?(ايقاف|توقيف|اعتقال)$/;

// Treatment given and over («تم علاج», «بعد العلاج», «11 شخصا تلقوا العلاج»): all the injured, not those still in hospital.
const TREATMENT_DONE = /^(و)?(تم|تمت|جري|جرت|بعد|تلقوا|تلقت|تلقيا)$/;
const UNDER_TREATMENT = /^(لل|ال)علاج$/;
const IN_HOSPITAL = /^(في|ب|بال|ال)?(مستشفيات|مستشفي|المستشفيات|المستشفي)$/;
const STILL_THERE = /^(و)?(لا|ما)?(يزال|يزالون|تزال|زال|زالوا|لازال|لازالوا|مازال|مازالوا|يرقد|يرقدون|بقي|بقوا|يبقي)$/;
const DISCHARGED = /^(و)?(خروج|خرج|خرجت|خرجوا|غادر|غادرت|غادروا|مغادره)$/;
// (The plural only: «31 غادر معظمهم» tells what most of the 31 did, not what all of them did.)
const LEFT_THEY = /^(خرجوا|غادروا)$/;
// How near before the figure its taking to hospital may be named («نقلت فرق الإنقاذ 31 جريحا»).
const TAKEN_REACH = 3;
const TAKEN_TO = /^(و|ف)?(نقل|نقلهم|نقلوا|نقلت|نقلها|نقله|اسعاف|اسعافهم|اسعفوا)$/;

const MOVED = /^(و|ف)?(نقل|نقلت|نقلوا|ينقل|تنقل)$/;
// After the group's noun: «لاجئ نقلوا إلى», with where to.
const MOVED_AFTER = /^(و)?(نقلوا|نقلن|نقل)$/;
const TO = /^(الي|نحو)$/;
/** A verb of moving people right before the figure («نقل نحو 5 آلاف لاجئ») or after its noun, with where to («نقلوا إلى»). */
function movedThere(tokens: Token[], qFrom: number, unitEnd: number): boolean {
  const before = wordBeforeFigure(tokens, qFrom);
  // («وتم نقل 5 آلاف»: the verbal noun after «تم» is the same word.)
  if (before >= 0 && MOVED.test(tokens[before].norm)) return true;
  const next = tokens[unitEnd];
  return !!next && next.type === 'word' && MOVED_AFTER.test(next.norm) && TO.test(tokens[unitEnd + 1]?.norm ?? '');
}

// The graduates by their own noun, and the verbs and verbal nouns of graduating a course.
const GRADUATE = /^(ال)?(خريج|خريجا|خريجين|خريجون|خريجه|خريجات)$/;
const GRADUATING = /^(و|ف|ب|ل)?(تخريج|تخرج|خرجت|يتخرج|تتخرج|تخرجوا|تخرجت|تخرج)$/;

/** A verb or verbal noun of graduating stands right before the figure ("تخريج 95", "تخرج نحو 40"). */
function graduatedBefore(tokens: Token[], qFrom: number, stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - 3) && !stops[i]; i--) {
    if (tokens[i].type !== 'word') return false;
    if (GRADUATING.test(tokens[i].norm)) return true;
  }
  return false;
}

// «غريق» (one drowning, singular or accusative): the person the water took, dead or alive.
const DROWNING = /^(ال)?(غريق|غريقا)$/;
const RESCUE_VERB = /^(و|ف)?(انقذ|انقذت|انقذوا|ينقذ|تنقذ|انقاذ|بانقاذ|لانقاذ)$/;

/** A verb of rescue governs the figure: in its clause, a few words before it, no figure between. */
function rescuedBefore(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - 8) && !stops[i]; i--) if (tokens[i].type === 'word' && RESCUE_VERB.test(tokens[i].norm)) return true;
  return false;
}

const ALIVE = /^(احياء|حيا|احيا)$/;
const UNDER_RUBBLE = /^(مدفونين|مدفونون|مدفونا|عالقين)$/;
const TAKEN_OUT = /^(و|ف)?(اخرج|اخرجت|اخرجوا|انتشل|انتشلت|انتشلوا|استخرج|استخرجت|استخرجوا|انقذ|انقذت|انقذوا)$/;
/** «أُخرجوا أحياء N»: a verb of taking out and «alive» right before the figure. */
const takenOutAlive = (tokens: Token[], qFrom: number): boolean => ALIVE.test(tokens[qFrom - 1]?.norm ?? '') && TAKEN_OUT.test(tokens[qFrom - 2]?.norm ?? '');
/** A verb of taking out a few words before the figure, in its clause. */
function takenOutBefore(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - 4) && !stops[i]; i--) if (TAKEN_OUT.test(tokens[i].norm)) return true;
  return false;
}
/** 'rescued' for people counted as taken out alive, 'trapped' for people buried under debris, right after the figure's noun. */
function aliveOrUnder(tokens: Token[], unitEnd: number): 'rescued' | 'trapped' | null {
  const at = (k: number): string => (tokens[k]?.type === 'word' ? tokens[k].norm : '');
  if (ALIVE.test(at(unitEnd)) || (at(unitEnd) === 'علي' && at(unitEnd + 1) === 'قيد' && /^(ال)?حياه$/.test(at(unitEnd + 2)))) return 'rescued';
  // («لا يزالون مدفونين تحت الأنقاض»: with the words that say they still are.)
  let k = unitEnd;
  while (k < unitEnd + 3 && /^(لا|ما|يزالون|زالوا|يزال|لازالوا|مازالوا)$/.test(at(k))) k++;
  return UNDER_RUBBLE.test(at(k)) && at(k + 1) === 'تحت' ? 'trapped' : null;
}

const WOMEN_MEMBERS = /^(نايبه|نايبات|نائبه|نائبات)$/;
// «طن متري», «أطنان مترية»: the metric tonne, the one tonne news counts in.
const METRIC = /^(متري|متريه|متريا)$/;

// A case confirmed or tested positive: of an epidemic («حالات مؤكدة», «الحالات الإيجابية»).
const CASES = /^(و|ب|ل|لل)?(ال)?(حاله|حالات|حالتان|حالتين|حالتي)$/;
const INFECTIONS = /^(و|ب|ل|لل)?(ال)?(اصابه|اصابات)$/;
/** A case's noun or an infection's («حالة», «إصابات»). */
const isCaseNoun = (t: Token | undefined): boolean => CASES.test(t?.norm ?? '') || INFECTIONS.test(t?.norm ?? '');
// («حالة أكدتها الفحوص المخبرية»: the verb that confirmed it.)
export const CONFIRMED = /^(ال)?(موكده|مؤكده|ايجابيه|اكدتها|اكدها|ثبتت)$/;
const SUSPECTED = /^(ال)?(مشتبه|مشتبها|يشتبه)$/;

/** The figure's cases are called confirmed, right after its noun or in the noun its clause counts before it. */
const confirmedCases = (tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean => casesCalled(CONFIRMED, 1, tokens, qFrom, unitEnd, clause, stops);
/** The figure's cases are called suspected: «حالة مشتبه بها», «حالة حمى مشتبه بها», «الحالات المشتبه بإصابتها … 14 ألفا». */
const suspectedCases = (tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean => casesCalled(SUSPECTED, 3, tokens, qFrom, unitEnd, clause, stops);

/** A word of `called` within `reach` words after the figure's case noun, or right after a case noun its clause counts before it. */
function casesCalled(called: RegExp, reach: number, tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean {
  // («930 إصابة مشتبها بها»: an infection so called is a case so called.)
  if (isCaseNoun(tokens[unitEnd - 1])) {
    for (let k = unitEnd; k <= unitEnd + reach && k < tokens.length && !stops[k] && tokens[k].type === 'word'; k++) if (called.test(tokens[k].norm)) return true;
  }
  for (let i = qFrom - 2; i >= Math.max(clause[0], qFrom - CONCEPT_BEFORE) && !stops[i + 1]; i--) if (CASES.test(tokens[i].norm) && called.test(tokens[i + 1].norm)) return true;
  // («ارتفع عدد الحالات المشتبه بإصابتها بحمى … في البلاد إلى 14 ألفا»: the head and its cases
  // further back in the sentence, no other figure between.)
  for (let i = qFrom - 2; i >= Math.max(1, qFrom - HEAD_REACH) && !stops[i + 1]; i--) if (HEAD_WORDS.test(tokens[i - 1].norm) && CASES.test(tokens[i].norm) && called.test(tokens[i + 1].norm)) return true;
  return false;
}
const HEAD_REACH = 20;

/** The figure's own noun, right after it, is cases or infections («1480 حالة», «930 إصابة»). */
const casesByOwnNoun = (tokens: Token[], qTo: number): boolean => isCaseNoun(tokens[qTo]);

// The plural of a country's divisions («محليات», «ولايات», «محافظات»…), after «من».
const DIVISIONS = /^(ال)?(محليات|ولايات|محافظات|مقاطعات|اقاليم|بلديات|مديريات|مناطق|قري|مدن|احياء)$/;
// Verbs of a disaster reaching people: «طالت», «شملت», «أصابت», «مسّت» (scope.ts's STRUCK is its striking a place).
const REACHED_PEOPLE = /^(و)?(طالت|طال|شملت|شمل|اصابت|مست|مس)$/;

// «أكدت/أثبتت/ثبتت الفحوص (الإصابة)»: a test's verb of confirming.
const CONFIRMING = /^(و)?(اكدت|اكد|اثبتت|اثبت|ثبتت|تاكدت)$/;
const infectionConfirmedBefore = (tokens: Token[], qFrom: number, clause: [number, number]): boolean =>
  tokens.slice(clause[0], qFrom).some((t) => t.type === 'word' && CONFIRMING.test(t.norm)) && tokens.slice(clause[0], qFrom).some((t) => t.type === 'word' && INFECTIONS.test(t.norm));

/**
 * «عدد الحالات» (a head and the plural of cases, no event named right after) in the figure's own
 * clause, before its number or inside its span («تجاوز عدد الحالات 240», read as «more than 240»).
 */
function casesHeadInClause(tokens: Token[], qTo: number, clause: [number, number], stops: Uint8Array, named: (t: Token) => string | null): boolean {
  for (let i = qTo - 1; i > clause[0] && !stops[i]; i--) {
    if (HEAD_WORDS.test(tokens[i - 1].norm) && /^(ال)?حالات$/.test(tokens[i].norm)) return !tokens[i + 1] || named(tokens[i + 1]) === null;
  }
  return false;
}

/**
 * «41 وفاة و930 حالة»: a bulletin's deaths, then its cases under a noun of their own — the cases
 * are the sick. («5 حالات وفاة و3 حالات»: a case noun after the deaths' own case noun goes on with them.)
 */
function deathsThenCases(tokens: Token[], qFrom: number, unitEnd: number): boolean {
  if (!CASES.test(tokens[unitEnd - 1]?.norm ?? '') || conceptOfWord(tokens[unitEnd]) === 'death' || tokens[qFrom - 1]?.norm !== 'و') return false;
  const deaths = tokens[qFrom - 2];
  return deaths?.type === 'word' && conceptOfWord(deaths) === 'death' && tokens[qFrom - 3]?.type === 'num';
}

/** «312 حالة و7 وفيات», «52 حالة ووفاتان»: a bulletin's cases, then its deaths — the cases are the sick. */
function casesThenDeaths(tokens: Token[], unitEnd: number): boolean {
  if (!CASES.test(tokens[unitEnd - 1]?.norm ?? '')) return false;
  const next = tokens[unitEnd];
  if (next?.type === 'word' && /^و(وفاه|وفاتان|وفاتين)$/.test(next.norm)) return true;
  return next?.norm === 'و' && tokens[unitEnd + 1]?.type === 'num' && conceptOfWord(tokens[unitEnd + 2]) === 'death';
}

const UNDER = /^(قيد|رهن)$/;
const INVESTIGATION = /^(ال)?(تحقيق|فحص|دراسه|مراجعه|تحري|تحقق)$/;
/** «قيد التحقيق» within a few words after the figure's noun, in its own clause. */
function underInvestigation(tokens: Token[], unitEnd: number, stops: Uint8Array): boolean {
  for (let k = unitEnd; k < Math.min(tokens.length - 1, unitEnd + 3) && !stops[k] && tokens[k].type === 'word'; k++) if (UNDER.test(tokens[k].norm) && INVESTIGATION.test(tokens[k + 1].norm)) return true;
  return false;
}

// Words for the injured or for cases that a head word counts before the figure: "عدد المصابين
// بجروح خطيرة 30", "ارتفع عدد الحالات الحرجة إلى 30".
const INJURED_OR_CASES = /^(و|ب|ل)?(ال)?(حالات|اصابات)$/;

/**
 * "بلغ عدد المصابين بجروح خطيرة 30", "عدد الحالات الحرجة 30": the noun after عدد/حصيلة before
 * the figure is the injured (or cases), and the words after it say they are badly hurt.
 */
function severityNamedBefore(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): Severity | null {
  for (let i = qFrom - 2; i >= Math.max(clause[0], qFrom - CONCEPT_BEFORE) && !stops[i + 1]; i--) {
    if (!HEAD_WORDS.test(tokens[i].norm)) continue;
    const noun = tokens[i + 1];
    if (conceptOfWord(noun) !== 'injured' && !INJURED_OR_CASES.test(noun.norm)) return null;
    return severityOf([noun], tokens.slice(i + 2, qFrom).filter((t) => t.type === 'word'));
  }
  return null;
}

/** The clause, or the few words after the figure, say the things counted are still going on. */
const STILL_OWNER_REACH = 2;
function stillGoingOn(tokens: Token[], clause: [number, number], qFrom: number, unitEnd: number): boolean {
  // (Past the figure's noun, up to five words of its own clause: «، في حين لا تزال …» speaks of another.)
  let after = unitEnd;
  while (after < Math.min(tokens.length, unitEnd + 5) && tokens[after].type !== 'punct') after++;
  // («لا يزال 1,900 منهم في مراكز الإيواء البالغ عددها 37 مركزا»: right before another figure of
  // the clause, the words are that figure's — not «الحرائق التي لا تزال مشتعلة يبلغ 58 في 13 ولاية».)
  const owned = (k: number): boolean => k > qFrom || !tokens.slice(k + 1, Math.min(qFrom, k + 1 + STILL_OWNER_REACH)).some((t) => t.type === 'num');
  for (let k = clause[0]; k < Math.max(clause[1], after); k++) if (tokens[k].type === 'word' && STILL.test(tokens[k].norm) && owned(k)) return true;
  return false;
}

/**
 * "نسبة المشاركة …، بلغت 13.4": the rate named by «نسبة X» earlier in the sentence with no other
 * figure between — 'turnout' when X is participation, 'other' for anything else, or null.
 */
function rateNamedBefore(tokens: Token[], qFrom: number, stops: Uint8Array): 'turnout' | 'other' | null {
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - 16); i--) {
    if (stops[i] || tokens[i].type === 'num') return null;
    if (!RATE_WORD.test(tokens[i].norm)) continue;
    // "أعلى نسبة مشاركة، حيث بلغت 69 % فيما كانت أدنى نسبة في انتخابات اليوم … 9 %": a bare
    // «نسبة» is the rate the sentence named before, figures between or not.
    if (bareRate(tokens, i)) {
      for (let k = i - 1; k >= 0; k--) if (RATE_WORD.test(tokens[k].norm) && !bareRate(tokens, k)) return namesTurnout(tokens[k + 1]) ? 'turnout' : 'other';
    }
    return namesTurnout(tokens[i + 1]) ? 'turnout' : 'other';
  }
  return null;
}

/**
 * Index of the «نسبة» that names the figure's rate ("نسبة الحضور … 81%"): the nearest before the
 * figure in its sentence, no other figure between, followed by a definite noun; -1 for none.
 * `stops` (claims/index.ts) end the search where given; the label (label.ts) reads it without them.
 */
export function rateWordBefore(tokens: Token[], qFrom: number, stops?: Uint8Array): number {
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - 16); i--) {
    if (stops?.[i] || tokens[i].type === 'num') return -1;
    if (!RATE_WORD.test(tokens[i].norm)) continue;
    const noun = tokens[i + 1];
    // («معدل كفاية رأس المال 18.9%»: or an indefinite noun in construct before a definite one.)
    const construct = noun?.type === 'word' && !/^(و|ف|ب|ل)?ال/.test(noun.norm) && [tokens[i + 2], tokens[i + 3]].some((t) => t?.type === 'word' && /^ال../.test(t.norm));
    // («بمعدل إماتة يبلغ 1.9%»: or an indefinite noun right before the words that lead to the figure.)
    const leadsToValue = noun?.type === 'word' && (i + 2 === qFrom || (i + 3 === qFrom && RATE_VALUE.test(tokens[i + 2]?.norm ?? '')));
    return noun?.type === 'word' && (/^ال../.test(noun.norm) || construct || leadsToValue) && !STOPWORDS.has(noun.norm) ? i : -1;
  }
  return -1;
}
const RATE_VALUE = /^(يبلغ|تبلغ|بلغ|بلغت|قدره|قدرها|يصل|تصل|يقارب|يناهز)$/;

/** The noun of that rate as a light stem ("نسبة الحضور" → حضور), or null. */
function rateNounBefore(tokens: Token[], qFrom: number, stops: Uint8Array): string | null {
  const i = rateWordBefore(tokens, qFrom, stops);
  return i < 0 ? null : lightStems(tokens[i + 1].raw)[0] ?? null;
}

/**
 * ":home" or ":abroad" for turnout, voters, votes and a share counted in the country or abroad
 * (home-abroad.ts); a share's words after it, from `unitEnd` («من أصوات الناخبين في الخارج»), and
 * a noun of emigrants, too.
 */
function whereVoted(tokens: Token[], qFrom: number, concept: string, unitEnd?: number): string {
  if (concept !== 'percent:turnout' && concept !== 'voter' && concept !== 'percent:vote' && concept !== 'votes') return '';
  const where = (concept === 'percent:vote' ? null : homeOrAbroad(tokens, qFrom, unitEnd)) ?? (unitEnd === undefined ? null : votesCastAt(tokens, unitEnd) ?? emigrantsCounted(tokens, qFrom, unitEnd));
  return where ? `:${where}` : '';
}

/** Index of the word right before the figure, over approximations («أكثر من»), or -1. */
function wordBeforeFigure(tokens: Token[], qFrom: number): number {
  let i = qFrom - 1;
  while (i >= 0 && qFrom - i <= 4 && tokens[i].type === 'word' && APPROXIMATE.test(tokens[i].norm)) i--;
  return i >= 0 && tokens[i].type === 'word' ? i : -1;
}

const STRUCK_VERB = /^(و|ف)?(اصيب|اصاب|اصابت)$/;
/** A verb of harm befalling those counted right before the figure («أصيب أكثر من 50»), approximations between. */
function struckBefore(tokens: Token[], qFrom: number): boolean {
  const i = wordBeforeFigure(tokens, qFrom);
  return i >= 0 && STRUCK_VERB.test(tokens[i].norm);
}

/** «[harm] الذي/التي أصاب N»: the concept of the harm named before the relative pronoun, or null. */
function harmBefore(tokens: Token[], qFrom: number): string | null {
  const i = wordBeforeFigure(tokens, qFrom);
  if (i < 2 || !STRUCK_VERB.test(tokens[i].norm) || !RELATIVE_PRONOUN.test(tokens[i - 1].norm)) return null;
  const harm = conceptOfWord(tokens[i - 2]);
  return harm !== null && harm !== 'death' && EVENT_CONCEPTS.has(harm) ? harm : null;
}

const DIED_VERB = /^(و|ف)?قضي$/;
const DEATH_NOUN = /^(و|ب|ف)?(وفاه|توفي|توفيت|مات|ماتت|موت)$/;
const OF_WOUNDS = /^متاثر(ا|ه|ين|ون|تين)?$/;
const DIED_THEY = /^(توفوا|ماتوا|توفين)$/;
const OF_WOUNDS_REACH = 5;
/** The words after a partitive («من الضحايا») open with «توفوا» and say «متأثرين» a few words on. */
const diedOfWoundsAfter = (words: Token[]): boolean => DIED_THEY.test(words[0]?.norm ?? '') && words.slice(1, OF_WOUNDS_REACH).some((t) => OF_WOUNDS.test(t.norm));
const APPROXIMATE = /^(نحو|حوالي|قرابه|زهاء|اكثر|اقل|من|ما|لا|يقل|يقارب|عن)$/;
/** The verb «قضى» (died) right before the figure, approximations between. */
function diedBefore(tokens: Token[], qFrom: number): boolean {
  const i = wordBeforeFigure(tokens, qFrom);
  return i >= 0 && DIED_VERB.test(tokens[i].norm);
}

const GRADE = /^(ال)?(موزونه|تراكمي|التراكمي|تراكميه)$/;
const THRESHOLD = /^(و|ب|ل)?(ال)?(عتبه|حاجز|قرب)$/;
const RATE_WORD = /^(و|ب|ل)?(ال)?(نسبه|نسب|معدل)$/;
// "نسبة الاقتراع" (the rate of voting), as Maghreb and Levant election bodies name turnout, besides
// "نسبة المشاركة/الإقبال/التصويت": only right after «نسبة» (the ballot box, «صناديق الاقتراع», is no cue).
const namesTurnout = (t: Token | undefined): boolean => isTurnoutCue(t) || (!!t && /^(ال)?اقتراع$/.test(t.norm));
// After "N% من الناخبين": the registered, a place or time, or a verb of taking part keep it turnout.
// A scale word after a count's digits («58 ألف ناخب»).
const SCALE_WORD = /^(الف|الاف|مليون|ملايين)$/;
const TURNOUT_TAIL = /^(و|ب|ل|في|ف)?(ال)?(مسجلين|مسجلون|مسجل|مقيدين|شاركوا|صوتوا|ادلوا|توجهوا|اقترعوا|في|فى|حتي|الى|الي|عند|خلال|بعد|قبل|داخل|خارج|وذلك)$/;
/** True where the words after "N% من الناخبين" say only who, where or when they voted. */
const sharedVotersOnly = (tokens: Token[], i: number): boolean => {
  const next = tokens[i];
  return !next || next.type !== 'word' || TURNOUT_TAIL.test(next.norm) || /^(ب|في|ف)/.test(next.norm);
};
/** «نسبة» naming no rate of its own: a preposition, a relative or a punctuation mark follows it. */
const bareRate = (tokens: Token[], i: number): boolean => {
  const next = tokens[i + 1];
  return !next || next.type === 'punct' || /^(في|فى|من|منذ|خلال|علي|التي|الذي|بين|عند)$/.test(next.norm);
};

/** "N [nationality] وM [nationality]": a figure of one nationality beside another's, joined by «و». */
/** A number word carrying «و» («وستة»), as the quantities lexicon reads it. */
const numberWordAfterAnd = (t: Token | undefined): boolean => {
  const hit = t?.type === 'word' ? lookup(t.norm) : undefined;
  return hit?.proclitics === 'و' && (hit.lex.unit !== undefined || hit.lex.ten !== undefined || hit.lex.hundred !== undefined);
};
function nationalityList(tokens: Token[], qFrom: number, unitEnd: number): boolean {
  // (The next figure may be a number word that carries the «و»: «و5 X» or «وستة X».)
  const nextJoined = (tokens[unitEnd]?.norm === 'و' && tokens[unitEnd + 1]?.type === 'num') || numberWordAfterAnd(tokens[unitEnd]);
  const prevJoined = tokens[qFrom - 1]?.norm === 'و' && tokens[qFrom - 2]?.type === 'word' && findEntities([tokens[qFrom - 2]]).some((h) => entityType(h.key) === 'country');
  return nextJoined || prevJoined;
}
