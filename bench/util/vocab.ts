// An Arabic vocabulary for synthetic reads, built at run time from the shared texts' own tokens
// (never stored in the repository): keyword stems as lib/pipeline/story makes them, surface words for
// article text, entity keys the gazetteer finds, and the event kinds story features use.
import type { SharedText } from './shared';

export interface Vocab {
  /** Every content stem of the texts, most frequent first. */
  stems: string[];
  /** Arabic surface words for building article text. */
  words: string[];
  /** Country-type entity keys found in the texts, most mentioned first. */
  countries: string[];
  /** Other entity keys found (places, people, organisations). */
  others: string[];
  events: string[];
}

export async function buildVocab(texts: SharedText[]): Promise<Vocab> {
  const { keywordStems } = await import('../../lib/pipeline/text/normalize');
  const { entityCounts } = await import('../../lib/pipeline/story/features');
  const { entityType } = await import('../../lib/pipeline/text/entities');
  const stemFreq = new Map<string, number>();
  const words = new Set<string>();
  const entities = new Map<string, number>();
  for (const t of texts) {
    for (const s of keywordStems(t.text)) stemFreq.set(s, (stemFreq.get(s) ?? 0) + 1);
    for (const w of t.text.split(/\s+/)) if (/^[\u0621-\u064a]{2,}$/.test(w)) words.add(w);
    for (const [k, n] of entityCounts(t.text)) entities.set(k, (entities.get(k) ?? 0) + n);
  }
  const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const entityKeys = byCount(entities);
  return {
    stems: byCount(stemFreq),
    words: [...words],
    countries: entityKeys.filter((k) => entityType(k) === 'country'),
    others: entityKeys.filter((k) => entityType(k) !== 'country'),
    events: ['quake', 'flood', 'fire', 'election', 'deal', 'war', 'crash', 'economy', 'sport'],
  };
}
