// The month of a monthly report. An economic series is published month by month ("التضخم في
// أكتوبر"), and a report names the month once, then gives the month's other figures of the same
// series without it ("وعلى أساس شهري، ارتفعت الأسعار 1.2%"، "فيما صعد التضخم الأساسي إلى
// 12.4%"). Where the article's figures of one series name a single month and no other period of
// their own (an earlier year's «في أكتوبر من العام الماضي» dates another figure, and is not
// counted; nor are the year's months up to that month, «في الأشهر التسعة الأولى»), its figures
// of that series with no period are that month's. A yearly base is what an inflation rate is
// unless it says otherwise ("التضخم الأساسي على أساس سنوي" is "التضخم الأساسي"), and so is the
// change of one group's prices or of rents in the same release (price-groups.ts).

import type { Claim } from '../../types';
import { normalizeArabic } from '../text/normalize';
import { periodBase, splitPeriod } from './period';

const SERIES = /^(percent|money):[a-z]+/;
const MONTH = /^:per:m:\d+$/;
const UNNAMED_MONTH = ':per:m';
// A period of the report's own time: a month with no year, a quarter, a year, a fiscal year.
const OWN_PERIOD = /^:per:(m|q|h|y|fy|pfy|months|years)(:\d{1,2})?$/;

const FORECAST = /(توقع|متوقع|يتوقع|تتوقع|المقبل|القادم|بحلول|بنهايه)/;
// «بزيادة 2.9% مقارنة بعام 2024»: a figure set against a whole year is a year's, no month's.
const AGAINST_YEAR = /(مقارنه|قياسا|مقابل) (ب|مع )?(ال)?عام [0-9]{4}/;

const YEARLY_BY_DEFAULT = /^percent:(inflation|change:(prices|rent):)/;

// A labour survey's counts are told in its rates' release, the month named once for all.
const LABOUR_COUNT = /^((un)?employed|labour)/;

// (A group's prices and rents are told in the inflation release: its month is theirs.)
const familyOf = (concept: string): string | null =>
  YEARLY_BY_DEFAULT.test(concept) ? 'percent:inflation' : LABOUR_COUNT.test(concept) ? 'percent:unemployment' : SERIES.exec(concept)?.[0] ?? null;

// Statistics offices give a rate for the cities apart from the nation's ("التضخم في المدن",
// "في الحضر", "في الريف"): another figure than the country's, named in the words from the previous
// figure of the sentence (or its start) to the figure, or after it up to a comma.
const URBAN = /(^|\s)(في |ب)?(ال)?(مدن|حضر|حضريه)(\s|$)/;
const RURAL = /(^|\s)(في |ب)?(ال)?(ريف|ريفيه)(\s|$)/;

/** ':urban' or ':rural' where the words of the figure's own stretch name that area, else ''. */
function areaOf(c: Claim, claims: readonly Claim[]): string {
  const at = c.start - c.sentenceStart;
  const previous = claims.filter((o) => o.sentenceStart === c.sentenceStart && o.end - o.sentenceStart <= at).reduce((m, o) => Math.max(m, o.end - o.sentenceStart), 0);
  const rest = c.sentence.slice(c.end - c.sentenceStart);
  const stretch = normalizeArabic(c.sentence.slice(previous, at) + ' ' + rest.slice(0, rest.search(/[،,.]|$/)));
  return URBAN.test(stretch) ? ':urban' : RURAL.test(stretch) ? ':rural' : '';
}

// Exports, imports and the balance are told together, the month named once: «تراجع العجز في أبريل إلى
// 6 مليارات، بعدما سجلت الصادرات 19 مليارا والواردات 25 مليارا» — in one sentence, that month is theirs.
const TRADE = /^money:(exports|imports|deficit|surplus)/;

/** Undated trade figures given the one month another trade figure of their sentence names. */
function withSentenceTradeMonth(claims: Claim[]): Claim[] {
  const months = new Map<number, Set<string>>();
  for (const c of claims) {
    if (!c.comparable || !c.concept || !TRADE.test(c.concept) || c.modality === 'projection') continue;
    for (const p of splitPeriod(c.concept)[1]) if (MONTH.test(p)) months.set(c.sentenceStart, new Set([...(months.get(c.sentenceStart) ?? []), p]));
  }
  return claims.map((c) => {
    const named = months.get(c.sentenceStart);
    if (!named || named.size !== 1 || !c.comparable || !c.concept || !TRADE.test(c.concept) || c.concept.includes(':in:') || periodBase(c.concept)?.named) return c;
    const [base, parts] = splitPeriod(c.concept);
    return { ...c, concept: base + [...named][0] + parts.join('') };
  });
}

/** The claims with the inflation base normalised and the report's month given (see the header). */
export function withReportMonth(all: Claim[]): Claim[] {
  const claims = withSentenceTradeMonth(all);
  const normalised = claims.map((c) => {
    if (!c.concept || !YEARLY_BY_DEFAULT.test(c.concept)) return c;
    const [base, parts] = splitPeriod(c.concept);
    const concept = base + areaOf(c, claims) + parts.filter((p) => p !== ':base:y').join('');
    return concept === c.concept ? c : { ...c, concept };
  });
  const periods = new Map<string, Set<string>>();
  // The months a headline's figures name, by family: a release names the month before too
  // («بعدما بلغ 3.1% في أبريل»), its headline only its own.
  const headlineMonths = new Map<string, Set<string>>();
  for (const c of normalised) {
    if (!c.comparable || !c.concept || c.concept.includes(':in:')) continue;
    // (A forecast's month is a later one's, no month of the report: «لن يرفع الفائدة في ديسمبر، متوقعا …».)
    if (c.modality === 'projection') continue;
    const family = familyOf(c.concept);
    if (!family || !periodBase(c.concept)) continue;
    for (const p of splitPeriod(c.concept)[1]) {
      // («خلال الشهر»: the month the report is of, named elsewhere.)
      if (!OWN_PERIOD.test(p) || p === UNNAMED_MONTH) continue;
      const set = periods.get(family) ?? new Set<string>();
      set.add(p);
      periods.set(family, set);
      if (c.inTitle && MONTH.test(p)) (headlineMonths.get(family) ?? headlineMonths.set(family, new Set()).get(family)!).add(p);
    }
  }
  // Each family's own period, where it has one.
  const ownPeriod = new Map<string, string>();
  for (const [family, all] of periods) {
    // («متوسط التضخم في الأشهر التسعة الأولى»: the months of the year to the report's month end with it.)
    const named = [...all].filter((p) => !(all.has(p.replace(':months:', ':m:')) && p.startsWith(':per:months:')));
    const headline = [...(headlineMonths.get(family) ?? [])];
    const own = named.length > 1 && named.every((p) => MONTH.test(p)) && headline.length === 1 ? headline : named;
    if (own.length === 1) ownPeriod.set(family, own[0]);
  }
  return normalised.map((c) => {
    if (!c.comparable || !c.concept || c.concept.includes(':in:')) return c;
    const family = familyOf(c.concept);
    const month = family ? ownPeriod.get(family) : undefined;
    if (month === undefined) return c;
    // (A forecast speaks of a later time: "متوقعا أن يتراجع التضخم إلى 10% بنهاية العام المقبل".)
    if (c.modality === 'projection') return c;
    const sentence = normalizeArabic(c.sentence);
    if (FORECAST.test(sentence) || AGAINST_YEAR.test(sentence)) return c;
    const [base, parts] = splitPeriod(c.concept);
    if (MONTH.test(month) && parts.includes(UNNAMED_MONTH)) return { ...c, concept: base + parts.map((x) => (x === UNNAMED_MONTH ? month : x)).join('') };
    const p = periodBase(c.concept);
    if (!MONTH.test(month) || !p || p.named) return c;
    return { ...c, concept: base + month + parts.join('') };
  });
}
