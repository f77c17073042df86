// Numbers written as words: "ثلاثة آلاف وثمانمئة وخمسة وأربعين", "خمسة وعشرين ألفا",
// "ثلاث مئة", "اثنا عشر", "مئتي", "ثلاثة أرباع". One left-to-right pass with slots
// (hundreds, units, tens) per group between scale words, so "ثلاثة وثلاثة" stays two numbers.
// Hand-written: Intl formats numbers as words in no locale and parses none (Intl.NumberFormat
// only writes digits), so reading Arabic number words has no library in the platform.

import type { Ctx } from './context';
import { hasArticle } from './lexicon';

export interface WordNumber {
  value: number;
  /** Token index just after the number. */
  end: number;
  /** Smallest scale applied (1000 for "ثلاثة آلاف"), 1 when none. */
  lastScale: number;
  /** Number of word tokens read. */
  words: number;
  /** A fraction such as "ثلاثة أرباع" (a definite noun may follow). */
  fraction: boolean;
}

/** "اثنا/اثني/اثنتا/اثنتي" (folded): forms of "two" that exist only before عشر/عشرة. */
export const CONSTRUCT_TWO = new Set(['اثنا', 'اثني', 'اثنتا', 'اثنتي']);

/** Parses a number written in words starting at token i, or returns null. */
export function parseWords(ctx: Ctx, i: number): WordNumber | null {
  const { tokens, hits } = ctx;
  const first = hits[i];
  if (!first) return null;
  const fx = first.lex;
  const article = hasArticle(first.proclitics);
  let total = 0;
  let group = 0;
  // Which slots of the current group (between scale words) are filled.
  let hasHundreds = false;
  let hasUnits = false;
  let hasTens = false;
  let lastScale = Infinity;
  let lastWasUnit = false;
  let lastUnit = 0;

  if (article) {
    // "الناجين التسعة عشر", "الأحد عشر": a definite compound of 11..19, its عشر without the article.
    // (Not «الواحد»: «سعر الكيلو الواحد عشرة ريالات» is the single kilo's price, 10.)
    const n = hits[i + 1];
    const single = /^واحد/.test(tokens[i].text.slice(first.proclitics.length));
    if (fx.unit !== undefined && fx.unit < 10 && !single && n && n.proclitics === '' && n.lex.teen === true && !tokens[i + 1].lineBefore)
      return { value: fx.unit + 10, end: i + 2, lastScale: 1, words: 2, fraction: false };
    // "الثلاثة", "الخمس": a definite cardinal (3..10); never "الاثنين" (Monday) or "المئة".
    if (fx.unit === undefined || fx.unit < 3) return null;
    // "الأربع والعشرين": a definite compound.
    if (n && n.proclitics === 'وال' && n.lex.ten !== undefined && fx.unit < 10 && !tokens[i + 1].lineBefore)
      return { value: fx.unit + n.lex.ten, end: i + 2, lastScale: 1, words: 2, fraction: false };
    // "العشرة ملايين برميل", "الخمسة آلاف جندي": a definite cardinal of a scale's plural.
    if (n && n.proclitics === '' && n.lex.scale !== undefined && n.lex.scale >= 1e3 && n.lex.scaleForm === 'plural' && !tokens[i + 1].lineBefore)
      return { value: fx.unit * n.lex.scale, end: i + 2, lastScale: n.lex.scale, words: 2, fraction: false };
    return { value: fx.unit, end: i + 1, lastScale: 1, words: 1, fraction: false };
  }
  if (fx.unit !== undefined) {
    const next = hits[i + 1];
    const teenNext = next !== undefined && next.proclitics === '' && next.lex.teen === true && !tokens[i + 1].lineBefore;
    // أحد/إحدى only exist before عشر/عشرة.
    const base = tokens[i].text.slice(first.proclitics.length);
    if ((base === 'احد' || base === 'احدي') && !teenNext) return null;
    group = fx.unit;
    hasUnits = true;
    lastWasUnit = fx.unit < 10;
    lastUnit = fx.unit;
  } else if (fx.ten !== undefined) {
    group = fx.ten;
    hasTens = true;
  } else if (fx.hundred !== undefined) {
    group = fx.hundred;
    hasHundreds = true;
  } else if (fx.scale !== undefined && fx.scaleForm !== 'plural') {
    // ألف → 1000; ألفان/ألفين/ألفي → 2000; ألفا/مليونا is a construct dual before a noun
    // ("ألفا جندي" → 2000) but the accusative singular otherwise ("مليونا و300 ألف").
    let n = fx.scaleForm === 'sing' ? 1 : 2;
    if (fx.scaleForm === 'acc') {
      const nt = tokens[i + 1];
      const nh = hits[i + 1];
      const nounNext = nt !== undefined && nt.type === 'word' && !nt.lineBefore && !nt.latin && nt.text !== 'و' && !nh?.lex.stop && !(nh && nh.proclitics.startsWith('و'));
      if (!nounNext) n = 1;
    }
    total = n * fx.scale;
    lastScale = fx.scale;
  } else return null;

  let k = i + 1;
  for (; k < tokens.length; k++) {
    let tok = tokens[k];
    let hit = hits[k];
    // "خمسمائة و خمسة و عشرون": the conjunction written apart reads like the glued one.
    let pre = hit?.proclitics;
    const from = k;
    if (tok.type === 'word' && tok.text === 'و' && !tok.lineBefore) {
      const h2 = hits[k + 1];
      const t2 = tokens[k + 1];
      if (h2 && t2 && h2.proclitics === '' && !t2.lineBefore && t2.spaceBefore) {
        k++;
        tok = t2;
        hit = h2;
        pre = 'و';
      }
    }
    if (!hit || tok.lineBefore || !tok.spaceBefore) {
      k = from;
      break;
    }
    const x = hit.lex;
    if (pre === '' && from === k) {
      if (x.teen && lastWasUnit && !hasTens) {
        group += 10;
        hasTens = true;
        lastWasUnit = false;
        continue;
      }
      if (x.mia && lastWasUnit && !hasHundreds && group === lastUnit) {
        group = lastUnit * 100;
        hasHundreds = true;
        hasUnits = false;
        lastWasUnit = false;
        continue;
      }
      if (x.scale !== undefined && x.scaleForm !== 'dual' && x.scale < lastScale && (group > 0 || total === 0)) {
        total += (group || 1) * x.scale;
        group = 0;
        hasHundreds = hasUnits = hasTens = false;
        lastWasUnit = false;
        lastScale = x.scale;
        continue;
      }
      if (x.fracPlural !== undefined && total === 0 && hasUnits && !hasTens && !hasHundreds && group <= 10) {
        return { value: group * x.fracPlural, end: k + 1, lastScale: 1, words: k + 1 - i, fraction: true };
      }
      break;
    }
    if (pre === 'و') {
      // "مائة واثنا عشر" but not "مائة وأثنى" (and praised): see CONSTRUCT_TWO.
      const teenAfter = hits[k + 1]?.proclitics === '' && hits[k + 1]?.lex.teen === true;
      if (CONSTRUCT_TWO.has(tok.text.slice(from === k ? hit.proclitics.length : 0)) && !teenAfter) {
        k = from;
        break;
      }
      if (x.unit !== undefined && x.unit < 10 && !hasUnits && !hasTens && x.unit < lastScale) {
        group += x.unit;
        hasUnits = true;
        lastWasUnit = true;
        lastUnit = x.unit;
        continue;
      }
      // «مئة وعشرة»: ten after the hundreds fills their tens (110), as «مئة وعشرون» does.
      if (x.unit === 10 && hasHundreds && !hasUnits && !hasTens && x.unit < lastScale) {
        group += 10;
        hasTens = true;
        lastWasUnit = false;
        continue;
      }
      // Not "عشرة وعشرون" (ten and twenty: two numbers, e.g. the ends of a range).
      if (x.ten !== undefined && !hasTens && x.ten < lastScale && !(hasUnits && lastUnit === 10)) {
        group += x.ten;
        hasTens = true;
        lastWasUnit = false;
        continue;
      }
      if (x.hundred !== undefined && !x.mia && group === 0 && total > 0 && x.hundred < lastScale) {
        group = x.hundred;
        hasHundreds = true;
        lastWasUnit = false;
        continue;
      }
      if (x.hundred !== undefined && x.mia && group === 0 && total > 0 && lastScale > 100) {
        group = 100;
        hasHundreds = true;
        lastWasUnit = false;
        continue;
      }
    }
    k = from;
    break;
  }
  return { value: total + group, end: k, lastScale: lastScale === Infinity ? 1 : lastScale, words: k - i, fraction: false };
}
