// «وزارة الصحة والسكان», «وزارة الداخلية والبلديات»: a word joined by «و» to a ministry's name
// is of the name (population, municipalities), counting no one and naming no councils.

import type { Token } from '../text/tokens';

const MINISTRY = /^(و|ب|ل|لل)?(ال)?(وزاره|وزير|وزيره)$/;
const namesOf = new WeakMap<readonly Token[], Set<Token>>();
/** The words of a sentence's tokens joined by «و» to a ministry's name (read once per sentence). */
export function bodyNameWords(tokens: readonly Token[]): Set<Token> {
  let out = namesOf.get(tokens);
  if (out) return out;
  out = new Set();
  for (let i = 0; i < tokens.length; i++) {
    if (!MINISTRY.test(tokens[i].norm) || !/^ال/.test(tokens[i + 1]?.norm ?? '')) continue;
    for (let k = i + 2; k <= i + 3 && tokens[k]?.type === 'word'; k++) if (/^وال/.test(tokens[k].norm)) out.add(tokens[k]);
  }
  namesOf.set(tokens, out);
  return out;
}
