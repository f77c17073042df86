// The reader's database: IndexedDB through Dexie, opened only in the background and in
// extension pages (never in a content script, where it would be the web page's database).
import Dexie, { type EntityTable } from 'dexie';
import type { AnalyzedArticle } from '../types';

/** One article the reader read, as last read, with everything computed from it. */
export interface StoredRead extends AnalyzedArticle {
  id: number;
  /** When the reader first and last opened this canonical URL (ms since epoch). */
  firstReadAt: number;
  readAt: number;
  /** 1 for the first version; +1 each time the text changed on a later read. */
  version: number;
  /** Hash of the text, to tell a real change from a re-read. */
  textHash: string;
}

/** An earlier version of a read, kept when the page's text changed between two reads. */
export interface ReadVersion extends AnalyzedArticle {
  id: number;
  readId: number;
  version: number;
  readAt: number;
  textHash: string;
}

/** The reader's own decision that two reads do (or do not) tell the same story. */
export interface StoryLink {
  /** Smaller read id first, so a pair has one key. */
  a: number;
  b: number;
  same: boolean;
  at: number;
}

export type TabayyunDB = Dexie & {
  reads: EntityTable<StoredRead, 'id'>;
  versions: EntityTable<ReadVersion, 'id'>;
  storyLinks: EntityTable<StoryLink>;
};

export const DB_NAME = 'tabayyun';

/** Opens (or creates) the database; `indexedDB` and `IDBKeyRange` may be passed for tests. */
export function openDatabase(name = DB_NAME, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): TabayyunDB {
  const db = new Dexie(name, deps) as TabayyunDB;
  // Version 1: reads by canonical URL, outlet, time and story keywords (multi-entry).
  db.version(1).stores({
    reads: '++id, &canonicalUrl, host, readAt, published, *keywords',
    versions: '++id, readId, [readId+version]',
    storyLinks: '[a+b], a, b',
  });
  return db;
}
