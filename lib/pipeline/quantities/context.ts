// What the scanner's readers share: the tokens of the folded text, their lexicon hits, the
// original text with its offset map, and the little state earlier reads leave behind.

import type { FoldedToken } from './tokens';
import type { LexHit } from './lexicon';
import { CLITIC_ONLY } from './lexicon';
import type { Core, NO_NUMBER } from './core';

export interface Ctx {
  tokens: FoldedToken[];
  /** Lexicon hit of each word token (undefined for other tokens and unknown words). */
  hits: (LexHit | undefined)[];
}

/** The scanner as its readers see it (lib/pipeline/quantities/scanner.ts implements it). */
export interface ScanCtx extends Ctx {
  /** The original (unfolded) text. */
  readonly text: string;
  /** Original offset of each folded offset (lib/pipeline/text/fold.ts foldWithMap). */
  readonly map: Int32Array;
  /** First token a result may start at (the previous result's end). */
  floor: number;
  /** Token of the second number of a score just read ("3-1"). */
  scoreToken: number;
  /** Token just after the last comma year read (a list of them goes on after it). */
  commaYearEnd: number;
  /** The number starting at token i (read-number.ts), for readers that read a second one. */
  readNumber(i: number): Core | null;
}

/**
 * One shape of number at token i (read-number.ts tries them in order): the number read; null
 * when the shape is not there (the next reader tries); NO_NUMBER when the shape is there and
 * rules out any number at i (no later reader tries).
 */
export type Reader = (ctx: ScanCtx, i: number) => Core | null | typeof NO_NUMBER;

/** Token k when it is a word on the same line as the token before it. */
export function nextWord(ctx: Ctx, k: number): FoldedToken | undefined {
  const t = ctx.tokens[k];
  return t !== undefined && t.type === 'word' && !t.lineBefore ? t : undefined;
}

/** Lexicon hit of token k when it is a word without proclitics on the same line. */
export function bareHit(ctx: Ctx, k: number): LexHit | undefined {
  const h = ctx.hits[k];
  return h !== undefined && h.proclitics === '' && !ctx.tokens[k].lineBefore ? h : undefined;
}

/** Whether token k is the punctuation character c on the same line. */
export function isPunct(ctx: Ctx, k: number, c: string): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.type === 'punct' && t.text === c && !t.lineBefore;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', "'", '‘', '’']);
/** A quotation mark of any of the styles outlets use. */
export const isQuoteMark = (t: { type: string; text: string } | undefined): boolean => t?.type === 'punct' && QUOTE_MARKS.has(t.text);

/** A dash between two numbers, on the same line. */
export function isDash(t: FoldedToken | undefined): boolean {
  return t !== undefined && t.type === 'punct' && (t.text === '-' || t.text === '–') && !t.lineBefore;
}

/** Whether the number before token k goes on: glued punctuation then digits ("2,5", "10:30", "2023/24"). */
export function digitsGoOn(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  return tokens[k]?.type === 'punct' && !tokens[k].spaceBefore && tokens[k + 1]?.type === 'digits';
}

/** Folded offset where word token i starts after its proclitics (it has a lexicon hit). */
export function wordStart(ctx: Ctx, i: number): number {
  return ctx.tokens[i].start + ctx.hits[i]!.proclitics.length;
}

/** Whether token k is digits on the same line as the token before it. */
export function digitsAt(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.type === 'digits' && !t.lineBefore;
}

/** Token k, or the one after it when k is a lone proclitic before digits ("الـ 2000", "و 30"). */
export function skipLoneClitic(ctx: Ctx, k: number): number {
  const t = ctx.tokens[k];
  return t?.type === 'word' && CLITIC_ONLY.has(t.text) && ctx.tokens[k + 1]?.type === 'digits' ? k + 1 : k;
}
