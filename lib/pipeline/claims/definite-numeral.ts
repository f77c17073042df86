// «نواب كتلته الـ85»، «الجنود الـ40»: a number with the article after a definite noun phrase
// counts that phrase's noun ("his bloc's 85 deputies") — never the word after it («الـ85
// سيصوتون»), nor a noun of another figure of the clause («خسر 17 صوتا من أصل نواب كتلته الـ85»:
// the 85 are deputies, not votes).
import type { Token } from '../text/tokens';
import { conceptOfWord, unitConcept } from './concepts';
import type { Located } from './locate';

/** Words of the noun phrase read back from the article (the head and up to two words after it). */
const PHRASE_WORDS = 3;
// Places and facilities a construct counts («مخيمات الإيواء السبعة», «مراكز الإجلاء الخمسة»): never their people.
const FACILITIES = /^(و|ب|ل)?(مواقع|مراكز|مخيمات|ملاجي|مدارس|مستشفيات|مرافق|مقرات|مباني|قاعات|نقاط|محطات)$/;
// A definite word: the article (after a conjunction or a one-letter preposition), or a possessive
// pronoun as written («حزبه», «قواتها»; a final «ة» is no pronoun).
const DEFINITE = /^(و|ف)?(ال|بال|لل|كال)/;
const POSSESSIVE = /[^ة](ه|ها|هم|هما|هن|نا|كم)$/;

/**
 * Index of the word right before a number written with its article («المقاعد الـ90», «الجرحى
 * الخمسة»: the article glued to it or a token of its own), or -1 for a number without one.
 */
export function nounBeforeArticledNumber(tokens: readonly Token[], loc: Located): number {
  const split = tokens[loc.qFrom - 1]?.norm === 'ال';
  const first = tokens[loc.qFrom];
  return split || (first?.type === 'word' && /^ال/.test(first.norm)) ? loc.qFrom - (split ? 2 : 1) : -1;
}

/**
 * For a number written with the article right after a definite noun phrase: the concept of the
 * phrase's counted noun (null when it names none the lexicon knows; `whole` where it restates the
 * whole of a partitive, whatever the clause says of the part). Null (no verdict) for any
 * other number («خلال الـ24 ساعة»: a preposition, not a noun phrase, before the article).
 */
export function definiteNumeralConcept(tokens: readonly Token[], loc: Located): { concept: string | null; whole?: boolean } | null {
  // «الـ85» (the article, then digits), or «السبعة» (a number word written with its article).
  const glued = loc.qTo - loc.qFrom === 1 && tokens[loc.qFrom].type === 'word' && tokens[loc.qFrom].norm.startsWith('ال');
  // «12 من الجرحى الخمسة والعشرين»: after a partitive's definite noun, a number word with its
  // article restates the whole the part is taken from: that noun's count itself.
  // (The article may stand as a token of its own before the number: «الـ25», «ال سبعة».)
  const nounAt = nounBeforeArticledNumber(tokens, loc);
  const noun = tokens[nounAt];
  if (nounAt >= 0 && noun?.type === 'word' && /^ال/.test(noun.norm) && tokens[nounAt - 1]?.norm === 'من') {
    const concept = conceptOfWord(noun);
    if (concept) return { concept, whole: true };
  }
  const lastAt = glued ? loc.qFrom - 1 : loc.qFrom - 2;
  const last = tokens[lastAt];
  if ((!glued && (tokens[loc.qFrom - 1]?.type !== 'word' || tokens[loc.qFrom - 1].norm !== 'ال')) || last?.type !== 'word') return null;
  if (!DEFINITE.test(last.norm) && !POSSESSIVE.test(last.raw)) return null;
  // «مخيمات الإيواء السبعة»: a construct whose head, the indefinite word before its definite one,
  // names places or facilities counts those (a noun the lexicon keys as a unit), not the people in them.
  const head = tokens[lastAt - 1];
  if (DEFINITE.test(last.norm) && head?.type === 'word' && FACILITIES.test(head.norm)) return { concept: unitConcept(head.stem) };
  // (A number word's own article is read only there: «مقاعدها الستة» keeps its reading.)
  if (glued) return null;
  for (let i = lastAt; i >= Math.max(0, lastAt + 1 - PHRASE_WORDS) && tokens[i].type === 'word'; i--) {
    const concept = conceptOfWord(tokens[i]);
    if (concept) return { concept };
  }
  return { concept: null };
}
