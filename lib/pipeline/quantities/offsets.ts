// From folded offsets back to the original text (lib/pipeline/text/fold.ts keeps the map).

import type { ScanCtx } from './context';

/** Original offset of folded offset s. */
export function originalStart(ctx: ScanCtx, s: number): number {
  return ctx.map[s];
}

/** Original offset just after folded offset e - 1, with the marks that follow it. */
export function originalEnd(ctx: ScanCtx, e: number): number {
  let end = ctx.map[e - 1] + 1;
  // Tanween and other marks after the last letter belong to the word ("قتيلاً").
  const t = ctx.text;
  while (end < t.length) {
    const c = t.charCodeAt(end);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) end++;
    else break;
  }
  return end;
}

/** The original text of folded offsets [s, e). */
export function writtenBetween(ctx: ScanCtx, s: number, e: number): string {
  return ctx.text.slice(originalStart(ctx, s), originalEnd(ctx, e));
}

/** The original text of tokens [startToken, endToken). */
export function writtenTokens(ctx: ScanCtx, startToken: number, endToken: number): string {
  return writtenBetween(ctx, ctx.tokens[startToken].start, ctx.tokens[endToken - 1].end);
}
