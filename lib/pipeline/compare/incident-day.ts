// The day a figure's own sentence says its incident happened, resolved against the read's
// publication date. Arabic news dates an incident relative to the report: «قتل ثلاثة مدنيين أمس»,
// «الهجوم الذي وقع الثلاثاء», «مساء أول من أمس», «الخميس الماضي». Two reads of one war or one
// kind of accident, each with one toll, whose sentences date their tolls on different days are
// two incidents (4 killed on one day, 3 on the next), not one count revised (README §1 "Same event").

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

/**
 * Every day (local day numbers) the sentence dates something on, relative to `published`: «أمس»
 * (two days back after «أول» or «أول من»), a weekday (the latest one not after publication; a week
 * earlier when «الماضي» follows the publication's own weekday). Empty when the sentence names no
 * relative day or the publication date is unknown. Calendar dates and «اليوم» (also "the day", as
 * in «اليوم الأول») are not read.
 */
export function incidentDays(sentence: string, published: string | null | undefined): Set<number> {
  const out = new Set<number>();
  const today = localDay(published);
  if (today === null) return out;
  const words = tokensOf(sentence).filter((t) => t.type === 'word').map((t) => withoutConjunction(t.norm));
  words.forEach((w, i) => {
    if (YESTERDAY.has(w)) {
      const dayBefore = words[i - 1] === 'اول' || (words[i - 1] === 'من' && words[i - 2] === 'اول');
      out.add(today - (dayBefore ? 2 : 1));
      return;
    }
    const weekday = WEEKDAYS.get(w);
    if (weekday === undefined) return;
    const own = (today + 4) % 7; // 1970-01-01 was a Thursday.
    let back = (own - weekday + 7) % 7;
    if (back === 0 && words[i + 1] === LAST) back = 7;
    out.add(today - back);
  });
  return out;
}

/**
 * Both figures' sentences date their incident and on no common day: two incidents. One report
 * dating a toll by two days («منذ الاثنين … أمس») shares a day with either.
 */
export function differentDays(a: { sentence: string }, aPublished: string | null | undefined, b: { sentence: string }, bPublished: string | null | undefined): boolean {
  const da = incidentDays(a.sentence, aPublished);
  if (da.size === 0) return false;
  const db = incidentDays(b.sentence, bPublished);
  if (db.size === 0) return false;
  for (const d of da) if (db.has(d)) return false;
  return true;
}
