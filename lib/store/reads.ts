// Saving and finding reads. Re-reading a canonical URL updates its record and keeps the
// earlier text as a version when it changed: never a duplicate read.
import Dexie from 'dexie';
import type { AnalyzedArticle } from '../types';
import type { ReadVersion, StoredRead, TabayyunDB } from './db';
import { textHash } from './hash';

export interface SaveOutcome {
  read: StoredRead;
  /** 'new' first read, 'same' re-read with unchanged text, 'changed' text differs from last time. */
  status: 'new' | 'same' | 'changed';
}

export async function saveRead(db: TabayyunDB, article: AnalyzedArticle, now = Date.now()): Promise<SaveOutcome> {
  const hash = textHash(article.text);
  return db.transaction('rw', db.reads, db.versions, async () => {
    const existing = await db.reads.where('canonicalUrl').equals(article.canonicalUrl).first();
    if (!existing) {
      const record = { ...article, firstReadAt: now, readAt: now, version: 1, textHash: hash } as Omit<StoredRead, 'id'>;
      const id = (await db.reads.add(record as StoredRead)) as number;
      return { read: { ...record, id } as StoredRead, status: 'new' as const };
    }
    if (existing.textHash === hash) {
      await db.reads.update(existing.id, { readAt: now });
      return { read: { ...existing, readAt: now }, status: 'same' as const };
    }
    const { id: readId, firstReadAt: _f, textHash: oldHash, version, readAt, ...previous } = existing;
    await db.versions.add({ ...previous, readId, version, readAt, textHash: oldHash } as ReadVersion);
    const updated: StoredRead = { ...article, id: readId, firstReadAt: existing.firstReadAt, readAt: now, version: version + 1, textHash: hash };
    await db.reads.put(updated);
    return { read: updated, status: 'changed' as const };
  });
}

/** The version read just before the current one, if the text changed since. */
export async function previousVersion(db: TabayyunDB, readId: number): Promise<ReadVersion | undefined> {
  return db.versions.where('[readId+version]').between([readId, Dexie.minKey], [readId, Dexie.maxKey]).last();
}

/**
 * Reads sharing the most story keywords with `keywords`, through the multi-entry index:
 * only reads that share a keyword are ever touched, never the whole store.
 */
export async function keywordCandidates(db: TabayyunDB, keywords: string[], excludeId: number, limit = 50): Promise<StoredRead[]> {
  if (keywords.length === 0) return [];
  const shared = new Map<number, number>();
  await db.reads
    .where('keywords')
    .anyOf(keywords)
    .eachPrimaryKey((id) => {
      const key = id as number;
      if (key !== excludeId) shared.set(key, (shared.get(key) ?? 0) + 1);
    });
  const best = [...shared.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([id]) => id);
  const reads = await db.reads.bulkGet(best);
  return reads.filter((r): r is StoredRead => r !== undefined);
}

export async function deleteRead(db: TabayyunDB, id: number): Promise<void> {
  await db.transaction('rw', db.reads, db.versions, db.storyLinks, async () => {
    await db.reads.delete(id);
    await db.versions.where('readId').equals(id).delete();
    await db.storyLinks.where('a').equals(id).delete();
    await db.storyLinks.where('b').equals(id).delete();
  });
}
