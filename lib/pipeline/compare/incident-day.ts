// The day a figure's own sentence says its incident happened, resolved against the read's
// publication date. Arabic news dates an incident relative to the report: «قتل ثلاثة مدنيين أمس»,
// «الهجوم الذي وقع الثلاثاء», «مساء أول من أمس», «الخميس الماضي». Two reads of one war or one
// kind of accident, each with one toll, whose sentences date their tolls on different days are
// two incidents (4 killed on one day, 3 on the next), not one count revised (README §1 "Same event").

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';

/** Folded weekday names with their article (without it «اثنين» is the number two), Sunday = 0. */
const WEEKDAYS = new Map([
  ['الاحد', 0],
  ['الاثنين', 1],
  ['الثلاثاء', 2],
  ['الاربعاء', 3],
  ['الخميس', 4],
  ['الجمعه', 5],
  ['السبت', 6],
]);
/** «أمس», «الأمس», «بالأمس» (folded). */
const YESTERDAY = new Set(['امس', 'الامس', 'بالامس']);
/** «الماضي» after a weekday: the one of the week before when it is the publication's weekday. */
const LAST = 'الماضي';

// Publication times are stored in UTC; the region's news is written three hours ahead, so a
// report published at 22:00 UTC is already the next day's for its reader and writer.
const LOCAL_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

/** The local day number (days since 1970-01-01) of a publication date, or null if unknown. */
function localDay(published: string | null | undefined): number | null {
  const t = published ? Date.parse(published) : Number.NaN;
  return Number.isNaN(t) ? null : Math.floor((t + LOCAL_OFFSET_MS) / DAY_MS);
}

/** A leading conjunction «و»/«ف» off a folded word ("وأمس", "والثلاثاء"). */
const withoutConjunction = (w: string): string => (/^[وف]ال/.test(w) || /^[وف]امس$/.test(w) ? w.slice(1) : w);

// What ends the figure's own clause: a clause mark, or the source it is told by («، وفق ما أعلنت
// الشرطة السبت» dates the statement, not the incident).
const CLAUSE_MARKS = new Set(['،', ',', '؛', ';', '.', ':', '؟', '?', '!']);
const ATTRIBUTION = new Set(['وفق', 'وفقا', 'حسب', 'بحسب', 'حسبما', 'نقلا', 'طبقا']);
/**
 * A running total: «ارتفعت حصيلة … إلى 65 حتى الأربعاء» dates the count, not an incident, and a
 * continuing disaster's toll rises from day to day.
 */
const runningTotal = (w: string): boolean => w.startsWith('حصيل') || w.startsWith('ارتفع') || w.startsWith('ارتفاع');

// Verbs of saying (folded, by their start): a day after one dates the statement, not the incident
// («قالت الحكومة أمس الثلاثاء إن 42 شخصا …», «أعلن الوزير الاثنين أن …»).
const SAYING = ['اعلن', 'قال', 'اكد', 'ذكر', 'صرح', 'افاد', 'اوضح', 'اضاف', 'اشار', 'كشف', 'نقل'];
const saying = (w: string): boolean => SAYING.some((v) => w.startsWith(v) || (/^[وف]/.test(w) && w.startsWith(v, 1)));

/**
 * Every day (local day numbers) the figure's sentence dates its incident on, relative to
 * `published` (`from`: the figure's end in the sentence): a day before the figure unless a verb of
 * saying precedes it (then it dates the statement), or a day after the figure before its clause
 * ends («قتل ثلاثة مدنيين أمس، حسبما أكدت كييف أمس»: the first). A day after «منذ» is the start
 * of a continuing event, and a running total dates its count: neither is read. «أمس» is two days
 * back after «أول» or «أول من», and also the day before (a report dated the day after it was
 * written), and not read beside a weekday; a weekday is the latest one not after publication (a
 * week earlier when «الماضي» follows the publication's own weekday). Empty when nothing dates the incident or
 * the publication date is unknown. Calendar dates and «اليوم» (also "the day", «اليوم الأول») are
 * not read. `running` false reads a sentence that speaks of a rise too («ارتفع الذهب أمس …»).
 */
export function incidentDays(sentence: string, published: string | null | undefined, from = 0, running = true): Set<number> {
  const out = new Set<number>();
  const today = localDay(published);
  if (today === null) return out;
  const tokens = tokensOf(sentence);
  const norm = tokens.map((t) => (t.type === 'word' ? withoutConjunction(t.norm) : t.raw));
  // (`running` false: a price's «ارتفع» is its move of the day, not a running total.)
  // (Up to the figure's own clause's end: «انتشلت 4 جثث يوم السبت …، فيما بقيت حصيلة X عند 40» dates the four.)
  const clauseEnd = tokens.findIndex((t, i) => t.start >= from && CLAUSE_MARKS.has(norm[i]));
  if (running && norm.slice(0, clauseEnd < 0 ? norm.length : clauseEnd).some(runningTotal)) return out;
  const yesterdays = new Set<number>();
  let said = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = norm[i];
    const after = tokens[i].start >= from;
    if (after && (CLAUSE_MARKS.has(w) || ATTRIBUTION.has(w))) break;
    if (tokens[i].type !== 'word') continue;
    if (saying(w)) said = true;
    if ((!after && said) || norm[i - 1] === 'منذ') continue;
    if (YESTERDAY.has(w)) {
      const dayBefore = norm[i - 1] === 'اول' || (norm[i - 1] === 'من' && norm[i - 2] === 'اول');
      const back = dayBefore ? 2 : 1;
      // A report is often dated the day after it was written (a print edition, a late upload):
      // its «أمس» may be the day before that too.
      yesterdays.add(today - back).add(today - back - 1);
      continue;
    }
    const weekday = WEEKDAYS.get(w);
    if (weekday === undefined) continue;
    const own = (today + 4) % 7; // 1970-01-01 was a Thursday.
    let back = (own - weekday + 7) % 7;
    if (back === 0 && norm[i + 1] === LAST) back = 7;
    out.add(today - back);
  }
  // A weekday names the day exactly within the week («أمس الثلاثاء»): «أمس» only without one.
  return out.size > 0 ? out : yesterdays;
}

/** The figure's end in its sentence. */
export const endInSentence = (c: Dated): number => Math.max(0, c.end - c.sentenceStart);
type Dated = Pick<Claim, 'sentence' | 'sentenceStart' | 'end' | 'start'>;

/**
 * Both figures' clauses date their incident and on no common day: two incidents. One clause
 * dating a toll by two days shares a day with either.
 */
export function differentDays(a: Dated, aPublished: string | null | undefined, b: Dated, bPublished: string | null | undefined): boolean {
  const da = incidentDays(a.sentence, aPublished, endInSentence(a));
  if (da.size === 0) return false;
  const db = incidentDays(b.sentence, bPublished, endInSentence(b));
  if (db.size === 0) return false;
  for (const d of da) if (db.has(d)) return false;
  return true;
}

/**
 * Two counts of a day's new cases or deaths («312 إصابة جديدة خلال 24 ساعة») in reads published
 * on different local days, neither sentence dating its count: two days' bulletins, not one
 * count told twice (a late report of the same bulletin says «أمس», which incidentDays reads).
 * Nor where one sentence dates its count to a day the other read's undated count cannot be of
 * (that read's day of publication or the day before).
 */
export function dailyCountsOfTwoDays(a: Dated & Pick<Claim, 'concept'>, aPublished: string | null | undefined, b: Dated & Pick<Claim, 'concept'>, bPublished: string | null | undefined): boolean {
  const daily = (c: Pick<Claim, 'concept'>): boolean => (c.concept ?? '').split(':').includes('new');
  if (!daily(a) || !daily(b)) return false;
  const da = localDay(aPublished);
  const db = localDay(bPublished);
  if (da === null || db === null || da === db) return false;
  const ia = incidentDays(a.sentence, aPublished, endInSentence(a));
  const ib = incidentDays(b.sentence, bPublished, endInSentence(b));
  if (ia.size === 0 && ib.size === 0) return true;
  const apart = (dated: Set<number>, undatedDay: number): boolean => ![...dated].some((d) => d === undatedDay || d === undatedDay - 1);
  return ia.size === 0 ? apart(ib, da) : ib.size === 0 ? apart(ia, db) : false;
}

/**
 * The day word a verb of saying before the figure dates its statement by («وقالت الحكومة أمس
 * الثلاثاء إن 42 …» → «امس»; «ذكر التلفزيون اليوم الأربعاء أن 65 …» → «اليوم»), folded, or null.
 */
export function statementDay(c: Dated): string | null {
  const tokens = tokensOf(c.sentence);
  const end = Math.max(0, c.start - c.sentenceStart);
  for (let i = 0; i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].type !== 'word' || !saying(withoutConjunction(tokens[i].norm))) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5) && tokens[k].start < end; k++) {
      const w = withoutConjunction(tokens[k].norm);
      if (YESTERDAY.has(w) || w === 'اليوم' || WEEKDAYS.has(w)) return YESTERDAY.has(w) ? 'امس' : w;
    }
  }
  return null;
}

/**
 * One read's two counts of one thing told on different days, at least one of them said before
 * the day it is read («قالت الحكومة أمس إن 42 …» beside «… اليوم أن 65 …»): a count revised, its
 * timeline, not two incidents.
 */
export function toldOnDifferentDays(a: Dated, b: Dated): boolean {
  const da = statementDay(a);
  const db = statementDay(b);
  const past = (d: string | null): boolean => d !== null && d !== 'اليوم';
  return da !== db && (past(da) || past(db));
}

// «وحتى يوم السبت، أبلغت السلطات عن …», «وحتى مساء أمس …»: a count as of a day, at the head of its
// sentence (folded text; the weekday with its article, «يوم» or a time of day before it optional).
const AS_OF = /^\s*[وف]?حتي (?:يوم |مساء |صباح |ليله |ظهر )?(امس|الامس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?=[\s،,]|$)/;

/**
 * True when the sentence opens by giving its count as of a day before the read's publication day
 * («وحتى يوم السبت» in a Sunday report, «وحتى أمس»): an earlier count than the read's latest. False
 * with no publication date, or as of the publication's own weekday.
 */
export function asOfEarlierDay(foldedSentence: string, published: string | null | undefined): boolean {
  const m = AS_OF.exec(foldedSentence);
  const today = localDay(published);
  if (!m || today === null) return false;
  if (YESTERDAY.has(m[1])) return true;
  return WEEKDAYS.get(m[1]) !== (today + 4) % 7; // 1970-01-01 was a Thursday.
}

