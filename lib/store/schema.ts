// Every version of the database schema, oldest first. A released version is never edited:
// a change is a new entry here (with an upgrade step when existing records must change)
// and a fixture in tests/store/fixtures/ so the upgrade is tested on real old records.
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { KeywordStat, StoredFingerprint, StoredRead } from './db';
import { fingerprintOf } from './fingerprints';
import { addPostings, POSTINGS_CAP, READ_COUNT_KEY } from './keyword-stats';
import { approxBytes } from './size';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations added or changed by this version (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites records written by earlier versions; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // Version 1 (first release): reads by canonical URL, outlet, time and story keywords
    // (multi-entry); earlier versions of a read; the reader's same-story decisions.
    version: 1,
    stores: {
      reads: '++id, &canonicalUrl, host, readAt, published, *keywords',
      versions: '++id, readId, [readId+version]',
      storyLinks: '[a+b], a, b',
    },
  },
  {
    // Version 2: a `settings` table (retention, paused sites, panel language), an index on
    // `site` so the history can be filtered by outlet without reading every record, and
    // `savedBytes` on every read and version so the panel can show what takes space.
    // Records written by version 1 get `savedBytes` computed here. A `keywordStats` table
    // counts the reads carrying each story keyword, so story lookup queries only the rarest
    // keywords; counted here from the version-1 reads.
    version: 2,
    stores: {
      reads: '++id, &canonicalUrl, host, site, readAt, published, *keywords',
      settings: 'key',
      keywordStats: 'keyword',
    },
    upgrade: async (tx) => {
      const addSize = (record: { savedBytes?: number }) => {
        record.savedBytes = approxBytes(record);
      };
      const counts = new Map<string, number>();
      await tx.table('reads').toCollection().modify((read: { keywords?: string[]; savedBytes?: number }) => {
        addSize(read);
        for (const k of new Set(read.keywords ?? [])) counts.set(k, (counts.get(k) ?? 0) + 1);
      });
      await tx.table('versions').toCollection().modify(addSize);
      await tx.table('keywordStats').bulkPut([...counts].map(([keyword, count]) => ({ keyword, count })));
    },
  },
  {
    // Version 3: every read and earlier version records the ENGINE_VERSION (lib/pipeline/analyze.ts)
    // whose analysis it holds, indexed so that records from an older engine are found without
    // reading the store; they are re-analysed from their stored text in the background
    // (reanalyze.ts). Records written before v3 get engine 0: analysed by an unknown engine.
    version: 3,
    stores: {
      reads: '++id, &canonicalUrl, host, site, readAt, published, *keywords, engine',
      versions: '++id, readId, [readId+version], engine',
    },
    upgrade: async (tx) => {
      const unknownEngine = (record: { engine?: number; savedBytes?: number }) => {
        record.engine = UNKNOWN_ENGINE;
        record.savedBytes = approxBytes(record);
      };
      await tx.table('reads').toCollection().modify(unknownEngine);
      await tx.table('versions').toCollection().modify(unknownEngine);
    },
  },
  {
    // Version 4: each read's story fingerprint (keywords, entities, headline, date) in its own
    // table, so a lookup scores its candidates without loading their whole records
    // (fingerprints.ts); computed here for the reads already stored.
    version: 4,
    stores: {
      storyFingerprints: 'id',
    },
    upgrade: async (tx) => {
      const prints: StoredFingerprint[] = [];
      await tx.table('reads').each((read: StoredRead) => {
        prints.push(fingerprintOf(read));
      });
      await tx.table('storyFingerprints').bulkPut(prints);
    },
  },
  {
    // Version 5: the keyword index moves from the reads to their fingerprints. A lookup asks
    // the index for each of ~25 rare keywords; on the small fingerprint records Chromium
    // answers those requests ~3x faster than on whole reads (bench "lookup"), and a save no
    // longer writes ~80 index entries beside a large record. IndexedDB builds the new index
    // from the fingerprints already stored. And keywordStats gets the count of reads
    // (keyword-stats.ts READ_COUNT_KEY), so a lookup does not count the store by walking it.
    version: 5,
    stores: {
      reads: '++id, &canonicalUrl, host, site, readAt, published, engine',
      storyFingerprints: 'id, *keywords',
    },
    upgrade: async (tx) => {
      const reads = await tx.table('reads').count();
      if (reads > 0) await tx.table('keywordStats').put({ keyword: READ_COUNT_KEY, count: reads });
    },
  },
  {
    // Version 6: a rare keyword's keywordStats record keeps its postings, the ids of the reads
    // carrying it (`ids`, while `count` ≤ POSTINGS_CAP, keyword-stats.ts). A lookup reads the
    // current read's keyword records anyway; with their postings in hand it no longer asks the
    // fingerprints' index once for each of ~25 keywords (bench "lookup"). No index changes; the
    // postings are built here from the fingerprints (small records, one per read since v4).
    // Any cap leaves a valid store: a record without postings sends the lookup to the index and
    // gets them back from it when next written; one keeping them above the cap drops them then.
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      // Walked by id, so every posting comes out ascending; the same ids the index gives.
      const postings = new Map<string, number[]>();
      await tx.table('storyFingerprints').each((print: StoredFingerprint) => addPostings(postings, print));
      await tx.table('keywordStats').toCollection().modify((stat: KeywordStat) => {
        if (stat.keyword !== READ_COUNT_KEY && stat.count <= POSTINGS_CAP) stat.ids = postings.get(stat.keyword) ?? [];
      });
    },
  },
  {
    // Version 7: a new read saved with its report (saveWithReport, the background's path) is not
    // counted into its ~34 keyword records in its save, which were ~34 writes served one after
    // another before the save could commit (bench "lookup"): the save writes one pending record
    // in keywordStats instead (keyword-stats.ts PENDING_PREFIX: the read's id and keywords), every
    // reader of the counts adds the pending reads in, and the background counts them into the
    // records right after (foldPendingKeywords). No store changes and nothing to convert: a v6
    // store has no pending records. The version marks the records' meaning: code before v7
    // would take a pending record for a keyword and leave the read uncounted.
    version: 7,
    stores: {},
  },
];

/** The engine of records written before schema v3 recorded it. */
export const UNKNOWN_ENGINE = 0;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Declares every version on a Dexie instance, so any older database is upgraded on open. */
export function declareSchema(db: Dexie): void {
  for (const v of SCHEMA_VERSIONS) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}
