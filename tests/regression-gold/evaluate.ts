// Scores the whole pipeline (`compareFiles`, exactly what `tabayyun compare --json` runs) against
// hand-made gold annotations (tests/regression-gold/<story>.json): for every story and every prefix, the
// last file is the current article and the files before it are the earlier reads.
//
// - recall: a required gold difference is found when one reported difference holds the current
//   article's figure (its value) and, from the right earlier file, one of the gold earlier values;
// - mixing: a reported difference whose figures cannot all belong to one gold topic (each figure's
//   topics are the gold topics where its file lists its value);
// - forbidden: a reported difference of kind date/year/duration/ordinal, or with a figure whose
//   claim is not comparable.
// Run directly (`npx tsx tests/regression-gold/evaluate.ts`) for the per-story table and the misses.

import fs from 'node:fs';
import path from 'node:path';
import { compareFiles, type CompareReport } from '../../cli/compare';
import type { Difference } from '../../lib/types';

import { SHARED_DIR } from '../fixtures/shared';

export const GOLD_DIR = path.resolve(process.cwd(), 'tests/regression-gold');

interface GoldTopic {
  id: string;
  label: string;
  /** File → its figures on the topic, the main (latest) one first. */
  figures: Record<string, number[]>;
}

interface GoldDifference {
  topic: string;
  label: string;
  current: number;
  currentAlso: number[];
  /** Earlier file → its main figure on the topic, or null when it gives none. */
  earlier: Record<string, number | null>;
  /** A reader may or may not flag it: never required, never counted as mixing. */
  optional?: boolean;
}

interface GoldPrefix {
  k: number;
  current: string;
  earlier: string[];
  differences: GoldDifference[];
}

export interface GoldStory {
  story: string;
  dir: string;
  files: string[];
  topics: GoldTopic[];
  prefixes: GoldPrefix[];
}

export interface PrefixResult {
  story: string;
  k: number;
  required: number;
  found: number;
  missed: string[];
  reported: number;
  mixed: string[];
  forbidden: string[];
  /** Reported differences with a figure the gold does not list at all (for review). */
  stray: string[];
}

export interface StoryResult {
  story: string;
  required: number;
  found: number;
  reported: number;
  mixed: number;
  forbidden: number;
  stray: number;
  prefixes: PrefixResult[];
}

const FORBIDDEN_KINDS = new Set(['date', 'year', 'duration', 'ordinal']);

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function loadGold(): GoldStory[] {
  return fs
    .readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8')) as GoldStory);
}

/** Gold topics a figure (file, value) may belong to. */
function topicsOf(story: GoldStory, file: string, value: number): Set<string> {
  const out = new Set<string>();
  for (const t of story.topics) if ((t.figures[file] ?? []).some((v) => same(v, value))) out.add(t.id);
  return out;
}

function describe(report: CompareReport, d: Difference): string {
  const figs = d.figures.map((f) => `${path.basename(report.articles[f.article].file).slice(0, 3)}:${f.value}`).join(' ');
  return `${d.topic} [${figs}]`;
}

/** True when a reported difference holds the gold difference's current figure and one earlier figure. */
function matches(report: CompareReport, files: string[], g: GoldDifference, d: Difference): boolean {
  const cur = report.current;
  const currentValues = [g.current, ...g.currentAlso];
  if (!d.figures.some((f) => f.article === cur && currentValues.some((v) => same(v, f.value)))) return false;
  return d.figures.some((f) => {
    if (f.article === cur) return false;
    const want = g.earlier[files[f.article]];
    return want !== null && want !== undefined && same(want, f.value);
  });
}

export async function evaluatePrefix(story: GoldStory, p: GoldPrefix): Promise<PrefixResult> {
  const files = [...p.earlier, p.current];
  const base = path.join(SHARED_DIR, story.dir);
  const report = await compareFiles(files.map((f) => path.join(base, f)));
  const required = p.differences.filter((g) => !g.optional);
  const missed = required.filter((g) => !report.differences.some((d) => matches(report, files, g, d)));
  const mixed: string[] = [];
  const forbidden: string[] = [];
  const stray: string[] = [];
  for (const d of report.differences) {
    const claimsOk = d.figures.every((f) => report.articles[f.article]?.claims[f.claim]?.comparable === true);
    if (FORBIDDEN_KINDS.has(d.kind) || !claimsOk) forbidden.push(describe(report, d));
    const sets = d.figures.map((f) => topicsOf(story, files[f.article], f.value));
    const known = sets.filter((ts) => ts.size > 0);
    // One gold topic must hold every figure the gold knows.
    const shared = known.length === 0 ? [] : [...known[0]].filter((t) => known.every((ts) => ts.has(t)));
    if (known.length > 0 && shared.length === 0) mixed.push(describe(report, d));
    if (known.length < sets.length) stray.push(describe(report, d));
  }
  return {
    story: story.story,
    k: p.k,
    required: required.length,
    found: required.length - missed.length,
    missed: missed.map((g) => `${g.topic} (${g.current})`),
    reported: report.differences.length,
    mixed,
    forbidden,
    stray,
  };
}

export async function evaluateStory(story: GoldStory): Promise<StoryResult> {
  const prefixes: PrefixResult[] = [];
  for (const p of story.prefixes) prefixes.push(await evaluatePrefix(story, p));
  const sum = (f: (r: PrefixResult) => number) => prefixes.reduce((a, r) => a + f(r), 0);
  return {
    story: story.story,
    required: sum((r) => r.required),
    found: sum((r) => r.found),
    reported: sum((r) => r.reported),
    mixed: sum((r) => r.mixed.length),
    forbidden: sum((r) => r.forbidden.length),
    stray: sum((r) => r.stray.length),
    prefixes,
  };
}

export interface GoldTotals {
  recall: number;
  mixing: number;
  forbidden: number;
  stories: StoryResult[];
}

export async function evaluateAll(stories: GoldStory[] = loadGold()): Promise<GoldTotals> {
  const results: StoryResult[] = [];
  for (const s of stories) results.push(await evaluateStory(s));
  const required = results.reduce((a, r) => a + r.required, 0);
  const found = results.reduce((a, r) => a + r.found, 0);
  const reported = results.reduce((a, r) => a + r.reported, 0);
  const mixed = results.reduce((a, r) => a + r.mixed, 0);
  return {
    recall: required === 0 ? 1 : found / required,
    mixing: reported === 0 ? 0 : mixed / reported,
    forbidden: results.reduce((a, r) => a + r.forbidden, 0),
    stories: results,
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '  —  ' : `${((100 * a) / b).toFixed(0).padStart(3)} %`);

/** Per-story table: recall, mixing, forbidden, stray; with `details`, every miss and mix. */
export function formatTable(t: GoldTotals, details = false): string {
  const rows = [`${'story'.padEnd(30)} recall        mixing       forbidden stray`];
  for (const s of t.stories) {
    rows.push(
      `${s.story.padEnd(30)} ${pct(s.found, s.required)} ${`${s.found}/${s.required}`.padEnd(7)} ${pct(s.mixed, s.reported)} ${`${s.mixed}/${s.reported}`.padEnd(6)} ${String(s.forbidden).padEnd(9)} ${s.stray}`,
    );
    if (!details) continue;
    for (const p of s.prefixes) {
      for (const m of p.missed) rows.push(`    k=${p.k} missed  ${m}`);
      for (const m of p.mixed) rows.push(`    k=${p.k} mixed   ${m}`);
      for (const m of p.forbidden) rows.push(`    k=${p.k} FORBID  ${m}`);
      for (const m of p.stray) rows.push(`    k=${p.k} stray   ${m}`);
    }
  }
  rows.push(`OVERALL recall ${(100 * t.recall).toFixed(1)} %  mixing ${(100 * t.mixing).toFixed(1)} %  forbidden ${t.forbidden}`);
  return rows.join('\n');
}

// Direct run: print the table with details.
if (process.argv[1] && /evaluate\.ts$/.test(process.argv[1])) {
  console.log(formatTable(await evaluateAll(), true));
}
