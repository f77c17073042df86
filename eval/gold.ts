// Gold annotations in one shape for every split: the careful readers' gold.json of
// ../shared/corpus-dev and ../shared/corpus (claims located by code-point offsets), and our own
// seed fixture (tests/regression-gold/seeds.json, figures known by file and value only).
import fs from 'node:fs';
import path from 'node:path';
import { loadTextArticle } from '../cli/load';
import type { ArticleSnapshot } from '../lib/types';
import { SEEDS } from '../tests/fixtures/seeds';
import { materializeStreamGold, STREAM_GOLD_BATCHES } from './stream-gold';
import { CORPUS_DEV_DIR, CORPUS_DIR, SEEDS_DIR } from '../tests/fixtures/shared';

export const SEED_FIXTURE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../tests/regression-gold/seeds.json');

/**
 * tune, corpus, seeds, stream-tune, stream-tune2, stream-tune3 (eval/stream-gold.ts) and invented-tune are developed on; check, fresh, fresh2 (eval/stream-gold.ts)
 * and invented-check are held out. The invented stories (eval/invented/) are our own text, written with
 * their gold by a writer who never ran the program, in the phrasing of ordinary news.
 */
export type Split = 'tune' | 'check' | 'corpus' | 'seeds' | 'stream-tune' | 'stream-tune2' | 'stream-tune3' | 'fresh' | 'fresh2' | 'invented-tune' | 'invented-check';

export const HELD_OUT: ReadonlySet<Split> = new Set<Split>(['check', 'fresh', 'fresh2', 'invented-check']);

export const INVENTED_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'invented');

export interface GoldClaim {
  id: string;
  file: string;
  /** Code-point offsets into the file; null when the fixture locates a figure by value only. */
  start: number | null;
  end: number | null;
  /** A number, or "low-high" for a range: equal keys are equal values. */
  valueKey: string;
  topic: string;
}

export interface GoldSpan {
  file: string;
  start: number;
  end: number;
  kind: string;
}

export interface GoldDifference {
  topic: string;
  claimIds: string[];
}

export interface GoldStory {
  name: string;
  split: Split;
  dir: string;
  /** Reading order. */
  files: string[];
  /** Publication date of each file (metadata.json), or null. */
  published: Record<string, string | null>;
  claims: GoldClaim[];
  differences: GoldDifference[];
  /** Groups the reader says agree once qualifiers and rounding are read: what a card must not flag. */
  agreements: GoldDifference[];
  nonComparable: GoldSpan[];
}

interface RawGold {
  claims: { id: string; file: string; char_start: number; char_end: number; value: number | [number, number]; topic: string }[];
  differences: { topic: string; claim_ids: string[] }[];
  agreements?: { topic: string; claim_ids: string[] }[];
  non_comparable: { file: string; char_start: number; char_end: number; kind: string }[];
}

const valueKey = (v: number | [number, number]): string => (Array.isArray(v) ? `${v[0]}-${v[1]}` : String(v));

/** The tune/check split, read from the development set's README table (never hard-coded). */
export function readSplit(dir = CORPUS_DEV_DIR): Map<string, 'tune' | 'check'> {
  const out = new Map<string, 'tune' | 'check'>();
  if (!fs.existsSync(path.join(dir, 'README.md'))) return out;
  const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  for (const line of readme.split('\n')) {
    const m = /^\|\s*(tune|check)\s*\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    for (const item of m[2].split(',')) {
      const name = item.trim().replace(/\s*\(.*\)$/, '');
      if (name) out.set(name, m[1] as 'tune' | 'check');
    }
  }
  return out;
}

function publishedDates(dir: string): Record<string, string | null> {
  const meta = path.join(dir, 'metadata.json');
  if (!fs.existsSync(meta)) return {};
  const data = JSON.parse(fs.readFileSync(meta, 'utf8')) as { files?: { file: string; publication_date?: string }[] };
  return Object.fromEntries((data.files ?? []).map((f) => [f.file, f.publication_date ?? null]));
}

function loadAnnotated(dir: string, split: Split): GoldStory {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as RawGold;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return {
    name: path.basename(dir),
    split,
    dir,
    files,
    published: publishedDates(dir),
    claims: raw.claims.map((c) => ({ id: c.id, file: c.file, start: c.char_start, end: c.char_end, valueKey: valueKey(c.value), topic: c.topic })),
    differences: raw.differences.map((d) => ({ topic: d.topic, claimIds: d.claim_ids })),
    agreements: (raw.agreements ?? []).map((d) => ({ topic: d.topic, claimIds: d.claim_ids })),
    nonComparable: raw.non_comparable.filter((n) => typeof n.char_start === 'number').map((n) => ({ file: n.file, start: n.char_start, end: n.char_end, kind: n.kind })),
  };
}

interface SeedFixture {
  files: string[];
  topics: { id: string; figures: Record<string, number[]> }[];
}

/** Our own seed fixture: each topic's figures become claims; a topic whose values differ is a difference. */
function loadSeeds(): GoldStory {
  const raw = JSON.parse(fs.readFileSync(SEED_FIXTURE, 'utf8')) as SeedFixture;
  const claims: GoldClaim[] = [];
  const differences: GoldDifference[] = [];
  for (const t of raw.topics) {
    const ids: string[] = [];
    for (const [file, values] of Object.entries(t.figures)) {
      values.forEach((v, i) => {
        const id = `${t.id}:${file}:${i}`;
        ids.push(id);
        claims.push({ id, file, start: null, end: null, valueKey: String(v), topic: t.id });
      });
    }
    const values = new Set(claims.filter((c) => ids.includes(c.id)).map((c) => c.valueKey));
    if (values.size >= 2) differences.push({ topic: t.id, claimIds: ids });
  }
  // Publication times as the seed fixture infers them (../shared/seeds/README.md).
  const published = Object.fromEntries(raw.files.map((f) => [f, SEEDS.find((s) => s.file === f)?.published ?? null]));
  return { name: 'seeds', split: 'seeds', dir: SEEDS_DIR, files: raw.files, published, claims, differences, agreements: [], nonComparable: [] };
}

/** Every story of every split, in a stable order. */
export function loadAllGold(only?: Set<Split>): GoldStory[] {
  const out: GoldStory[] = [];
  const split = readSplit();
  for (const [name, s] of [...split].sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1] === 'tune' ? -1 : 1))) {
    if (only && !only.has(s)) continue;
    out.push(loadAnnotated(path.join(CORPUS_DEV_DIR, name), s));
  }
  if (!only || only.has('corpus')) {
    for (const name of fs.readdirSync(CORPUS_DIR).sort()) {
      const dir = path.join(CORPUS_DIR, name);
      if (fs.existsSync(path.join(dir, 'gold.json'))) out.push(loadAnnotated(dir, 'corpus'));
    }
  }
  if (!only || only.has('seeds')) out.push(loadSeeds());
  for (const batch of STREAM_GOLD_BATCHES) {
    if (!only || only.has(batch.split)) for (const dir of materializeStreamGold(batch.dir)) out.push(loadAnnotated(dir, batch.split));
  }
  for (const [name, s] of readSplit(INVENTED_DIR)) {
    const part: Split = `invented-${s}`;
    if (!only || only.has(part)) out.push(loadAnnotated(path.join(INVENTED_DIR, name), part));
  }
  return out;
}

/** A story file as the CLI loads it, with the story's publication date where the file has none. */
export function storySnapshot(story: GoldStory, file: string): ArticleSnapshot {
  const snapshot = loadTextArticle(path.join(story.dir, file));
  return snapshot.published ? snapshot : { ...snapshot, published: story.published[file] ?? null };
}
