// Names with digits, read as one label of kind other: letters glued to digits ("G20",
// "كوفيد19"), word-hyphen-digits ("إف-16"), a capitalised Latin word then digits ("iPhone 15",
// "Android 4.4"), a known make then digits ("بوينغ 737") and a name after طراز/موديل
// ("من طراز «إمبراير 190»").

import type { Reader, ScanCtx } from './context';
import { digitsAt } from './context';
import { labelCore, NO_NUMBER } from './core';
import type { FoldedToken } from './tokens';
import { CLITIC_ONLY, ENGLISH_FUNCTION_WORDS, ENGLISH_MONTHS } from './lexicon';
import { parseClock, parseNumericDate } from './numbers';

/** Latin letters glued after a name's digits ("F-16C", "G20s") belong to the name. */
function latinSuffix(t: FoldedToken | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.latin && !t.spaceBefore;
}

/**
 * «وإدخال20 شاحنة»: a space the outlet left out — an Arabic word with a conjunction or a
 * preposition written on it, glued to digits that an Arabic word follows after a space. A name
 * glued to its digits («كوفيد19») takes no clitic. (Also read by claims/comparable.ts.)
 */
export const spaceLeftOut = (word: string, followedByWord: boolean): boolean => followedByWord && /^[وفبل][\u0621-\u064a]{4,}$/.test(word);

function typoGlued(tokens: readonly FoldedToken[], i: number): boolean {
  const after = tokens[i + 2];
  return !tokens[i].latin && spaceLeftOut(tokens[i].text, !!after && after.type === 'word' && !after.latin && after.spaceBefore);
}

/** "G20", "U17", "كوفيد19": letters glued to digits are a name. */
export const readGluedName: Reader = (ctx, i) => {
  const { tokens } = ctx;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!digitsAt(ctx, i + 1) || next.spaceBefore || parseNumericDate(tokens, i + 1) || parseClock(tokens, i + 1)) return null;
  if (typoGlued(tokens, i)) return null;
  let end = i + 2;
  if (latinSuffix(tokens[end]) && !t.latin) end++;
  return labelCore(Number(next.text), i, t.start, end);
};

/**
 * "إف-16", "كوفيد-19", "سو-35": a word, a hyphen, digits (not a number word: "خمسة-6"; not a
 * lone conjunction before a minus: «بين 3.5% و-1.2%»).
 */
export const readHyphenName: Reader = (ctx, i) => {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (!next || next.type !== 'punct' || (next.text !== '-' && next.text !== '–') || next.spaceBefore || tokens[i + 2]?.type !== 'digits' || tokens[i + 2].spaceBefore) return null;
  if (CLITIC_ONLY.has(tokens[i].text)) return null;
  const hit = ctx.hits[i];
  if (hit && !hit.lex.brand && (hit.lex.unit !== undefined || hit.lex.ten !== undefined || hit.lex.scale !== undefined)) return null;
  let end = i + 3;
  if (latinSuffix(tokens[end])) end++;
  return labelCore(Number(tokens[i + 2].text), i, tokens[i].start, end);
};

/**
 * "Windows 11", "iPhone 15": a capitalised Latin word then plain digits is a name; "about
 * 10,000", "in 2024", "killed 50" are English sentences around a number. A Latin word is
 * never a number itself.
 */
export const readLatinName: Reader = (ctx, i) => {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t.latin) return null;
  const next = tokens[i + 1];
  if (!digitsAt(ctx, i + 1) || !/[A-Z]/.test(t.text) || parseNumericDate(tokens, i + 1)) return NO_NUMBER;
  const lower = t.text.toLowerCase();
  const grouped = tokens[i + 2]?.text === ',' && !tokens[i + 2].spaceBefore && tokens[i + 3]?.type === 'digits' && tokens[i + 3].text.length === 3 && !tokens[i + 3].spaceBefore;
  if (ENGLISH_MONTHS.has(lower) || ENGLISH_FUNCTION_WORDS.has(lower) || grouped) return NO_NUMBER;
  // "Android 4.4", "Flyme 4.5": a version number belongs to the name.
  const dotted = tokens[i + 2]?.text === '.' && !tokens[i + 2].spaceBefore && tokens[i + 3]?.type === 'digits' && !tokens[i + 3].spaceBefore;
  const value = dotted ? Number(`${next.text}.${tokens[i + 3].text}`) : Number(next.text);
  return labelCore(value, i, t.start, dotted ? i + 4 : i + 2);
};

/** "إمبراير 190", "بوينغ 737": a known make then digits. */
export const readBrandModel: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  if (!hit.lex.brand || hit.proclitics !== '' || !digitsAt(ctx, i + 1)) return null;
  return labelCore(Number(ctx.tokens[i + 1].text), i, ctx.tokens[i].start, i + 2);
};

/** Token index of a model name before digit token i ("طراز «إمبراير 190»"), or -1. */
export function modelNameBefore(ctx: ScanCtx, i: number): number {
  const { tokens, hits } = ctx;
  const name = i - 1;
  if (name < ctx.floor || !tokens[i].spaceBefore || tokens[i].lineBefore) return -1;
  const w = tokens[name];
  if (!w || w.type !== 'word' || CLITIC_ONLY.has(w.text)) return -1;
  const h = hits[name];
  if (h && (h.lex.stop || h.lex.countCue || h.lex.unit !== undefined || h.lex.scale !== undefined || h.lex.qualifiers)) return -1;
  for (let k = name - 1; k >= 0 && k >= name - 3; k--) {
    if (tokens[k + 1].lineBefore) return -1;
    if (hits[k]?.lex.modelCue) return name;
    if (tokens[k].type === 'punct' && !'«"\'“('.includes(tokens[k].text)) return -1;
  }
  return -1;
}
