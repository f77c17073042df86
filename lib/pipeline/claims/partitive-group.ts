// "قتل تسعة جنود وستة من متطوعي الدفاع": a bare figure followed by «من» and a noun of its own is
// that noun's group ("six of the volunteers"), not one more item of the previous figure's list —
// it never takes the previous figure's concept. Counted as its noun, like "ستة متطوعين".

import type { Token } from '../text/tokens';
import { STOPWORDS } from '../text/normalize';
import { findEntities } from '../text/entities';
import { conceptOfWord, populationOfUnit, unitConcept } from './concepts';
import type { Located } from './locate';

/** The fallback concept of the unknown noun after «N من», or null when there is none. */
export function partitiveGroupConcept(tokens: Token[], loc: Located): string | null {
  if (tokens[loc.unitEnd]?.norm !== 'من') return null;
  const noun = tokens[loc.unitEnd + 1];
  if (!noun || noun.type !== 'word' || STOPWORDS.has(noun.norm) || noun.bare.length <= 3) return null;
  // A known word (the dead, civilians) is read by conceptOf; a name is a place ("5 من القرية X").
  if (conceptOfWord(noun) || populationOfUnit(noun.raw) || findEntities([noun]).length > 0) return null;
  // Only a plural of people in construct or with the article: "متطوعي", "المتطوعين".
  if (!/(ين|ون|ي)$/.test(noun.bare)) return null;
  return unitConcept(noun.stem);
}
