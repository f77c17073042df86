// Export everything the reader stored to one JSON file, and import such a file back, merging
import { adjustKeywordStats } from './keyword-stats';
// with what is already there: one read per canonical URL, earlier texts kept as versions.
import type { AnalyzedArticle } from '../types';
import type { ReadVersion, StoredRead, TabayyunDB } from './db';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  validateExport,
  type ExportedRead,
  type ExportedStoryLink,
  type ExportedVersion,
  type ExportFile,
} from './export-format';
import { putFingerprints } from './fingerprints';
import { textHash } from './hash';
import { UNKNOWN_ENGINE } from './schema';

export { ImportError, type ExportFile } from './export-format';

export interface ImportResult {
  /** Reads whose canonical URL was new here. */
  added: number;
  /** Reads merged into an existing one (a text or a read time this database did not have). */
  updated: number;
  /** Reads this database already held exactly. */
  skipped: number;
}

export async function exportAll(db: TabayyunDB, now = Date.now()): Promise<ExportFile> {
  return db.transaction('r', db.reads, db.versions, db.storyLinks, async () => {
    const [reads, versions, links] = await Promise.all([db.reads.toArray(), db.versions.toArray(), db.storyLinks.toArray()]);
    const urlOf = new Map(reads.map((r) => [r.id, r.canonicalUrl]));
    const exportedVersions: ExportedVersion[] = [];
    for (const v of versions.sort((x, y) => x.readId - y.readId || x.version - y.version)) {
      const { id: _id, readId, savedBytes: _size, engine: _engine, ...rest } = v;
      const readCanonicalUrl = urlOf.get(readId);
      if (readCanonicalUrl !== undefined) exportedVersions.push({ ...rest, readCanonicalUrl });
    }
    const storyLinks: ExportedStoryLink[] = [];
    for (const l of links) {
      const a = urlOf.get(l.a);
      const b = urlOf.get(l.b);
      if (a !== undefined && b !== undefined) storyLinks.push({ a, b, same: l.same, at: l.at });
    }
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: new Date(now).toISOString(),
      reads: reads.map(({ id: _id, savedBytes: _size, engine: _engine, ...rest }) => rest),
      versions: exportedVersions,
      storyLinks,
    };
  });
}

/** "tabayyun-export-2025-03-07-1430.json" (UTC), sortable and unique to the minute. */
export function exportFileName(now: number): string {
  const iso = new Date(now).toISOString(); // 2025-03-07T14:30:05.000Z
  return `tabayyun-export-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.json`;
}

/** One text of a canonical URL at one time: a current read or an earlier version. */
interface Snapshot {
  article: AnalyzedArticle;
  readAt: number;
  version: number;
  hash: string;
}

function snapshotOf(record: ExportedRead | ExportedVersion | StoredRead | ReadVersion): Snapshot {
  const { readAt, version, textHash: _h, savedBytes: _s, engine: _e, id: _i, readId: _r, readCanonicalUrl: _u, firstReadAt: _f, ...article } = record as StoredRead &
    ReadVersion &
    ExportedVersion;
  // The hash is recomputed so a hand-edited file cannot hide a changed text.
  return { article, readAt, version, hash: textHash(article.text) };
}

/**
 * The history of one canonical URL from two sources: ordered by read time, with the same
 * text read on both sides kept once (at its latest read time, local fields preferred).
 */
function mergeHistory(local: Snapshot[], incoming: Snapshot[]): Snapshot[] {
  const all = [...local, ...incoming].sort((x, y) => x.readAt - y.readAt || x.version - y.version);
  const merged: Snapshot[] = [];
  for (const s of all) {
    const last = merged[merged.length - 1];
    if (last && last.hash === s.hash) {
      if (s.readAt > last.readAt) merged[merged.length - 1] = s;
    } else merged.push(s);
  }
  return merged.map((s, i) => ({ ...s, version: i + 1 }));
}

const signature = (history: Snapshot[], firstReadAt: number) => JSON.stringify([firstReadAt, history.map((s) => [s.hash, s.readAt, s.version])]);

/**
 * Validates `data` (throws ImportError with a clear message) and merges it in one
 * transaction: nothing is written when the file is invalid.
 */
export async function importFile(db: TabayyunDB, data: unknown): Promise<ImportResult> {
  const file = validateExport(data);
  const versionsOf = new Map<string, ExportedVersion[]>();
  for (const v of file.versions) versionsOf.set(v.readCanonicalUrl, [...(versionsOf.get(v.readCanonicalUrl) ?? []), v]);

  return db.transaction('rw', [db.reads, db.versions, db.storyLinks, db.keywordStats, db.storyFingerprints], async () => {
    const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
    for (const read of file.reads) {
      const incoming = [...(versionsOf.get(read.canonicalUrl) ?? []), read].map(snapshotOf);
      const existing = await db.reads.where('canonicalUrl').equals(read.canonicalUrl).first();
      const local = existing ? [...(await db.versions.where('readId').equals(existing.id).toArray()), existing].map(snapshotOf) : [];
      const history = mergeHistory(local, incoming);
      const firstReadAt = Math.min(read.firstReadAt, existing?.firstReadAt ?? Infinity);
      if (existing && signature(history, firstReadAt) === signature(mergeHistory(local, []), existing.firstReadAt)) {
        result.skipped++;
        continue;
      }
      const current = history[history.length - 1];
      // Its claims come from whichever engine wrote the file: re-analysed in the background (reanalyze.ts).
      const record = { ...current.article, firstReadAt, readAt: current.readAt, version: current.version, textHash: current.hash, engine: UNKNOWN_ENGINE };
      let readId: number;
      if (existing) {
        readId = existing.id;
        await db.reads.put({ ...record, id: readId });
        await db.versions.where('readId').equals(readId).delete();
        await adjustKeywordStats(db, readId, existing.keywords, record.keywords, 0);
        await putFingerprints(db, [{ ...record, id: readId }]);
        result.updated++;
      } else {
        readId = (await db.reads.add(record as StoredRead)) as number;
        await adjustKeywordStats(db, readId, [], record.keywords, 1);
        await putFingerprints(db, [{ ...record, id: readId }]);
        result.added++;
      }
      const earlier = history.slice(0, -1).map((s) => ({ ...s.article, readId, version: s.version, readAt: s.readAt, textHash: s.hash, engine: UNKNOWN_ENGINE }));
      await db.versions.bulkAdd(earlier as ReadVersion[]);
    }
    await importLinks(db, file.storyLinks);
    return result;
  });
}

/** Links between reads now in the database; the later decision wins when both sides have one. */
async function importLinks(db: TabayyunDB, links: ExportedStoryLink[]): Promise<void> {
  const urls = [...new Set(links.flatMap((l) => [l.a, l.b]))];
  const idOf = new Map<string, number>();
  await db.reads.where('canonicalUrl').anyOf(urls).each((r) => idOf.set(r.canonicalUrl, r.id));
  for (const link of links) {
    const x = idOf.get(link.a);
    const y = idOf.get(link.b);
    if (x === undefined || y === undefined || x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const current = await db.storyLinks.get([a, b]);
    if (!current || current.at < link.at) await db.storyLinks.put({ a, b, same: link.same, at: link.at });
  }
}
