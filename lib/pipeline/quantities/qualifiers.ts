// Qualifier phrases before a number ("أكثر من", "بنحو", "ما لا يقل عن") and after it
// ("تقريبا", "على الأقل", "فأكثر"), matched over word tokens with the lexicon's phrase tables,
// and the interval [min, max] each qualifier gives.

import type { Qualifier } from '../../types';
import type { Ctx } from './context';
import { skipLoneClitic } from './context';
import type { Phrase } from './lexicon';
import { CURRENCY_SYMBOLS, ENGLISH_QUALIFIERS, hasArticle } from './lexicon';
import { aboutBounds } from './tolerance';

export interface QualifierMatch {
  qual: Qualifier;
  /** Token index just after the phrase. */
  end: number;
  /** Folded offset where the phrase's text starts (after proclitics). */
  startOffset: number;
}

function matchPhrases(ctx: Ctx, i: number, list: Phrase<Qualifier>[] | undefined, pre: string): QualifierMatch | null {
  if (!list) return null;
  const { tokens } = ctx;
  for (const p of list) {
    let ok = true;
    for (let k = 0; k < p.rest.length; k++) {
      const t = tokens[i + 1 + k];
      if (!t || t.type !== 'word' || t.lineBefore || t.text !== p.rest[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { qual: p.data, end: i + 1 + p.rest.length, startOffset: tokens[i].start + pre.length };
  }
  return null;
}

/** One-word verb qualifiers that may be separated from the number by their subject. */
const VERBS = new Set(
  'يتجاوز تتجاوز تجاوز تجاوزت يتخطي تتخطي تخطي تخطت يفوق تفوق فاق فاقت يتعدي تتعدي تعدي تعدت يناهز تناهز ناهز يقارب تقارب قارب'.split(' '),
);
/** Subject words allowed between such a verb and the number ("تجاوز عدد القتلى 900"). */
const SUBJECTS = new Set('عدد عددهم عددها عددهن حصيله حصيلتها اجمالي مجموع نسبه نسبتها نسبته قيمه قيمتها قيمته حجم حجمها'.split(' '));

function isNumberStart(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.lineBefore) return false;
  if (t.type === 'digits') return true;
  const h = ctx.hits[k];
  if (!h) return false;
  const x = h.lex;
  return x.unit !== undefined || x.ten !== undefined || x.hundred !== undefined || x.scale !== undefined || x.vague !== undefined;
}

/** A qualifier phrase starting at token i ("بنحو" included), or null. */
export function matchPre(ctx: Ctx, i: number): QualifierMatch | null {
  const hit = ctx.hits[i];
  if (!hit || hasArticle(hit.proclitics)) return null;
  const m = matchPhrases(ctx, i, hit.lex.qualifiers, hit.proclitics);
  if (!m) return null;
  // "لتصل إلى 72 ألفا" (so that it reached) states the figure; "يصل إلى" alone means "up to".
  if (m.qual === 'at-most' && hit.proclitics.includes('ل')) return null;
  let end = m.end;
  const { tokens } = ctx;
  // The verb is the phrase's last word: "تجاوز", but also "لا يتجاوز عدد الركاب 50".
  const lastWord = end === i + 1 ? tokens[i].text.slice(hit.proclitics.length) : tokens[end - 1].text;
  if (VERBS.has(lastWord) && !isNumberStart(ctx, end)) {
    // "تجاوز عدد الضحايا 900": skip up to three subject words.
    let k = end;
    while (k < end + 3 && tokens[k]?.type === 'word' && !tokens[k].lineBefore && !isNumberStart(ctx, k) && (SUBJECTS.has(tokens[k].text) || tokens[k].text.startsWith('ال'))) {
      if (tokens[k].text === 'ال' && tokens[k + 1]?.type === 'digits') break;
      k++;
    }
    if (k > end && (isNumberStart(ctx, k) || skipLoneClitic(ctx, k) > k)) end = k;
  }
  // "يتخطى الـ 2000": a lone proclitic between the phrase and the number is skipped.
  return { ...m, end: skipLoneClitic(ctx, end) };
}

/** "about", "more than", "at least" before digits in an English sentence. */
export function matchEnglishPre(ctx: Ctx, i: number): QualifierMatch | null {
  const { tokens } = ctx;
  const list = ENGLISH_QUALIFIERS.get(tokens[i].text.toLowerCase());
  if (!list) return null;
  for (const [rest, qual] of list) {
    const end = i + 1 + rest.length;
    if (!rest.every((w, k) => tokens[i + 1 + k]?.latin && !tokens[i + 1 + k].lineBefore && tokens[i + 1 + k].text.toLowerCase() === w)) continue;
    const n = tokens[end];
    const sym = n?.type === 'punct' && CURRENCY_SYMBOLS.has(n.text) && tokens[end + 1]?.type === 'digits';
    if (n && !n.lineBefore && (n.type === 'digits' || sym)) return { qual, end, startOffset: tokens[i].start };
  }
  return null;
}

/** A qualifier phrase after a number starting at token i ("تقريبا", "على الأقل"), or null. */
export function matchPost(ctx: Ctx, i: number): QualifierMatch | null {
  const hit = ctx.hits[i];
  const t = ctx.tokens[i];
  if (!hit || !t || t.lineBefore || (hit.proclitics !== '' && hit.proclitics !== 'و' && hit.proclitics !== 'ف')) return null;
  return matchPhrases(ctx, i, hit.lex.postQualifiers, hit.proclitics);
}

/** The interval a qualifier allows around value (range: value is the low end, high given). */
export function bounds(qual: Qualifier, value: number, high?: number): { min: number | null; max: number | null } {
  switch (qual) {
    case 'exact':
      return { min: value, max: value };
    case 'about':
      return aboutBounds(value);
    case 'more-than':
    case 'at-least':
      return { min: value, max: null };
    case 'less-than':
    case 'at-most':
      return { min: null, max: value };
    case 'range':
      return { min: value, max: high ?? value };
  }
}
