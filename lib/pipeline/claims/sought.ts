// "والبحث جار عن ستة آخرين", "تبحث فرق الإنقاذ عن 20 شخصا", "للبحث عن نحو 30": people still
// searched for are the missing, whatever fate the figure before them («تم إنقاذ خمسة أشخاص») or
// a word of death nearby names.

import type { Token } from '../text/tokens';

const SEARCH = /^(و|ف|ل)?(ال|لل)?(بحث|بحثا|يبحث|تبحث|يبحثون|تبحثان|يبحثان|بحثت|بحثوا)$/;
const ABOUT = /^(عن)$/;
const APPROXIMATELY = /^(نحو|حوالي|قرابه|زهاء|ما|يقارب|اكثر|من|اقل)$/;
// What may stand between the search and «عن»: "still going on", who searches (words, no punctuation).
const REACH = 4;

/** The figure at `qFrom` is what a search is for ("البحث جار عن ستة آخرين"). */
export function soughtBefore(tokens: Token[], qFrom: number): boolean {
  let i = qFrom - 1;
  while (i >= 0 && qFrom - i <= 3 && tokens[i].type === 'word' && APPROXIMATELY.test(tokens[i].norm)) i--;
  if (i < 0 || !ABOUT.test(tokens[i].norm)) return false;
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (SEARCH.test(t.norm)) return true;
  }
  return false;
}
