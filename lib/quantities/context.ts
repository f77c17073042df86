// What the scanner's helpers share: the tokens of the folded text and their lexicon hits.

import type { FoldedToken } from './tokens';
import type { LexHit } from './lexicon';

export interface Ctx {
  tokens: FoldedToken[];
  /** Lexicon hit of each word token (undefined for other tokens and unknown words). */
  hits: (LexHit | undefined)[];
}

/** Token k when it is a word on the same line as the token before it. */
export function nextWord(ctx: Ctx, k: number): FoldedToken | undefined {
  const t = ctx.tokens[k];
  return t !== undefined && t.type === 'word' && !t.lineBefore ? t : undefined;
}

/** Lexicon hit of token k when it is a word without proclitics on the same line. */
export function bareHit(ctx: Ctx, k: number): LexHit | undefined {
  const h = ctx.hits[k];
  return h !== undefined && h.pre === '' && !ctx.tokens[k].lineBefore ? h : undefined;
}

/** Whether token k is the punctuation character c on the same line. */
export function isPunct(ctx: Ctx, k: number, c: string): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.type === 'punct' && t.text === c && !t.lineBefore;
}
