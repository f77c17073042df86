// «نواب كتلته الـ85»، «الجنود الـ40»: a number with the article after a definite noun phrase
// counts that phrase's noun ("his bloc's 85 deputies") — never the word after it («الـ85
// سيصوتون»), nor a noun of another figure of the clause («خسر 17 صوتا من أصل نواب كتلته الـ85»:
// the 85 are deputies, not votes).
import type { Token } from '../text/tokens';
import { conceptOfWord } from './concepts';
import type { Located } from './locate';

/** Words of the noun phrase read back from the article (the head and up to two words after it). */
const PHRASE_WORDS = 3;
// A definite word: the article (after a conjunction or a one-letter preposition), or a possessive
// pronoun as written («حزبه», «قواتها»; a final «ة» is no pronoun).
const DEFINITE = /^(و|ف)?(ال|بال|لل|كال)/;
const POSSESSIVE = /[^ة](ه|ها|هم|هما|هن|نا|كم)$/;

/**
 * For a number written with the article right after a definite noun phrase: the concept of the
 * phrase's counted noun (null when it names none the lexicon knows). Null (no verdict) for any
 * other number («خلال الـ24 ساعة»: a preposition, not a noun phrase, before the article).
 */
export function definiteNumeralConcept(tokens: readonly Token[], loc: Located): { concept: string | null } | null {
  const article = tokens[loc.qFrom - 1];
  const last = tokens[loc.qFrom - 2];
  if (article?.type !== 'word' || article.norm !== 'ال' || last?.type !== 'word') return null;
  if (!DEFINITE.test(last.norm) && !POSSESSIVE.test(last.raw)) return null;
  for (let i = loc.qFrom - 2; i >= Math.max(0, loc.qFrom - 1 - PHRASE_WORDS) && tokens[i].type === 'word'; i--) {
    const concept = conceptOfWord(tokens[i]);
    if (concept) return { concept };
  }
  return { concept: null };
}
