// Publication dates as a reader expects them: day, month name, year, in the panel's language.
// The one date formatter of the panel: its cards, rows and number line all say dates this way.

export interface DateParts {
  /** Say the year (default); a picture whose dates share one year can leave it out. */
  year?: boolean;
  /** Say the time of day too, when the date carries one: updates can come hours apart. */
  time?: boolean;
}

/** True when an ISO 8601 string carries a time of day, not only a date. */
export const hasTime = (iso: string): boolean => /T\d{2}:\d{2}/.test(iso);

// Building a formatter costs far more than using one; a panel formats dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string | null, lang: 'ar' | 'en', parts: DateParts = {}): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const year = parts.year !== false;
  const time = parts.time === true && hasTime(iso);
  // A bare date ("2024-11-10") names a day, not UTC midnight: read it as written.
  const utc = !hasTime(iso);
  const key = `${lang}${+year}${+time}${+utc}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-EG-u-nu-latn' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      ...(year ? { year: 'numeric' } : {}),
      ...(time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      ...(utc ? { timeZone: 'UTC' } : {}),
    });
    formatters.set(key, f);
  }
  return f.format(d);
}
