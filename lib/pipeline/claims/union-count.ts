// One count of two groups joined by «و» («10 أطفال ورجال», «3000 رجل وامرأة», «25 امرأة وطفل»):
// the figure counts both together, so it is neither group's. Two plurals, or two singular nouns
// of the counted form, make a union; a plural then a singular («أربعة أطفال وامرأة») is a list —
// four children and one woman — and the count keeps its group.

import type { Token } from '../text/tokens';
import type { Located } from './locate';

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
