// The reader's database: IndexedDB through Dexie, opened only in the background and in
// extension pages (never in a content script, where it would be the web page's database).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AnalyzedArticle } from '../types';
import { declareSchema } from './schema';
import { approxBytes } from './size';

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
  /** Approximate stored size in bytes (schema v2+; kept up to date by a hook on every write). */
  savedBytes?: number;
  /** ENGINE_VERSION of the analysis that computed its claims and keywords (schema v3+; 0 = unknown, re-analysed). */
  engine: number;
}

/** An earlier version of a read, kept when the page's text changed between two reads. */
export interface ReadVersion extends AnalyzedArticle {
  id: number;
  readId: number;
  version: number;
  readAt: number;
  textHash: string;
  /** Approximate stored size in bytes (schema v2+). */
  savedBytes?: number;
  /** As StoredRead.engine. */
  engine: number;
}

/** The reader's own decision that two reads do (or do not) tell the same story. */
export interface StoryLink {
  /** Smaller read id first, so a pair has one key. */
  a: number;
  b: number;
  same: boolean;
  at: number;
}

/** One of the reader's settings (schema v2+); typed access is in settings.ts. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** How many reads carry a story keyword (schema v2+), and which (schema v6+), or a read not yet counted (schema v7+; lib/store/keyword-stats.ts). */
export interface KeywordStat {
  keyword: string;
  count: number;
  /**
   * The ids of the reads carrying it, ascending, kept while `count` ≤ POSTINGS_CAP (schema v6+):
   * a lookup takes a rare keyword's postings from here instead of asking the keyword index.
   * Absent above the cap, and on the record counting the reads.
   */
  ids?: number[];
  /**
   * On a pending record only (schema v7; key PENDING_PREFIX + id, count 0): a read saved but not
   * yet counted into its keyword records, and its keywords (lib/store/keyword-stats.ts).
   */
  read?: number;
  keywords?: string[];
}

/** What story similarity reads of a read, by read id (schema v4+; lib/store/fingerprints.ts). */
export interface StoredFingerprint {
  id: number;
  keywords: string[];
  entities: string[];
  title: string;
  published: string | null;
}

export type TabayyunDB = Dexie & {
  reads: EntityTable<StoredRead, 'id'>;
  versions: EntityTable<ReadVersion, 'id'>;
  storyLinks: Table<StoryLink, [number, number]>;
  settings: Table<SettingRecord, string>;
  keywordStats: Table<KeywordStat, string>;
  storyFingerprints: Table<StoredFingerprint, number>;
};

export const DB_NAME = 'tabayyun';

/** Opens (or creates) the database; `indexedDB` and `IDBKeyRange` may be passed for tests. */
export function openDatabase(name = DB_NAME, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): TabayyunDB {
  const db = new Dexie(name, deps) as TabayyunDB;
  // Every schema version and its upgrade step lives in schema.ts.
  declareSchema(db);
  keepSizesCurrent(db);
  return db;
}

/** Sets `savedBytes` on every read and version written, whoever writes it. */
function keepSizesCurrent(db: TabayyunDB): void {
  for (const table of [db.reads, db.versions] as Table<{ savedBytes?: number }>[]) {
    table.hook('creating', (_key, record) => {
      record.savedBytes = approxBytes(record);
    });
    table.hook('updating', (changes, _key, record) => {
      // `changes` holds key paths; top-level fields are all the store writes.
      return { savedBytes: approxBytes({ ...record, ...changes }) };
    });
  }
}
