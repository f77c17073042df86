// The kind of measure a sentence gives a figure as, beyond what it counts:
//  - cumulative (`:since`): a toll over a long period the story's event is one moment of —
//    "منذ بدء الحرب/العدوان/الحملة", "منذ اندلاع الصراع", "منذ بداية العام", "منذ 12 مارس"
//    (a date weeks before the article, in a sentence naming a conflict). Not "منذ اندلاع الحرائق" or "منذ أمس الأربعاء": an
//    event's own toll since it began is that event's toll.
//    In an article about a war or an epidemic, a toll said to be the whole one needs no "منذ":
//    "الحصيلة الإجمالية", "إجمالي عدد الضحايا", "ليرتفع العدد الإجمالي إلى", "الحصيلة الكلية", and
//    "في القطاع منذ 7 أكتوبر" (a date weeks back) are the conflict's toll, not one raid's or day's —
//    unless an event is named right after ("الحصيلة الإجمالية للزلزال", "إجمالي ضحايا الهجوم":
//    that event's own toll) or the total is over places ("في البلدين"). A toll named as the war's
//    ("حصيلة العدوان", "عدد ضحايا الحرب") is the war's whole toll in any article.
//  - new (`:new`): the day's or the last report's added cases — "خلال الـ24 ساعة الماضية",
//    "في آخر 24 ساعة", "خلال يوم واحد" (like "4 وفيات جديدة", read in concept-of.ts).
// Anything else is the figure of the story's own event (one raid, one quake, one fire).

import { isComma, type Token } from '../text/tokens';
import { monthNumber } from '../extract/dates';
import type { Located } from './locate';
import { isEventNounWord } from '../text/events';
import { normalizeArabic } from '../text/normalize';
import { REGISTER_WORDS } from '../quantities/lexicon';
import { isPlaceWord } from '../text/gazetteer';

// What began: a conflict, a campaign or a period, never one event of the story's kind.
const CONFLICT = /^(و|ب|ل|في)?(ال)?(حرب|عدوان|حمله|صراع|نزاع|قتال|معارك|معركه|احتلال|حصار|ازمه|ثوره|انتفاضه|احتجاجات|تظاهرات|جايحه|وباء|تفشي|تصعيد|عمليات)$/;
const PERIOD = /^(ال)?(عام|سنه|شهر|موسم|اسبوع|فصل)$/;
const OUTBREAK = /^(ال)?(تفشي|وباء)$/;
const BEGAN = /^(بدء|بدايه|اندلاع|انطلاق|انطلاقه|مطلع|شن|بدا|بدات|اندلعت|اندلع)$/;
// «منذ إطلاقه عام 2020», «منذ تأسيسها»: since a programme, a fund or a body began — its running total.
const LAUNCHED = /^(اطلاق|تاسيس|انطلاق|انشاء)(ه|ها)$/;
// "ما يرفع عدد القتلى منذ بدء الحرب إلى"، "فيما"، "بعد": the words after open another figure's clause.
// (A speaker's participle, «، مشيرا إلى أن …», opens what the speaker goes on to say.)
const OPENS_CLAUSE = /^(و|ف)?(بينما|فيما|حين|حيث|كما|بعدما|عندما|لكن|ما|مما|بذلك|بعد|اثر|عقب|يرفع|ترفع|رافعا|رافعه|ليرتفع|لترتفع|ليصل|لتصل|ليبلغ|لتبلغ|ليصبح|لتصبح|مشيرا|مشيره|مضيفا|مضيفه|موضحا|موضحه|لافتا|لافته|مؤكدا|موكدا|مؤكده|موكده)$/;
// After a figure, a verb of a toll ("وارتفعت الحصيلة منذ …") starts the next figure's clause.
const NEW_FIGURE = /^(و|ف)?(ارتفع|ارتفعت|بلغ|بلغت|وصل|وصلت|تجاوز|تجاوزت|تخطي|تخطت|زاد|زادت)$/;
const NEAR = 14;
// A war's or an epidemic's words anywhere in an article (with a glued conjunction, preposition or article).
// Outbreaks are reported by the disease's name or an outbreak's word more often than as «وباء»
// («تفشي الكوليرا»، «حمى …»، «فيروس …»): their running tolls are cumulative too.
const WAR_TEXT = /(?<![\u0621-\u064a])[وفبل]{0,2}(ال|ل)?(حرب|عدوان|احتلال|قتال|معارك|صراع|نزاع|حصار|تصعيد|اجتياح|جايحه|وباء|تفشي|فيروس|حمي|كوليرا|حصبه|ملاريا|كورونا|كوفيد|ايبولا|طاعون|انفلونزا)(?![\u0621-\u064a])/;
/** True where a folded article text is about a war or an epidemic (normalizeArabic). */
export const isConflictText = (normalized: string): boolean => WAR_TEXT.test(normalized);
// An outbreak's words: the disease's name or an outbreak's word («فيروس», «تفشي», «وباء»).
const OUTBREAK_TEXT = /(?<![\u0621-\u064a])[وفبل]{0,2}(ال|ل)?(جايحه|وباء|تفشي|فيروس|كوليرا|حصبه|ملاريا|كورونا|كوفيد|ايبولا|طاعون|انفلونزا)(?![\u0621-\u064a])/;
// A heatwave's illness, which a health bulletin counts in cases as it counts an epidemic's
// («حالات الإجهاد الحراري», «ضربات الشمس», «ضربة حرارية»).
const HEAT_ILLNESS_TEXT = /(?<![\u0621-\u064a])[وفبل]{0,2}(ال|ل)?(اجهاد|ضربه|ضربات|ضربتي)\s+(ال)?(حراري|حراريه|شمس|الشمس)(?![\u0621-\u064a])/;
/** True where a folded article text is about an epidemic or a heatwave's illness (normalizeArabic). */
export const isOutbreakText = (normalized: string): boolean => OUTBREAK_TEXT.test(normalized) || HEAT_ILLNESS_TEXT.test(normalized);
// «تم تسجيل حالتي إصابة», «رصدت الوزارة 12 حالة»: an outbreak bulletin registers the day's cases.
const REGISTERED = new RegExp(`^(و|ف|ب|ل)?(${REGISTER_WORDS.map(normalizeArabic).join('|')})$`);
// («سجلت النشرة السابقة 312 إصابة»: the bulletin itself registers them.)
const REGISTER_BETWEEN = /^(عن|الوزاره|وزاره|الصحه|السلطات|النشره|السابقه|اليوميه|الاخيره)$/;
const BY_CASE_WORD = /^(و|ف)?(حاله|حالتان|حالتين|حالتي)$/;
// Tolls whose whole over a conflict is another measure than one incident's.
// (Not the displaced, those who crossed or the arrested: a wave of flight or a campaign of
// arrests is often the story's own event.)
const TOLL = /^(death|injured|casualties|missing)(:|$)/;
/** True where a concept is a toll a conflict adds up over time. */
export const isTollConcept = (concept: string): boolean => TOLL.test(concept);
// "الحصيلة الإجمالية", "العدد الكلي", "إجمالي عدد": a total word beside the toll's head noun.
const TOTAL_WORD = /^(اجمالي|اجماليه|كلي|كليه)$/;
const TOLL_HEAD = /^(حصيله|عدد|اعداد)$/;
// An event named right after the total ("الحصيلة الإجمالية للزلزال"): that event's own toll.
const EVENT_AFTER = /^(مجزره|قصف|كارثه|غرق|تحطم|اصطدام)$/;
// "في البلدين", "في الدول الثلاث": a total over places (scope.ts TOTAL), not over time.
const PLACES_SUM = /^(بلدين|دولتين|بلدان|دول)$/;
const MIN_DAYS_SINCE = 20;
// «منذ أسابيع», «منذ عدة أشهر», «منذ بضعة أسابيع»: weeks or months back, no date.
const WEEKS_BACK = /^(اسابيع|اشهر|شهور)$/;
const SOME = /^(عده|بضعه)$/;

interface Marker {
  from: number;
  to: number;
  kind: 'since' | 'new';
}

/** "منذ 12 مارس": days from that date to the publication, or null when either is unknown. */
function daysSince(tokens: Token[], i: number, published: string | null): number | null {
  if (!published) return null;
  const pub = new Date(published);
  if (Number.isNaN(pub.getTime())) return null;
  // "منذ 12 مارس", "منذ السابع من أكتوبر", "منذ يوم 17 آب": a day, then a month within 4 words.
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const month = monthNumber(tokens[k].norm) ?? monthNumber(`${tokens[k].norm} ${tokens[k + 1]?.norm ?? ''}`);
    if (month === null) continue;
    const dayToken = tokens.slice(i + 1, k).find((t) => t.type === 'num');
    const day = dayToken ? Number(dayToken.norm) : 1;
    let year = pub.getUTCFullYear();
    // (A year of the calendar: "منذ فبراير 3200 إصابة" names the figure, not a year.)
    const yearToken = tokens.slice(k + 1, k + 4).find((t) => t.type === 'num' && /^(19|20)\d\d$/.test(t.norm));
    if (yearToken) year = Number(yearToken.norm);
    else if (month - 1 > pub.getUTCMonth()) year--;
    return (pub.getTime() - Date.UTC(year, month - 1, Math.min(28, Math.max(1, day)))) / 86_400_000;
  }
  return null;
}

/**
 * "منذ يناير"، "منذ مطلع مارس"، "منذ بداية يناير": since a month named alone (no day: not one
 * event's date), weeks back — a running total of a season or a year.
 */
function sinceMonthStart(tokens: Token[], i: number, published: string | null): boolean {
  let k = i + 1;
  if (tokens[k]?.type === 'word' && (BEGAN.test(tokens[k].bare) || BEGAN.test(tokens[k].norm))) k++;
  if (tokens[k]?.type !== 'word' || monthNumber(tokens[k].norm) === null) return false;
  const days = daysSince(tokens, i, published);
  return days !== null && days >= MIN_DAYS_SINCE;
}

const THIS = /^(هذا|هذه)$/;
const SO_FAR = /^(ال)?(جاري|جاريه|حالي|حاليه)$/;
/** "حصيلة الوفيات هذا العام"، "عدد الإصابات العام الجاري": the year so far, after a toll's head word. */
function isYearSoFar(tokens: Token[], i: number): boolean {
  const year = THIS.test(tokens[i]?.norm ?? '') && /^(ال)?(عام|سنه)$/.test(tokens[i + 1]?.norm ?? '') ? i + 1 : /^(ال)?(عام|سنه)$/.test(tokens[i]?.norm ?? '') && SO_FAR.test(tokens[i + 1]?.norm ?? '') ? i : -1;
  if (year < 0 || (year === i && !/^ال/.test(tokens[i].norm))) return false;
  return tokens.slice(Math.max(0, i - 3), i).some((t) => t.type === 'word' && (TOLL_HEAD.test(t.bare) || TOTAL_WORD.test(t.bare)));
}

// "حصيلة العدوان", "عدد ضحايا الحرب", "قتلى المعارك": a toll named as a war's.
const TOLL_NOUN = /^(حصيله|عدد|اعداد|ضحايا|شهداء|قتلي|وفيات|جرحي|مصابين|اصابات)$/;
const WAR_NOUN = /^(حرب|عدوان|قتال|معارك|صراع|نزاع|اجتياح)$/;
// (The war's noun right after the toll's, a genitive: not "عدد القتلى في الحرب … منذ 5 يونيو".)
const isWarToll = (tokens: Token[], i: number): boolean =>
  tokens[i].type === 'word' && WAR_NOUN.test(tokens[i].bare) && tokens[i - 1]?.type === 'word' && TOLL_NOUN.test(tokens[i - 1].bare);

/** True where a sentence sums places ("في البلدين"): its total is over places, not over time. */
export const sumsPlaces = (tokens: Token[]): boolean => tokens.some((t) => t.type === 'word' && PLACES_SUM.test(t.bare));

const namesEvent = (t: Token | undefined): boolean => !!t && t.type === 'word' && (isEventNounWord(t.norm) || !!INSTANCES[t.bare] || EVENT_AFTER.test(t.bare));

/** "الحصيلة الإجمالية للشهداء", "إجمالي عدد الضحايا": a whole toll, not bound to one event. */
function isWholeToll(tokens: Token[], i: number): boolean {
  if (!TOTAL_WORD.test(tokens[i].bare)) return false;
  const head = [tokens[i - 1], tokens[i - 2], tokens[i + 1]].some((t) => t?.type === 'word' && TOLL_HEAD.test(t.bare));
  if (!head || tokens.slice(i + 1, i + 4).some(namesEvent)) return false;
  return !sumsPlaces(tokens);
}

/** What a figure's cues depend on beyond its sentence. */
export interface MeasureContext {
  /** The figure is a toll (the dead, the injured, the missing). */
  toll: boolean;
  /** …in an article about a war or an epidemic: a whole toll needs no "منذ بدء …". */
  warArticle: boolean;
  /** …in an article about an epidemic: the cases a bulletin registers are the day's (isOutbreakText). */
  outbreakArticle?: boolean;
}

/** «مدينة X سجلت»: a settlement or division word and its name right before the verb at `verb`. */
const placeSubject = (tokens: Token[], verb: number): boolean => {
  // («مدينة X وحدها سجلت»: «alone» between the place and its verb.)
  if (/^(وحده|وحدها)$/.test(tokens[verb - 1]?.norm ?? '')) verb--;
  const word = tokens[verb - 2];
  if (word?.type !== 'word' || tokens[verb - 1]?.type !== 'word') return false;
  const bare = word.norm.replace(/^(و|ف|ان)?(ال)?/, '');
  return isPlaceWord(bare);
};

/**
 * «تسجيل حالتي إصابة», «سجلت الوزارة 12 حالة»: a verb of registering right before the figure,
 * or before the figure it is listed after («تسجيل حالة وفاة وحالتي إصابة»; `stops`: other figures' tokens).
 */
function registeredBefore(tokens: Token[], qFrom: number, stops: Uint8Array): boolean {
  const listed = /^و/.test(tokens[qFrom].norm) || tokens[qFrom - 1]?.norm === 'و';
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - 3); i--) {
    if (tokens[i].type !== 'word') return false;
    // («أن مدينة X سجلت 250 إصابة»: a place that registered them gives its share of the outbreak, no day's count.)
    if (REGISTERED.test(tokens[i].norm)) return !placeSubject(tokens, i);
    // (The figure before, or its counted noun right after it.)
    const previous = stops[i] ? i : stops[i - 1] ? i - 1 : -1;
    if (listed && previous >= 0) {
      let from = previous;
      while (from > 0 && stops[from - 1]) from--;
      return registeredBefore(tokens, from, stops);
    }
    if (!REGISTER_BETWEEN.test(tokens[i].norm) && tokens[i].norm !== 'و') return false;
  }
  return false;
}

// An ordinal word right before «منذ»: «الرابعة منذ», «الأولى منذ».
const ORDINAL = /^(ال)?(اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره)$/;

/** The phrases of a sentence that make a figure cumulative or new. */
function markersOf(tokens: Token[], published: string | null, cues: MeasureContext): Marker[] {
  const war = cues.toll && cues.warArticle;
  const out: Marker[] = [];
  // A conflict named in the same stretch of words as "منذ" (no comma between, a few words apart).
  const conflictNear = (i: number): boolean => {
    for (const dir of [-1, 1]) {
      for (let k = i + dir; k >= 0 && k < tokens.length && Math.abs(k - i) <= 8; k += dir) {
        if (tokens[k].type === 'punct') break;
        if (tokens[k].type === 'word' && CONFLICT.test(tokens[k].norm)) return true;
      }
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // («في نشرتها الرابعة منذ بدء الأزمة», «للمرة الأولى منذ»: the ordinal's frame, no running total.)
    if ((t.norm === 'منذ' || t.norm === 'ومنذ') && !ORDINAL.test(tokens[i - 1]?.norm ?? '')) {
      // "منذ بدء العدوان", "منذ أن بدأت الحرب", "منذ بداية العام الجاري".
      const next = tokens.slice(i + 1, i + 5).filter((w) => w.type === 'word' && w.norm !== 'ان');
      // (The glued «ب» of "بداية" is no preposition: its bare form loses it, so both are read.)
      const began = next.length >= 2 && (BEGAN.test(next[0].bare) || BEGAN.test(next[0].norm));
      // («منذ بدء التفشي» in an article about the outbreak: the story's own event since it began, its toll.)
      const ownOutbreak = cues.outbreakArticle && OUTBREAK.test(next[1]?.norm ?? '');
      if (began && !ownOutbreak && (CONFLICT.test(next[1].norm) || PERIOD.test(next[1].norm))) out.push({ from: i, to: i + 3, kind: 'since' });
      else if (next.length > 0 && LAUNCHED.test(next[0].norm)) out.push({ from: i, to: i + 2, kind: 'since' });
      else if (cues.toll && sinceMonthStart(tokens, i, published)) out.push({ from: i, to: i + 2 + (began ? 1 : 0), kind: 'since' });
      // «الفيضانات التي تضرب البلاد منذ أسابيع … إلى 203»: a toll of what has gone on for weeks
      // or months is its running total, as «منذ مطلع يونيو» is.
      else if (cues.toll && next.length > 0 && WEEKS_BACK.test(next[0].norm)) out.push({ from: i, to: i + 2, kind: 'since' });
      else if (cues.toll && next.length > 1 && SOME.test(next[0].norm) && WEEKS_BACK.test(next[1].norm)) out.push({ from: i, to: i + 3, kind: 'since' });
      else if ((conflictNear(i) || war) && !tokens.slice(i + 1, i + 3).some(namesEvent)) {
        // "في الحرب على الإقليم منذ 12 مارس": a date weeks back, in a sentence about a conflict
        // (or a toll in an article about one: "في القطاع منذ 7 أكتوبر"; not "منذ زلزال 6 شباط").
        // (A crisis the story itself is about — "عبور 40 ألفا منذ 3 أيار" — names none there.)
        const days = daysSince(tokens, i, published);
        if (days !== null && days >= MIN_DAYS_SINCE) out.push({ from: i, to: i + 3, kind: 'since' });
      }
    }
    // "ارتفعت حصيلة الوفيات هذا العام إلى …"، "عدد الإصابات خلال العام الجاري": a toll of the
    // year so far is a running total (a season's epidemic, a year's crossings).
    if (cues.toll && isYearSoFar(tokens, i)) out.push({ from: i, to: i + 2, kind: 'since' });
    if ((war && isWholeToll(tokens, i)) || (cues.toll && isWarToll(tokens, i))) out.push({ from: i, to: i + 1, kind: 'since' });
    // "خلال الـ24 ساعة الماضية", "في آخر 24 ساعة", "الساعات الـ24 الماضية", "خلال يوم واحد".
    if (t.type === 'num' && t.norm === '24') {
      const after = tokens[i + 1]?.bare ?? '';
      const before = tokens.slice(Math.max(0, i - 2), i).map((w) => w.bare);
      if (/^ساع(ه|ات)$/.test(after) || before.includes('ساعات')) out.push({ from: i - 1, to: i + 2, kind: 'new' });
    }
    // The same in words: «خلال الساعات الأربع والعشرين الماضية», «الأربع والعشرين ساعة».
    if (/^(ال)?اربع$/.test(t.norm) && /^و(ال)?عشرين$/.test(tokens[i + 1]?.norm ?? '') && (/^(ال)?ساعات$/.test(tokens[i - 1]?.norm ?? '') || /^ساع(ه|ات)$/.test(tokens[i + 2]?.bare ?? ''))) out.push({ from: i - 1, to: i + 3, kind: 'new' });
    if (/^(خلال|في)$/.test(t.norm) && tokens[i + 1]?.bare === 'يوم' && /^(واحد)$/.test(tokens[i + 2]?.norm ?? '')) out.push({ from: i, to: i + 3, kind: 'new' });
    // «خلال الأيام الثلاثة الأخيرة», «في الأيام 3 الماضية»: the last few days' added count, as a week's is.
    if (/^(خلال|في|طوال)$/.test(t.norm) && LAST_DAYS.test(tokens[i + 1]?.norm ?? '') && (tokens[i + 2]?.type === 'num' || COUNT_WORD.test(tokens[i + 2]?.norm ?? '')) && RECENT.test(tokens[i + 3]?.norm ?? '')) out.push({ from: i, to: i + 4, kind: 'new' });
  }
  return out;
}

/**
 * True where nothing between a figure and a marker opens another figure's clause: no clause
 * opener, no break but a comma before it, and — after it — no comma, no new toll verb and no
 * other figure but a list item.
 */
function reaches(tokens: Token[], stops: Uint8Array, from: number, to: number, forward: boolean, tight = false): boolean {
  if (to - from > NEAR) return false;
  let comma = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // («في 7 يناير/كانون الثاني»: a month's two names are one date, no break.)
    if (t.raw === '/' && tokens[i - 1]?.type === 'word' && tokens[i + 1]?.type === 'word') continue;
    // (tight: no comma either way, but an opening bracket before the figure.)
    if (t.type === 'punct' && (tight ? !(!forward && /^[(«"]$/.test(t.raw)) : !/^[،,]$/.test(t.raw))) return false;
    if (t.type === 'punct') comma = true;
    // "منذ بداية الحرب يعيش السكان في ظروف صعبة، وقتل 5 أمس": "، و" + a verb opens another clause.
    if (comma && !forward && t.type === 'word' && tokens[i - 1]?.type === 'punct' && t.norm.startsWith('و') && t.bare !== t.norm) return false;
    if (t.type === 'word' && (OPENS_CLAUSE.test(t.norm) || (forward && NEW_FIGURE.test(t.norm)))) return false;
    // After the figure, another figure between is a next item only when joined by "و" with no
    // comma ("95 قتيلا و120 جريحا في آخر 24 ساعة").
    if (forward && (comma || (stops[i] && !(stops[i - 1] || /^و/.test(tokens[i - 1]?.norm ?? ''))))) return false;
  }
  return true;
}

const LAST_DAYS = /^(ال)?(ايام|اسابيع)$/;
const COUNT_WORD = /^(ال)?(يومين|ثلاثه|اربعه|خمسه|سته|سبعه|عشره)$/;
const RECENT = /^(ال)?(اخيره|ماضيه|منصرمه|فايته)$/;

// «في الأسبوع الماضي», «خلال الأسبوع الجاري», «الأسبوع الأخير»: a week the figure's own words name right after it.
const WEEK_PREP = /^(في|خلال|طوال)$/;
const WEEK = /^(ال)?(اسبوع)$/;
const WEEK_WHICH = /^(ال)?(ماضي|اخير|منصرم|حالي|جاري|فايت|وبايي)$|^(نفسه|ذاته)$/;
function weekAfter(tokens: Token[], at: number): boolean {
  const k = WEEK_PREP.test(tokens[at]?.norm ?? '') ? at + 1 : at;
  return WEEK.test(tokens[k]?.norm ?? '') && WEEK_WHICH.test(tokens[k + 1]?.norm ?? '');
}

// «240 حالة أسبوعيا», «عدد الحالات الأسبوعية 240»: a count per day or per week, said within a few
// words after its noun or of the noun right before it (or inside the figure's span, «تجاوز عدد
// الحالات الأسبوعية 240»).
const PER_DAY_OR_WEEK = /^(اسبوعيا|يوميا)$/;
const DAILY_OR_WEEKLY = /^(ال)?(اسبوعيه|يوميه)$/;
const PER_REACH = 3;
function perDayOrWeek(tokens: Token[], loc: Located): boolean {
  for (let k = loc.unitEnd; k < Math.min(tokens.length, loc.unitEnd + PER_REACH) && tokens[k].type === 'word'; k++) if (PER_DAY_OR_WEEK.test(tokens[k].norm)) return true;
  for (let k = Math.max(0, loc.qFrom - 2); k < loc.qTo; k++) if (tokens[k].type === 'word' && DAILY_OR_WEEKLY.test(tokens[k].norm)) return true;
  return false;
}

// («وسجلت الولاية خلال الأسبوع الأخير 77 حالة»: or right before it.)
function weekBefore(tokens: Token[], qFrom: number): boolean {
  return WEEK_PREP.test(tokens[qFrom - 3]?.norm ?? '') && WEEK.test(tokens[qFrom - 2]?.norm ?? '') && WEEK_WHICH.test(tokens[qFrom - 1]?.norm ?? '');
}

/** «… إلى 1051 والوفيات إلى 464 وذلك منذ ظهور المرض»: «وذلك» before the marker at `at` sums up its clause, back to `from` with no punctuation between. */
function summedUp(tokens: Token[], from: number, at: number): boolean {
  return /^(وذلك|ذلك)$/.test(tokens[at - 1]?.norm ?? '') && tokens.slice(from, at).every((t) => t.type !== 'punct');
}

// «آخرين», «جدد», «إضافيين» after a count's noun; «ليرتفع/لتصل» the total it raises.
const ADDED = /^(اخرين|اخرون|جدد|اضافيين|اضافيون)$/;
const RAISED = /^(ل|و)?(يرتفع|ترتفع|يصل|تصل|يبلغ|تبلغ)$/;
const RAISED_REACH = 14;

/**
 * ":since" for a cumulative figure, ":new" for a day's or an added one, '' otherwise. A marker
 * before the figure covers it and the list items after ("منذ بدء العدوان إلى 37 ألفا و84 ألف
 * مصاب"); a marker after covers the figure right before it ("قتل 30 ألفا منذ اندلاع الصراع"),
 * or every figure before it after «وذلك».
 */
export function measureKindOf(
  tokens: Token[],
  loc: Located,
  stops: Uint8Array,
  published: string | null,
  cues: MeasureContext = { toll: false, warArticle: false },
): '' | ':since' | ':new' {
  const ownWeek = weekAfter(tokens, loc.unitEnd);
  const weekRightBefore = weekBefore(tokens, loc.qFrom);
  for (const m of markersOf(tokens, published, cues)) {
    const before = m.to <= loc.qFrom && reaches(tokens, stops, m.to, loc.qFrom, false);
    const after = m.from >= loc.unitEnd && (reaches(tokens, stops, loc.unitEnd, m.from, true) || summedUp(tokens, loc.unitEnd, m.from));
    // («… منذ بداية العام، بينهم 640 في الأسبوع الماضي»: the part of a running total its own
    // words date to the last week is that week's new count.)
    if (before && m.kind === 'since' && ownWeek) return ':new';
    if (before || after) return m.kind === 'since' ? ':since' : ':new';
  }
  // («عُثر على 4 ناجين آخرين، ليرتفع عدد الناجين إلى 37»: «more» of them, the total they raise
  // given after: an added count.)
  if (ADDED.test(tokens[loc.unitEnd]?.norm ?? '') && tokens.slice(loc.unitEnd + 1, loc.unitEnd + 1 + RAISED_REACH).some((t) => t.type === 'word' && RAISED.test(t.norm))) return ':new';
  // («أحصت 164 حالة في الأسبوع نفسه»: an epidemic's count its own words date to a week, after it or
  // right before it, is that week's new cases.)
  if (cues.toll && cues.outbreakArticle && (ownWeek || weekRightBefore || perDayOrWeek(tokens, loc))) return ':new';
  // («رصد 812 حالة مؤكدة منذ عام 2012»: registered since a date is a running total; so are cases
  // registered «، بينها 6 وفيات، منذ الإعلان عن تفشي المرض» — unless a total they raise comes between.)
  const since = tokens.slice(loc.unitEnd, loc.unitEnd + 6).some((t) => t.norm === 'منذ') || sinceOutbreakAfter(tokens, loc.unitEnd);
  // («حالة وفاة», «وفاة حالتين»: a bulletin counts one or two of the day's cases by the word
  // «حالة» itself; a running total is always a numeral.)
  const byCaseWord = BY_CASE_WORD.test(tokens[loc.qFrom].norm);
  return cues.toll && cues.outbreakArticle && !since && (byCaseWord || registeredBefore(tokens, loc.qFrom, stops)) ? ':new' : '';
}

// «منذ الإعلان عن تفشي المرض», «منذ بدء التفشي», «منذ ظهور الوباء»: since the outbreak began;
// so does «منذ رصد أولى الحالات», since its first cases were found.
const OUTBREAK_BEGAN = /^(بدء|بدايه|اعلان|الاعلان|ظهور|تسجيل|رصد)$/;
const FIRST_CASES = /^(اولي|اول) (ال)?(حالات|حاله|اصابات|اصابه)$/;
function sinceOutbreakAfter(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'punct' && !/^[،,]$/.test(t.raw)) return false;
    if (t.type === 'word' && RAISED.test(t.norm)) return false;
    if (t.norm === 'منذ') return OUTBREAK_BEGAN.test(tokens[i + 1]?.norm ?? '') && (tokens.slice(i + 2, i + 5).some((w) => w.type === 'word' && OUTBREAK.test(w.norm)) || FIRST_CASES.test(`${tokens[i + 2]?.norm} ${tokens[i + 3]?.norm}`));
  }
  return false;
}

// One of several events or instalments of one kind in an article ("الزلزال الثاني", "هزة ثانية",
// "الدفعة الأولى من المساعدات"): a figure tied to it is that instance's. For a series of parts
// (batches, convoys, days) even the first is a part of the whole; for an event the first is the
// story's main one and only a later one is another — but a strike named "the first" («الهجوم
// الأولي», «الغارة الأولى») is one of a double strike, its toll a part of the whole. (A deal's
// "first phase" is often the whole deal the article is about: not read.)
const INSTANCES: Record<string, { shown: string; feminine: boolean; series: boolean }> = {
  دفعه: { shown: 'الدفعة', feminine: true, series: true },
  شحنه: { shown: 'الشحنة', feminine: true, series: true },
  قافله: { shown: 'القافلة', feminine: true, series: true },
  موجه: { shown: 'الموجة', feminine: true, series: true },
  يوم: { shown: 'اليوم', feminine: false, series: true },
  زلزال: { shown: 'الزلزال', feminine: false, series: false },
  هزه: { shown: 'الهزة', feminine: true, series: false },
  انفجار: { shown: 'الانفجار', feminine: false, series: false },
  تفجير: { shown: 'التفجير', feminine: false, series: false },
  هجوم: { shown: 'الهجوم', feminine: false, series: true },
  غاره: { shown: 'الغارة', feminine: true, series: true },
  ضربه: { shown: 'الضربة', feminine: true, series: true },
  حادث: { shown: 'الحادث', feminine: false, series: false },
  حادثه: { shown: 'الحادثة', feminine: true, series: false },
  حريق: { shown: 'الحريق', feminine: false, series: false },
};
const ORDINALS: [RegExp, number][] = [
  [/^(ال)?(اول|اولي|اوله)$/, 1],
  [/^(ال)?(ثاني|ثانيه)$/, 2],
  [/^(ال)?(ثالث|ثالثه)$/, 3],
  [/^(ال)?(رابع|رابعه)$/, 4],
  [/^(ال)?(خامس|خامسه)$/, 5],
];
const MASCULINE = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس'];
const FEMININE = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة'];
const ordinalOf = (t: Token | undefined): number => (t && t.type === 'word' ? (ORDINALS.find(([re]) => re.test(t.norm))?.[1] ?? 0) : 0);

/** "الدفعة الأولى", "هزة ثانية", "أول دفعة": [from, to, noun, n] of each ordinal instance. */
function instancesOf(tokens: Token[]): { from: number; to: number; noun: string; n: number }[] {
  const out: { from: number; to: number; noun: string; n: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    // ("اليوم الثالث من الشهر" is a date.)
    const date = t.bare === 'يوم' && tokens[i + 2]?.norm === 'من' && /^(ال)?شهر$/.test(tokens[i + 3]?.norm ?? '');
    const after = INSTANCES[t.bare] && !date ? ordinalOf(tokens[i + 1]) : 0;
    if (after) out.push({ from: i, to: i + 2, noun: t.bare, n: after });
    // "أول دفعة", "ثاني هزة" (the ordinal before an indefinite noun).
    else if (!/^ال/.test(t.norm) && ordinalOf(t) && INSTANCES[tokens[i + 1].bare]) out.push({ from: i, to: i + 2, noun: tokens[i + 1].bare, n: ordinalOf(t) });
  }
  return out;
}

/**
 * ":nth:2:زلزال" for a figure tied to the second quake of an article, ":nth:1:دفعه" for the first
 * batch's; '' for the main event's (its first instance) or a figure tied to none. Bound like the
 * kinds of measure above, with no comma between (a bracket may stand before the figure:
 * "الدفعة الأولى من المساعدات (20 شاحنة)").
 */
export function instanceOf(tokens: Token[], loc: Located, stops: Uint8Array): string {
  for (const m of instancesOf(tokens)) {
    const before = m.to <= loc.qFrom && (reaches(tokens, stops, m.to, loc.qFrom, false, true) || aboardGoesOn(tokens, stops, m.to, loc.qFrom));
    // (tight: "في فعاليات اليوم الثاني للمنتدى، هناك 10 ملايين" is no figure of that day.)
    const after = m.from >= loc.unitEnd && reaches(tokens, stops, loc.unitEnd, m.from, true, true);
    if (!before && !after) continue;
    return INSTANCES[m.noun].series || m.n >= 2 ? `:nth:${m.n}:${m.noun}` : '';
  }
  return '';
}

// «أُطلق سراح 210 محتجزين في اليوم الأول من العملية، على متن 5 رحلات»: what they went aboard,
// set off by one comma, goes on with the clause before it — the same instance's.
const ON = /^(على|علي)$/;
const ABOARD = /^متن$/;
function aboardGoesOn(tokens: Token[], stops: Uint8Array, from: number, qFrom: number): boolean {
  if (!ON.test(tokens[qFrom - 2]?.norm ?? '') || !ABOARD.test(tokens[qFrom - 1]?.norm ?? '') || !isComma(tokens[qFrom - 3])) return false;
  return reaches(tokens, stops, from, qFrom - 3, false, true);
}

/** "في الدفعة الأولى" for ":nth:1:دفعه", or null. */
export function instanceWords(key: string): string | null {
  const m = /:nth:(\d):([^:]+)$/.exec(key);
  const noun = m ? INSTANCES[m[2]] : undefined;
  if (!m || !noun) return null;
  const n = Number(m[1]) - 1;
  return `في ${noun.shown} ${(noun.feminine ? FEMININE : MASCULINE)[n] ?? ''}`.trim();
}
