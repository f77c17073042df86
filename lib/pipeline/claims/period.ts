// The period an economy's figure covers, and the base a rate of change is measured on: revenue
// of one month is another figure than a year's or a quarter's, one year's another than the next
// year's, and a five-year total another than any year's; inflation "على أساس سنوي" another than
// "على أساس شهري". Covers the phrasing of economic news: "خلال شهر مارس"، "في شهر يناير"،
// "الشهري"، "الشهر الماضي"، "الربع الأول"، "النصف الأول من العام"، "السنوي"، "خلال العام"،
// "خلال 2023"، "في عام 2023"، "العام الماضي"، "العام المالي 2022/2023"، "خلال السنوات الخمس
// الماضية"، "خلال 5 سنوات"، "على مدى عامين"، "خلال العقد الماضي"، "منذ عام 2019"، "منذ بداية
// العام"، "على أساس سنوي/شهري/ربع سنوي". Words relative to the present ("الماضي"، "الجاري") are
// resolved against the article's publication date, so that two outlets' "last year" and "2023"
// meet. (measure.ts also marks "منذ بداية العام" cumulative, ':since'.)

import type { Token } from '../text/tokens';
import { monthNumber } from '../extract/dates';
import type { Located } from './locate';
import { THING_CONCEPTS } from './concepts';
import { isDeliveryMonth } from './money';

// The figures a period applies to: an economy's sums and prices, rates, counted things — not a
// vote's figures, a deal's value or a toll (whose month is its event's date).
// (A labour survey's counts too, the unemployed and the employed, month by month or quarter by quarter.)
const PERIODIC = /^(money:(revenue|profit|loss|reserves|debt|exports|imports|deficit|budget|spending|income|price|value|remittance)|percent:|unit:|(un)?employed|labour)/;
const ELECTION_FIGURE = /^(votes|voter|percent:(vote|turnout|counted|invalid|blank|valid))/;
/**
 * True for a concept whose figures are of a period (a series' figure). Not things an event
 * destroyed or damaged («حريق عام 2019 أتى على 200 محل»): they are that event's, as a toll is — a
 * year names another event, not a period of a series.
 */
export const takesPeriod = (concept: string): boolean =>
  (PERIODIC.test(concept) || THING_CONCEPTS.has(concept.split(':')[0])) && !ELECTION_FIGURE.test(concept) && !/:(destroyed|damaged)/.test(concept);

const ORDINAL: Record<string, number> = { اول: 1, الاول: 1, ثاني: 2, الثاني: 2, ثالث: 3, الثالث: 3, رابع: 4, الرابع: 4, اخير: 4, الاخير: 4 };
const MONTHLY = /^(ال)?(شهري|شهريه)$/;
const YEARLY = /^(ال)?(سنوي|سنويه)$/;
const IN = /^(و)?(خلال|في|طوال|عن)$/;
const MONTH_WORD = /^(و|ب|ل|في|خلال)?(ال)?(شهر)$/;
const PART_OF_MONTH = /^(نهايه|اواخر|مطلع|بدايه|منتصف|اوايل)$/;
const AGAINST = /^(مقارنه|بالمقارنه|قياسا|مقابل)$/;
// A series a month names in construct, no «في» between («تضخم نوفمبر», «عجز سبتمبر», «احتياطي أكتوبر»).
const SERIES_NOUN = /^(و|ب|ل)?(تضخم|صادرات|واردات|عجز|فايض|ايرادات|تحويلات|بطاله|احتياطي|احتياطيات)$/;
const YEAR_WORD = /^(و|ب|ل|لل|في|خلال)?(ال)?(عام|سنه)$/;
const BASE = /^(و|ب)?(اساس)$/;
const ISSUED = /^(ال)?(صادر|صادره|منشور|منشوره)$|^(صدر|صدرت|نشر|نشرت|نشره|نشرته)$/;
const NEAR = 8;
const PAST = /^(ال)?(ماضي|ماضيه|منصرم|منصرمه|سابق|سابقه|فايت|فايته)$/;
const CURRENT = /^(ال)?(جاري|جاريه|حالي|حاليه)$/;
const ENDED = /^(ال)?(منتهيه|منتهي|منصرمه)$/;
const LAUNCH = /^(اطلاق|انطلاق|تاسيس|انشاء|بدء|بدايه)(ه|ها)$/;
/**
 * The normalised words before a year that name when something began: «أعلى عدد منذ بدء المسح
 * الفصلي عام 1971», a record's reference; «الجسر الذي شُيّد عام 1961», when a thing was built —
 * neither the figure's period nor its year.
 */
export const SINCE_BEGAN = /(منذ (بدء|بدايه|انطلاق|اطلاق|تاسيس|انشاء)( [^ ]+){0,3}|(^| )(شيد|شيدت|بني|بنيت|انشي|انشيت|افتتح|افتتحت|دشن|دشنت|تاسس|تاسست|اسس|اسست))( (عام|سنه|في))?$/;
// "خلال 5 سنوات"، "السنوات الخمس"، "عامين"، "الأشهر الستة": a span of years or months.
const YEARS = /^(و|ب|ل|في|خلال)?(ال)?(سنوات|سنين|اعوام|عامين|سنتين|عاما|سنه|عام)$/;
const MONTHS = /^(و|ب|ل|في|خلال)?(ال)?(اشهر|شهور|شهرين|شهرا)$/;
const DECADE = /^(و|ب|ل|خلال)?(ال)?(عقد)$/;
const SPAN_OPEN = /^(خلال|طوال|في|علي|مدي|مدار|عبر|لمده|اخر)$/;
const SMALL: Record<string, number> = { ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمانيه: 8, ثمان: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10 };
// «الأشهر الثلاثة الأولى»: the year's first months, a quarter or a half.
const FIRST = /^(ال)?اولي$/;
const FIRST_MONTHS: Record<number, string> = { 3: ':per:q:1', 6: ':per:h:1' };

/** A small cardinal in digits or words ("5"، "خمس"، "الخمس"), or 0. */
const cardinal = (t: Token | undefined): number => {
  if (!t) return 0;
  if (t.type === 'num') return /^\d{1,2}$/.test(t.norm) ? Number(t.norm) : 0;
  return SMALL[t.norm.replace(/^ال/, '')] ?? 0;
};
/** A year of the calendar as a token ("2023"), or 0. */
const calendarYear = (t: Token | undefined): number => (t?.type === 'num' && /^(19|20)\d\d$/.test(t.norm) ? Number(t.norm) : 0);

interface Marker {
  from: number;
  to: number;
  key: string;
  /** A month's year named after it («أكتوبر 2025», «أكتوبر من العام الماضي»). */
  year?: number;
  /** An adjective of the figure's noun («السنوي», «الشهرية»): a rate's base, where it is a rate. */
  adjective?: boolean;
  /** A base only a change can have («عن مستواها قبل عام»): a level beside it keeps its own. */
  rateOnly?: boolean;
  /** A base only a change by the figure can have («7.7% مقارنة بمارس»): a level it rose to («إلى 14% مقارنة بمارس») was set against that month's. */
  changeOnly?: boolean;
}

/** The publication year and month (1–12), when known. */
function nowOf(published: string | null): { year: number; month: number } | null {
  const t = published ? Date.parse(published) : Number.NaN;
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

// A year that is not the figure's period: the base of a comparison ("مقارنة بالعام الماضي"، "مقارنة
// بالفترة نفسها من عام 2014"), a deadline or the end of a span ("بحلول عام 2030"، "من 1996 وحتى
// العام الماضي"), or the year of a part ("الربع الأول من العام الماضي"، "نفس الفترة من 2014").
const COMPARED = /^(و)?(مقارنه|بالمقارنه|مقابل|قياسا)$/;
const UNTIL = /^(و)?(بحلول|حتي)$/;
const PART = /^(و|ب|ل|في|خلال)?(ال)?(ربع|نصف|فتره|شهر|اشهر|شهور)$/;
const CHANGED_FROM = /^(و|ف)?(ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|زاد|زادت|قل|قلت|اعلي|اقل|اكثر|ادني)$/;

/** True when the year marker is another figure's year or one end of a span (see COMPARED). */
function notThePeriod(tokens: Token[], { from, to }: Marker): boolean {
  const norm = (i: number): string => tokens[i]?.norm ?? '';
  if (UNTIL.test(norm(from - 1)) || UNTIL.test(norm(from))) return true;
  // "من عام 1996 وحتى العام الماضي"، "من 2019 إلى 2023": a span between two years.
  const of = (i: number): boolean => /^(و)?من$/.test(norm(i));
  if (/^(و)?(حتي|الي)$/.test(norm(to)) && (of(from) || of(from - 1))) return true;
  if (of(from - 1) && [2, 3, 4].some((k) => PART.test(norm(from - k)))) return true;
  // "ارتفعت عن العام الماضي"، "أعلى من العام الماضي": the base a change or a comparison is told from.
  if (/^(عن|من)$/.test(norm(from - 1)) && CHANGED_FROM.test(norm(from - 2))) return true;
  // («مقارنة بـ98300 مركبة في 2025»: past the base's own figure too, the year dating it.)
  let figures = 0;
  for (let k = 1; k <= 5 && from - k >= 0; k++) {
    if (tokens[from - k].type === 'num' && figures++ === 0) continue;
    if (tokens[from - k].type !== 'word') break;
    if (COMPARED.test(norm(from - k))) return true;
  }
  return false;
}

/** Markers of spans and calendar years: "خلال 5 سنوات"، "خلال 2023"، "منذ عام 2019"، "العام الماضي". */
function yearMarkersOf(tokens: Token[], now: { year: number; month: number } | null): Marker[] {
  return rawYearMarkersOf(tokens, now).filter((m) => !/^:per:(y|since):\d/.test(m.key) || !notThePeriod(tokens, m));
}

function rawYearMarkersOf(tokens: Token[], now: { year: number; month: number } | null): Marker[] {
  const out: Marker[] = [];
  const norm = (i: number): string => tokens[i]?.norm ?? '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "منذ عام 2019"، "منذ 2019": everything since that year.
    // («منذ إطلاقه عام 2020», «منذ تأسيسها في 2019»: since something of its own began that year.)
    if (t.norm === 'منذ') {
      const began = LAUNCH.test(norm(i + 1)) ? 1 + (IN.test(norm(i + 2)) ? 1 : 0) : 0;
      const at = YEAR_WORD.test(norm(i + 1 + began)) ? i + 2 + began : i + 1 + began;
      if (calendarYear(tokens[at])) {
        out.push({ from: i, to: at + 1, key: `:per:since:${calendarYear(tokens[at])}` });
        i = at;
      } else if (/^(بدايه|مطلع|بدء)$/.test(norm(i + 1)) && YEAR_WORD.test(norm(i + 2)) && now) {
        // "منذ بداية العام/العام الجاري": the year to date.
        const to = i + 3 + (CURRENT.test(norm(i + 3)) ? 1 : 0);
        out.push({ from: i, to, key: `:per:ytd:${now.year}` });
        i = to - 1;
      }
      continue;
    }
    // "خلال 2023"، "في عام 2023"، "عن سنة 2023"، "لعام 2023": one calendar year.
    if (calendarYear(t) && tokens[i + 1]?.raw !== '/' && tokens[i + 1]?.raw !== '-') {
      const word = YEAR_WORD.test(norm(i - 1)) || /^(ل|لل)(عام|سنه)$/.test(norm(i - 1));
      const open = word ? i - 1 - (IN.test(norm(i - 2)) ? 1 : 0) : IN.test(norm(i - 1)) ? i - 1 : -1;
      // (Not the year of a fiscal year, "العام المالي 2023": that is read below; nor the year
      // something began, SINCE_BEGAN.)
      const before = tokens.slice(Math.max(0, i - 6), i).map((w) => w.norm).join(' ');
      if (open >= 0 && !/مالي/.test(norm(i - 1)) && !SINCE_BEGAN.test(before)) out.push({ from: open, to: i + 1, key: `:per:y:${calendarYear(t)}` });
      continue;
    }
    if (t.type !== 'word') continue;
    // "العام الماضي"، "السنة الماضية"، "العام الجاري"، "هذا العام": a year resolved against the publication date.
    if (YEAR_WORD.test(t.norm) && now && !/^(ال)?(مالي|ماليه)$/.test(norm(i + 1))) {
      if (PAST.test(norm(i + 1))) out.push({ from: i, to: i + 2, key: `:per:y:${now.year - 1}` });
      else if (CURRENT.test(norm(i + 1))) out.push({ from: i, to: i + 2, key: `:per:y:${now.year}` });
      else if (/^(هذا|هذه)$/.test(norm(i - 1))) out.push({ from: i - 1, to: i + 1, key: `:per:y:${now.year}` });
      if (PAST.test(norm(i + 1)) || CURRENT.test(norm(i + 1))) continue;
    }
    // "الشهر الماضي"، "الشهر الجاري": a month resolved against the publication date.
    if (MONTH_WORD.test(t.norm) && now && (PAST.test(norm(i + 1)) || CURRENT.test(norm(i + 1)))) {
      const month = PAST.test(norm(i + 1)) ? ((now.month + 10) % 12) + 1 : now.month;
      out.push({ from: i, to: i + 2, key: `:per:m:${month}` });
      continue;
    }
    // "خلال العقد الماضي"، "على مدى عقد": ten years. ("في عقد بقيمة …" is a contract.)
    if (DECADE.test(t.norm) && (PAST.test(norm(i + 1)) || /^(خلال|طوال|مدي|مدار)$/.test(norm(i - 1)) || /^خلال/.test(t.norm))) {
      out.push({ from: i, to: i + 1 + (PAST.test(norm(i + 1)) ? 1 : 0), key: ':per:years:10' });
      continue;
    }
    // "خلال 5 سنوات"، "خلال السنوات الخمس الماضية"، "على مدى عامين"، "خلال الأشهر الستة الماضية".
    const years = YEARS.test(t.norm);
    const months = MONTHS.test(t.norm);
    if (!years && !months) continue;
    const dual = /(عامين|سنتين|شهرين)$/.test(t.norm) ? 2 : 0;
    const before = cardinal(tokens[i - 1]);
    // ("السنوات الخمس": a number word after a definite plural; "خلال العام 7 مليارات" is a figure.)
    const after = /^(و|ب|ل)?ال(سنوات|سنين|اعوام|اشهر|شهور)$/.test(t.norm) && tokens[i + 1]?.type === 'word' ? cardinal(tokens[i + 1]) : 0;
    const n = dual || before || after;
    // (A singular "عام/سنة" only counted: "خلال 5 سنوات" but not "خلال العام".)
    if (n < 2) continue;
    const from = before && !dual ? i - 1 : i;
    const opened = SPAN_OPEN.test(norm(from - 1)) || /^(خلال|في)/.test(t.norm) || PAST.test(norm(i + (after ? 2 : 1)));
    if (!opened) continue;
    const to = i + 1 + (after ? 1 : 0) + (PAST.test(norm(i + (after ? 2 : 1))) ? 1 : 0);
    // («خلال الأشهر الثلاثة الأولى من العام», «أول ستة أشهر»: the year's first quarter or half.)
    const firstBefore = /^(في|خلال)?اول$/.test(norm(from - 1));
    const firstAfter = FIRST.test(norm(to));
    const first = months && (firstAfter || firstBefore) ? FIRST_MONTHS[n] : undefined;
    if (first) {
      out.push({ from: firstBefore ? from - 1 : from, to: firstAfter ? to + 1 : to, key: first });
      continue;
    }
    out.push({ from: SPAN_OPEN.test(norm(from - 1)) ? from - 1 : from, to: months ? pastOfTheYear(tokens, to) : to, key: `:per:${years ? 'years' : 'months'}:${n}` });
  }
  return out;
}

/**
 * Past the words that say which year's months a span counts («الأشهر التسعة الأولى من العام الجاري»,
 * «… من عام 2026»): the span ends there, nearer the figure it is the period of.
 */
function pastOfTheYear(tokens: Token[], to: number): number {
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  let end = FIRST.test(norm(to)) ? to + 1 : to;
  if (norm(end) !== 'من' || !/^(ال)?(عام|سنه)$/.test(norm(end + 1))) return end;
  end += 2;
  if (/^(ال)?(جاري|حالي)$/.test(norm(end)) || /^(19|20)\d\d$/.test(norm(end))) end++;
  return end;
}

/** «بين يناير وسبتمبر», «من يناير إلى سبتمبر» at token i: the months from January on (a quarter, a half, or N months); else null. */
function monthsFromJanuary(tokens: Token[], i: number): Marker | null {
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  if (!/^(بين|من)$/.test(norm(i)) || monthNumber(norm(i + 1)) !== 1) return null;
  const joined = norm(i) === 'بين' && /^و/.test(norm(i + 2)) ? monthNumber(norm(i + 2).slice(1)) : null;
  const to = norm(i) === 'من' && /^(الي|حتي)$/.test(norm(i + 2)) ? monthNumber(norm(i + 3)) : null;
  const n = joined ?? to;
  if (n === null || n < 2) return null;
  return { from: i, to: i + (joined !== null ? 3 : 4), key: FIRST_MONTHS[n] ?? `:per:months:${n}` };
}

const THE_MONTH = /^(ب|مع)?(ال)?شهر$/;
// What a level the figure reached follows («ارتفع إلى 14%», «استقر عند 14%»).
const LEVEL_REACHED = /^(الي|حتي|عند)$/;
const PUBLICATION = /^(و|ب|ل|لل|في)?(ال)?(مذكره|نشره|تقرير|بيان|مسح|دراسه|مجله)$/;
// («بالشهر المماثل من العام الماضي», «بالفترة المماثلة من 2025»: the like month or period, as «نفسه».)
const SAME = /^(نفسه|ذاته|نفسها|ذاتها|المماثل|المماثله)$/;

/**
 * The base named by a comparison word before "the month" (token i): "مقارنة بالشهر السابق"،
 * "قياسا بالشهر الماضي"، "مقارنة مع الشهر الذي سبقه" (':base:m'); "مقارنة بالشهر نفسه من العام
 * الماضي"، "بنفس الشهر من العام الماضي" (':base:y'); else null.
 */
function comparedBaseOf(tokens: Token[], i: number): Marker | null {
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  if (!COMPARED.test(norm(i))) return null;
  let k = i + 1;
  if (norm(k) === 'مع') k++;
  if (/^(ب)?نفس$/.test(norm(k)) && THE_MONTH.test(norm(k + 1))) return { from: i, to: k + 2, key: ':base:y' };
  // («قفزت أسعار اللحوم 7.7% مقارنة بمارس»: a month named alone, no year nor «من العام» after
  // it, is the month before: a monthly change.)
  const month = tokens[k]?.type === 'word' && monthNumber(norm(k).replace(/^ب(?=..)/, '')) !== null;
  if (month && tokens[k + 1]?.type !== 'num' && norm(k + 1) !== 'من' && !PAST.test(norm(k + 1))) return { from: i, to: k + 1, key: ':base:m', changeOnly: true };
  if (!THE_MONTH.test(norm(k))) return null;
  if (PAST.test(norm(k + 1))) return { from: i, to: k + 2, key: ':base:m' };
  if (/^(الذي|اللذي)$/.test(norm(k + 1)) && /^(سبقه|قبله)$/.test(norm(k + 2))) return { from: i, to: k + 3, key: ':base:m' };
  if (SAME.test(norm(k + 1)) && norm(k + 2) === 'من') return { from: i, to: k + 2, key: ':base:y' };
  return null;
}

const LEVEL_OF_IT = /^(مستواه|مستواها|مستوياتها)$/;
const THE_PERIOD = /^(ب|بال|ال)?فتره$/;
/**
 * A change set against a year before: «عن مستواها قبل عام», «مقارنة بالفترة نفسها من العام الماضي»,
 * «عن الفترة ذاتها من 2025» (':base:y', of a rate only); else null.
 */
function yearAgoBaseOf(tokens: Token[], i: number): Marker | null {
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  if (!COMPARED.test(norm(i)) && norm(i) !== 'عن') return null;
  if (norm(i) === 'عن' && LEVEL_OF_IT.test(norm(i + 1)) && norm(i + 2) === 'قبل' && /^(عام|سنه)$/.test(norm(i + 3))) return { from: i, to: i + 4, key: ':base:y', rateOnly: true };
  const k = norm(i + 1) === 'مع' ? i + 2 : i + 1;
  if (!THE_PERIOD.test(norm(k)) || !SAME.test(norm(k + 1)) || norm(k + 2) !== 'من') return null;
  if (/^(ال)?(عام|سنه)$/.test(norm(k + 3)) && PAST.test(norm(k + 4))) return { from: i, to: k + 5, key: ':base:y', rateOnly: true };
  if (/^(19|20)\d\d$/.test(norm(k + 3))) return { from: i, to: k + 4, key: ':base:y', rateOnly: true };
  return null;
}

const THAT = /^(ذلك|ذاك|هذا)$/;
/**
 * «ذلك الشهر», «الشهر ذاته» (not «الشهر نفسه من العام الماضي», last year's): the one month the
 * sentence named before token i, or null.
 */
function monthPointedBack(tokens: Token[], i: number): number | null {
  if (!/^(ل|ب|في)?(ال)?شهر$/.test(tokens[i].norm) || !/^(ل|ب|في)?ال/.test(tokens[i].norm)) return null;
  const that = THAT.test(tokens[i - 1]?.norm ?? '');
  const same = SAME.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm !== 'من';
  if (!that && !same) return null;
  const months = new Set<number>();
  for (let k = 0; k < i; k++) {
    const m = tokens[k].type === 'word' ? monthNumber(tokens[k].norm) : null;
    if (m !== null) months.add(m);
  }
  return months.size === 1 ? [...months][0] : null;
}

// A sentence's markers, found once for all its figures (periodOf is asked about each).
const markerCache = new WeakMap<Token[], { published: string | null; markers: Marker[] }>();
function sentenceMarkers(tokens: Token[], published: string | null): Marker[] {
  const known = markerCache.get(tokens);
  if (known && known.published === published) return known.markers;
  const markers = markersOf(tokens, published);
  markerCache.set(tokens, { published, markers });
  return markers;
}

/** The period and base markers of a sentence, each with the tokens it spans. */
function markersOf(tokens: Token[], published: string | null): Marker[] {
  const now = nowOf(published);
  const out: Marker[] = yearMarkersOf(tokens, now);
  const norm = (i: number): string => tokens[i]?.norm ?? '';
  const taken = new Uint8Array(tokens.length);
  for (const m of out) for (let i = m.from; i < m.to; i++) taken[i] = 1;
  // «في 30 سبتمبر/أيلول», «في سبتمبر»: the month named within three tokens of `from`.
  const endMonth = (from: number): { month: number; at: number } | null => {
    for (let k = from; k < from + 4 && k < tokens.length; k++) {
      const month = tokens[k].type === 'word' ? monthNumber(tokens[k].norm) : null;
      if (month !== null) return { month, at: k };
    }
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || taken[i]) continue;
    // "على أساس سنوي"، "على أساس شهري"، "على أساس ربع سنوي".
    // ("وعلى أساس شهري، ارتفعت …": the base may open the sentence with its «و».)
    if (BASE.test(t.norm) && /^(و|ف)?علي$/.test(norm(i - 1))) {
      if (YEARLY.test(norm(i + 1))) out.push({ from: i - 1, to: i + 2, key: ':base:y' });
      else if (MONTHLY.test(norm(i + 1))) out.push({ from: i - 1, to: i + 2, key: ':base:m' });
      else if (/^(ربع|فصلي)/.test(norm(i + 1))) out.push({ from: i - 1, to: i + 3, key: ':base:q' });
      continue;
    }
    // "مقارنة بالشهر السابق"، "قياسا بالشهر الماضي"، "مقارنة مع الشهر الذي سبقه": a change
    // against the month before is a monthly rate; "مقارنة بالشهر نفسه من العام الماضي" a yearly one.
    const compared = comparedBaseOf(tokens, i) ?? yearAgoBaseOf(tokens, i);
    if (compared) {
      out.push(compared);
      continue;
    }
    // "الربع الأول"، "الربع الثالث من العام"، "النصف الأول".
    const quarter = /^(و|ب|ل|في|خلال)?(ال|لل)(ربع|نصف)$/.exec(t.norm);
    // («انكمش بنسبة 1.2% للربع الثاني على التوالي»: how many quarters running, no quarter named.)
    const running = norm(i + 2) === 'علي' && /^(ال)?توالي$/.test(norm(i + 3));
    if (quarter && ORDINAL[norm(i + 1)] && !running) {
      // («الربع الثاني من العام الماضي»: a quarter of last year, as a month of it below.)
      const lastYear = norm(i + 2) === 'من' && YEAR_WORD.test(norm(i + 3)) && PAST.test(norm(i + 4)) && now ? now.year - 1 : 0;
      out.push({ from: i, to: i + (lastYear ? 5 : 2), key: `:per:${quarter[3] === 'ربع' ? 'q' : 'h'}:${ORDINAL[norm(i + 1)]}`, ...(lastYear ? { year: lastYear } : {}) });
      continue;
    }
    // («بين يناير وسبتمبر», «من يناير إلى سبتمبر»: the year's first months, as «الأشهر التسعة الأولى».)
    const firstMonths = monthsFromJanuary(tokens, i);
    if (firstMonths) {
      out.push(firstMonths);
      continue;
    }
    // "شهر مارس"، "خلال شهر كانون الثاني"، or a month named right after "خلال/في" ("خلال مارس").
    const month = monthNumber(t.norm) ?? monthNumber(`${t.norm} ${norm(i + 1)}`);
    // («تقرير السياسة النقدية الصادر في سبتمبر»: the month a report came out dates no figure of it.)
    if (month !== null && IN.test(norm(i - 1)) && ISSUED.test(norm(i - 2))) continue;
    // («تضخم نوفمبر», «صادرات أكتوبر»: or a series' noun the month is joined to, as headlines write it.)
    // («بلغ عدد العاطلين 2.4 مليون في نهاية مارس»: or a part of the month after «في».)
    const partOf = PART_OF_MONTH.test(norm(i - 1)) && IN.test(norm(i - 2));
    if (month !== null && (MONTH_WORD.test(norm(i - 1)) || IN.test(norm(i - 1)) || SERIES_NOUN.test(norm(i - 1)) || partOf) && tokens[i - 1]?.type === 'word' && !isDeliveryMonth(tokens, i - 1)) {
      // («في مارس/آذار»: the month's name in the other calendar after a slash is part of it.)
      // («أكتوبر/تشرين الأول»: the other calendar's name may take two words.)
      const otherTwo = tokens[i + 1]?.raw === '/' && monthNumber(norm(i + 2)) === null && monthNumber(`${norm(i + 2)} ${norm(i + 3)}`) !== null;
      const other = otherTwo || (tokens[i + 1]?.raw === '/' && tokens[i + 2]?.type === 'word' && monthNumber(norm(i + 2)) !== null);
      const end = i + (other ? (otherTwo ? 4 : 3) : 1);
      // («في أكتوبر 2025», «في أكتوبر من العام الماضي»: its year after it — not the month a change
      // is measured from, «عن سبتمبر 2025», whose change is of the month reported.)
      const base = norm(i - 1) === 'عن';
      const lastYear = norm(end) === 'من' && YEAR_WORD.test(norm(end + 1)) && PAST.test(norm(end + 2)) && now ? now.year - 1 : 0;
      const year = base ? 0 : calendarYear(tokens[end]) || lastYear;
      out.push({ from: i - 1, to: end + (calendarYear(tokens[end]) ? 1 : lastYear ? 3 : 0), key: `:per:m:${month}`, ...(year ? { year } : {}) });
      continue;
    }
    // («خفّض تقديره لفائض ذلك الشهر», «في الشهر ذاته»: the month the sentence named before, pointed back to.)
    const named = monthPointedBack(tokens, i);
    if (named !== null) {
      out.push({ from: i - (THAT.test(norm(i - 1)) ? 1 : 0), to: i + (SAME.test(norm(i + 1)) ? 2 : 1), key: `:per:m:${named}` });
      continue;
    }
    // "الإيرادات الشهرية"، "خلال الشهر"، "الشهر الماضي".
    const aMonth = MONTH_WORD.test(t.norm) && monthNumber(norm(i + 1)) === null && tokens[i + 1]?.type !== 'num' && (IN.test(norm(i - 1)) || /^(خلال|في)/.test(t.norm) || /^(الماضي|الجاري|الحالي|المنصرم)$/.test(norm(i + 1)));
    // (An adjective follows a definite noun: "الإيرادات الشهرية" — "فارس الشهري" is a name.)
    // (Not a publication's: «المذكرة الشهرية», «النشرة السنوية» come out monthly or yearly.)
    const adjective = /^(و|ب|لل)?ال/.test(norm(i - 1)) && /^ال/.test(t.norm) && !PUBLICATION.test(norm(i - 1));
    if ((MONTHLY.test(t.norm) && adjective) || aMonth) {
      out.push({ from: i, to: i + 1, key: ':per:m', ...(aMonth ? {} : { adjective: true }) });
      continue;
    }
    // "العام المالي"، "السنة المالية"، "العام المالي 2022/2023" (by the year it ends)، "العام المالي
    // الماضي" (the one before the current one, whatever the calendar of the country).
    if (YEAR_WORD.test(t.norm) && /^(ال)?(مالي|ماليه)$/.test(norm(i + 1))) {
      const first = calendarYear(tokens[i + 2]);
      const second = first && /^[/-]$/.test(tokens[i + 3]?.raw ?? '') ? calendarYear(tokens[i + 4]) || (/^\d\d$/.test(norm(i + 4)) ? 2000 + Number(norm(i + 4)) : 0) : 0;
      if (first) out.push({ from: i, to: i + (second ? 5 : 3), key: `:per:fy:${second || first}` });
      else if (PAST.test(norm(i + 2))) out.push({ from: i, to: i + 3, key: ':per:pfy' });
      // «السنة المالية المنتهية في 30 سبتمبر»: the fiscal year that last ended on that day before
      // the read was published, named by the year it ends in.
      else if (ENDED.test(norm(i + 2)) && now && endMonth(i + 3) !== null) {
        const { month, at } = endMonth(i + 3)!;
        out.push({ from: i, to: at + 1, key: `:per:fy:${month <= now.month ? now.year : now.year - 1}` });
      }
      // "في السنة المالية الحالية/الجارية": the year the article is in, as another outlet's "هذا
      // العام" or "العام الجاري" says it (a forecast for the current year, whatever the calendar).
      else if (CURRENT.test(norm(i + 2)) && now) out.push({ from: i, to: i + 3, key: `:per:y:${now.year}` });
      else out.push({ from: i, to: i + 2, key: ':per:fy' });
      continue;
    }
    // "الإيرادات السنوية"، "خلال العام"، "خلال عام 2023" (the year itself is `:in:` when earlier).
    if (YEARLY.test(t.norm) && adjective) out.push({ from: i, to: i + 1, key: ':per:y', adjective: true });
    else if (YEAR_WORD.test(t.norm) && /^(خلال|طوال)$/.test(norm(i - 1))) out.push({ from: i, to: i + 1, key: ':per:y' });
    else if (YEAR_WORD.test(t.norm) && /^(خلال|طوال)/.test(t.norm)) out.push({ from: i, to: i + 1, key: ':per:y' });
  }
  return out;
}

// «ارتفع العام الماضي بنسبة 8% ليبلغ 3.2 مليون»: the verb that takes a change on to the level it reached.
const TO_REACH = /^(ل|و)?(تبلغ|يبلغ|تصل|يصل|تسجل|يسجل|ترتفع|يرتفع|تنخفض|ينخفض|تتراجع|يتراجع)$/;

/**
 * True where the figure at token i is the change a level figure reached by (only the verb of
 * reaching between its end and `to`): the period before the change is the level's too.
 */
function changeToLevel(tokens: Token[], stops: Uint8Array, i: number, to: number): boolean {
  let k = i;
  while (k < to && stops[k]) k++;
  if (tokens[k]?.type === 'punct' && /^[%٪]$/.test(tokens[k].raw)) k++;
  // («بنسبة 6.8% على أساس سنوي لتبلغ 452 ألف طن»: the change's base between.)
  if (tokens[k]?.norm === 'علي' && BASE.test(tokens[k + 1]?.norm ?? '') && (YEARLY.test(tokens[k + 2]?.norm ?? '') || MONTHLY.test(tokens[k + 2]?.norm ?? ''))) k += 3;
  if (!TO_REACH.test(tokens[k]?.norm ?? '')) return false;
  return k === to - 1 || (k === to - 2 && /^(الي|الى|إلى)$/.test(tokens[k + 1].norm));
}

// «رغم», «برغم», «بالرغم»: a concession (bound).
const CONCESSION = /^(و)?(رغم|برغم|بالرغم)$/;

const GLOSS_MAX = 7;
/**
 * Past a bracketed gloss right after the figure's unit («138 مليار شلن (نحو 1.07 مليار دولار) بين
 * يناير وسبتمبر»: the sum in another currency), one word between at most (the currency's country).
 */
function pastGloss(tokens: Token[], unitEnd: number): number {
  const open = tokens[unitEnd]?.raw === '(' ? unitEnd : tokens[unitEnd + 1]?.raw === '(' && tokens[unitEnd]?.type === 'word' ? unitEnd + 1 : -1;
  if (open < 0) return unitEnd;
  for (let k = open + 1; k <= open + GLOSS_MAX && k < tokens.length; k++) if (tokens[k].raw === ')') return k + 1;
  return unitEnd;
}

/**
 * True where no other figure and no break stand between two tokens: before the figure a comma
 * may ("خلال شهر مارس، بلغت الإيرادات 300 مليون"), after it not.
 */
function bound(tokens: Token[], stops: Uint8Array, from: number, to: number, comma: boolean): boolean {
  if (to - from > NEAR) return false;
  for (let i = from; i < to; i++) {
    if (stops[i] && !(comma && changeToLevel(tokens, stops, i, to))) return false;
    const t = tokens[i];
    // («التضخم المتراكم منذ مطلع العام: 2.9%»: a list line's label ends with a colon right before its figure.)
    if (t.type === 'punct' && !(comma ? /^[،,()«»"]$/ : /^[()«»"]$/).test(t.raw) && !(comma && t.raw === ':' && i === to - 1)) return false;
    // («7.7 مليون في أبريل رغم إنتاج تجاوز 10 ملايين»: a concession opens a clause of its own, its
    // figure not of the month before it. Not «بينما»/«فيما»: they set figures of one period side by side.)
    if (comma && t.type === 'word' && CONCESSION.test(t.norm)) return false;
  }
  return true;
}

/**
 * True where the percentage at `loc` is joined by «و» and followed by its own base: «ارتفعت أسعار
 * الغذاء 1.3% خلال الشهر، و7.2% على أساس سنوي» — the rate before it, on another base; or named
 * only as a change on a base, «فيما بلغ الارتفاع الشهري 0.4%».
 */
export function restatedOnBase(tokens: Token[], loc: Located): boolean {
  const norm = (k: number): string => tokens[k]?.norm ?? '';
  if (loc.q.kind !== 'percent') return false;
  // («…، فيما بلغ الارتفاع الشهري 0.4%»: the change named only by its base, no thing of its own.)
  if (CHANGE_NOUN.test(norm(loc.qFrom - 2)) && (YEARLY.test(norm(loc.qFrom - 1)) || MONTHLY.test(norm(loc.qFrom - 1))) && /^(بلغ|بلغت|سجل|سجلت|وصل|وصلت|و|فيما|بينما|الي)$/.test(norm(loc.qFrom - 3))) return true;
  // («…، وبنسبة 1.1% على أساس شهري»: the «و» may be written on the rate's «بنسبة».)
  return /^و(بنسبه|بمعدل)?$/.test(norm(loc.qFrom - 1)) && norm(loc.unitEnd) === 'علي' && BASE.test(norm(loc.unitEnd + 1)) && (YEARLY.test(norm(loc.unitEnd + 2)) || MONTHLY.test(norm(loc.unitEnd + 2)));
}
const CHANGE_NOUN = /^(ال)(ارتفاع|زياده|تغير|انخفاض|تراجع)$/;

/**
 * ":per:m:3" (March), ":per:m" (a month), ":per:q:1", ":per:h:1", ":per:y", ":per:y:2023",
 * ":per:fy", ":per:fy:2023" (2022/2023), ":per:pfy" (the last one), ":per:years:5", ":per:months:6",
 * ":per:since:2019", ":per:ytd:2024", then
 * ":base:y"/":base:m"/":base:q" for the base of a rate; '' where the sentence names none near
 * the figure. The nearest marker of each sort bound to the figure (no other figure, no full
 * stop or colon between) counts.
 */
export function periodOf(tokens: Token[], loc: Located, stops: Uint8Array, published: string | null = null): string {
  let period: { key: string; d: number; year?: number } | null = null;
  let base: { key: string; d: number } | null = null;
  const markers = sentenceMarkers(tokens, published);
  for (const m of markers) {
    const d = m.to <= loc.qFrom ? loc.qFrom - m.to : m.from >= loc.unitEnd ? m.from - loc.unitEnd : -1;
    if (d < 0 || (m.rateOnly && loc.q.kind !== 'percent')) continue;
    if (m.changeOnly && (loc.q.kind !== 'percent' || LEVEL_REACHED.test(tokens[loc.qFrom - 1]?.norm ?? ''))) continue;
    // («بزيادة 12.3% عن سبتمبر 2025، فيما بلغت إعادة التصدير 21.3 مليار»: the period a change is
    // measured from belongs to that change, never to a figure after it.)
    if (m.to <= loc.qFrom && tokens[m.from]?.norm === 'عن') continue;
    // («بنسبة 2.9% مقارنة بشهر سبتمبر»: nor the month it is set against, after it.)
    // («ارتفع بنحو 105 آلاف مقارنة بالربع الأخير …، وليس بـ87 ألفا»: before it either.)
    if (AGAINST.test(tokens[m.from - 1]?.norm ?? '')) continue;
    // («بارتفاع نسبته 5.2% عن أرباح السنة السابقة»: the period a rate is set against, after «عن» and its noun.)
    if (loc.q.kind === 'percent' && m.from - loc.unitEnd >= 2 && m.from - loc.unitEnd <= 3 && tokens[loc.unitEnd]?.norm === 'عن') continue;
    // («بعد 4.8% في أكتوبر، فيما بلغ الارتفاع الشهري 0.4%»: a month right after another figure is that figure's.)
    // («هبط إلى 10.12% في الربع الأخير»: a quarter too, «في» before it.)
    if (m.to <= loc.qFrom && (stops[m.from - 1] || (IN.test(tokens[m.from - 1]?.norm ?? '') && stops[m.from - 2]))) continue;
    const ok = m.to <= loc.qFrom ? bound(tokens, stops, m.to, loc.qFrom, true) : bound(tokens, stops, pastGloss(tokens, loc.unitEnd), m.from, false);
    if (!ok) continue;
    // («التضخم السنوي 5.2% في نوفمبر»: a rate's yearly or monthly adjective is its base; the month
    // after it, its period.)
    const key = loc.q.kind === 'percent' && m.adjective ? m.key.replace(':per:', ':base:') : m.key;
    if (key.startsWith(':base:')) {
      if (!base || d < base.d) base = { key, d };
    } else if (!period || d < period.d) period = { key, d, year: m.year };
  }
  // («وعلى أساس شهري، ارتفع المؤشر 0.5%، … والمواد غير الغذائية 0.2%»: a base opening the
  // sentence before its comma is every figure's that names none nearer.)
  // (Not past another base the sentence names before the figure: «…، و12.1% على أساس سنوي، مقابل 7.3%».)
  const bases = base ? [] : markers.filter((m) => m.key.startsWith(':base:') && m.from < loc.qFrom);
  const opening = bases.length === 1 && bases[0].from <= 1 && /^[،,]$/.test(tokens[bases[0].to]?.raw ?? '') ? bases[0] : null;
  if (opening) base = { key: opening.key, d: loc.qFrom - opening.to };
  // A month of an earlier year than the read's is that year's («11.9% في أكتوبر من العام الماضي»).
  const now = nowOf(published);
  const earlier = period?.year && now && period.year < now.year ? `:in:${period.year}` : '';
  return (period?.key ?? '') + (base?.key ?? '') + earlier;
}

/**
 * True where a figure of one month ("بنسبة 7% في مارس") stands in a sentence whose year names
 * another month ("ذروته في فبراير 2023، … 7% في مارس"): that year is the other month's, not the
 * figure's. `beforeYear` is the text right before the year.
 */
export function yearOfAnotherMonth(concept: string, beforeYear: string): boolean {
  const own = /:per:m:(\d+)/.exec(concept);
  if (!own) return false;
  const words = beforeYear.trim().split(/\s+/);
  const month = monthNumber(words[words.length - 1] ?? '') ?? monthNumber(words.slice(-2).join(' '));
  return month !== null && month !== Number(own[1]);
}

const MONTH_NAMES = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const ORDINAL_WORDS = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

/** The words of a period or base key ("في شهر مارس", "على أساس سنوي"), or null. */
export function periodWords(key: string): string | null {
  const m = /^:(per|base):([a-z]+)(?::(\d+))?$/.exec(key);
  if (!m) return null;
  const n = m[3] ? Number(m[3]) : 0;
  if (m[1] === 'base') return { y: 'على أساس سنوي', m: 'على أساس شهري', q: 'على أساس ربع سنوي' }[m[2]] ?? null;
  if (m[2] === 'm') return n ? `في شهر ${MONTH_NAMES[n - 1]}` : 'خلال الشهر';
  if (m[2] === 'q') return `في الربع ${ORDINAL_WORDS[n - 1] ?? ''}`.trim();
  if (m[2] === 'h') return `في النصف ${ORDINAL_WORDS[n - 1] ?? ''}`.trim();
  if (m[2] === 'y') return n ? `خلال عام ${n}` : 'خلال العام';
  if (m[2] === 'fy') return n ? `في العام المالي ${n - 1}/${n}` : 'في العام المالي';
  if (m[2] === 'pfy') return 'في العام المالي الماضي';
  if (m[2] === 'years') return n === 2 ? 'خلال عامين' : `خلال ${n} سنوات`;
  if (m[2] === 'months') return n === 2 ? 'خلال شهرين' : `خلال ${n} أشهر`;
  if (m[2] === 'since') return `منذ عام ${n}`;
  if (m[2] === 'ytd') return `منذ بداية عام ${n}`;
  return null;
}

/** "money:revenue:per:m:3:base:y" → ["money:revenue", ":per:m:3", ":base:y"]: the base and its period keys. */
export function splitPeriod(concept: string): [string, string[]] {
  const parts: string[] = [];
  let rest = concept;
  for (;;) {
    const m = /^(.*)(:(per|base):[a-z]+(?::\d+)?)$/.exec(rest);
    if (!m) break;
    parts.unshift(m[2]);
    rest = m[1];
  }
  return [rest, parts];
}

/**
 * A series' concept without its period and earlier year ("money:revenue:per:y:2023" →
 * "money:revenue"), and whether it named one; null for a concept of no series.
 */
export function periodBase(concept: string): { base: string; named: boolean } | null {
  if (!takesPeriod(concept)) return null;
  const noYear = concept.replace(/:in:\d{4}$/, '');
  const [base, periods] = splitPeriod(noYear);
  return { base, named: noYear !== concept || periods.some((p) => p.startsWith(':per:')) };
}
