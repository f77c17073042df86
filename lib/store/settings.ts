// The reader's settings, one record per key in the `settings` table (schema v2+). Each
// paused site is its own record, so pausing one site never races with pausing another.
import type { TabayyunDB } from './db';

export type UiLanguage = 'ar' | 'en';

export interface DataSettings {
  /** Reads last opened more than this many months ago are removed; null keeps everything. */
  retentionMonths: number | null;
  /** Sites (host names without "www.") where nothing is recorded, sorted. */
  pausedHosts: string[];
  /** The panel's language, or null to follow the browser. */
  uiLanguage: UiLanguage | null;
  /** Whether differing figures are marked in the page itself (the page can see the marks). */
  pageMarks: boolean;
}

const RETENTION = 'retentionMonths';
const LANGUAGE = 'uiLanguage';
const PAUSED_PREFIX = 'paused:';
const PAGE_MARKS = 'pageMarks';

/** Host names are compared lower-case and without "www.", as ArticleMeta.host is stored. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

export async function getRetention(db: TabayyunDB): Promise<number | null> {
  const value = (await db.settings.get(RETENTION))?.value;
  return typeof value === 'number' && value > 0 ? value : null;
}

/** `months` null (or 0) keeps everything; otherwise a whole number of months, at least 1. */
export async function setRetention(db: TabayyunDB, months: number | null): Promise<void> {
  if (months === null || months === 0) {
    await db.settings.delete(RETENTION);
    return;
  }
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`retention must be a whole number of months (got ${months})`);
  await db.settings.put({ key: RETENTION, value: months });
}

export async function getUiLanguage(db: TabayyunDB): Promise<UiLanguage | null> {
  const value = (await db.settings.get(LANGUAGE))?.value;
  return value === 'ar' || value === 'en' ? value : null;
}

export async function setUiLanguage(db: TabayyunDB, lang: UiLanguage | null): Promise<void> {
  if (lang !== null && lang !== 'ar' && lang !== 'en') throw new RangeError(`unknown language ${String(lang)}`);
  if (lang === null) await db.settings.delete(LANGUAGE);
  else await db.settings.put({ key: LANGUAGE, value: lang });
}

/** Marks are on unless the reader turned them off. */
export async function getPageMarks(db: TabayyunDB): Promise<boolean> {
  return (await db.settings.get(PAGE_MARKS))?.value !== false;
}

export async function setPageMarks(db: TabayyunDB, on: boolean): Promise<void> {
  if (on) await db.settings.delete(PAGE_MARKS);
  else await db.settings.put({ key: PAGE_MARKS, value: false });
}

export async function setPaused(db: TabayyunDB, host: string, paused: boolean): Promise<void> {
  if (typeof host !== 'string') throw new RangeError('host name must be text');
  const key = PAUSED_PREFIX + normalizeHost(host);
  if (key === PAUSED_PREFIX) throw new RangeError('empty host name');
  if (paused === true) await db.settings.put({ key, value: true });
  else await db.settings.delete(key);
}

/** Whether recording is paused for `host` or any site it belongs to (news.example.com → example.com). */
export async function isPaused(db: TabayyunDB, host: string): Promise<boolean> {
  const labels = normalizeHost(host).split('.');
  const candidates = labels.map((_, i) => PAUSED_PREFIX + labels.slice(i).join('.')).filter((k) => k !== PAUSED_PREFIX);
  if (candidates.length === 0) return false;
  return (await db.settings.where('key').anyOf(candidates).count()) > 0;
}

export async function pausedHosts(db: TabayyunDB): Promise<string[]> {
  const keys = await db.settings.where('key').startsWith(PAUSED_PREFIX).primaryKeys();
  return keys.map((k) => k.slice(PAUSED_PREFIX.length)).sort();
}

export async function getSettings(db: TabayyunDB): Promise<DataSettings> {
  const [retentionMonths, hosts, uiLanguage, pageMarks] = await Promise.all([getRetention(db), pausedHosts(db), getUiLanguage(db), getPageMarks(db)]);
  return { retentionMonths, pausedHosts: hosts, uiLanguage, pageMarks };
}
