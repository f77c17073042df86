// Each read's story fingerprint (keywords, entities, headline, publication date) kept in its own
// small table (schema v4), which also holds the keyword index (schema v5). A lookup finds its
// ~30 keyword candidates here, scores them on their fingerprints and loads whole records (text,
// figures) only for the few that tell the same story: loading every candidate's record was most
// of a lookup's time (bench "lookup"). Written in the same transaction as the read by every
// path that adds, changes or deletes a read, so every read has exactly one.
import type { StoredFingerprint, StoredRead, TabayyunDB } from './db';

/** Exactly what story similarity reads of a read (lib/pipeline/story/similarity.ts). */
export function fingerprintOf(read: Pick<StoredRead, 'id' | 'keywords' | 'entities' | 'title' | 'published'>): StoredFingerprint {
  return { id: read.id, keywords: read.keywords, entities: read.entities, title: read.title, published: read.published };
}

/** Stores (or replaces) the fingerprints of these reads; call inside their write transaction. */
export async function putFingerprints(db: TabayyunDB, reads: Pick<StoredRead, 'id' | 'keywords' | 'entities' | 'title' | 'published'>[]): Promise<void> {
  if (reads.length > 0) await db.storyFingerprints.bulkPut(reads.map(fingerprintOf));
}

/** The fingerprints of `ids`, in that order; a read deleted meanwhile is left out. */
export async function fingerprintsOf(db: TabayyunDB, ids: number[]): Promise<StoredFingerprint[]> {
  return (await db.storyFingerprints.bulkGet(ids)).filter((f): f is StoredFingerprint => f !== undefined);
}
