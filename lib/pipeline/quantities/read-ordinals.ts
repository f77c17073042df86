// Ordinals: "الخامسة", "الحادي عشر", "الخامس والعشرين", "الخمسين", "ثالثة", "الواحد والعشرون",
// which may turn out to be a clock hour ("الثانية ظهرا"), an age ("في العاشرة من عمرها") or a
// day of a month ("السابع من أكتوبر").

import type { Reader, ScanCtx } from './context';
import { bareHit, nextWord, wordStart } from './context';
import type { Core } from './core';
import { makeCore, NO_NUMBER } from './core';
import { extendMonth, matchMonth } from './kinds';
import { hasArticle } from './lexicon';
import { clockCore } from './read-clock';

/** After "من" at token k, a month name ("السابع من أكتوبر"): the token after the date, or -1. */
function monthAfterFrom(ctx: ScanCtx, k: number): number {
  const t = ctx.tokens[k];
  if (t?.text !== 'من' || t.lineBefore) return -1;
  const m = matchMonth(ctx, k + 1);
  return m ? extendMonth(ctx, m.end) : -1;
}

/** "الواحد والعشرون", "الواحد و الثلاثون": ordinals built on واحد. */
export const readOrdinalOnOne: Reader = (ctx, i) => {
  const { tokens, hits } = ctx;
  const hit = hits[i]!;
  if (!hasArticle(hit.proclitics) || hit.lex.unit !== 1) return null;
  let k = i + 1;
  let pre2 = 'وال';
  if (tokens[k]?.text === 'و' && !tokens[k].lineBefore) {
    k++;
    pre2 = 'ال';
  }
  const h2 = hits[k];
  if (!h2 || h2.proclitics !== pre2 || h2.lex.ordinalTens === undefined || tokens[k].lineBefore) return null;
  return makeCore(1 + h2.lex.ordinalTens, i, wordStart(ctx, i), k + 1, { decided: { kind: 'ordinal', unit: null } });
};

/** An ordinal word (with the article, or a bare one such as "ثالثة"), or ال + tens. */
export const readOrdinalWord: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  const x = hit.lex;
  const article = hasArticle(hit.proclitics);
  if (!((x.ordinal !== undefined && (article || (x.ordinalBare && (hit.proclitics === '' || hit.proclitics === 'و')))) || (x.ten !== undefined && article))) return null;
  // "تشرين الثاني", "ربيع الأول": part of a month name.
  if (bareHit(ctx, i - 1)?.lex.monthLead) return NO_NUMBER;
  return readOrdinal(ctx, i, wordStart(ctx, i)) ?? NO_NUMBER;
};

/** "الخامسة", "الحادي عشر", "الخامس والعشرين", "الخمسين", "ثالثة". */
function readOrdinal(ctx: ScanCtx, i: number, s: number): Core | null {
  const { tokens, hits } = ctx;
  const x = hits[i]!.lex;
  let end = i + 1;
  if (x.ordinal === undefined) {
    // ال + tens: "الخمسين" (fiftieth) unless a time noun follows ("الخمسين عاما").
    const n = bareHit(ctx, end);
    if (n?.lex.timeNoun) return makeCore(x.ten!, i, s, end, {});
    if (n?.lex.scale) return null;
    // "الثلاثين من يونيو": a day of a month.
    const dateEnd = x.ten! <= 30 ? monthAfterFrom(ctx, end) : -1;
    if (dateEnd >= 0) return makeCore(x.ten!, i, s, dateEnd, { decided: { kind: 'date', unit: null } });
    return makeCore(x.ten!, i, s, end, { decided: { kind: 'ordinal', unit: null } });
  }
  let v = x.ordinal;
  const n = hits[end];
  if (n && !tokens[end].lineBefore && n.proclitics === '' && n.lex.teen) {
    v += 10;
    end++;
  } else if (n && !tokens[end].lineBefore && n.proclitics === 'وال' && n.lex.ordinalTens !== undefined) {
    v += n.lex.ordinalTens;
    end++;
  } else if (tokens[end]?.text === 'و' && !tokens[end].lineBefore && hits[end + 1]?.proclitics === 'ال' && hits[end + 1]!.lex.ordinalTens !== undefined && !tokens[end + 1].lineBefore) {
    // "الخامس و العشرون"
    v += hits[end + 1]!.lex.ordinalTens!;
    end += 2;
  } else if (tokens[i].text.slice(hits[i]!.proclitics.length).startsWith('حادي')) return null;
  // "في الثانية عشرة ظهرا", "العاشرة مساء": an hour before a part of the day is a clock time.
  // Not "الحلقة الثانية مساء الخميس" (the evening of a day: a definite word follows).
  const dp = bareHit(ctx, end)?.lex;
  const construct = nextWord(ctx, end + 1)?.text.startsWith('ال') === true;
  // Hours are feminine (الساعة الخامسة): "المهرجان الخامس مساء أمس" is no clock time.
  const feminine = tokens[i].text.endsWith('ه');
  // "الثانية ظهرا" is 14:00, "الثانية عشرة ظهرا" noon; as after الساعة, only an evening
  // word joins the text.
  if (v <= 12 && feminine && hasArticle(hits[i]!.proclitics) && (dp?.dayPart || dp?.evening) && !construct)
    return clockCore(ctx, i, s, dp.dayPart === 'noon' && v < 6 ? v + 12 : v, 0, end);
  // "طفلة في العاشرة من عمرها": an ordinal before "من عمره/العمر" is an age.
  if (tokens[end]?.text === 'من' && !tokens[end].lineBefore && bareHit(ctx, end + 1)?.lex.ageCue)
    return makeCore(v, i, s, end, { decided: { kind: 'age', unit: null } });
  // "السابع من أكتوبر": an ordinal day of a month is a date.
  const dateEnd = v <= 31 ? monthAfterFrom(ctx, end) : -1;
  if (dateEnd >= 0) return makeCore(v, i, s, dateEnd, { decided: { kind: 'date', unit: null } });
  return makeCore(v, i, s, end, { decided: { kind: 'ordinal', unit: null } });
}
