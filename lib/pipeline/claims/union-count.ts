// One count of two groups joined by «و» («10 أطفال ورجال», «3000 رجل وامرأة», «25 امرأة وطفل»):
// the figure counts both together, so it is neither group's. Two plurals, or two singular nouns
// of the counted form, make a union; a plural then a singular («أربعة أطفال وامرأة») is a list —
// four children and one woman — and the count keeps its group. Two fates joined by «أو» («وفاة
// أو فقدان 40 مهاجرا», «40 قتيلا أو مفقودا») are one count of both: the dead or the missing, neither alone.

import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { EVENT_CONCEPTS, conceptOfWord } from './concepts';

// People named in the plural and in the singular (the counted forms after a number).
const PLURAL = /^(رجال|نساء|سيدات|اطفال|جنود|عسكريين|عسكريون|مدنيين|مدنيون|عمال|ركاب|اسري|مسلحين|مسلحون|شيوخ|فتيات|فتيان|شبان)$/;
const SINGULAR = /^(رجل|رجلا|امراه|سيده|طفل|طفلا|طفله|جندي|جنديا|مدني|مدنيا|عامل|عاملا|شاب|شابا|فتاه|فتي)$/;

/** True when the figure's counted noun is followed by «و» and another group: a count of both together. */
export function countsUnion(tokens: readonly Token[], loc: Located): boolean {
  const noun = tokens[loc.unitEnd - 1];
  const next = tokens[loc.unitEnd];
  if (!noun || !next || loc.unitEnd === loc.qTo || next.type !== 'word' || !next.norm.startsWith('و')) return false;
  const other = next.norm.slice(1);
  if (PLURAL.test(other)) return PLURAL.test(noun.norm) || SINGULAR.test(noun.norm);
  return SINGULAR.test(other) && SINGULAR.test(noun.norm);
}

const OR = /^(او|أو)$/;
const fate = (t: Token | undefined): string | null => {
  const c = conceptOfWord(t);
  return c !== null && c !== 'population' && EVENT_CONCEPTS.has(c) ? c : null;
};
const twoFates = (a: Token | undefined, or: Token | undefined, b: Token | undefined): boolean => {
  const x = fate(a);
  const y = fate(b);
  return !!or && OR.test(or.norm) && x !== null && y !== null && x !== y;
};

/** True when two fates joined by «أو» govern the figure or follow its noun: one count of either. */
export function countsEitherFate(tokens: readonly Token[], loc: Located): boolean {
  return twoFates(tokens[loc.qFrom - 3], tokens[loc.qFrom - 2], tokens[loc.qFrom - 1]) || (loc.unitEnd > loc.qTo && twoFates(tokens[loc.unitEnd - 1], tokens[loc.unitEnd], tokens[loc.unitEnd + 1]));
}
