// How specific a word stem is: inverse document frequency learned from a background corpus of
// unrelated Arabic news (data/idf.json, built by scripts/build-idf.ts), and — once the reader has
// read enough — from the reader's own store (how many reads carry the stem as a story keyword).
// A word every story uses (حصيلة, رئيس) says little about which story it is; a rare one (a
// village, a ship's name) says much.
import table from './data/idf.json';

interface IdfTable {
  documents: number;
  minDf: number;
  byDf: Record<string, string>;
}

const IDF = table as IdfTable;
const backgroundDf = new Map<string, number>();
for (const [n, stems] of Object.entries(IDF.byDf)) for (const s of stems.split(' ')) backgroundDf.set(s, Number(n));

/**
 * Replaces the table's word stems (its "@" entity keys stay) by counts made with another stemmer:
 * for eval/crossval.ts only, which measures keywordStem against stem() on a table counted as each
 * would have built it. Stems in fewer than the table's minDf documents are left out, as built.
 */
export function setBackgroundStemFrequencies(df: ReadonlyMap<string, number>): void {
  for (const k of [...backgroundDf.keys()]) if (!k.startsWith('@')) backgroundDf.delete(k);
  for (const [k, n] of df) if (!k.startsWith('@') && n >= IDF.minDf) backgroundDf.set(k, n);
}

/** Counts from the reader's store: reads carrying each keyword, and how many reads there are. */
export interface StoreCounts {
  reads: number;
  df: ReadonlyMap<string, number>;
}

const MAX_IDF = Math.log(IDF.documents + 1);

/** Documents in the background corpus that contain a stem; a stem below the table's floor counts as rarer than it. */
export function backgroundFrequency(stem: string): number {
  return backgroundDf.get(stem) ?? (IDF.minDf - 1) / 2;
}

/**
 * Specificity of a stem in 0..1: its inverse document frequency over the background corpus plus
 * the reader's store, divided by the largest possible. The store's keyword counts only see the
 * top keywords of each read, so they can only make a stem look more common, never rarer.
 */
export function specificity(stem: string, store?: StoreCounts): number {
  const df = backgroundFrequency(stem) + (store?.df.get(stem) ?? 0);
  const n = IDF.documents + (store?.reads ?? 0);
  return Math.max(0, Math.min(1, Math.log((n + 1) / (df + 1)) / MAX_IDF));
}

/** Specificity given to a country or organisation the table does not know: a common one. */
const UNKNOWN_BROAD_SPECIFICITY = 0.3;

/** Specificity of a country or organisation key, from the same table ("@" + key) and store. */
export function entitySpecificity(key: string, store?: StoreCounts): number {
  const k = `@${key}`;
  if (!backgroundDf.has(k) && !store?.df.has(k)) return UNKNOWN_BROAD_SPECIFICITY;
  return specificity(k, store);
}
