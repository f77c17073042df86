// Years that are not a plain four-digit number: comma years in tables ("1,998"), seasons
// ("2023/2024"), decades ("عشرينات القرن الماضي"), a year after its cue word ("عام 2022",
// "عامي 2020 و2022") and a month with a year ("نوفمبر 2023"). Plain "2022" is decided by its
// neighbours in kinds.ts.

import type { ScanCtx } from './context';
import { bareHit, digitsAt, digitsGoOn, isPunct, wordStart } from './context';
import type { Core } from './core';
import { makeCore } from './core';
import { cueBefore, matchMonth } from './kinds';
import { hasArticle } from './lexicon';
import { parseWords } from './words';

const isYear = (y: number): boolean => y >= 1800 && y <= 2200;

/** The year at digit token k when it is printed "1,998" (1900–2100), else 0. */
export function commaYear(ctx: ScanCtx, k: number): number {
  const { tokens } = ctx;
  const a = tokens[k];
  const c = tokens[k + 1];
  const b = tokens[k + 2];
  if (!a || a.type !== 'digits' || a.text.length !== 1 || !c || c.text !== ',' || c.spaceBefore || !b || b.type !== 'digits' || b.text.length !== 3 || b.spaceBefore) return 0;
  if (digitsGoOn(ctx, k + 3) && !tokens[k + 4].spaceBefore) return 0;
  const y = Number(a.text + b.text);
  return y >= 1900 && y <= 2100 ? y : 0;
}

/**
 * Whether the comma year at digit token i is a year: after year wording ("عام", "الأعوام",
 * a table header "السنة |") unless a counted noun follows, or in a list of comma years
 * ("1,998 و1,999", "1,998 | 1,999") with nothing counted after and no count wording before.
 */
export function commaYearHere(ctx: ScanCtx, i: number): boolean {
  const { tokens, hits } = ctx;
  const k = skipListSeparators(ctx, i - 1, -1);
  if (k >= 0 && !tokens[k + 1]?.lineBefore) {
    const h = hits[k];
    // After year wording or a comma year already read, only a known counted noun, a
    // currency, a scale or a percent after it makes a count.
    const strong = (h && (h.lex.yearCue || (h.lex.timeNoun === 'year' && hasArticle(h.proclitics)))) || k + 1 === ctx.commaYearEnd;
    if (strong) {
      const n = tokens[i + 3];
      const x = n && !n.lineBefore ? hits[i + 3]?.lex : undefined;
      return !(x && (x.countNoun || x.currency || x.scale !== undefined || x.percentWord)) && !isPunct(ctx, i + 3, '%');
    }
    // "بلغ 1,950 و2,000 و2,050": a list that started with a count goes on as counts.
    if (tokens[k].type === 'digits') return false;
  }
  if (!nothingCountedAfter(ctx, i + 3) || cueBefore(ctx, i, 3, (j) => hits[j]?.lex.countCue === true)) return false;
  const j = skipListSeparators(ctx, i + 3, 1);
  return j > i + 3 && !tokens[j]?.lineBefore && commaYear(ctx, j) > 0 && nothingCountedAfter(ctx, j + 3);
}

/** Whether nothing counted follows token k (end of line, punctuation, "و…", a function word). */
function nothingCountedAfter(ctx: ScanCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.lineBefore || t.type !== 'word') return true;
  const h = ctx.hits[k];
  return t.text === 'و' || h?.proclitics.startsWith('و') === true || h?.lex.stop === true;
}

/** Token index past list separators ("و", ",", "،", "|", "/", "-") from token k in direction dir. */
function skipListSeparators(ctx: ScanCtx, k: number, dir: 1 | -1): number {
  const { tokens } = ctx;
  let j = k;
  for (let n = 0; n < 2; n++) {
    const t = tokens[j];
    if (!t || (dir === 1 ? t.lineBefore : tokens[j + 1]?.lineBefore)) return j;
    if ((t.type === 'punct' && ',،|/-;؛'.includes(t.text)) || (t.type === 'word' && t.text === 'و')) j += dir;
    else break;
  }
  return j;
}

/** "2023/2024", "2023-24": a season or fiscal year written as two consecutive years. */
export function readSeason(ctx: ScanCtx, i: number): Core | null {
  const { tokens } = ctx;
  const a = tokens[i];
  const sep = tokens[i + 1];
  const b = tokens[i + 2];
  if (a.text.length !== 4 || !sep || sep.type !== 'punct' || sep.spaceBefore || (sep.text !== '/' && sep.text !== '-')) return null;
  if (!b || b.type !== 'digits' || b.spaceBefore || (b.text.length !== 4 && b.text.length !== 2)) return null;
  if (digitsGoOn(ctx, i + 3)) return null;
  const y = Number(a.text);
  const y2 = b.text.length === 4 ? Number(b.text) : y - (y % 100) + Number(b.text);
  if (!isYear(y) || y2 !== y + 1) return null;
  return makeCore(y, i, a.start, i + 3, { decided: { kind: 'year', unit: null }, high: y2 });
}

/** "عشرينات القرن الماضي" → 1920..1929; "في الأربعينات من عمره" → age 40..49. */
export function readDecade(ctx: ScanCtx, i: number): Core | null {
  const { tokens } = ctx;
  const d = ctx.hits[i]!.lex.decade;
  if (d === undefined) return null;
  const s = wordStart(ctx, i);
  if (tokens[i + 1]?.text === 'من' && !tokens[i + 1].lineBefore && bareHit(ctx, i + 2)?.lex.ageCue)
    return makeCore(d, i, s, i + 1, { decided: { kind: 'age', unit: null }, high: d + 9 });
  let base = 1900;
  let end = i + 1;
  // "عشرينات القرن الماضي", "الخمسينيات من القرن الماضي", "ثلاثينيات القرن الحالي".
  const c = tokens[end]?.text === 'من' && !tokens[end].lineBefore ? end + 1 : end;
  const w = tokens[c + 1];
  if (tokens[c]?.text === 'القرن' && !tokens[c].lineBefore && w && !w.lineBefore) {
    if (w.text === 'الماضي' || w.text === 'العشرين' || w.text === 'المنصرم') end = c + 2;
    else if (w.text === 'الحالي' || w.text === 'الجاري') {
      base = 2000;
      end = c + 2;
    } else if (w.text === 'الحادي') {
      base = 2000;
      end = tokens[c + 2]?.text === 'والعشرين' ? c + 3 : c + 2;
    }
  }
  return makeCore(base + d, i, s, end, { decided: { kind: 'year', unit: null }, high: base + d + 9 });
}

/**
 * "عام 2022", "لعام 2022", "بين عامي 2020 و2022": the cue word is part of the text. A year may be
 * spelled out too, as broadcast-style copy does ("منذ عام ألفين وتسعة", "سنة ألف وتسعمئة
 * وتسعين"): words for a whole number of a year's size right after the cue.
 */
export function readCuedYear(ctx: ScanCtx, i: number): Core | null {
  const { tokens } = ctx;
  const hit = ctx.hits[i]!;
  const next = tokens[i + 1];
  if (!hit.lex.yearCue || hasArticle(hit.proclitics) || !next || next.lineBefore) return null;
  if (next.type === 'word') {
    const w = parseWords(ctx, i + 1);
    if (!w || w.fraction || w.words < 2 || !Number.isInteger(w.value) || !isYear(w.value)) return null;
    // ("بعد عام ألفين ومئة جندي": a counted noun after the words makes them a count.)
    const after = tokens[w.end] && !tokens[w.end].lineBefore ? ctx.hits[w.end]?.lex : undefined;
    if (after && (after.countNoun || after.currency || after.percentWord)) return null;
    return makeCore(w.value, i, wordStart(ctx, i), w.end, { decided: { kind: 'year', unit: null } });
  }
  if (!digitsAt(ctx, i + 1) || next.text.length !== 4) return null;
  const y = Number(next.text);
  // After its cue word any four-digit number from 1000 is a year: a history («منذ عام 1795») or a
  // Hijri year («عام 1436»), not only the modern range a bare number must fall in.
  if (y < 1000 || y > 2200 || digitsGoOn(ctx, i + 2)) return null;
  const s = wordStart(ctx, i);
  const a = tokens[i + 2];
  if (a && a.type === 'word' && a.text === 'و' && tokens[i + 3]?.type === 'digits' && tokens[i + 3].text.length === 4) {
    const y2 = Number(tokens[i + 3].text);
    if (y2 > y) return makeCore(y, i, s, i + 4, { decided: { kind: 'year', unit: null }, high: y2 });
  }
  return makeCore(y, i, s, i + 2, { decided: { kind: 'year', unit: null } });
}

/** "نوفمبر 2023": a month and a year without a day (value: the year). */
export function readMonthYear(ctx: ScanCtx, i: number): Core | null {
  const hit = ctx.hits[i]!;
  if (!hit.lex.months || hit.proclitics !== '') return null;
  const m = matchMonth(ctx, i);
  const y = m ? ctx.tokens[m.end] : undefined;
  if (!m || !y || y.type !== 'digits' || y.text.length !== 4 || y.lineBefore) return null;
  const v = Number(y.text);
  return isYear(v) ? makeCore(v, i, wordStart(ctx, i), m.end + 1, { decided: { kind: 'date', unit: null } }) : null;
}
