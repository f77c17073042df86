// Numbers written with digits, from a digit token: numeric dates and clock times first, then
// phone numbers and ids, comma years and seasons, then the number with its separators
// (numbers.ts) and what is glued or spaced after it (ordinal suffix, Latin code, Hijri mark,
// scale word).

import type { ScanCtx } from './context';
import { bareHit, isPunct, isQuoteMark } from './context';
import type { Core } from './core';
import { labelCore, makeCore, NO_NUMBER } from './core';
import { CLITIC_ONLY, CURRENCY_CODES, ENGLISH_MONTHS, ENGLISH_SCALES, hasArticle } from './lexicon';
import { parseClock, parseDigits, parseNumericDate, scaleBy } from './numbers';
import { clockCore } from './read-clock';
import { readLabel } from './read-labels';
import { modelNameBefore } from './read-names';
import { commaYear, commaYearHere, readSeason } from './read-years';
import { originalStart } from './offsets';

/** "1445 هـ", "1445 هجرية" (folded; the tatweel of هـ is dropped by folding). */
const HIJRI_MARKS = new Set(['ه', 'هجري', 'هجريه']);

/** The number starting at digit token i. */
export function readDigits(ctx: ScanCtx, i: number): Core {
  const { tokens, hits } = ctx;
  const t = tokens[i];
  const date = parseNumericDate(tokens, i);
  // ("1436/10/30 هـ": the Hijri mark after a date is part of it.)
  if (date) return makeCore(date.day, i, t.start, bareHit(ctx, date.end) && HIJRI_MARKS.has(tokens[date.end].text) ? date.end + 1 : date.end, { decided: { kind: 'date', unit: null } });
  const clock = parseClock(tokens, i);
  if (clock) return clockCore(ctx, i, t.start, clock.hours, clock.minutes, clock.end);
  // "0123456789", "0100-123-4567", "050 123 4567": a leading zero starts a phone number or an id.
  if (t.text.charCodeAt(0) === 48 && t.text.length >= 2) {
    if (t.text.length >= 7 || (t.text.length >= 3 && tokens[i + 1]?.text === '-' && !tokens[i + 1].spaceBefore && tokens[i + 2]?.type === 'digits' && !tokens[i + 2].spaceBefore))
      return readLabel(ctx, i, i).label;
    // Groups after single spaces only: "02/10/1436" is a date, not a phone number.
    if (tokens[i + 1]?.type === 'digits' && tokens[i + 1].spaceBefore) {
      const { label, digitCount } = readLabel(ctx, i, i);
      if (label.end > i + 1 && digitCount >= 7) return label;
    }
  }
  // "الأعوام 1,998 و1,999": a year printed with a thousands comma (tables of figures).
  const cy = commaYear(ctx, i);
  if (cy > 0 && commaYearHere(ctx, i)) {
    ctx.commaYearEnd = i + 3;
    // "عام 1,998": the cue word right before is part of the text, as for "عام 1998".
    const cue = i - 1 >= ctx.floor && hits[i - 1]?.lex.yearCue && !hasArticle(hits[i - 1]!.proclitics) ? i - 1 : i;
    const s = tokens[cue].start + (cue < i ? hits[cue]!.proclitics.length : 0);
    return makeCore(cy, cue, s, i + 3, { decided: { kind: 'year', unit: null } });
  }
  // "موسم 2023/2024", "2023-24": two consecutive years.
  const seasons = readSeason(ctx, i);
  if (seasons) return seasons;
  const num = parseDigits(tokens, i, (j) => decimalHint(ctx, j + 1), (k) => groupSpace(ctx, k));
  let end = num.end;
  // "17th, September 2023"
  const suf = tokens[end];
  if (suf && suf.latin && !suf.spaceBefore && /^(st|nd|rd|th)$/i.test(suf.text)) {
    let k = end + 1;
    if (isPunct(ctx, k, ',')) k++;
    const m = tokens[k];
    if (m && m.latin && ENGLISH_MONTHS.has(m.text.toLowerCase())) {
      k++;
      if (tokens[k]?.type === 'digits' && tokens[k].text.length === 4) k++;
      return makeCore(num.value, i, t.start, k, { decided: { kind: 'date', unit: null } });
    }
    return makeCore(num.value, i, t.start, end + 1, { decided: { kind: 'ordinal', unit: null } });
  }
  // "5G", "4K", "12px": Latin letters glued after the digits make a name or a code.
  if (suf && suf.latin && !suf.spaceBefore && !CURRENCY_CODES.has(suf.text.toUpperCase()) && !ENGLISH_SCALES.has(suf.text.toLowerCase())) {
    // "1536x2048": a screen size is one label.
    const by = (suf.text === 'x' || suf.text === 'X') && tokens[end + 1]?.type === 'digits' && !tokens[end + 1].spaceBefore;
    return labelCore(num.value, i, t.start, by ? end + 2 : end + 1);
  }
  // "من طراز «إمبراير 190»": a name word before the digits, with طراز shortly before it.
  const nameTok = modelNameBefore(ctx, i);
  if (nameTok >= 0) return labelCore(num.value, nameTok, tokens[nameTok].start, end);
  let value = num.value;
  let lastScale = 1;
  // "1445 هـ", "1445 هجرية": a Hijri year.
  const hy = bareHit(ctx, end);
  if (num.plain && (t.text.length === 4 || t.text.length === 3) && hy && HIJRI_MARKS.has(tokens[end].text))
    return makeCore(value, i, t.start, end + 1, { decided: { kind: 'year', unit: null } });
  // «لـ(3.2) مليون رحلة», «أكثر من «3» آلاف»: some papers bracket or quote the digits before their scale word.
  const enclosed = (isPunct(ctx, i - 1, '(') && isPunct(ctx, end, ')')) || (isQuoteMark(tokens[i - 1]) && isQuoteMark(tokens[end]) && !tokens[end].lineBefore);
  const bracketed = i > ctx.floor && enclosed && scaleWord(ctx, end + 1);
  const from = bracketed ? i - 1 : i;
  if (bracketed) end++;
  const h = hits[end];
  if (scaleWord(ctx, end)) {
    value = scaleBy(value, h!.lex.scale!);
    lastScale = h!.lex.scale!;
    end++;
  } else if (englishScale(ctx, end) > 1) {
    // "3.5 million", "10 thousand" in an English sentence.
    lastScale = englishScale(ctx, end);
    value = scaleBy(value, lastScale);
    end++;
  } else if (h && h.proclitics === '' && h.lex.mia && num.plain && value >= 1 && value <= 9 && !tokens[end].lineBefore) {
    // "٣ مائة" → 300.
    value *= 100;
    lastScale = 100;
    end++;
  }
  return makeCore(value, from, tokens[from].start, end, {
    writtenInDigits: true,
    lastScale,
    integer: Number.isInteger(value),
    plainFourDigits: num.plain && t.text.length === 4 && lastScale === 1,
  });
}

/**
 * How surely the whitespace before digit token k groups thousands (README "Separators"):
 * 2 for one no-break, narrow or thin space (what typesetting puts between groups) or one
 * plain space between Western digits ("10 000", the French/Maghreb habit); 1 for one plain
 * space between Arabic-Indic digits, which group with "٬" ("٣٤٥ ٦٧٨" is two numbers unless
 * more groups follow); 0 for anything else (a tab or two spaces separate columns).
 */
function groupSpace(ctx: ScanCtx, k: number): 0 | 1 | 2 {
  const t = ctx.tokens[k];
  const p = ctx.tokens[k - 1];
  if (!t.spaceBefore || t.lineBefore || t.start !== p.end + 1) return 0;
  const c = ctx.text.charCodeAt(originalStart(ctx, p.end));
  if (c === 0xa0 || c === 0x202f || c === 0x2009) return 2;
  if (c !== 32) return 0;
  const d1 = ctx.text.charCodeAt(originalStart(ctx, p.start));
  const d2 = ctx.text.charCodeAt(originalStart(ctx, t.start));
  return d1 >= 48 && d1 <= 57 && d2 >= 48 && d2 <= 57 ? 2 : 1;
}

/** Whether token k is an Arabic scale word a figure's digits take («مليون», not the dual «مليونين»). */
function scaleWord(ctx: ScanCtx, k: number): boolean {
  const h = ctx.hits[k];
  return !!h && h.proclitics === '' && h.lex.scale !== undefined && h.lex.scaleForm !== 'dual' && !ctx.tokens[k].lineBefore;
}

/** The English scale word at token k ("million" → 1e6), or 1. */
function englishScale(ctx: ScanCtx, k: number): number {
  const t = ctx.tokens[k];
  return t && t.latin && t.spaceBefore && !t.lineBefore ? (ENGLISH_SCALES.get(t.text.toLowerCase()) ?? 1) : 1;
}

/** Whether what starts at token k makes a lone "." a decimal point (scale word, percent). */
function decimalHint(ctx: ScanCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.lineBefore) return false;
  if (t.type === 'punct' && t.text === '%') return true;
  const h = ctx.hits[k];
  if (h && h.proclitics === '' && (h.lex.scale !== undefined || h.lex.percentWord)) return true;
  if (englishScale(ctx, k) > 1) return true;
  if (t.text === 'في' && (ctx.tokens[k + 1]?.text === 'الميه' || ctx.tokens[k + 1]?.text === 'المايه')) return true;
  return false;
}

/**
 * "&#8220;": a character reference a feed left encoded in the text (a quote mark shown as code),
 * not a figure.
 */
export function readCharacterReference(ctx: ScanCtx, i: number): typeof NO_NUMBER | null {
  const { tokens } = ctx;
  const glued = (k: number, c: string): boolean => tokens[k]?.type === 'punct' && tokens[k].text === c && (k === i - 2 || !tokens[k].spaceBefore);
  return glued(i - 2, '&') && glued(i - 1, '#') && !tokens[i].spaceBefore && glued(i + 1, ';') ? NO_NUMBER : null;
}

/** A digit token: the number, or one end of a score ("3-1") read as a label. */
export function readDigitToken(ctx: ScanCtx, i: number): Core {
  const c = readDigits(ctx, i);
  return i === ctx.scoreToken && !c.decided ? { ...c, decided: { kind: 'other', unit: null } } : c;
}

/** "بـ6", "الـ 2000", "و7": proclitics before digits are not part of the number's text. */
export function readAfterClitic(ctx: ScanCtx, i: number): Core | null {
  const { tokens, hits } = ctx;
  const next = tokens[i + 1];
  if (!next || next.type !== 'digits' || next.lineBefore || !CLITIC_ONLY.has(tokens[i].text)) return null;
  const c = readDigits(ctx, i + 1);
  // "المركز الـ12", "الدورة الـ 75": the article on digits after such a noun is an ordinal.
  if (!c.decided && tokens[i].text === 'ال' && c.lastScale === 1 && c.integer && hits[i - 1]?.lex.ordinalNoun && i - 1 >= ctx.floor) {
    c.decided = { kind: 'ordinal', unit: null };
  }
  return c;
}
