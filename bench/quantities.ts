// Entry point for throughput benchmarks (bench/run.ts): runs the recognizer over a big text
// and reports sizes, leaving the timing to the caller.

import { extractQuantities } from '../lib/pipeline/quantities/index';

export interface QuantityBenchResult {
  /** UTF-8 size of the input in bytes (what "MB/s" is measured against). */
  bytes: number;
  quantities: number;
}

/** Runs extractQuantities once over text (e.g. a whole corpus joined with blank lines). */
export function benchQuantities(text: string): QuantityBenchResult {
  const quantities = extractQuantities(text).length;
  return { bytes: new TextEncoder().encode(text).length, quantities };
}
