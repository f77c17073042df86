// Numbers written as words, one reader per shape: cardinals ("ثلاثة آلاف وخمسمئة", parsed in
// words.ts), vague amounts ("عشرات الآلاف"), duals of counted nouns ("يومين"), fractions
// ("نصف مليون", "ربع قرن"), zero ("صفر إصابات") and negatives ("سالب خمسة").

import type { Reader, ScanCtx } from './context';
import { bareHit, isPunct, nextWord, wordStart } from './context';
import type { Decided } from './core';
import { isPlainAmount, makeCore, NO_NUMBER } from './core';
import { hasArticle, REGISTER_WORDS } from './lexicon';
import { fold } from '../text/fold';
import { originalStart, writtenBetween } from './offsets';
import { CONSTRUCT_TWO, parseWords } from './words';

/** "سالب خمسة", "سالب ٥": a negative number. */
export const readNegative: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  const next = ctx.tokens[i + 1];
  if (!hit.lex.negative || hit.proclitics !== '' || !next || next.lineBefore) return null;
  const c = ctx.readNumber(i + 1);
  return isPlainAmount(c) && c.value > 0 ? { ...c, value: -c.value, startToken: i, startOffset: wordStart(ctx, i) } : null;
};

/** "صفر إصابات", "صفر فاصلة خمسة": zero, but never the month Safar ("في صفر الماضي"). */
export const readZero: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  const next = ctx.tokens[i + 1];
  if (!hit.lex.zero || hit.proclitics !== '' || !next || next.lineBefore) return null;
  const nh = bareHit(ctx, i + 1);
  if (!(nh?.lex.decimalMark || nh?.lex.percentWord || nh?.lex.countNoun || isPunct(ctx, i + 1, '%'))) return null;
  return makeCore(0, i, wordStart(ctx, i), i + 1);
};

// «دون وقوع إصابات», «بدون أي إصابات», «لم تسفر عن وقوع إصابات», «لم يسجل أي ضحايا»: none hurt or
// killed — a count of zero, which another report's count of the injured may contradict.
const NONE_VERB = /^(تسفر|يسفر|تسجل|يسجل|تخلف|يخلف|تقع|يقع)$/;
const NONE_FILLER = /^(عن|وقوع|حدوث|تسجيل|سقوط|اي)$/;
const NONE_NOUN = /^(اصابات|ضحايا|وفيات)$/;

/** «دون وقوع إصابات», «لم تسفر عن إصابات»: zero injured (or dead), the words from the cue to the noun. */
export const readNone: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  if (!hit.lex.noneCue || (hit.proclitics !== '' && hit.proclitics !== 'و' && hit.proclitics !== 'ب')) return null;
  let k = i + 1;
  if (ctx.tokens[i].text.endsWith('لم')) {
    if (!NONE_VERB.test(nextWord(ctx, k)?.text ?? '')) return null;
    k++;
  }
  for (let n = 0; n < 3 && NONE_FILLER.test(nextWord(ctx, k)?.text ?? ''); n++) k++;
  const noun = nextWord(ctx, k);
  if (!noun || !NONE_NOUN.test(noun.text)) return null;
  return makeCore(0, i, wordStart(ctx, i), k + 1, { decided: { kind: 'count', unit: writtenBetween(ctx, noun.start, noun.end) } });
};

/** "عشرات", "بضعة آلاف", "عشرات الآلاف": a vague amount, the interval it allows. */
export const readVague: Reader = (ctx, i) => {
  const { tokens, hits } = ctx;
  const hit = hits[i]!;
  const x = hit.lex;
  const article = hasArticle(hit.proclitics);
  if (!x.vague || (x.scale && !article && hit.proclitics !== '' && hit.proclitics !== 'و' && hit.proclitics !== 'ب' && hit.proclitics !== 'ل')) return null;
  let [lo, hi] = x.vague;
  let end = i + 1;
  const h2 = hits[i + 1];
  if (h2 && h2.lex.scale && h2.lex.scaleForm === 'plural' && !tokens[i + 1].lineBefore && h2.lex.scale > (x.scale ?? 1)) {
    // "عشرات الآلاف" → 20000..99999, "بضعة آلاف" → 3000..9999.
    lo *= h2.lex.scale;
    hi = (hi + 1) * h2.lex.scale - 1;
    end++;
  }
  // "بالآلاف", "للملايين": a definite vague amount counts nothing after it.
  const decided: Decided | undefined = article ? { kind: 'count', unit: null } : undefined;
  return makeCore(lo, i, wordStart(ctx, i), end, { vague: true, low: lo, high: hi, definiteUnit: true, decided });
};

/** "يومين", "دولارين", "درجتين": the dual of a counted noun is 2 of it. */
export const readDualNoun: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  const x = hit.lex;
  if (!x.dualNoun || hasArticle(hit.proclitics)) return null;
  if (x.dualConstruct && !x.unitTails?.has(nextWord(ctx, i + 1)?.text ?? '')) return null;
  const s = wordStart(ctx, i);
  if (x.currency) {
    const code = x.currency === 'DINAR' ? 'دينار' : x.currency;
    return makeCore(2, i, s, i + 1, { decided: { kind: 'money', unit: code } });
  }
  if (x.degree) return makeCore(2, i, s, i + 1, { decided: { kind: 'other', unit: 'درجة' } });
  const unit = writtenBetween(ctx, s, ctx.tokens[i].end);
  const decided: Decided = { kind: x.timeNoun ? 'duration' : 'count', unit };
  // «سيارة أو سيارتين», «يوما أو يومين»: one or two, a vague amount, not two.
  if (oneOrTwo(ctx, i)) return makeCore(1, i, s, i + 1, { vague: true, low: 1, high: 2, decided });
  return makeCore(2, i, s, i + 1, { decided });
};

// The letters a singular and its dual share: «سيارة»/«سيارتين» → «سيار», «يوما»/«يومين» → «يوم».
const singularBase = (w: string): string => w.replace(/[اه]$/, '').replace(/ت$/, '');
const dualBase = (w: string): string => w.replace(/(ين|ان)$/, '').replace(/ت$/, '');

/** The dual at `i` follows «أو» after its own singular: «سيارة أو سيارتين». */
function oneOrTwo(ctx: ScanCtx, i: number): boolean {
  const or = ctx.tokens[i - 1];
  const one = ctx.tokens[i - 2];
  if (or?.type !== 'word' || or.text !== 'او' || one?.type !== 'word') return false;
  return singularBase(one.text).length >= 2 && singularBase(one.text) === dualBase(ctx.tokens[i].text);
}

// Words that register a case in a health or accident bulletin: «تم تسجيل حالة وفاة», «رصدت حالة إصابة».
const REGISTERS = new Set(REGISTER_WORDS.flatMap((w) => ['', 'و', 'ب', 'ل'].map((p) => fold(p + w))));

/**
 * «تسجيل حالة وفاة», «حالة وفاة وإصابتان بكورونا» (a headline's first words): a bulletin's
 * singular case, registered or opening its line, is one of them. Not «في حالة وفاة» (in case of
 * death), not «حالة إصابة واحدة» (its numeral is read).
 */
export const readImpliedOne: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  const next = nextWord(ctx, i + 1);
  if (!hit.lex.impliedOne || (hit.proclitics !== '' && hit.proclitics !== 'و') || !next || !hit.lex.unitTails?.has(next.text)) return null;
  const prev = ctx.tokens[i - 1];
  const opens = !prev || ctx.tokens[i].lineBefore || (prev.type === 'punct' && /^[:.]$/.test(prev.text));
  if (!opens && !(prev.type === 'word' && REGISTERS.has(prev.text))) return null;
  // («حالة إصابة واحدة», «حالة وفاة جديدة واحدة»: a numeral of its own follows.)
  for (let k = i + 2; k <= i + 3; k++) if (ctx.hits[k]?.lex.unit !== undefined) return null;
  return makeCore(1, i, wordStart(ctx, i), i + 1);
};

/** "نصف", "ثلث مليون", "ربع قرن" (25 years), "خمس السكان" (a homograph read as a fifth). */
export const readFraction: Reader = (ctx, i) => {
  const { hits } = ctx;
  const hit = hits[i]!;
  const x = hit.lex;
  const frac = x.frac;
  if (frac === undefined || hasArticle(hit.proclitics)) return null;
  const s = wordStart(ctx, i);
  const n = nextWord(ctx, i + 1);
  if (x.fracHomograph) {
    // خمس السكان (a fifth) vs خمس سنوات (five), "من خمس إلى عشر" (five).
    if (!n || !(n.text.startsWith('ال') || n.text === 'من') || hits[i + 1]?.lex.stop) return null;
  }
  const h = hits[i + 1];
  if (n && h && h.proclitics === '') {
    if (h.lex.scale !== undefined && (h.lex.scaleForm === 'sing' || h.lex.scaleForm === 'acc'))
      return makeCore(frac * h.lex.scale, i, s, i + 2, { lastScale: h.lex.scale });
    if (h.lex.timeNoun === 'century' || h.lex.timeNoun === 'decade') {
      // "ربع قرن" → 25 years.
      const years = frac * (h.lex.timeNoun === 'century' ? 100 : 10);
      return makeCore(years, i, s, i + 2, { decided: { kind: 'duration', unit: 'سنة' } });
    }
  }
  return makeCore(frac, i, s, i + 1, { definiteUnit: true });
};

/** "ثلاثة آلاف وثمانمئة وخمسة وأربعين", "الثلاثة": a cardinal in words (last reader tried). */
export const readCardinalWords: Reader = (ctx, i) => {
  const hit = ctx.hits[i]!;
  if (hit.lex.unit !== undefined && falseFriend(ctx, i)) return NO_NUMBER;
  const w = parseWords(ctx, i);
  if (!w) return NO_NUMBER;
  // "واحدة من أكبر": "one of", not an amount.
  if (w.words === 1 && w.value === 1 && ctx.tokens[w.end]?.text === 'من') return NO_NUMBER;
  return makeCore(w.value, i, wordStart(ctx, i), w.end, {
    lastScale: w.lastScale,
    definiteUnit: w.fraction,
    unitBefore: (w.words === 1 && w.value <= 2) || hasArticle(hit.proclitics),
  });
};

/**
 * Whether the cardinal word (a unit, 1..10) at token i is another word that folds to the same
 * letters (see README "False friends"): "وأثنى" (praised), "لست" (I am not), "القاعة تسع 500" (holds).
 */
function falseFriend(ctx: ScanCtx, i: number): boolean {
  const { tokens, hits } = ctx;
  const hit = hits[i]!;
  const base = tokens[i].text.slice(hit.proclitics.length);
  const next = bareHit(ctx, i + 1);
  // The construct forms of "two" exist only in "اثنا عشر"; their hamza is never أ
  // ("أثنى" is a verb), which folding hides, so the original letter is read.
  if (CONSTRUCT_TWO.has(base)) {
    if (!next?.lex.teen) return true;
    if (ctx.text.charCodeAt(originalStart(ctx, tokens[i].start + hit.proclitics.length)) === 0x0623) return true;
  }
  // "لست": ل + ست is also "I am not"; it is "for six" only before a word that six counts.
  if (hit.proclitics === 'ل' && base === 'ست') {
    const h = tokens[i + 1]?.lineBefore ? undefined : hits[i + 1];
    const x = h?.lex;
    const compound = h?.proclitics === 'و' && (x?.ten !== undefined || x?.unit !== undefined);
    if (!h || !x || !(compound || (h.proclitics === '' && (x.teen || x.scale !== undefined || x.mia || x.timeNoun || x.countNoun || x.currency)))) return true;
  }
  // A lone cardinal word right before digits ("القاعة تسع 500 شخص") is a verb or a noun:
  // a number never counts another number ("للسنوات العشر 2001-2011" is definite, kept).
  const n = tokens[i + 1];
  if (!hasArticle(hit.proclitics) && n?.type === 'digits' && n.spaceBefore && !n.lineBefore) return true;
  return false;
}
