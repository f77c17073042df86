// How much the reader has stored, for the panel's "Your data" view.
import type { TabayyunDB } from './db';

export interface StoredSummary {
  reads: number;
  versions: number;
  storyLinks: number;
  /** Approximate bytes of all reads and versions (their `savedBytes`). */
  bytes: number;
}

export async function storedSummary(db: TabayyunDB): Promise<StoredSummary> {
  return db.transaction('r', db.reads, db.versions, db.storyLinks, async () => {
    let bytes = 0;
    const add = (r: { savedBytes?: number }) => void (bytes += r.savedBytes ?? 0);
    await db.reads.each(add);
    await db.versions.each(add);
    return { reads: await db.reads.count(), versions: await db.versions.count(), storyLinks: await db.storyLinks.count(), bytes };
  });
}
