// A figure of an earlier election or period that a sentence gives by comparison with the current
// one: "مقابل 41% في الانتخابات السابقة", "مقارنة بـ 28% في الدورة الماضية", "تتجاوز نسبة 41%
// المسجلة في الاستحقاق السابق", "أعلى من 41% في الانتخابات الماضية عام 2018", "وكانت نسبة
// المشاركة في الانتخابات الأخيرة عام 2018 قد بلغت 41%". Such a figure is the earlier one: with a
// year before the article's latest it is that year's (`:in:2018`, as a year named before a figure
// is in index.ts); with no year it is no clear topic (which earlier vote is not said) and stays off
// every card. The current figure of the sentence keeps its concept.

import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { monthNumber } from '../extract/dates';

// What an earlier period is: an election or one of its rounds, a term, or a span of the calendar.
const ELECTION_NOUN = /^(و|ب|ل|في|لل)?(ال)?(انتخابات|انتخاب|دوره|دور|استحقاق|اقتراع|جوله|ولايه|استفتاء|رياسيات|تشريعيات|بلديات|انتخابيه)$/;
const CALENDAR_NOUN = /^(و|ب|ل|في)?(ال)?(عام|سنه|شهر|ربع|فصل|موسم|فتره|مره|نسخه|اسبوع|يوم)$/;
// "السابقة", "الماضية", "الفائتة": an earlier one. ("الأخيرة", the latest, may be the vote just held:
// earlier only after a comparison or with a year.)
const PAST = /^(ال)?(سابقه|سابق|ماضيه|ماضي|فايته|فايت|منصرمه|منصرم|سالفه|سالف|المنقضيه|منقضيه)$/;
const LATEST = /^(ال)?(اخيره|اخير)$/;
// Words that compare a figure with another or say it was ("مقابل", "مقارنة بـ", "أعلى من",
// "تتجاوز نسبة", "بعد أن كانت", "وكانت … قد بلغت"). (Not "زيادة بنحو 27% خلال العام الماضي": a
// change over a period is that period's figure.)
const COMPARED = /^(و|ف)?(ب)?(مقابل|مقارنه|بالمقارنه|قياسا|تتجاوز|يتجاوز|متجاوزه|متجاوزا|تتخطي|يتخطي|متخطيه|متخطيا|تفوق|يفوق|اعلي|ادني|اقل|اكبر|اصغر|كانت|كان|كانوا)$/;
// Words that may stand between a figure and the period it is of ("المسجلة في", "التي سجلت في",
// "البرلمانية", "عام").
const FILLER = /^(و)?(ال)?(مسجله|مسجل|التي|الذي|سجلت|سجل|تحققت|بلغتها|في|خلال|عام|سنه|نسبه|بالميه|بالمايه|الميه|المايه|من|الاصوات|اصوات|المشاركه|مشاركه|رياسيه|برلمانيه|تشريعيه|بلديه|محليه|نيابيه|عامه|رياسي|برلماني|تشريعي)$/;
// A word for the present: the figure after it is the current one ("في انتخابات اليوم").
const NOW = /^(ال)?(حاليه|حالي|جاريه|جاري|يوم|اليوم|هذه|هذا)$/;
// Which part of a year a calendar noun names: «الربع الثاني», «النصف الأول», «الربع المماثل».
const CALENDAR_PART = /^(ال)?(اول|اولي|ثاني|ثانيه|ثالث|رابع|اخير|مماثل)$/;
const AFTER = 7;
// How far after the figure a clause's «خلال عام YYYY» may close it.
const DURING_REACH = 12;
const BEFORE = 14;

export type EarlierPeriod = '' | 'unknown' | `:in:${number}`;

const isYear = (t: Token | undefined): number | null => (t?.type === 'num' && /^(19|20)\d\d$/.test(t.norm) ? Number(t.norm) : null);

/**
 * The period phrase whose noun is at `i`: 'past' ("الانتخابات السابقة", "الدورة البرلمانية
 * الماضية"), 'latest' ("الانتخابات الأخيرة") or null, and a year within it ("انتخابات 2018",
 * "السابقة عام 2018").
 */
interface Period {
  when: 'past' | 'latest' | 'year';
  year: number | null;
}

function periodAt(tokens: Token[], i: number, electionOnly: boolean): Period | null {
  const t = tokens[i];
  if (t.type !== 'word' || !(ELECTION_NOUN.test(t.norm) || (!electionOnly && CALENDAR_NOUN.test(t.norm)))) return null;
  let when: 'past' | 'latest' | 'year' | null = null;
  let year: number | null = null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const w = tokens[k];
    if (w.type === 'punct') break;
    if (w.type === 'word' && NOW.test(w.norm)) return null;
    if (w.type === 'word' && PAST.test(w.norm)) when ??= 'past';
    else if (w.type === 'word' && LATEST.test(w.norm)) when ??= 'latest';
    else if (isYear(w) !== null) year ??= isYear(w);
    else if (w.type === 'num') break;
    // («في استفتاء سبتمبر 2022»: the vote's month before its year.)
    else if (!FILLER.test(w.norm) && !ELECTION_NOUN.test(w.norm) && !(CALENDAR_NOUN.test(t.norm) && CALENDAR_PART.test(w.norm)) && !(ELECTION_NOUN.test(t.norm) && monthNumber(w.norm) !== null)) break;
  }
  if (!when && year !== null) when = 'year';
  return when ? { when, year } : null;
}

const withYear = (p: Period | null): Period | null => (p && p.year !== null ? p : null);

/**
 * Whether the figure at `loc` is an earlier election's or period's (see the header): '' when not,
 * `:in:YEAR` when the sentence names its year (before `latestYear`), 'unknown' when it names none.
 * `stops` marks the tokens of the sentence's other figures.
 */
export function earlierPeriodOf(tokens: Token[], loc: Located, stops: Uint8Array, latestYear: number, publishedYear = latestYear): EarlierPeriod {
  // The comparison words right before the figure, or inside it ("أعلى من 41%" is read as one
  // quantity with its qualifier).
  let compared = false;
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - 4) && !stops[i] && tokens[i].type === 'word'; i--) if (COMPARED.test(tokens[i].norm)) compared = true;
  for (let i = loc.qFrom; i < loc.qTo; i++) if (tokens[i].type === 'word' && COMPARED.test(tokens[i].norm)) compared = true;
  const verdict = (p: Period): EarlierPeriod => {
    if (p.year !== null && p.year < latestYear) return `:in:${p.year}`;
    if (p.when === 'past' || (compared && p.when === 'latest')) return 'unknown';
    return '';
  };
  // After the figure: "41% في الانتخابات السابقة", "نسبة 41% المسجلة في الدورة الماضية".
  for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + AFTER) && !stops[i]; i++) {
    const t = tokens[i];
    if (t.type === 'punct') break;
    // («بلغ 54 مليارا في الربع الثاني من 2025»: a calendar period after the figure with its
    // year says which, compared or not.)
    const p = periodAt(tokens, i, !compared);
    if (p) return verdict(p);
    // (Against the year of publication: a quarter's report names next year's forecast too.)
    const dated = withYear(periodAt(tokens, i, false));
    if (dated) return dated.year !== null && dated.year < publishedYear ? `:in:${dated.year}` : '';
    if (t.type === 'word' && !FILLER.test(t.norm)) break;
  }
  // («قتل أكثر من 1,900 شخص في أعمال عنف في البلاد خلال عام 2025»: a past year the clause closes
  // on with «خلال», past the words of where and how.)
  for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + DURING_REACH) && !stops[i] && tokens[i].type !== 'punct'; i++) {
    // («مقابل 3 وفيات طيلة سنة 2024»: or «طيلة/طوال», throughout, and «سنة».)
    if (!/^(و)?(خلال|طوال|طيله)$/.test(tokens[i].norm)) continue;
    const at = /^(ال)?(عام|سنه)$/.test(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    const y = tokens[at]?.type === 'num' ? Number(tokens[at].norm) : NaN;
    if (Number.isInteger(y) && y >= 1900 && y < publishedYear && (tokens[at + 1] === undefined || tokens[at + 1].type === 'punct')) return `:in:${y}`;
    break;
  }
  // A past vote fronted at the sentence's start: "وفي الانتخابات السابقة، حصل X على 97%".
  const first = tokens.findIndex((t) => t.type === 'word');
  if (first >= 0 && first < loc.qFrom && /^(و)?(في|خلال)$/.test(tokens[first].norm)) {
    const p = periodAt(tokens, first + 1, true);
    if (p && p.when !== 'latest' && !tokens.slice(first, loc.qFrom).some((t, k) => k > 0 && stops[first + k])) return verdict(p);
  }
  // In a relative clause on a past vote: "مقارنة بالانتخابات السابقة قبل أربع سنوات، التي بلغت
  // المشاركة فيها 27%", "في الدورة الماضية التي حصل فيها الحزب على 30%".
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - BEFORE) && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type === 'punct' && !/^[،,]$/.test(t.raw)) break;
    if (t.type !== 'word' || !/^(التي|الذي|اللتي)$/.test(t.norm)) continue;
    for (let k = Math.max(0, i - 8); k < i; k++) {
      const p = periodAt(tokens, k, true);
      if (p && p.when !== 'latest') return verdict(p);
    }
    break;
  }
  // Before it, from a "كان/كانت" that opens the stretch: "وكانت نسبة المشاركة في الانتخابات
  // الأخيرة عام 2018 قد بلغت 41%", "كانت في الدورة السابقة 28%".
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - BEFORE) && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type === 'punct' && !/^[،,]$/.test(t.raw)) break;
    if (t.type !== 'word' || !/^(و|ف)?(كانت|كان)$/.test(t.norm)) continue;
    for (let k = i + 1; k < loc.qFrom; k++) {
      if (tokens[k].type === 'word' && NOW.test(tokens[k].norm)) return '';
      // (Elections only: "وكانت الوزارة قالت الشهر الماضي إن 8 آلاف …" dates a statement.)
      const p = periodAt(tokens, k, true);
      if (p) {
        compared = true;
        return verdict(p);
      }
    }
    break;
  }
  return '';
}
