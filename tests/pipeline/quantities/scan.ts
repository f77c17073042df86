// A scanner over an invented sentence, for testing one reader at a time: readers take the
// scanner (it is their ScanCtx) and a token index.
import { fold, foldWithMap } from '../../../lib/pipeline/text/fold';
import { Scanner } from '../../../lib/pipeline/quantities/scanner';

export function scan(text: string): Scanner {
  const f = foldWithMap(text);
  return new Scanner(text, f.folded, f.map);
}

/** Index of the token whose folded text is fold(word) (the nth such token, from 0). */
export function at(ctx: Scanner, word: string, nth = 0): number {
  const w = fold(word);
  let seen = 0;
  const i = ctx.tokens.findIndex((t) => t.text === w && seen++ === nth);
  if (i < 0) throw new Error(`no token "${w}" in ${ctx.tokens.map((t) => t.text).join(' ')}`);
  return i;
}

/** The original text of tokens [from, to). */
export function textOf(ctx: Scanner, from: number, to: number): string {
  return ctx.text.slice(ctx.map[ctx.tokens[from].start], ctx.map[ctx.tokens[to - 1].end - 1] + 1);
}
