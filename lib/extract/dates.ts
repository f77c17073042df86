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

// Month names in folded form (alef/yaa/taa-marbuta unified): Egyptian/Gulf, Levantine, Maghrebi.
const MONTHS: [string, number][] = [
  ['يناير', 1], ['جانفي', 1], ['كانون الثاني', 1], ['فبراير', 2], ['فيفري', 2], ['شباط', 2],
  ['مارس', 3], ['اذار', 3], ['ابريل', 4], ['افريل', 4], ['نيسان', 4], ['مايو', 5], ['ماي', 5], ['ايار', 5],
  ['يونيو', 6], ['يونيه', 6], ['جوان', 6], ['حزيران', 6], ['يوليو', 7], ['يوليه', 7], ['يوليوز', 7], ['جويليه', 7], ['تموز', 7],
  ['اغسطس', 8], ['غشت', 8], ['اغشت', 8], ['اوت', 8], ['اب', 8], ['سبتمبر', 9], ['شتنبر', 9], ['ايلول', 9],
  ['اكتوبر', 10], ['تشرين الاول', 10], ['نوفمبر', 11], ['نونبر', 11], ['تشرين الثاني', 11],
  ['ديسمبر', 12], ['دجنبر', 12], ['كانون الاول', 12],
];
// Longest names first so "تشرين الثاني" wins over shorter overlaps.
const MONTH_ALT = MONTHS.map(([n]) => n).sort((a, b) => b.length - a.length).join('|');
const MONTH_OF = new Map(MONTHS);
// "28 آب/اغسطس 2013", "10 نوفمبر (تشرين الثاني) 2024", "الأحد 10 نوفمبر 2024".
const TEXT_DATE = new RegExp(
  `(?:^|[^\\d])(\\d{1,2})\\s+(${MONTH_ALT})(?:\\s*[/(]\\s*(?:${MONTH_ALT})\\s*\\)?)?\\s*[،,]?\\s*(\\d{4})(?!\\d)`,
);
// "19 - 06 - 2024", "10/11/2024" (day first, as Arabic pages write it).
const NUMERIC_DATE = /(?:^|[^\d])(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)/;
const YEAR_FIRST = /(?:^|[^\d])(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/;

/** Reads a human dateline ("الأربعاء، 28 آب/اغسطس 2013") as an ISO date, or null. */
export function parseArabicDateline(raw: string): string | null {
  const text = fold(raw).replace(/\s+/g, ' ');
  const named = TEXT_DATE.exec(text);
  if (named) {
    const d = +named[1];
    const m = MONTH_OF.get(named[2]) ?? 0;
    const y = +named[3];
    if (validDate(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [y, m, d] = [+yearFirst[1], +yearFirst[2], +yearFirst[3]];
    if (validDate(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [d, m, y] = [+numeric[1], +numeric[2], +numeric[3]];
    if (validDate(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
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
