// What every bench section is: a name, the result keys it owns, and a run that returns them.
import type { BenchArgs } from './args';

export type Metric = number | null;

export interface SectionContext {
  args: BenchArgs;
  /** Prints a progress line under the section's name. */
  log(message: string): void;
  /** Whether .output/chrome-mv3 holds a built extension (the bench builds it first unless --no-build). */
  extensionBuilt: boolean;
}

export interface SectionResult {
  metrics: Record<string, Metric>;
  /** Per-page / per-size figures, baselines and sanity checks, kept in results.json. */
  details?: Record<string, unknown>;
}

export interface Section {
  name: string;
  /** The result keys it owns (recorded as null when it fails). */
  keys: string[];
  run(ctx: SectionContext): Promise<SectionResult>;
}

/** A goal from issue 7, to print next to the figure. */
export interface Goal {
  key: string;
  label: string;
  unit: string;
  /** Met when the check passes; undefined when there is no goal. */
  check?: (v: number) => boolean;
  goal?: string;
}

export const GOALS: Goal[] = [
  { key: 'content_overhead_ratio', label: 'Content script vs bare Readability (time ratio)', unit: '×', check: (v) => v <= 1.15, goal: '≤ 1.15' },
  { key: 'content_long_tasks', label: 'Long tasks (> 50 ms) the content script causes on article pages', unit: '', check: (v) => v === 0, goal: '0' },
  { key: 'quantities_mb_per_s', label: 'Quantity extraction throughput', unit: 'MB/s', check: (v) => v >= 5, goal: '≥ 5' },
  { key: 'compare_s_1mb', label: '`compare`, an earlier read and the current article of 1 MB each', unit: 's' },
  { key: 'compare_s_2mb', label: '`compare`, two articles of 2 MB each', unit: 's' },
  { key: 'compare_s_4mb', label: '`compare`, two articles of 4 MB each', unit: 's', check: (v) => v <= 30, goal: '≤ 30' },
  { key: 'compare_linearity_4mb', label: '`compare` seconds per MB at 4 MB over that at 1 MB (1 = linear, 4 = quadratic)', unit: '×', check: (v) => v <= 1.5, goal: '≤ 1.5' },
  { key: 'lookup_p95_ms_1k', label: 'New read → differences, p95, 1k reads', unit: 'ms' },
  { key: 'lookup_p95_ms_10k', label: 'New read → differences, p95, 10k reads', unit: 'ms', check: (v) => v <= 30, goal: '≤ 30' },
  { key: 'lookup_p95_ms_100k', label: 'New read → differences, p95, 100k reads', unit: 'ms', check: (v) => v <= 100, goal: '≤ 100' },
  { key: 'lookup_vs_scan_10k', label: 'Indexed lookup speed-up over a linear scan, 10k reads', unit: '×', check: (v) => v >= 20, goal: '≥ 20' },
  { key: 'panel_first_render_ms', label: 'Panel open → first difference rendered (median)', unit: 'ms', check: (v) => v <= 100, goal: '≤ 100' },
  { key: 'content_script_gzip_kb', label: 'Content script size, gzip', unit: 'KB', check: (v) => v <= 50, goal: '≤ 50' },
  { key: 'bytes_per_read', label: 'Stored bytes per read', unit: 'B' },
  { key: 'reanalysis_reads_per_s', label: 'Re-analysis of stored reads after an engine change', unit: 'reads/s' },
  { key: 'reanalysis_busy_max_ms', label: 'Re-analysis: longest the background is busy at once (one article)', unit: 'ms' },
  { key: 'worker_eval_ms', label: 'Background worker start: script evaluation (median, fresh Node processes)', unit: 'ms' },
];
