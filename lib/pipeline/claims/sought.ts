// "والبحث جار عن ستة آخرين", "تبحث فرق الإنقاذ عن 20 شخصا", "للبحث عن نحو 30": people still
// searched for are the missing, whatever fate the figure before them («تم إنقاذ خمسة أشخاص») or
// a word of death nearby names.

import type { Token } from '../text/tokens';

const SEARCH = /^(و|ف|ل)?(ال|لل)?(بحث|بحثا|يبحث|تبحث|يبحثون|تبحثان|يبحثان|بحثت|بحثوا)$/;
const ABOUT = /^(عن)$/;
// What may stand between the search and «عن»: "still going on", who searches (words, no punctuation).
const REACH = 4;

/** The figure at `qFrom` is what a search is for ("البحث جار عن ستة آخرين"). */
export function soughtBefore(tokens: Token[], qFrom: number): boolean {
  // (`qFrom` is where the figure's text starts: «نحو», «أكثر من» are part of it.)
  const i = qFrom - 1;
  if (i < 0 || !ABOUT.test(tokens[i].norm)) return false;
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (SEARCH.test(t.norm)) return true;
  }
  return false;
}
