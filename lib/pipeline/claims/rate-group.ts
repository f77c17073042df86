// The people a labour-market rate is measured among: «معدل البطالة بين الذكور 16.3%»,
// «بطالة الشباب 39%», «مقابل 28.1% بين الإناث», «وبين الإناث 27.6%». A survey gives the rate
// of the whole labour force and of its groups in one release; each group's rate is a figure of
// its own (`:among:<group>`), never the headline rate nor another group's.

import type { Token } from '../text/tokens';

// The groups a labour-force survey breaks its rates down by («الذكور», «النساء», «الشباب», «الخريجين»).
const GROUPS: [RegExp, string][] = [
  [/^(و|ل|لل)?(ال)?(ذكور|رجال)$/, 'men'],
  [/^(و|ل|لل)?(ال)?(اناث|نساء)$/, 'women'],
  [/^(و|ل|لل)?(ال)?(شباب|شبان)$/, 'youth'],
  [/^(و|ل|لل)?(ال)?(خريجين|خريجي|جامعيين)$/, 'graduates'],
];
// «بين الذكور», «لدى النساء», «في صفوف الشباب», «في أوساط الخريجين», «عند الإناث».
const AMONG = /^(و)?(بين|لدي|عند|وسط|صفوف|اوساط)$/;

/** How a label names each group («معدل البطالة بين الإناث»). */
export const GROUP_NAMES: Readonly<Record<string, string>> = { men: 'الذكور', women: 'الإناث', youth: 'الشباب', graduates: 'الخريجين' };

const groupOf = (t: Token | undefined): string | null => (t?.type === 'word' ? (GROUPS.find(([re]) => re.test(t.norm))?.[1] ?? null) : null);

/** «بين الإناث» (or «في صفوف الشباب») starting at token k: the group, or null. */
function amongAt(tokens: Token[], k: number): string | null {
  if (!AMONG.test(tokens[k]?.norm ?? '')) return null;
  return groupOf(tokens[k + 1]);
}

/**
 * The group named between the rate's noun at `noun` and the figure («معدل البطالة بين الذكور بلغ»,
 * «بطالة الشباب»: the group right after the noun), or right after the figure («28.1% بين الإناث»).
 */
export function rateGroup(tokens: Token[], noun: number, qFrom: number, unitEnd: number): string | null {
  const construct = groupOf(tokens[noun + 1]);
  if (construct) return construct;
  for (let k = noun + 1; k < qFrom; k++) {
    const group = amongAt(tokens, k);
    if (group) return group;
  }
  return amongAt(tokens, unitEnd);
}

/** A list's next item, «وبين الإناث 27.6%» or «28.1% بين الإناث», with no rate noun of its own: its group, or null. */
export function groupItem(tokens: Token[], qFrom: number, unitEnd: number): string | null {
  // («وبين الإناث إلى 27.6%», «وبين الإناث عند 27.6%»: the verb's preposition before the figure.)
  const at = /^(الي|عند|ب)$/.test(tokens[qFrom - 1]?.norm ?? '') ? qFrom - 1 : qFrom;
  return amongAt(tokens, at - 2) ?? amongAt(tokens, unitEnd);
}
