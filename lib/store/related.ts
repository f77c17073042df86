// Which earlier reads tell the same story: candidates from the keyword index, scored by
// story similarity (word specificity refined by the store's own keyword counts), then the
// reader's own corrections applied on top.
import { findRelated } from '../pipeline/story/index';
import type { StoredRead, TabayyunDB } from './db';
import { storyLinksOf } from './links';
import { fingerprintsOf } from './fingerprints';
import { keywordLookupStats, type KeywordLookupStats } from './keyword-stats';
import { CANDIDATE_LIMIT, indexPostings, lookupKeywords, POSTINGS_BUDGET, rankCandidates } from './reads';

export interface RelatedRead {
  read: StoredRead;
  score: number;
  /** True when the reader linked it by hand (score is then 1). */
  linkedByReader: boolean;
  /** Specificity of the rarest keyword it shares with the current read (lib/pipeline/story/card-link.ts). */
  rarestShared?: number;
  /** Days between the two publication dates, null when either is unknown (lib/pipeline/story/card-link.ts). */
  daysApart?: number | null;
}

/**
 * `stats`: the counts and kept postings of the current read's keywords and the count of reads,
 * when the caller has just written them in the same transaction (its save); read from the store
 * otherwise, in one request.
 */
export async function findRelatedReads(db: TabayyunDB, current: StoredRead, stats?: KeywordLookupStats): Promise<RelatedRead[]> {
  const linksPending = storyLinksOf(db, current.id);
  const known = stats && current.keywords.every((k) => stats.counts.has(k)) ? stats : await keywordLookupStats(db, current.keywords);
  const freq = new Map(current.keywords.map((k) => [k, known.counts.get(k)!]));
  // The current read is stored already: the index is asked only for keywords another read
  // carries too (a keyword only the current read has costs one request and finds nothing).
  const others = new Map([...freq].map(([k, n]) => [k, Math.max(0, n - 1)]));
  // As candidateIds. Rare keywords' postings come with their records (schema v6): the index is
  // asked only for the chosen keywords above POSTINGS_CAP, usually none, and then nothing is
  // awaited before the candidates' fingerprints are asked for.
  const chosen = lookupKeywords(current.keywords, others, POSTINGS_BUDGET);
  const missing = chosen.filter((k) => !known.postings.has(k));
  const postings = missing.length > 0 ? new Map([...known.postings, ...(await indexPostings(db, missing))]) : known.postings;
  const ids = rankCandidates(chosen, postings, current.id, CANDIDATE_LIMIT, others);
  // Scored on their fingerprints; only the reads that tell the story are loaded whole.
  const [candidates, links] = await Promise.all([fingerprintsOf(db, ids), linksPending]);
  const reads = known.reads;
  const scored = findRelated(current, candidates, { reads, df: freq })
    .map(({ index, score, rarestShared, daysApart }) => ({ id: candidates[index].id, score, rarestShared, daysApart, linkedByReader: links.get(candidates[index].id) === true }))
    .filter((r) => links.get(r.id) !== false);
  const linked = [...links.entries()].filter(([id, same]) => same && !scored.some((r) => r.id === id)).map(([id]) => id);
  const records = await db.reads.bulkGet([...linked, ...scored.map((r) => r.id)]);
  const manual = records
    .slice(0, linked.length)
    .filter((r): r is StoredRead => r !== undefined)
    .map((read) => ({ read, score: 1, linkedByReader: true }));
  // A read deleted between the two steps is left out, as the candidate step leaves it out.
  const found = scored.flatMap(({ id: _id, ...r }, i) => {
    const read = records[linked.length + i];
    return read ? [{ read, ...r }] : [];
  });
  return [...manual, ...found];
}
