// The Arabic quantity recognizer: extractQuantities(text) folds the text (lib/pipeline/text/fold.ts) and
// runs the scanner (scanner.ts) over it, one pass over its tokens with precompiled word tables
// (lexicon.ts). See README.md for what is and is not understood, and for the module map.

import { foldWithMap } from '../text/fold';
import type { Quantity } from '../../types';
import { Scanner } from './scanner';

export { ABOUT_TOLERANCE, aboutBounds } from './tolerance';

/**
 * Every quantity in an Arabic (or mixed) text, sorted by start, non-overlapping, with
 * `text === input.slice(start, end)`. One pass; safe to call on large inputs (benchmarks
 * call it on whole concatenated corpora).
 */
export function extractQuantities(text: string): Quantity[] {
  if (!text) return [];
  if (text.length <= CHUNK) return extractChunk(text);
  // Long inputs are cut at line breaks into pieces of about CHUNK characters: nothing the
  // recognizer reads spans a line break, and folding many small strings is much faster
  // than building one huge folded string.
  const out: Quantity[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to);
      if (nl > from) to = nl + 1;
      else {
        const next = text.indexOf('\n', to);
        to = next < 0 ? text.length : next + 1;
      }
    }
    const piece = text.slice(from, to);
    for (const q of extractChunk(piece)) out.push({ ...q, start: q.start + from, end: q.end + from });
    from = to;
  }
  return out;
}

/** Size of the pieces long inputs are cut into (characters). */
const CHUNK = 16384;

function extractChunk(text: string): Quantity[] {
  const f = foldWithMap(text);
  return new Scanner(text, f.folded, f.map).run();
}

export type { Quantity };
