// The same-story score's precision/recall curve. Every story article is compared with every
// earlier article of its story (positive pairs), with every article of the other stories and
// with every unrelated read of the history (negative pairs). The operating point is chosen on the
// development part (tune + ../shared/corpus + seeds) and reported on the held-out part (check);
// the closest and weakest pairs are printed for the development part only.
import { storySimilarity } from '../lib/pipeline/story/index';
import type { AnalyzedArticle } from '../lib/types';
import { HELD_OUT, type Split } from './gold';

export interface LinkItem {
  story: string;
  split: Split;
  article: AnalyzedArticle;
}

export interface CurvePoint {
  threshold: number;
  precision: number | null;
  recall: number | null;
  truePairs: number;
  falsePairs: number;
  /** False pairs with an unrelated (stream) read, and with another story. */
  falseStream: number;
  falseStory: number;
}

export interface Curve {
  part: string;
  positives: number;
  negatives: number;
  points: CurvePoint[];
}

export interface Scored {
  score: number;
  same: boolean;
  stream: boolean;
  /** The current article's story, and the other article's (null: an unrelated stream read). */
  story: string;
  other: string | null;
}

/** Scores of every pair whose current article belongs to one of `parts`. */
export function pairScores(items: LinkItem[], stream: AnalyzedArticle[], parts: Set<Split>, score = storySimilarity): Scored[] {
  const out: Scored[] = [];
  items.forEach((cur, i) => {
    if (!parts.has(cur.split)) return;
    items.forEach((other, j) => {
      if (other.story === cur.story) {
        // Each same-story pair once: the later article looking back at the earlier one.
        if (j < i) out.push({ score: score(cur.article, other.article), same: true, stream: false, story: cur.story, other: other.story });
      } else if (!parts.has(other.split) || j < i) {
        out.push({ score: score(cur.article, other.article), same: false, stream: false, story: cur.story, other: other.story });
      }
    });
    for (const s of stream) out.push({ score: score(cur.article, s), same: false, stream: true, story: cur.story, other: null });
  });
  return out;
}

export const THRESHOLDS = Array.from({ length: 56 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

export function curve(part: string, scored: Scored[], thresholds = THRESHOLDS): Curve {
  const positives = scored.filter((s) => s.same).length;
  const points = thresholds.map((t) => {
    const hit = scored.filter((s) => s.score >= t);
    const tp = hit.filter((s) => s.same).length;
    const fp = hit.length - tp;
    return {
      threshold: t,
      precision: hit.length ? tp / hit.length : null,
      recall: positives ? tp / positives : null,
      truePairs: tp,
      falsePairs: fp,
      falseStream: hit.filter((s) => !s.same && s.stream).length,
      falseStory: hit.filter((s) => !s.same && !s.stream).length,
    };
  });
  return { part, positives, negatives: scored.length - positives, points };
}

/** The operating point: the highest recall whose precision is at least `minPrecision`, else the best F1. */
export function operatingPoint(c: Curve, minPrecision = 0.95): CurvePoint {
  const ok = c.points.filter((p) => (p.precision ?? 0) >= minPrecision);
  if (ok.length) return ok.reduce((a, b) => ((b.recall ?? 0) > (a.recall ?? 0) ? b : a));
  const f1 = (p: CurvePoint) => (p.precision && p.recall ? (2 * p.precision * p.recall) / (p.precision + p.recall) : 0);
  return c.points.reduce((a, b) => (f1(b) > f1(a) ? b : a));
}

const f = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));

export function formatCurve(c: Curve, every = 0.05, mark?: number): string {
  const rows = [`same-story score, ${c.part}: ${c.positives} same-story pairs, ${c.negatives} other pairs`, '  threshold precision recall  true  false (stream/other story)'];
  for (const p of c.points) {
    const onGrid = Math.abs(p.threshold / every - Math.round(p.threshold / every)) < 1e-6;
    if (!onGrid && p.threshold !== mark) continue;
    rows.push(`  ${p.threshold.toFixed(2).padStart(9)} ${f(p.precision).padStart(9)} ${f(p.recall).padStart(6)} ${String(p.truePairs).padStart(5)} ${String(p.falsePairs).padStart(6)} (${p.falseStream}/${p.falseStory})${p.threshold === mark ? '   ← chosen' : ''}`);
  }
  return rows.join('\n');
}

/** The development part: only its stories' details may be looked at to choose rules. */
export const developmentItems = (items: LinkItem[]): LinkItem[] => items.filter((i) => !HELD_OUT.has(i.split));

/** The highest-scoring pairs of two different stories (the pairs that share places and actors). */
export function closestOtherStories(items: LinkItem[], n = 8, score = storySimilarity): string[] {
  const best = new Map<string, number>();
  items.forEach((a, i) =>
    items.forEach((b, j) => {
      if (j <= i || a.story === b.story) return;
      const key = [a.story, b.story].sort().join(' ↔ ');
      best.set(key, Math.max(best.get(key) ?? 0, score(a.article, b.article)));
    }),
  );
  return [...best.entries()].sort((x, y) => y[1] - x[1]).slice(0, n).map(([k, s]) => `${s.toFixed(3)}  ${k}`);
}

/** The lowest-scoring pair inside each story. */
export function weakestWithin(items: LinkItem[], score = storySimilarity): { story: string; score: number }[] {
  const worst = new Map<string, number>();
  items.forEach((a, i) =>
    items.forEach((b, j) => {
      if (j >= i || a.story !== b.story) return;
      worst.set(a.story, Math.min(worst.get(a.story) ?? 1, score(a.article, b.article)));
    }),
  );
  return [...worst.entries()].map(([story, s]) => ({ story, score: s })).sort((x, y) => x.score - y.score);
}

/** One left-out story: the threshold chosen on the other stories' pairs, and its own pairs scored there. */
export interface Fold {
  story: string;
  threshold: number;
  result: CurvePoint;
}

/**
 * Leave-one-story-out: for each story, the operating point (operatingPoint, `minPrecision`) of the
 * pairs not involving it, then its test pairs at that threshold — its same-story pairs, and its
 * articles against other stories' and stream reads. A pair of two stories is a test pair of both
 * folds (each is the story never seen once), so in `pooled` it can count twice among the false pairs.
 */
export function leaveOneStoryOut(scored: Scored[], stories: string[], minPrecision = 0.95, thresholds = THRESHOLDS): { folds: Fold[]; pooled: CurvePoint } {
  const involving = (s: string) => (p: Scored) => p.story === s || (!p.same && p.other === s);
  const folds = stories.map((story) => {
    const isTest = involving(story);
    const train = curve('train', scored.filter((p) => !isTest(p)), thresholds);
    const threshold = operatingPoint(train, minPrecision).threshold;
    const result = curve('test', scored.filter(isTest), [threshold]).points[0];
    return { story, threshold, result };
  });
  const sum = (k: 'truePairs' | 'falseStream' | 'falseStory') => folds.reduce((n, f) => n + f.result[k], 0);
  const tp = sum('truePairs');
  const fs = sum('falseStream');
  const fo = sum('falseStory');
  const positives = scored.filter((p) => p.same).length;
  const pooled: CurvePoint = { threshold: NaN, precision: tp + fs + fo ? tp / (tp + fs + fo) : null, recall: positives ? tp / positives : null, truePairs: tp, falsePairs: fs + fo, falseStream: fs, falseStory: fo };
  return { folds, pooled };
}
