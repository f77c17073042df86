// The reader's history: every read, newest first, searchable by words in headline or text
// (Arabic-insensitive: diacritics, letter forms and digit scripts folded) and by outlet.
import { fold } from '../pipeline/text/fold';
import type { StoredRead, TabayyunDB } from './db';

export interface HistoryEntry {
  id: number;
  title: string;
  site: string;
  host: string;
  url: string;
  published: string | null;
  readAt: number;
  claimCount: number;
}

export interface HistoryQuery {
  words?: string;
  site?: string;
  limit?: number;
}

const entryOf = (r: StoredRead): HistoryEntry => ({
  id: r.id,
  title: r.title,
  site: r.site,
  host: r.host,
  url: r.url,
  published: r.published,
  readAt: r.readAt,
  claimCount: r.claims.filter((c) => c.comparable).length,
});

export async function searchHistory(db: TabayyunDB, q: HistoryQuery = {}): Promise<HistoryEntry[]> {
  const words = fold(q.words ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const matches = (r: StoredRead) => {
    if (q.site && r.site !== q.site) return false;
    if (words.length === 0) return true;
    const hay = fold(`${r.title}\n${r.text}`).toLowerCase();
    return words.every((w) => hay.includes(w));
  };
  const found = await db.reads.orderBy('readAt').reverse().filter(matches).limit(q.limit ?? 200).toArray();
  return found.map(entryOf);
}

/** Outlets the reader has read, for the history filter. */
export async function historySites(db: TabayyunDB): Promise<string[]> {
  const sites = new Set<string>();
  await db.reads.each((r) => void sites.add(r.site));
  return [...sites].sort((a, b) => a.localeCompare(b, 'ar'));
}
