// Which figures may be compared across outlets at all. Dates, years, clock times, durations
// and ordinals place events in time rather than count them; digits inside names ("إف-16",
// "إمبراير 190", "U17") and bylines are labels. None of them may ever form a difference.

import type { Quantity } from '../../types';
import { normalizeArabic } from '../text/normalize';
import { spaceLeftOut } from '../quantities/read-names';
import { DISTRIBUTING_VERBS } from './distributed';

// (An age — «في العقد الثالث من العمر», «يبلغ 40 عاما» — says who someone is, never a count of the news.)
const NOT_COUNTS = new Set(['date', 'year', 'duration', 'ordinal', 'age']);
// Words before digits that make them part of a name or model, or a clock time.
const NAME_CUES = /(?:^|\s)(?:طراز|موديل|نوع|طائره|مقاتلات|مقاتله|صاروخ|الساعه|ساعه|رقم|كود|قانون|ماده|فصل|بند|مرسوم|نسخه|اصدار|جيل|كوفيد|فيروس|العمريه|عمريه|سن|اعمار|عمر|بعمر|اعمارهم)\s*$/;
// «استنادا إلى المادة 412 من قانون العقوبات», «بموجب البند 4»: a law's article or clause by its number.
const LEGAL_NAMES = /(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:ال|لل)(?:ماده|بند|مرسوم)\s*$/;
const BRANDS = /(?:^|\s)(?:امبراير|بوينغ|بوينج|ايرباص|سوخوي|ميغ|ميج|اف|سو|تي|اس|باتريوت|هيمارس|اتاكمز)[-\s]*$/;

// «الرحلة 111», «بالكيلو 60 بطريق …»: a definite flight or a road's kilometre mark named by its
// number — with no measure after it («قطعت الرحلة 300 كيلومتر» measures the trip).
const MARKER_NAMES = /(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:ال|لل)(?:رحله|كيلو)\s*$/;

const MINUTE_MARK = /(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:ال|لل)دقيقه\s*$/;
const HALF = /^(و|ف|ب|ل|في)?(ال)?نصف$/;
const FINAL = /^\s*(ال)?نهاي(ي|يه)(\s|$|[.،,])/;

// Words after which digits are a number to call («بالخط الساخن», «الهاتف», «واتساب»).
const PHONE_CUES = /(?:^|\s)(?:و|ب|ل)?(?:ال)?(?:ساخن|هاتف|جوال|واتساب|فاكس)\s*$/;

// A military formation or a list named by its number: "اللواء 22"، "الفرقة 17"، "بقائمة الـ 36"
// (the list of 36 wanted men: its number names it, whatever the sentence counts).
const UNIT_NAMES = /(?:^|\s)(?:و|ب|ل)?(?:ال)?(?:لواء|فرقه|كتيبه|فوج|قائمه|قايمه|لائحه|لايحه)(?:\s+ال\u0640*)?\s*$/;

// Greetings, thanks and wishes that «ألف» strengthens (folded forms).
const GREETING_WORDS = '(?:مرحبا|اهلا|سهلا|شكرا|شكر|مبروك|مبارك|سلامه|تحيه|رحمه)';
const GREETING_BEFORE = new RegExp(`(?:^|[\\s«"(])و?${GREETING_WORDS}\\s*$`);
const GREETING_AFTER = new RegExp(`^\\s*${GREETING_WORDS}(?:\\s|$|[،,.!])`);
const BRANDS_START = /^(?:امبراير|بوينغ|بوينج|ايرباص|سوخوي|ميغ|ميج|اف|باتريوت|هيمارس|اتاكمز|طراز)(?:[\s-]|$)/;

/** True where the figure counts or measures something that another outlet may report too. */
export function isComparable(q: Quantity, text: string): boolean {
  if (NOT_COUNTS.has(q.kind)) return false;
  // «الخط المخصص لذوي المفقودين هو 07731548826»: seven digits or more after a leading zero are a phone number or
  // an id (quantities/read-digits.ts reads them as a label), whatever noun stands near.
  if (/^[0٠][0-9\u0660-\u0669\s-]{6,}$/.test(q.text.trim())) return false;
  // "29.\u200f0 في المائة": a decimal whose digits a right-to-left mark splits was reordered when
  // the page was written; which of 29 and 0.29 it is cannot be told.
  if (/[0-9\u0660-\u0669][.,٫]\u200f[0-9\u0660-\u0669]/.test(q.text)) return false;
  // The extractor may keep a model name in the quantity's own text ("إمبراير 190", "إف-16").
  // "35 ألفا و225": a conjunction glued to the digits after a space is part of the number.
  // "الـ12 ألف": the article or a clitic glued to the digits is not a name either.
  // "69ر90": the Egyptian and Maghreb news agencies' decimal mark is no letter of a name.
  const own = normalizeArabic(q.text)
    .replace(/(^|\s)(?:[وفبلك]|و?[بل]?ال|لل|وب|ول)(?=[0-9])/g, '$1')
    .replace(/([0-9])\s?ر\s?(?=[0-9])/g, '$1.');
  // ("AI 171", "iPhone 15": a Latin word the reader kept in the figure's text names it, a flight or a model.)
  if (/[a-z\u0621-\u064a][-‐–]?[0-9]|[0-9][-‐–]?[a-z]|[A-Za-z]\s[0-9]/.test(own) || BRANDS_START.test(own)) return false;
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 3);
  // Letters glued to the digits (U17, G20, إف-16, 16-F): a name.
  // A clitic or article glued to the digits is not a name: "و271", "بـ64", "الـ12".
  const clitic = /(?:^|[\s(«"،,])(?:[وفبلك]|و?[بل]?ال|لل|وب|ول)\u0640*$/.test(before);
  const typo = spaceLeftOut(/[\u0621-\u064a]+$/.exec(before)?.[0] ?? '', /^\s[\u0621-\u064a]/.test(after));
  if (!clitic && !typo && /[A-Za-z\u0621-\u064a][-‐–]?$/.test(before) && !/[\s(«"]$/.test(before)) return false;
  // («الـF- 16»: a Latin letter and its hyphen, a space slipped in before the digits.)
  if (/[A-Za-z][-‐–]\s?$/.test(before)) return false;
  if (/^[-‐–]?[A-Za-z]/.test(after)) return false;
  if (/[0-9\u0660-\u0669]\s*:\s*$/.test(before) || /^\s*:\s*[0-9\u0660-\u0669]/.test(after)) return false;
  // "دقة 1440×2560 بكسل"، "أبعاده 90م×80م": a side of a size, not a count.
  if (/[0-9\u0660-\u0669]\s*\S{0,2}\s*[×xX*]\s*$/.test(before) || /^\s*\S{0,2}\s*[×*]\s*[0-9\u0660-\u0669]/.test(text.slice(q.end, q.end + 6))) return false;
  // "عبّارة «السلام 98»": a number closing a quoted name of one word.
  // («ارتفعت «بأكثر من 15%»»: a preposition glued to the figure's first word is no name.)
  const quotedWord = /«([^\s»]+)\s*$/.exec(before)?.[1];
  if (quotedWord && !/^[وفبلك]{1,2}$/.test(quotedWord) && /^\s*»/.test(after)) return false;
  // «وفق الآتي :- 1- حادث استهداف …», «2-حادث إطلاق النار», «(طبيب مقيم) 1-صورة …»: the number of a
  // list's item, opening a line or following a colon or a closing bracket, a dash or a bracket and
  // the item's words right after it.
  // (Not a share: «- النقل: 4.2%» before the next line's item is the item's value.)
  if (q.unit === null && q.kind !== 'percent' && /^\s?[-–)]\s?[\u0621-\u064a]/.test(text.slice(q.end, q.end + 4)) && /(?:^|[:.؛\n)])\s*[-–]?\s*$/.test(before)) return false;
  if (isMatchScore(q, text)) return false;
  // «في الدقيقة 73», «عند الدقيقة 35 لعب …»: a minute of a match named by its number, whatever
  // word the reader took for a noun after it; «نصف نهائي الكأس»: a semi-final, no half.
  const nb = normalizeArabic(before);
  const written = normalizeArabic(q.text.trim());
  if (MINUTE_MARK.test(nb) || (HALF.test(written) && FINAL.test(normalizeArabic(text.slice(q.end, q.end + 10))))) return false;
  // «منازل من أربعة طوابق», «بيوت من طابق أو ثلاثة طوابق»: how tall buildings of a kind are, a description of
  // many (one collapsed building's floors are a fact outlets may give differently).
  if (FLOORS.test(normalizeArabic(q.unit ?? '')) && (/(?:^|\s)(?:طابقين|طابقا|طابق)\s+او\s*$/.test(nb) || MANY_BUILDINGS.test(nb))) return false;
  // «وهي أم لستة أطفال», «أب لـ4 أبناء»: a parent's children, a detail of one person's life.
  if (PARENT_OF.test(nb)) return false;
  // «النصف زائد صوت واحد»: the one vote over half a majority needs, no figure of the news.
  if (/^(واحد|واحده)$/.test(written) && /(?:^|\s)زايد(?:\s+[\u0621-\u064a]+)?\s*$/.test(nb)) return false;
  // «حقيقة لا يختلف عليها اثنان»: "no two disagree on it", an idiom.
  if (/^(اثنان|اثنين)$/.test(written) && /(?:^|\s)(?:لا|ما|لن)\s+(?:ي|ت)ختلف(?:\s+(?:عليه|عليها|فيه|فيها|حوله|حولها))?\s*$/.test(nb)) return false;
  // "700 ألف وناخبان اثنان": "two" after a dual noun repeats the dual, it is no figure.
  if (/^(اثنان|اثنين|اثنتان|اثنتين)$/.test(written) && /[\u0621-\u064a](ان|ين)\s*$/.test(nb)) return false;
  // "خلال السنوات ال 4 الماضية": a number of years, days or hours is a duration.
  if (/(?:^|\s)(?:ال)?(?:سنوات|ايام|اشهر|شهور|ساعات|اسابيع|عقود)\s*(?:ال)?\s*$/.test(nb)) return false;
  const marker = MARKER_NAMES.test(nb) && (q.unit === null || /^(ب|ل|في)/.test(normalizeArabic(q.unit)));
  // (A sum or a rate is never a formation's or a list's name: «القروض القائمة 90 مليار ريال» are
  // the loans outstanding, «القائمة» their adjective.)
  if (NAME_CUES.test(nb) || LEGAL_NAMES.test(nb) || BRANDS.test(nb) || marker || (UNIT_NAMES.test(nb) && q.kind !== 'money' && q.kind !== 'percent')) return false;
  // «الاتصال بالخط الساخن 111»: digits with no noun after a phone word are a number to call
  // («تلقى الخط الساخن 300 بلاغ» counts calls).
  if (q.unit === null && PHONE_CUES.test(nb)) return false;
  // «(1.30 توقيت غرينتش)»: a clock time told by its time zone.
  if (/^[0-9]{1,2}[.:][0-5][0-9]$/.test(q.text.trim()) && /^\s*(?:ب)?(?:توقيت|غرينتش|جرينتش|GMT)/i.test(text.slice(q.end, q.end + 12))) return false;
  // "عند الساعة السادسة (17.00)": a clock time written in digits after the hour in words.
  if (/^[0-9]{1,2}[.:][0-5][0-9]$/.test(q.text.trim()) && /(?:الساعه|ساعه)\s+\S+\s*\(?\s*$/.test(nb)) return false;
  // A lone number in brackets: a footnote or episode marker ("(1)") or a phone number; not a share
  // ("(6.1%)"), nor a count in the thousands a list gives after its item's name («تلتها المنطقة
  // الشرقية (43,900)»).
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after) && q.unit === null && q.kind !== 'percent' && !bracketedCount(q) && !inDistributedList(text, q)) return false;
  // "مرحبًا ألف بكل زائر", "ألف مبروك", "ألف شكر": a bare «ألف» beside a greeting, thanks or wish
  // only makes it stronger; it counts nothing.
  if (/^[وب]?(?:ال)?الف$/.test(normalizeArabic(q.text.trim())) && (GREETING_BEFORE.test(nb) || GREETING_AFTER.test(normalizeArabic(text.slice(q.end, q.end + 12))))) return false;
  // "عبر الرقم 15000", "بالرقم 998", "الخط الساخن 112", «برقم الطوارئ 118», «الرقم المجاني 8002»:
  // a telephone or hotline number («برقم الطوارئ الوطني 112»: its adjective after it).
  if (/(?:^|\s)(?:و|ب|ل)?(?:ال)?رقم(?: (?:ال)?(?:طواري|موحد|مجاني|اخضر|هاتف)(?: ال[\u0621-\u064a]+ي)?)?\s*$|(?:^|\s)(?:ال)?خط (?:ال)?ساخن\s*$/.test(nb)) return false;
  return true;
}

const MANY_BUILDINGS = /(?:^|\s)(?:و)?(?:ال)?(?:مبان|مباني|منازل|بيوت|عمارات|ابراج)(?:\s+(?:ال)?[\u0621-\u064a]+(?:يه|ه))?\s+من\s*$/;
const FLOORS = /^(طابق|طابقا|طوابق|طابقين|طابقان|ادوار|دورين)$/;
const PARENT_OF = /(?:^|\s)(?:و|ف)?(?:ام|اب|والد|والده|اما|ابا)\s+ل\u0640*\s*$/;

// («وتتوزع الوفيات على بلديات X (7 قتلى)، وY (4)»: or any count, an item of a list a verb of
// distributing opens in its sentence, distributed.ts.)
const DISTRIBUTING = new RegExp(`(?:^|\\s)[وف]?(?:${DISTRIBUTING_VERBS})\\s[^.؛;:!?]*$`);
const LIST_REACH = 240;
const inDistributedList = (text: string, q: Quantity): boolean => DISTRIBUTING.test(normalizeArabic(text.slice(Math.max(0, q.start - LIST_REACH), q.start)));

/** A bracketed bare number a list may give as a count: thousands to millions, no leading zero (a phone's). */
const bracketedCount = (q: Quantity): boolean => q.value >= 1000 && q.value < 1e7 && !/^[0٠]/.test(q.text.trim());

// Two small numbers joined by a dash or a slash: «3-1», «4/2».
const SCORE = /([0-9\u0660-\u0669]{1,2})\s?[-–/]\s?([0-9\u0660-\u0669]{1,2})(?![0-9\u0660-\u0669])/g;
// A match's result before its score: «بنتيجة», «فاز … 3-1», «بخسارة الضيف 1-3», «لمصلحة أصحاب الأرض 4/2».
const RESULT_WORDS = /(?:^|\s)(?:[وفب]|ب?ال|لل)?(?:نتيجه|فوز|فاز|فازت|خساره|خسر|خسرت|تعادل|تعادلا|لمصلحه|هزم|هزمت|هزيمه|تغلب|تغلبت|انتهت|انتهي)(?:ه|ها)?(?:\s+\S+){0,2}\s*$/;

/**
 * «انتهت المباراة بخسارة الضيف 1-3»: either side of a match's score, two small numbers joined by
 * a dash or a slash after a word of its result — goals, no figure of the news.
 */
function isMatchScore(q: Quantity, text: string): boolean {
  // (Only the few characters around the figure are searched: linear in a long text's figures.)
  const from = Math.max(0, q.start - 6);
  const around = text.slice(from, q.end + 6);
  for (const m of around.matchAll(SCORE)) {
    const at = from + (m.index ?? 0);
    if (at > q.start || at + m[0].length < q.end) continue;
    return RESULT_WORDS.test(normalizeArabic(text.slice(Math.max(0, at - 40), at)));
  }
  return false;
}
