// Deleting the reader's data on request: one story, or everything. A read never goes alone:
// its earlier versions and the reader's same-story decisions about it go with it.
import type { TabayyunDB } from './db';
import { adjustKeywordStats } from './keyword-stats';

/** Deletes these reads with their versions and story links, in one transaction; returns how many reads existed. */
export async function deleteStory(db: TabayyunDB, readIds: readonly number[]): Promise<number> {
  const ids = [...new Set(readIds)];
  if (ids.length === 0) return 0;
  return db.transaction('rw', [db.reads, db.versions, db.storyLinks, db.keywordStats, db.storyFingerprints], async () => {
    const found = (await db.reads.bulkGet(ids)).filter((r) => r !== undefined);
    for (const r of found) await adjustKeywordStats(db, r.id, r.keywords, [], -1);
    const existing = found.length;
    await db.reads.bulkDelete(ids);
    await db.storyFingerprints.bulkDelete(ids);
    await db.versions.where('readId').anyOf(ids).delete();
    await db.storyLinks.where('a').anyOf(ids).delete();
    await db.storyLinks.where('b').anyOf(ids).delete();
    return existing;
  });
}

/**
 * Deletes every read, version, story link and setting. The database stays open and usable
 * (the background keeps its connection), unlike `db.delete()`.
 */
export async function deleteEverything(db: TabayyunDB): Promise<void> {
  await db.transaction('rw', [db.reads, db.versions, db.storyLinks, db.settings, db.keywordStats, db.storyFingerprints], async () => {
    await Promise.all([db.reads.clear(), db.versions.clear(), db.storyLinks.clear(), db.settings.clear(), db.keywordStats.clear(), db.storyFingerprints.clear()]);
  });
}
