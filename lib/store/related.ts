// Which earlier reads tell the same story: candidates from the keyword index, scored by
// story similarity, then the reader's own corrections applied on top.
import { findRelated } from '../story/index';
import type { StoredRead, TabayyunDB } from './db';
import { storyLinksOf } from './links';
import { keywordCandidates } from './reads';

export interface RelatedRead {
  read: StoredRead;
  score: number;
  /** True when the reader linked it by hand (score is then 1). */
  linkedByReader: boolean;
}

export async function findRelatedReads(db: TabayyunDB, current: StoredRead): Promise<RelatedRead[]> {
  const [candidates, links] = await Promise.all([keywordCandidates(db, current.keywords, current.id), storyLinksOf(db, current.id)]);
  const scored = findRelated(current, candidates)
    .map(({ index, score }) => ({ read: candidates[index], score, linkedByReader: links.get(candidates[index].id) === true }))
    .filter((r) => links.get(r.read.id) !== false);
  const linked = [...links.entries()].filter(([id, same]) => same && !scored.some((r) => r.read.id === id)).map(([id]) => id);
  const manual = (await db.reads.bulkGet(linked))
    .filter((r): r is StoredRead => r !== undefined)
    .map((read) => ({ read, score: 1, linkedByReader: true }));
  return [...manual, ...scored];
}
