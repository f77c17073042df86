// The status the article gives a figure: a count, a projection or estimate ("قد يصل",
// "يتوقع", "تقديرات", a poll's "استطلاع"), or a denial ("ينفي وفاة 11 ألف"); and whether it is a rate ("يوميا").

import type { ClaimModality } from '../../types';
import type { Token } from '../text/tokens';
import { normalizeArabic } from '../text/normalize';
import { CAMPAIGN } from './scope-words';

const DENIAL = /^و?(نفى|نفي|نفت|ينفي|تنفي|ينفون|نفوا|كذب|كذبت|يكذب|تكذب)$/;
const NEGATION = new Set(['لم', 'لا', 'لن', 'ولم', 'ولا']);
const PROJECTION =
  /^(و|ف)?(ال)?(يتوقع|تتوقع|توقع|توقعت|توقعات|توقعه|توقعها|توقعاته|توقعاتها|متوقع|متوقعا|متوقعه|متوقعين|المتوقع|يرجح|مرجحا|ترجح|مرجح|يخشى|تخشى|يقدر|تقدر|قدر|قدرت|تقديرات|تقدير|تقديريه|محتمل|المحتمل|يحتمل|سيصل|سترتفع|سيرتفع|قد\s?يصل|تتضاعف|يتضاعف)$/;
// A target of economic news ("تستهدف الحكومة عجزا …"، "معدل النمو المستهدف"، "من المنتظر أن"،
// "تطمح إلى") is a projection of a sum or a rate. (Of anything else «استهدف» is an attack.)
const TARGET = /^(و|ف)?(ال)?(تستهدف|يستهدف|تستهدفان|يستهدفان|مستهدف|مستهدفا|مستهدفه|المستهدف|المستهدفه|مستهدفات|المنتظر|يطمح|تطمح|تطمحان)$/;
const AIMS_AT = /^(و|ف)?(تستهدف|يستهدف|ستستهدف|سيستهدف)$/;
// «بهدف استقطاب 5 ملايين سائح», «هدفها الوصول إلى 3 آلاف»: an aim of any count, not what is.
const AIM = /^(و|ف)?(ب)?(هدف|هدفها|هدفه|هدفهم)$/;
const AIM_REACH = 4;
// "بنسبة تقدر بـ 12.3"، "خسائر قدرت بـ": «تقدر بـ» right before the figure says how much, not a forecast.
const AMOUNTS_TO = /^(و)?(يقدر|تقدر|قدر|قدرت|تقدير)$/;
// "قد" before a present-tense verb is "may"; before a past verb it is "has" (قد بلغت).
const isMayVerb = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^[يت]/.test(t.norm);
const PROJECTION_WINDOW = 10;
// «في التقدير الأولي», «التقديرات المبدئية»: a statistics office's first reading of a past figure.
const PRELIMINARY = /^(ال)?(اولي|اوليه|مبدي|مبديه)$/;
// «يقدر عدد العاطلين بنحو 40 ألفا، فيما بلغ عدد المشتغلين 900 ألف»: a clause of its own, its own verb.
const WHILE = /^(فيما|بينما)$/;
// "أظهر استطلاع للرأي أن 45% من الناخبين يؤيدون …": a poll's share is no result.
const POLL = /^(و|ب|ل)?(ال)?(استطلاع|استطلاعات|لاستطلاع|سبر)$/;
// «مسح» is a poll only of opinions («مسح للرأي»): «فرق المسح» count the damage, «مسح القوى
// العاملة» the employed, «هيئة المسح الجيولوجي» measures a quake.
const SURVEY = /^(و|ب|ل)?(ال)?مسح$/;
const OPINION = /^(ل|لل|ال)?(راي|اراء)$/;
const GEOLOGICAL = /^(ال)?(جيولوجي|جيولوجيه)$/;
// «الفرز الموازي الذي أجرته شبكة المراقبين»: observers' parallel tabulation of a sample of polling
// stations, an estimate of the result as a poll is, never the count itself.
const TALLY = /^(و|ب|ل)?(ال)?(فرز|عد|احصاء|جدوله)$/;
const PARALLEL = /^(ال)?(موازي|موازيه)$/;
const isPollWord = (tokens: Token[], i: number): boolean =>
  tokens[i].type === 'word' &&
  ((POLL.test(tokens[i].norm) && !GEOLOGICAL.test(tokens[i + 1]?.norm ?? '')) || (SURVEY.test(tokens[i].norm) && OPINION.test(tokens[i + 1]?.norm ?? '')) || (TALLY.test(tokens[i].norm) && PARALLEL.test(tokens[i + 1]?.norm ?? '')));

/** True where the words name an opinion poll («استطلاع للرأي»), not a geological survey. */
export function namesPoll(tokens: Token[]): boolean {
  return tokens.some((_, i) => isPollWord(tokens, i));
}

// "كان 47% منهم يفضلون التصويت بنعم"، "40% من المستطلعين"، "يعتزمون التصويت"، «49% من نوايا التصويت»:
// what those asked intend or prefer, a poll's share, never a result. ("صوتوا" — they voted — is a result.)
const INTENTION = /^(و)?(نوايا|يفضلون|يميلون|ينوون|يعتزمون|يؤيدون|يعارضون|سيصوتون|سيدلون|يرغبون|المستطلعين|المستطلعه|المستطلعة)$/;
const INTENTION_AFTER = 5;

const RATES: [RegExp, string][] = [
  [/^(يوميا|يومي|اليوم الواحد)$/, 'day'],
  [/^(اسبوعيا)$/, 'week'],
  [/^(شهريا)$/, 'month'],
  [/^(سنويا|عاميا)$/, 'year'],
  [/^(ساعيا)$/, 'hour'],
];
const PER = /^(كل|في)$/;
// («140 مترا مكعبا في الثانية»: a flow of water, a rate per second.)
const PER_UNIT: Record<string, string> = { يوم: 'day', اليوم: 'day', ساعه: 'hour', الساعه: 'hour', الثانيه: 'second', اسبوع: 'week', شهر: 'month', سنه: 'year', عام: 'year' };

// «بـ» before the amount (its tatweel written or not).
const BY = /^(ب|بـ|ب\u0640)$/;
// «بنحو», «بحوالي»: an estimate's amount, about.
const ABOUT_BY = /^ب(نحو|حوالي|قرابه|زهاء)$/;
// What an estimate of the present measures: an area, a rate, a toll, losses (its speaker and the
// place may stand between, «قدّرت محافظة الغابات لولاية X المساحات المتضررة بنحو …»).
const NOW_REACH = 10;
// («قوة عمل تقدر بنحو 34 مليون فرد»: or a labour force, named right before the verb too.)
const ESTIMATED_NOW = /^(ال)?(مساحه|مساحات|معدل|نسبه|حصيله|خساير|اضرار|قوه|قوي)$/;
// Words of the future: a forecast, not an estimate of what is.
const FUTURE = /^(و|ف)?(ال)?(مقبل|مقبله|قادم|قادمه|بحلول|سيبلغ|ستبلغ|سيصل|ستصل|سيرتفع|سترتفع|متوقع|يتوقع|تتوقع|توقعات)$/;
// Words an estimate's object may take between «قدّر» and «بـ» (its subject and its noun phrase).
const ESTIMATED_REACH = 5;
// Words the measure estimated may take before the verb («معدل البطالة يقدر بنحو …»).
const SUBJECT_REACH = 3;
/**
 * The verb of estimating at `verb` says how much the figure at `q` is, not a forecast: «تقدر بـ
 * 12.3» right before it, or «قدرت هيئة المسح قوة الزلزال بـ5.4 درجات» — what was estimated,
 * named between the verb and «بـ», was measured at that. (Not «بنحو»: «صفقة انتقاله تقدر بنحو 20
 * مليونا», a rumoured fee, stays an estimate — measured: read as a count it met another transfer's
 * fee on a card in the stream audit.)
 */
function amountEstimated(tokens: Token[], verb: number, q: number): boolean {
  if (verb >= q - 2 && BY.test(tokens[verb + 1]?.norm ?? '')) return true;
  // «قدّرت الجمعية عدد النازحين بنحو 12 ألفا»: the number of people counted now, estimated — a count.
  const about = ABOUT_BY.test(tokens[q]?.norm ?? '') ? q : ABOUT_BY.test(tokens[q - 1]?.norm ?? '') ? q - 1 : -1;
  // (Or the area, the rate, the toll or the losses of now or of a period past: «قدّرت المحافظة
  // المساحات المتضررة بنحو 3 آلاف هكتار», «قدّر المعهد معدل البطالة بنحو 4.1% خلال الربع الماضي» —
  // with no word of the future in the sentence.)
  // (The speaker's name may stand between commas: «وقدّر المتحدث، X، نسبة المشاركة بنحو 61%».)
  const object = tokens.slice(verb + 1, about);
  if (about > verb && object.every((t) => t.type === 'word' || /^[،,]$/.test(t.raw))) {
    if (about - verb <= ESTIMATED_REACH + 1 && object.some((t) => t.norm === 'عدد')) return true;
    if (about - verb <= NOW_REACH && object.some((t) => ESTIMATED_NOW.test(t.norm)) && !tokens.some((w) => FUTURE.test(w.norm))) return true;
  }
  // («نسبة المشاركة الأولية تقدر بنحو 61%»: the measure's noun, its complement and an adjective before the verb.)
  const subject = tokens.slice(Math.max(0, verb - SUBJECT_REACH), verb);
  if (about === verb + 1 && subject.some((t) => ESTIMATED_NOW.test(t.norm)) && !tokens.some((w) => FUTURE.test(w.norm))) return true;
  if (q - verb > ESTIMATED_REACH + 2 || !BY.test(tokens[q - 1]?.norm ?? '')) return false;
  return tokens.slice(verb + 1, q - 1).every((t) => t.type === 'word');
}

const SHEETS = /^(و|ب|ل)?(ال)?محاضر$/;
const AGENTS = /^(ال)?(مندوب|ممثل|مراقب)(ي|و|ين)?(ه|ها|هم|يه|يها|يهم)?$/;
const SHEETS_REACH = 5;
/** «محاضر» at i with the speaker's agents a few words after it (not «المراقبين», observers of all sides). */
const agentsSheetsAt = (tokens: Token[], i: number): boolean =>
  SHEETS.test(tokens[i].norm) && tokens.slice(i + 1, i + 1 + SHEETS_REACH).some((w) => w.type === 'word' && AGENTS.test(w.norm) && w.norm !== 'المراقبين');
const endsTallyClause = (t: Token): boolean => t.type === 'punct' && /^[،,؛;.]$/.test(t.raw);
// How far from the figure, within its clause (no comma between), the tally sheets may be cited.
const TALLY_WINDOW = 10;
/**
 * The figure's clause cites tally sheets its speaker's own agents hold («محاضر مندوبيها», «محاضر الفرز
 * التي جمعها مندوبوه»): «فاز بـ40 مقعدا، لكن محاضر مندوبيه تمنحه 45» leaves the result a result.
 */
function agentsTally(tokens: Token[], q: number): boolean {
  for (let i = q - 1; i >= Math.max(0, q - TALLY_WINDOW) && !endsTallyClause(tokens[i]); i--) if (agentsSheetsAt(tokens, i)) return true;
  for (let i = q + 1; i < Math.min(tokens.length, q + 1 + TALLY_WINDOW) && !endsTallyClause(tokens[i]); i++) if (agentsSheetsAt(tokens, i)) return true;
  return false;
}

/** Modality of the figure whose first token is q in the sentence's tokens. */
export function modalityOf(tokens: Token[], q: number, economic = false, people = true): ClaimModality {
  for (let i = q - 1; i >= 0; i--) {
    const t = tokens[i];
    // «نفت مسؤولية الشركة عن العطل، وأثر على مغادرة 12 رحلة»: a clause joined by «و» after a
    // comma says what happened; a denial before it denies something else.
    if (t.type === 'punct' && /^[،,؛;]$/.test(t.raw) && /^و\S/.test(tokens[i + 1]?.norm ?? '')) break;
    if (t.type === 'word' && DENIAL.test(t.norm) && !NEGATION.has(tokens[i - 1]?.norm ?? '')) return 'denial';
  }
  for (let i = q - 1; i >= Math.max(0, q - PROJECTION_WINDOW); i--) {
    const t = tokens[i];
    if (t.type === 'punct' && /^[،,]$/.test(t.raw) && WHILE.test(tokens[i + 1]?.norm ?? '')) break;
    if (t.type !== 'word') continue;
    if (economic && TARGET.test(t.norm)) return 'projection';
    if (q - i <= AIM_REACH && AIM.test(t.norm) && tokens.slice(i + 1, q).every((w) => w.type === 'word')) return 'projection';
    // («أطلقت الوزارة حملة … تستهدف 4.1 مليون طفل»: the people a campaign aims to reach, not those reached.)
    if (!economic && q - i <= 2 && AIMS_AT.test(t.norm) && tokens.some((w) => CAMPAIGN.test(w.norm))) return 'projection';
    if (PROJECTION.test(t.norm)) {
      if (AMOUNTS_TO.test(t.norm) && amountEstimated(tokens, i, q)) continue;
      if (PRELIMINARY.test(tokens[i + 1]?.norm ?? '')) continue;
      return 'projection';
    }
    if ((t.norm === 'قد' || t.norm === 'وقد') && isMayVerb(tokens[i + 1])) return 'projection';
    if (/^(يمكن|يمكنه)$/.test(t.norm) && tokens[i + 1]?.norm === 'ان') return 'projection';
    if (isPollWord(tokens, i)) return 'projection';
  }
  // («تمنحها محاضر مندوبيها 19 مقعدا», «وفق محاضر ممثليه في مكاتب التصويت»: a party's own count
  // from its agents' tally sheets, a claim as a parallel tally is, never the result.)
  if (agentsTally(tokens, q)) return 'projection';
  // (Of people asked only: "تبدأ من 3 ملايين ويفضلون البيوت" is a price.)
  for (let i = q + 1; people && i < Math.min(tokens.length, q + 1 + INTENTION_AFTER); i++) {
    const t = tokens[i];
    if (t.type === 'punct' && !/[،,]/.test(t.raw)) break;
    if (t.type === 'word' && INTENTION.test(t.norm)) return 'projection';
  }
  return 'count';
}

/**
 * Rate named within a few words after the figure's noun ("يوميا" → "day"), or null; "مقابل كل 5
 * محتجزين" (for every ten) is a ratio ("every"), never a count.
 */
export function rateOf(tokens: Token[], from: number, qFrom = from): string | null {
  if (/^(و|ل)?كل$/.test(tokens[qFrom - 1]?.norm ?? '')) return 'every';
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    const t = tokens[i];
    if (t.type === 'punct' && t.raw !== '-') break;
    if (t.type !== 'word') continue;
    for (const [re, rate] of RATES) if (re.test(t.norm) || re.test(t.bare)) return rate;
    if (PER.test(t.norm) && tokens[i + 1]) {
      const unit = PER_UNIT[tokens[i + 1].norm];
      if (unit && (t.norm === 'كل' || tokens[i + 1].norm.startsWith('ال'))) return unit;
      // "10 رهائن مقابل كل يوم إضافي", "3 أسرى مقابل كل رهينة": so many per one of something.
      // (Right after the figure's noun or «مقابل»: «19% بعد تجميع كل المحاضر» is all of them.)
      if (t.norm === 'كل' && tokens[i + 1].type === 'word' && (i === from || tokens[i - 1]?.norm === 'مقابل')) return 'per:' + tokens[i + 1].stem;
    }
    if (/^(لكل|ولكل)$/.test(t.norm) && tokens[i + 1]?.type === 'word') return 'per:' + tokens[i + 1].stem;
  }
  // "4 معتقلين من كبار السن مقابل كل رهينة": who they are may stand between the
  // figure's noun and «مقابل كل»; words only, no other figure nor punctuation between.
  for (let i = from; i < Math.min(tokens.length - 2, from + MAX_WORDS_BEFORE_RATIO); i++) {
    if (tokens[i].type !== 'word') break;
    if (tokens[i].norm === 'مقابل' && tokens[i + 1].norm === 'كل' && tokens[i + 2].type === 'word') return 'per:' + tokens[i + 2].stem;
  }
  return null;
}

const MAX_WORDS_BEFORE_RATIO = 8;

/**
 * Rate named by an adverb right before the figure, «ويعبره يوميا نحو 25 ألف مركبة» → "day", or
 * null. (For counts and sums: «ينمو سنويا 3%» is a rate's base, read by period.ts.)
 */
export function rateBefore(tokens: Token[], qFrom: number): string | null {
  const t = tokens[qFrom - 1];
  if (t?.type !== 'word') return null;
  return RATES.find(([re]) => re.test(t.norm) || re.test(t.bare))?.[1] ?? null;
}

// "وكانت السلطات ذكرت في وقت سابق أن الحصيلة بلغت 7 آلاف": the article recalls an earlier
// figure; its own latest figure is elsewhere.
const EARLIER_ANYWHERE = /(في وقت سابق|سابقا|قبل ذلك|في حصيله سابقه|الحصيله السابقه)/;
export const EARLIER_OPENING = /^\s*(وكانت|وكان|كانت|كان)\s/;
// «حصيلة ضحايا السيول، التي اجتاحت الوادي في وقت سابق من هذا الشهر، ارتفعت إلى 57»: "earlier this month"
// dates the event a clause describes; a count that rises to the figure is the latest one.
const EARLIER_THIS = /في وقت سابق من (?:هذا |هذه )?(?:الاسبوع|الشهر|اليوم|العام|السنه)/g;
const RISES_TO = /(?:^|\s)[وفل]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|قفز|قفزت|وصل|وصلت|يصل|تصل)(?: \S+)? (?:الي|الى)\s*$/;

// «…، وفي البداية تحدثت الشرطة عن جريحين»: the figure's own clause names the first count.
// «…، وكان الدفاع المدني قد تحدث عن ثلاثة جرحى»: it opens in the pluperfect, as a sentence may
// (EARLIER_OPENING) — a past figure, not always an earlier count of the same thing (isEarlierMention).
const FIRST_COUNT = /في البدايه|في بادي الامر|في اول الامر/;
const PLUPERFECT_CLAUSE = /^\s*(?:وكانت|وكان)\s(?:\S+\s){0,5}قد\s/;
// «من جانبه، كان المحافظ، فلان الفلاني، قد أعلن مقتل 40»: the pluperfect opens a later clause, its
// subject set off by commas; the figure stands in the clause «قد» opens. («…، بعد أن كان المكتب قد
// أعلن مقتل 6»: the count the latest one rose from.)
const PLUPERFECT_APPOSED = /(?:^|[،,:]\s*)(?:[وف]?|بعد ان |بعدما )(?:كانت|كان)\s(?:\S+\s){0,7}قد\s[^،,]*$/;
// What follows a recalled count: «قبل أن …», «ثم …».
const THEN_LATER = /(?:^|\s)(?:قبل ان|ثم)(?:\s|$)/g;
/** The words after the last «قبل أن» / «ثم» (folded), or null where there is none. */
function afterThen(before: string): string | null {
  let at = -1;
  for (const m of before.matchAll(THEN_LATER)) at = (m.index ?? 0) + m[0].length;
  return at < 0 ? null : before.slice(at);
}
// «… إلى 29، بعد أن كانت 17 صباح الأربعاء، ثم 24 مساء الخميس»: «ثم» right before the figure goes
// on with the counts the latest rose from, not past them.
const SERIES_OF_EARLIER = /(?:بعد ان|بعدما) (?:كانت|كان)\s[^؛;.]*[،,]\s*ثم\s*$/;
// «استقرت الحصيلة عند 27 بعد أن كانت 15», «بعدما كانت حصيلته الأولى، التي أعلنها الأحد، 15»: the
// figure «بعد أن كان» names, right after it or after the count's name, is the one the latest came
// from. (Not «بعد أن كانت تقل 120 راكبا»: a verb there says what was going on, not a count.)
// («بعدما كانت الحصيلة الأولى التي أعلنتها الهيئة تشير إلى 15»: or after a relative clause and a verb
// that reports the count.)
const CAME_FROM = /(?:^|\s)(?:بعد ان|بعدما) (?:كانت|كان)(?: (?:ال)?(?:حصيل|عدد|رقم|ارقام|نسب|معدل)\S*(?: \S+)?(?: (?:التي|الذي)(?: \S+){1,6})?)?(?: (?:تتحدث|يتحدث|تشير|يشير|تفيد|يفيد) (?:عن|الي|الى))?$/;
// A relative clause set off by commas («، التي أعلنها الأحد الماضي،») stands aside from its clause.
const APPOSED_RELATIVE = /[،,]\s*(?:التي|الذي|الذين)\s[^،,]*[،,]/g;
// «…، ثم 455 إصابة و12 وفاة»: what follows «ثم» with no verb of its own goes on with the counts before it.
const THEN_SERIES = /^\s*(?:[0-9\u0660-\u0669][^،,؛;]*)?$/;

/** True where the words before a figure (folded) present it as an earlier count. */
function earlierBefore(before: string): boolean {
  const read = RISES_TO.test(before) && !EARLIER_OPENING.test(before + ' ') ? before.replace(EARLIER_THIS, '') : before;
  return EARLIER_ANYWHERE.test(read) || FIRST_COUNT.test(lastClause(before));
}

const lastClause = (before: string): string => before.split(/[،,؛;]/).pop() ?? '';

// "تم الإبلاغ عن 15 حالة وفاة في البداية، لكن العدد يزداد": the first count, said after the
// figure within its clause.
const EARLIER_AFTER = /^[^،,.:؛;]*?(في البدايه|في بادي الامر|في اول الامر)/;
// «بلغت 72.4%، مقابل 71.2% في الأرقام الأولية»: the preliminary figure a final one is set against.
const SET_AGAINST_END = /(?:^|\s)مقابل\s*$/;
const PRELIMINARY_AFTER = /^[^،,.:؛;]*?في (ال)?(ارقام|نتايج|حصيله|تقديرات|بيانات|نتيجه) (ال)?(اوليه|مبديه|الاولي)/;
// «أشارت حصيلة أولية إلى مقتل 14 شخصا، قبل أن ترتفع إلى 19»: a count the sentence then says rose.
const ROSE_AFTER = /^[^.:؛;]{0,50}?(?:^|\s)قبل ان (?:ترتفع|يرتفع|تقفز|يقفز|تصل|يصل)(?=\s)/;
// «فالحصيلة التي أعلنتها السلطة الأحد بـ12 قتيلا ارتفعت يوما بعد يوم»: the count that then rose.
// (Its noun and the verb, no comma between: «بقوة 5.8 درجات، ارتفعت الحصيلة» is another clause's verb.)
const ROSE_SINCE_AFTER = /^\s*(?:[^\s،,.؛;:]+\s+)?(?:ارتفعت|ارتفع|قفزت|قفز)(?=\s|$)/;
// «بلغ 27 عاملا، لا 31 كما أعلن في الأيام الأولى»: the figure a correction rejects.
const REJECTED_BEFORE = /(?:^|[،,]\s*)لا\s*$/;
const AS_SAID_AFTER = /^\s*(?:\S+\s+)?كما (?:اعلن|اعلنت|ذكر|ذكرت|قيل|اشيع|افيد|ورد|اورد|نشر)(?=\s|$)/;

/**
 * True where the sentence names the figure an earlier count of the same thing ("في وقت سابق",
 * "في حصيلة سابقة", "في البداية"), not merely a past one ("وكانت نسبة المشاركة قد بلغت في
 * الجولة الأولى …" may be another round or another event).
 */
export function isEarlierCount(sentence: string, offsetInSentence: number, endInSentence: number): boolean {
  const before = normalizeArabic(sentence.slice(0, Math.max(0, offsetInSentence)));
  if (earlierBefore(afterThen(before) ?? before)) return true;
  return EARLIER_AFTER.test(normalizeArabic(sentence.slice(endInSentence, endInSentence + 60)));
}

// A figure its own sentence places in another time frame than the news: anaphoric "then"
// («وقد قُتل آنذاك خمسة جنود», «حينها»), a count since a conflict's or outbreak's start («ألف
// قتيل منذ اندلاع المواجهات»), or some days, weeks or years ago («في هجوم قبل ثلاثة أيام»).
// Not «في وقت سابق» (the same count revised: EARLIER_ANYWHERE) nor «الشهر الماضي» (a monthly
// report's own figure). Folded text (normalizeArabic).
const THEN = '(?:و|ف)?(?:انذاك|حينها|حينذاك|حينيذ|وقتها|وقتذاك|يومها|يومذاك)';
const SINCE_START = 'منذ (?:بدء|بدايه|اندلاع|انطلاق|مطلع|تفجر)';
const TIME_NOUNS = 'ايام|اسابيع|اشهر|شهور|اعوام|سنوات|عاما|سنه|عام|شهرا|اسبوعا|يوما|يومين|اسبوع|اسبوعين|شهر|شهرين|عامين|سنتين';
// («قبل يومين من الانتخابات» dates by another event, not from the news: not read.)
const AGO = `قبل (?:\\S+ )?(?:${TIME_NOUNS})(?! (?:من|علي|على) )`;
// A part of this month or year, or of the last one's start, that is not the news's day («في مطلع
// الشهر الحالي قتل 33 في هجوم مماثل»), and the first months of the year (a running total, as
// «منذ مطلع العام»). Not the end of last month or year: a monthly report's own figure.
const PART_OF_PERIOD = '(?:مطلع|اوايل|منتصف|بدايه|اواخر|نهايه) (?:الشهر|العام|السنه|الاسبوع) (?:الحالي|الجاري)|(?:مطلع|اوايل|منتصف|بدايه) (?:الشهر|العام|السنه|الاسبوع) (?:الماضي|المنصرم)';
const FIRST_MONTHS = '(?:الاشهر|الشهور|الاسابيع) (?:\\S+ )?(?:الاولي|الاولى) من (?:العام|السنه|هذا العام)';
// «سفاح المطعم، الذي كان قتل 12 شخصا»: a relative clause in the pluperfect (كان قد + a
// verb, or كان + a past verb) recalls what someone or something did before. Not «التي كانت تقل
// 150 راكبا» (كان + a present verb: what the news's bus or plane was doing), nor «الذين كانوا في
// الموقع» (كان + a preposition: where they were), nor «التي كان المصرف يأمل» (كان + its subject).
const RELATIVE_PAST = '(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان) (?:كان|كانت|كانوا|كانا) (?:قد \\S+|(?!(?:في|على|علي|من|عند|بين|مع|داخل|خارج|قرب|لدي|لدى|هناك|هنا|ضمن|بصدد|بحاجه|على وشك)(?:\\s|$))(?!ال)[^\\sيتن]\\S{2,})';
// «بعد أن سجلت النشرة السابقة 312 إصابة»: the previous bulletin's or report's figure, not the day's.
const PREVIOUS_RELEASE = '(?:النشره|التقرير|البيان|الحصيله|الاحصاييه) (?:السابقه|السابق|الماضيه|الماضي)';
// «80 مقعدا في البرلمان المنحل»: the outgoing parliament's seats, not the new one's; «في تلك
// الانتخابات»: the vote the sentence before recalled («that», not «this»).
const PREVIOUS_TERM = '(?:البرلمان|المجلس|مجلس النواب) (?:المنحل|السابق|المنتهيه ولايته)|تلك (?:الانتخابات|الجوله|الدوره الانتخابيه)';
const OTHER_TIME = new RegExp(`(?:^|[\\s(«"])(?:${THEN}|${SINCE_START}|${AGO}|${PART_OF_PERIOD}|${FIRST_MONTHS}|${RELATIVE_PAST}|${PREVIOUS_RELEASE}|${PREVIOUS_TERM})(?=$|[\\s،,.؛:)»"])`);
// An adverbial of time opening the sentence before its first comma («وقبل يومين، قتل 5 …») dates
// the clause right after it: at most this many words.
const OPENING_WORDS = 6;
// How far before the figure, and after it within its sentence, the time frame is read.
const OTHER_TIME_BEFORE = 100;
const OTHER_TIME_AFTER = 120;
// (Not the point or comma inside a figure: «6.2 درجات», «2,130 شخصا».)
export const CLAUSE_END = /[،؛;]|(?<![0-9\u0660-\u0669])[,.]|[,.](?![0-9\u0660-\u0669])/;
// A clause opening with «و» written on a verb, the figure at most two words after it («وجرح 70»).
const COORDINATED = /^\s*و\S{2,}(?:\s+\S+){0,2}\s*$/;
// A time of the clause's own: the news's day or another one.
const OWN_TIME = /(?:^|\s)(?:[وف]?(?:اليوم|امس|الليله|صباح|مساء|فجر|ظهر|حاليا|الان)|يوم \S+)(?=$|\s)/;

/**
 * What dates a figure from before it, folded: its own clause (back to a clause mark, at most
 * OTHER_TIME_BEFORE characters), and the sentence's opening clause when only that stands before
 * it («وفي 5 يوليو الحالي، غرقت … 37»; '' otherwise). Read by isOtherTimeMention and by the
 * comparison's dated recalls (compare/same-event.ts, compare/recalled-date.ts).
 */
export function clauseBefore(sentence: string, offsetInSentence: number): { own: string; opening: string } {
  const at = Math.max(0, offsetInSentence);
  const clauses = sentence.slice(0, at).split(CLAUSE_END);
  return {
    own: normalizeArabic(sentence.slice(Math.max(0, at - OTHER_TIME_BEFORE), at).split(CLAUSE_END).pop() ?? ''),
    opening: clauses.length === 2 ? normalizeArabic(clauses[0]) : '',
  };
}

/**
 * True where the figure's sentence, near it, places it in another time frame than the news
 * (OTHER_TIME): a past incident recalled as background, or a running total since a start —
 * another count than the incident's, not a second incident of the news (same-event.ts).
 */
export function isOtherTimeMention(sentence: string, offsetInSentence: number, endInSentence: number): boolean {
  // The figure's own clause only: "قتل 12 اليوم، بعد أن قتل 5 قبل يومين" dates the 5, not the 12.
  const before = clauseBefore(sentence, offsetInSentence).own;
  const after = normalizeArabic(sentence.slice(endInSentence, endInSentence + OTHER_TIME_AFTER).split(CLAUSE_END)[0]);
  if (OTHER_TIME.test(before) || OTHER_TIME.test(after)) return true;
  const clauses = normalizeArabic(sentence.slice(0, Math.max(0, offsetInSentence))).split(CLAUSE_END);
  // «الذي كان قتل 12 شخصا، وجرح 40 آخرين»: a clause joined by «و» and a verb, with no time of its
  // own, goes on with the time frame of the clause before it.
  const own = clauses[clauses.length - 1];
  if (clauses.length >= 2 && COORDINATED.test(own) && !OWN_TIME.test(`${own} ${after}`) && OTHER_TIME.test(clauses[clauses.length - 2])) return true;
  const opening = clauses[0].trim();
  // («وقبل يومين»: the conjunction written on the adverbial's first word.)
  return clauses.length === 2 && opening.split(/\s+/).length <= OPENING_WORDS && (OTHER_TIME.test(opening) || OTHER_TIME.test(opening.replace(/^[وف](?=\S\S)/, '')));
}

/** True where the words before a figure (folded) recall it as an earlier count (isEarlierMention). */
function recalledBefore(before: string): boolean {
  if (SERIES_OF_EARLIER.test(before) || CAME_FROM.test(before.replace(APPOSED_RELATIVE, '').trimEnd())) return true;
  // («وكانت الهيئة قد ذكرت سابقا مقتل 9، قبل أن تعلن مساء أمس ارتفاع العدد إلى 12»: the 12 is
  // the later count; only what follows «قبل أن» / «ثم» is read for it.)
  const later = afterThen(before);
  if (later === null) return EARLIER_OPENING.test(before + ' ') || PLUPERFECT_CLAUSE.test(lastClause(before)) || PLUPERFECT_APPOSED.test(before) || earlierBefore(before);
  // (Figures after «ثم» with no verb of their own are as recalled as those before it.)
  const head = before.slice(0, before.length - later.length);
  // (Read from before the last figure of that series: «بعد أن كانت 13 في اليوم الأول ثم 21».)
  if (THEN_SERIES.test(later) && /(?:^|\s)ثم\s*$/.test(head)) return recalledBefore(head.replace(/[0-9\u0660-\u0669][0-9\u0660-\u0669,.]*[^0-9\u0660-\u0669]*$|ثم\s*$/, '').trimEnd());
  return earlierBefore(later);
}

/**
 * True where the sentence presents the figure as an earlier one (not the article's latest);
 * `endInSentence`, where the figure ends, also reads its own clause after it.
 */
export function isEarlierMention(sentence: string, offsetInSentence: number, endInSentence?: number): boolean {
  const before = normalizeArabic(sentence.slice(0, Math.max(0, offsetInSentence)));
  const recalled = recalledBefore(before);
  if (recalled || endInSentence === undefined) return recalled;
  const after = normalizeArabic(sentence.slice(endInSentence, endInSentence + 60));
  return EARLIER_AFTER.test(after) || ROSE_AFTER.test(after) || ROSE_SINCE_AFTER.test(after) || (REJECTED_BEFORE.test(before) && AS_SAID_AFTER.test(after)) || (SET_AGAINST_END.test(before) && PRELIMINARY_AFTER.test(after));
}

// «وكانت الإدارة قد أعلنت الأحد مقتل 12، قبل أن ترتفع الحصيلة إلى 17 الاثنين»: a sentence
// opening in the pluperfect tells how a count grew; the figure it rose to is a step of that
// story, which the read's own latest figure of the same thing supersedes (compare/index.ts).
// («قبل أن تعلن مساء أمس ارتفاع العدد إلى 17»: or a statement of the rise, beside RISES_TO's verbs.)
const ANNOUNCED_RISE = /(?:^|\s)(?:تعلن|يعلن) (?:\S+ ){0,3}ارتفاع(?: \S+)? (?:الي|الى)\s*$/;

/** True where the figure is the count a recalled count rose to, in a sentence recalling both. */
export function isTimelineStep(sentence: string, offsetInSentence: number): boolean {
  const before = normalizeArabic(sentence.slice(0, Math.max(0, offsetInSentence)));
  const later = afterThen(before);
  return later !== null && (EARLIER_OPENING.test(before + ' ') || PLUPERFECT_CLAUSE.test(before)) && (RISES_TO.test(later) || ANNOUNCED_RISE.test(later));
}
