// Whose seats: a parliament's seats are won by a party, coalition or list, and an election report
// gives several of them in one sentence ("حصل التحالف الحاكم على 112 مقعدا، ونال ائتلاف
// المعارضة 35 مقعدا"). Each seat figure is owned by the party the text names for it, so that one
// party's seats meet the same party's seats in another report and never another party's (nor
// are several parties' seats taken for a round-up of incidents). Read by pattern, no party name:
//   - right after the counted noun, «لـ» and a party noun: "34 مقعدا لائتلاف المعارضة";
//   - in the figure's own clause before it, a party noun as the subject or object of a verb of
//     winning or giving: "نال ائتلاف المعارضة 35 مقعدا", "منح التحالف الحاكم 113 مقعدا";
//   - a verb with a pronoun for the party ("وهو ما يمنحه 113 مقعدا", "حصوله على"): the last
//     party named earlier in the sentence.
// The whole a seat count is taken from ("من أصل 165", "من مجموع") belongs to no party.

import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { textOf } from './scope';
import { STOPWORDS } from '../text/normalize';

// Nouns that open a party's name: party, alliance, coalition, movement, front, current, list, bloc.
const PARTY = /^(?:و|ف)?(?:ل|ب|لل)?(?:ال)?(حزب|تحالف|حركه|جبهه|تيار|ايتلاف|قايمه|كتله)$/;
// "من أصل 165", "من مجموع 165", "من إجمالي": the whole the seats are counted in.
const WHOLE = /^(اصل|مجموع|اجمالي|بين)$/;
// A verb or a verbal noun carrying a pronoun that stands for the party ("يمنحه", "حصوله", "منحها",
// "بحصولها على").
const PRONOUN_VERB = /^(?:و|ف)?(?:ب)?(يمنح|منح|تمنح|حصول|فوز|ينال|نيل)(ه|ها)$/;
const BACK = 8;

export interface PartyOwner {
  key: string;
  text: string;
}

/** The party whose seats the figure at `loc` counts, or null (see the header). */
export function partyOfSeats(tokens: Token[], loc: Located, sentence: string, base: number): PartyOwner | null {
  if (tokens[loc.qFrom - 1]?.norm === 'من' || WHOLE.test(tokens[loc.qFrom - 1]?.norm ?? '') || (tokens[loc.qFrom - 2]?.norm === 'من' && WHOLE.test(tokens[loc.qFrom - 1]?.norm ?? ''))) return null;
  // "34 مقعدا لائتلاف المعارضة": the party named right after the noun, with «لـ».
  const after = tokens[loc.unitEnd];
  if (after && PARTY.test(after.norm) && /^(?:و)?ل/.test(after.norm)) return partyAt(tokens, loc.unitEnd, sentence, base);
  // "نال ائتلاف المعارضة الرئيسي 35 مقعدا": the party in the clause before the figure.
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - BACK); i--) {
    const t = tokens[i];
    if (t.type !== 'word') break;
    if (PARTY.test(t.norm)) return partyAt(tokens, i, sentence, base);
    if (PRONOUN_VERB.test(t.norm)) {
      // "وهو ما يمنحه 113 مقعدا": the last party named before in the sentence.
      for (let k = i - 1; k >= 0; k--) if (tokens[k].type === 'word' && PARTY.test(tokens[k].norm)) return partyAt(tokens, k, sentence, base);
      return null;
    }
  }
  return null;
}

/** The party name that starts with the party noun at i: the noun and the definite words after it. */
function partyAt(tokens: Token[], i: number, sentence: string, base: number): PartyOwner {
  let end = i + 1;
  // (Not a function word that only looks definite once folded: «إلى» → «الي», «التي».)
  while (end < tokens.length && end < i + 4 && tokens[end].type === 'word' && /^ال/.test(tokens[end].norm) && !STOPWORDS.has(tokens[end].norm)) end++;
  // One key for "لائتلاف المعارضة" and "ائتلاف المعارضة", "التحالف الحاكم" and "تحالف الحاكم".
  const head = PARTY.exec(tokens[i].norm)?.[1] ?? tokens[i].norm;
  const words = [head, ...tokens.slice(i + 1, end).map((t) => t.norm)];
  const text = textOf(tokens, sentence, base, i, end).replace(/^[وف]?لل/, 'ال').replace(/^[وف]?ل(?=[اأإئ])/, '');
  return { key: 'person:' + words.join(' '), text };
}
