// Publication dates as pages write them → ISO 8601. Machine dates (meta, JSON-LD, <time datetime>)
// keep their time and become UTC; Arabic datelines ("28 آب/اغسطس 2013") become a plain date.

import { fold } from '../text/fold';

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Normalises a machine-readable date ("2024-11-10T10:00:00+03:00", "2024-11-10", RFC 2822) to ISO 8601. */
export function normalizeMachineDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = fold(raw).trim();
  if (!value) return null;

  const dateOnly = ISO_DATE.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    if (!validDate(+y, +m, d ? +d : 1)) return null;
    return d ? `${y}-${m}-${d}` : `${y}-${m}`;
  }

  const dt = ISO_DATETIME.exec(value);
  if (dt) {
    const [, y, m, d, hh, mm, ss, zone] = dt;
    if (!validDate(+y, +m, +d) || +hh > 23 || +mm > 59) return null;
    // A time without a zone is taken as UTC: the runtime's local zone says nothing about the page.
    const z = !zone ? 'Z' : zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    const parsed = new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`);
    return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
  }

  // RFC 2822 ("Sun, 10 Nov 2024 08:15:00 GMT") as some metas carry it; nothing looser.
  if (/^(?:[a-z]{3},?\s+)?\d{1,2}\s+[a-z]{3}\s+\d{4}(?:\s+\d{2}:\d{2}(?::\d{2})?)?(?:\s+(?:gmt|utc|z|[+-]\d{4}))?$/i.test(value)) {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString();
  }
  return null;
}

// Month names in folded form (alef/yaa/taa-marbuta unified): Egyptian and Peninsular, Levantine, Maghrebi,
// and the Latin names English and French-language pages print.
const MONTHS: [string, number][] = [
  ['يناير', 1], ['جانفي', 1], ['كانون الثاني', 1], ['فبراير', 2], ['فيفري', 2], ['شباط', 2],
  ['مارس', 3], ['اذار', 3], ['ابريل', 4], ['افريل', 4], ['نيسان', 4], ['مايو', 5], ['ماي', 5], ['ايار', 5],
  ['يونيو', 6], ['يونيه', 6], ['جوان', 6], ['حزيران', 6], ['يوليو', 7], ['يوليه', 7], ['يوليوز', 7], ['جويليه', 7], ['تموز', 7],
  ['اغسطس', 8], ['غشت', 8], ['اغشت', 8], ['اوت', 8], ['اب', 8], ['سبتمبر', 9], ['شتنبر', 9], ['ايلول', 9],
  ['اكتوبر', 10], ['تشرين الاول', 10], ['نوفمبر', 11], ['نونبر', 11], ['تشرين الثاني', 11],
  ['ديسمبر', 12], ['دجنبر', 12], ['كانون الاول', 12],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sept', 9], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];
// Longest names first so "تشرين الثاني" wins over shorter overlaps.
const MONTH_ALT = MONTHS.map(([n]) => n).sort((a, b) => b.length - a.length).join('|');
const MONTH_OF = new Map(MONTHS);
/** The month (1–12) a folded month name stands for ("اكتوبر", "تشرين الاول", "ايلول"), or null. */
export function monthNumber(folded: string): number | null {
  return MONTH_OF.get(folded.toLowerCase()) ?? null;
}
// A month name is a whole word: "اب" must not match inside "الاب", nor "mar" inside "market".
const WORD_START = '(?<![\\p{L}])';
const WORD_END = '(?![\\p{L}])';
// "28 آب/اغسطس 2013", "10 نوفمبر (تشرين الثاني) 2024", "الأحد 10 نوفمبر 2024", "24 نيسان / أبريل 2020", "24 April 2020".
const TEXT_DATE = new RegExp(
  `(?:^|[^\\d])(\\d{1,2})\\s+${WORD_START}(${MONTH_ALT})${WORD_END}\\.?(?:\\s*[/(]\\s*(?:${MONTH_ALT})\\s*\\)?)?\\s*[،,]?\\s*(\\d{4})(?!\\d)`,
  'iu',
);
// "April 24, 2020", "ديسمبر 25, 2020": the month first.
const MONTH_FIRST_DATE = new RegExp(`${WORD_START}(${MONTH_ALT})${WORD_END}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[،,]?\\s*(\\d{4})(?!\\d)`, 'iu');
// "19 - 06 - 2024", "10/11/2024", "17.03.2020" (day first, as Arabic pages write it).
const NUMERIC_DATE = /(?:^|[^\d])(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)/;
const YEAR_FIRST = /(?:^|[^\d])(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/;

/** Reads a human dateline ("الأربعاء، 28 آب/اغسطس 2013", "April 24, 2020") as an ISO date, or null. */
export function parseArabicDateline(raw: string): string | null {
  return findDate(fold(raw).replace(/\s+/g, ' '))?.iso ?? null;
}

interface DateMatch {
  iso: string;
  /** Where the date stands in the folded text. */
  index: number;
  length: number;
}

function findDate(text: string): DateMatch | null {
  const found = (m: RegExpExecArray, y: number, mo: number, d: number): DateMatch | null =>
    validDate(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length } : null;
  const named = TEXT_DATE.exec(text);
  if (named) {
    const r = found(named, +named[3], MONTH_OF.get(named[2].toLowerCase()) ?? 0, +named[1]);
    if (r) return r;
  }
  const monthFirst = MONTH_FIRST_DATE.exec(text);
  if (monthFirst) {
    const r = found(monthFirst, +monthFirst[3], MONTH_OF.get(monthFirst[1].toLowerCase()) ?? 0, +monthFirst[2]);
    if (r) return r;
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const r = found(yearFirst, +yearFirst[1], +yearFirst[2], +yearFirst[3]);
    if (r) return r;
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const r = found(numeric, +numeric[3], +numeric[2], +numeric[1]);
    if (r) return r;
  }
  return null;
}

/** A date printed in the page, with the clock time printed beside it when there is one. */
export interface VisibleDate {
  /** "2020-04-24" */
  date: string;
  /** "13:05" (24-hour clock), the page's local time, or null. */
  time: string | null;
}

// "09:23 ص", "1:59 صباحًا", "8:05 PM", "17:27".
const CLOCK = /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])\s*(صباحا|مساء|ص|م|am|pm|a\.m\.|p\.m\.)?(?![\p{L}])/giu;
// A time after these words is when the article was updated, not published.
const UPDATE_LABEL = /(تحديث|محدث|عدل|updated|modified)[^\d]{0,12}$/i;

/** Reads a visible dateline: the date, and the clock time next to it unless that is an update time. */
export function parseVisibleDate(raw: string): VisibleDate | null {
  const text = fold(raw).replace(/\s+/g, ' ');
  const found = findDate(text);
  if (!found) return null;
  let time: string | null = null;
  for (const m of text.matchAll(CLOCK)) {
    const at = m.index ?? 0;
    // The clock must stand outside the date itself ("17.03.2020" has no clock).
    if (at >= found.index && at < found.index + found.length) continue;
    if (UPDATE_LABEL.test(text.slice(Math.max(0, at - 30), at))) break;
    let h = +m[1];
    const min = +m[2];
    const half = (m[3] ?? '').toLowerCase();
    if (h > 23 || min > 59) continue;
    if (half && h > 12) continue;
    if (/^(م|مساء|pm|p\.m\.)$/.test(half) && h < 12) h += 12;
    if (/^(ص|صباحا|am|a\.m\.)$/.test(half) && h === 12) h = 0;
    time = `${pad(h)}:${pad(min)}`;
    break;
  }
  return { date: found.iso, time };
}

/** A loosely written date from metadata files ("2024-02-29 (approximate)", "2024-05") → ISO, or null. */
export function normalizeLooseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const machine = normalizeMachineDate(raw);
  if (machine) return machine;
  const lead = /^\s*(\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)/.exec(raw);
  if (lead) return normalizeMachineDate(lead[1]);
  return parseArabicDateline(raw);
}
