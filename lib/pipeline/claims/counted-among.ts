// "28 شخصا ما زالوا في عداد المفقودين", "خمسة جنود في عداد القتلى": «في عداد X» (counted among
// the X) names what a figure counts, often after «ما زال/لا يزال» — further from the figure than
// the few words its own noun is looked for in.

import type { Token } from '../text/tokens';

const AMONG = /^(في|فى)$/;
const TALLY = /^(ال)?عداد$/;
// (The dual too: «عاملين ما زالا في عداد المفقودين».)
const STILL = /^(و)?(ما|لا|لازال|مازال|لازالوا|مازالوا|زالوا|زال|زالت|زالا|زالتا|يزال|يزالون|يزالان|تزال|تزالان|باتوا|اصبحوا|صاروا|اضحوا|هم|كانوا|اعتبروا|يعتبرون|يعدون|باتت|اصبح)$/;
const REACH = 5;
// The plural «آخرين/آخرون» (other people) shares the stem of «آخر».
export const OTHER_PEOPLE = /^(و)?(ال)?اخر(ين|ون)$/;

/** The word after «في عداد» right after the figure's noun ("ما زالوا" between), or null. */
export function countedAmong(tokens: Token[], unitEnd: number, clause: [number, number]): Token | null {
  // («20 آخرين ما زالوا في عداد المفقودين»: «others» after a bare figure is its noun.)
  let i = OTHER_PEOPLE.test(tokens[unitEnd]?.norm ?? '') ? unitEnd + 1 : unitEnd;
  while (i < Math.min(clause[1], unitEnd + REACH) && STILL.test(tokens[i]?.norm ?? '')) i++;
  if (!AMONG.test(tokens[i]?.norm ?? '') || !TALLY.test(tokens[i + 1]?.norm ?? '')) return null;
  const noun = tokens[i + 2];
  return noun?.type === 'word' && i + 2 < clause[1] ? noun : null;
}
