// "نسبة الاقتراع داخل الوطن 44%", "نسبة المشاركة في الخارج 9%": an election's turnout or voters
// at home and abroad are two measures beside the overall one («داخل وخارج البلاد», «بما فيها
// الجاليات في الخارج» name the whole). Read in the figure's clause before it.

import type { Token } from '../text/tokens';

export type Where = 'home' | 'abroad';

const INSIDE = /^(و)?(داخل|بالداخل)$/;
const OUTSIDE = /^(و)?(خارج|بالخارج)$/;
const IN = /^(في|فى)$/;
const HOME_NOUN = /^(ال)?(داخل)$/;
const ABROAD_NOUN = /^(ال)?(خارج)$/;
// "بما فيها", "بما في ذلك", "تشمل", "إجمالي": the whole, with its parts named.
const WHOLE = /^(بما|تشمل|يشمل|شامله|الاجماليه|الاجمالي|اجمالي|الكليه|العامه)$/;
// How far before the figure the words are read.
const REACH = 10;

/** Where the turnout or voters of the figure at `qFrom` are counted, or null for the whole. */
export function homeOrAbroad(tokens: Token[], qFrom: number): Where | null {
  // ("نسبة الاقتراع في الداخل: 44.2%": a label's colon is no clause break.)
  let from = qFrom;
  while (from > 0 && qFrom - from < REACH && (tokens[from - 1].type !== 'punct' || tokens[from - 1].raw === ':')) from--;
  let home = false;
  let abroad = false;
  for (let i = from; i < qFrom; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    if (WHOLE.test(t.norm)) return null;
    const where = whereAt(tokens, i);
    if (where === 'home') home = true;
    if (where === 'abroad') abroad = true;
  }
  return home === abroad ? null : home ? 'home' : 'abroad';
}

/** «داخل», «في الداخل» (home) or «خارج», «في الخارج» (abroad) at token i, or null. */
function whereAt(tokens: Token[], i: number): Where | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  if (INSIDE.test(t.norm) || (IN.test(t.norm) && HOME_NOUN.test(tokens[i + 1]?.norm ?? ''))) return 'home';
  if (OUTSIDE.test(t.norm) || (IN.test(t.norm) && ABROAD_NOUN.test(tokens[i + 1]?.norm ?? ''))) return 'abroad';
  return null;
}

// «61.3% من أصوات الناخبين في الخارج»: a share of the votes cast abroad (or at home), named after it.
const OF_VOTES = /^(ال)?اصوات$/;
const VOTERS = /^(ال)?(ناخبين|مقترعين|جاليه|جاليات|مغتربين)$/;

/** Where the votes a share right before `from` («من أصوات … في الخارج») is taken of were cast, or null. */
export function votesCastAt(tokens: Token[], from: number): Where | null {
  if (tokens[from]?.norm !== 'من' || !OF_VOTES.test(tokens[from + 1]?.norm ?? '')) return null;
  const i = VOTERS.test(tokens[from + 2]?.norm ?? '') ? from + 3 : from + 2;
  return whereAt(tokens, i);
}
