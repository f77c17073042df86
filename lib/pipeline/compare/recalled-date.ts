// A figure whose own clause dates its incident by the calendar, a week or more before its read
// was published («وفي 5 يوليو الحالي، غرقت العبارة … وعلى متنها 37»): an earlier incident the
// report recalls as background, not the news it reports — like a year in a toll's clause
// (same-event.ts yearOfToll). A running total dated so («ارتفعت حصيلة … منذ 6 فبراير») and an
// event named by its date («زلزال 6 فبراير») are the news's own and are not read.

import type { Claim } from '../../types';
import { isEventConcept } from '../claims/concepts';
import { CLAUSE_END, clauseBefore } from '../claims/modality';
import { monthNumber } from '../extract/dates';
import { normalizeArabic } from '../text/normalize';

/**
 * Days before publication from which a dated incident is a recalled one: more than a report
 * takes to tell the latest of its news («الأربعاء 22 يوليو» in a report of the 24th). A bound of
 * news practice, not fitted.
 */
export const RECALLED_DAYS = 7;

// «في 5 يوليو», «يوم 5 يوليو (تموز)», «في أبريل/نيسان»; «في الخامس من يوليو» is not read (an
// ordinal word). The month's other name in brackets or after a slash, and a year, may follow.
const DATED = /(?:^|\s)[وف]?(?:في|يوم)\s+([0-9]{1,2})\s+([^\s/(]+(?:\s(?:الاول|الثاني))?)(?:\s*[/(]\s*[^\s)]+(?:\s(?:الاول|الثاني))?(?:\s*\))?)?(?:\s+([0-9]{4}))?/g;
// «في مارس الماضي», «في شهر يونيو», «خلال يناير 2015»: a month alone (no day before it), with
// «الماضي» or a year after it or neither.
const MONTH_ONLY = /(?:^|\s)[وف]?(?:في|خلال)\s+(?:شهر\s+)?([^\s/(]+(?:\s(?:الاول|الثاني))?)(?:\s*[/(]\s*[^\s)]+(?:\s(?:الاول|الثاني))?(?:\s*\))?)?(?:\s+(الماضي|المنصرم|[0-9]{4}))?/g;
// A toll counted since a start or raised to a running total is the news's own whatever its date.
const RUNNING = /(?:^|\s)[وف]?(?:منذ|حصيل\S*|ارتفع\S*|ارتفاع)(?=$|\s)/;
// An event named by its date («زلزال 6 فبراير»): no «في»/«يوم» before the day, so DATED never reads it.

const DAY_MS = 86_400_000;

// «وكان زلزال بقوة 7.8 درجات قد أودى في أبريل 2015 بحياة …»: a figure in the subject of a
// pluperfect clause, «كان» before it and «قد» after, is dated by the rest of that clause too.
const PLUPERFECT_OPENING = /^\s*[وف]?(?:كان|كانت)(?:\s+\S+){0,4}\s*$/;
const QAD_AFTER = /^\s*(?:\S+\s){0,3}قد\s/;

/** The rest of the figure's clause after it (folded) when it stands in a pluperfect's subject; else ''. */
function pluperfectRest(c: Claim): string {
  const own = clauseBefore(c.sentence, c.start - c.sentenceStart).own;
  if (!PLUPERFECT_OPENING.test(own)) return '';
  const rest = normalizeArabic(c.sentence.slice(c.end - c.sentenceStart).split(CLAUSE_END)[0]);
  return QAD_AFTER.test(rest) ? ` ${rest}` : '';
}

/** The calendar days (ms at UTC midnight) the text dates something on with «في/يوم D MONTH [YEAR]». */
function calendarDays(text: string, year: number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DATED)) {
    const month = monthNumber(m[2]);
    const day = Number(m[1]);
    if (month === null || day < 1 || day > 31) continue;
    out.push(Date.UTC(m[3] ? Number(m[3]) : year, month - 1, day));
  }
  return out;
}

/**
 * The last days (ms at UTC midnight) of the months the text dates something in with «في/خلال
 * [شهر] MONTH [الماضي|YEAR]», before publication (`t`): the news's own month is never one, a
 * later month or «الماضي» on the news's month is last year's.
 */
function monthEnds(text: string, t: number): number[] {
  const now = new Date(t);
  const out: number[] = [];
  for (const m of text.matchAll(MONTH_ONLY)) {
    const month = monthNumber(m[1]);
    if (month === null) continue;
    const past = m[2] === 'الماضي' || m[2] === 'المنصرم';
    const thisMonth = month === now.getUTCMonth() + 1;
    if (!m[2] && thisMonth) continue;
    const year = m[2] && !past ? Number(m[2]) : month > now.getUTCMonth() + 1 || (past && thisMonth) ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
    // Day 0 of the next month: the month's last day.
    out.push(Date.UTC(year, month, 0));
  }
  return out;
}

const publishedAt = (published: string | null | undefined): number => (published ? Date.parse(published) : Number.NaN);

/**
 * The day (ms, UTC midnight) the figure's clause — the words before it back to a clause mark, or
 * the sentence's opening adverbial when only that stands between («وفي 5 يوليو الحالي، غرقت …
 * 37») — dates it on, when that is RECALLED_DAYS or more before `published`; else null (also when
 * the publication date is unknown).
 */
export function recalledDay(c: Claim, published: string | null | undefined): number | null {
  // Asked for every pair of figures a comparison weighs: each claim's day is read once.
  const known = days.get(c);
  if (known && known.published === published) return known.day;
  const day = dayOf(c, published);
  days.set(c, { published, day });
  return day;
}

const days = new WeakMap<Claim, { published: string | null | undefined; day: number | null }>();

function dayOf(c: Claim, published: string | null | undefined): number | null {
  const t = publishedAt(published);
  if (Number.isNaN(t)) return null;
  const clauses = clauseBefore(c.sentence, c.start - c.sentenceStart);
  if (RUNNING.test(clauses.own)) return null;
  // (An opening that counts since a start dates nothing of the clause: «تزايدت الهجمات منذ مطلع العام، وكان أبرزها الهجوم في مارس الماضي الذي أدى إلى مقتل 22».)
  const rest = pluperfectRest(c);
  const own = clauses.own + rest;
  const opening = RUNNING.test(clauses.opening) ? '' : clauses.opening;
  const year = new Date(t).getUTCFullYear();
  for (const d of [...calendarDays(own, year), ...calendarDays(opening, year)]) {
    // A date later than publication is the last year's (a January report recalling December).
    const day = d > t ? Date.UTC(year - 1, new Date(d).getUTCMonth(), new Date(d).getUTCDate()) : d;
    if (t - day >= RECALLED_DAYS * DAY_MS) return day;
  }
  // A toll dated by its month alone, taken at the month's last day (tolls only, as a toll's year:
  // a monthly release's figure is dated by its month; a pluperfect's subject, as «زلزال بقوة 7.8»,
  // recalls a past incident whatever it measures).
  if (isEventConcept(c.concept) || rest) for (const day of [...monthEnds(own, t), ...monthEnds(opening, t)]) if (t - day >= RECALLED_DAYS * DAY_MS) return day;
  return null;
}

/** recalledDay found: the figure recalls an incident of a week or more before its report. */
export const recalledByDate = (c: Claim, published: string | null | undefined): boolean => recalledDay(c, published) !== null;

/**
 * Two figures of which at least one recalls a dated incident (recalledDay), lying RECALLED_DAYS or
 * more apart — each taken at its recalled day, or else at its read's publication: an incident
 * recalled from a fortnight ago is not the one a report of today tells, and one recalled by two
 * reports on one date is. False when a time is unknown.
 */
export function recalledApart(a: Claim, aPublished: string | null | undefined, b: Claim, bPublished: string | null | undefined): boolean {
  const da = recalledDay(a, aPublished);
  const db = recalledDay(b, bPublished);
  if (da === null && db === null) return false;
  const ta = da ?? publishedAt(aPublished);
  const tb = db ?? publishedAt(bPublished);
  return !Number.isNaN(ta) && !Number.isNaN(tb) && Math.abs(ta - tb) >= RECALLED_DAYS * DAY_MS;
}
