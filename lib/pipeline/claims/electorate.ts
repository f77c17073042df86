// Registered voters (the electorate) are another figure than those who voted. A count of voters
// is the electorate when the word for registered belongs to it — right after its noun ("7 ملايين
// ناخب مسجل") or heading it with no other figure between ("عدد الناخبين المسجلين … 7 ملايين") —
// when it is the whole a turnout is taken from ("من مجموع/من أصل/من إجمالي 7 ملايين ناخب"), or
// when a verb says they were called to vote ("دُعي 9 ملايين ناخب إلى الاقتراع", "يحق لـ").
// Those who voted "من الناخبين المسجلين" (among the registered) stay voters.

import type { Token } from '../text/tokens';
import type { Located } from './locate';

const REGISTERED = /^(و|ب|ل)?(ال)?(مسجلين|مسجلون|مرسمين|مسجل|مسجلا|مسجله|مقيدين|مقيدون)$/;
// Words for those who voted: a registered word after them qualifies them, not the electorate.
const VOTING_ACT = /^(و|ب|ل)?(ال)?(مقترعين|مقترعون|مقترعا|مصوتين|مصوتا|صوتوا|ادلوا|شارك|شاركوا|مشاركين)$/;
// "دُعي … إلى الاقتراع", "يحق لهم التصويت", "المدعوون إلى التصويت": called to vote.
const CALLED = /^(و|ف)?(دعي|يدعي|تدعي|دعيت|مدعوون|مدعوين|المدعوين|المدعوون|يحق|ويحق)$/;
// How far after the counted noun «مدعوين» may stand («ناخب وناخبة كانوا مدعوين»).
const CALLED_AFTER = 4;
// «من أصل N», «من مجموع N», «من إجمالي N»: the whole a part is taken from.
export const WHOLE = /^(اصل|مجموع|اجمالي)$/;

// «من أصل (نحو) N»: the figure is named as the whole of something (`words` after «من»).
function wholeBefore(tokens: Token[], loc: Located, words: RegExp): boolean {
  const w = loc.qFrom - 1 - (/^(نحو|حوالي|قرابه|زهاء|اكثر|اقل)$/.test(tokens[loc.qFrom - 1]?.bare ?? '') ? 1 : 0);
  return words.test(tokens[w]?.bare ?? '') && /^و?من$/.test(tokens[w - 1]?.norm ?? '');
}

const AMONG = /^(اصل|مجموع|اجمالي|بين)$/;
const VOTING = /^(و|ب|ل|لل)?(ال)?(تصويت|اقتراع|انتخاب|انتخابات)$/;
const VOTE_REACH = 14;

/**
 * True where a count of some other noun is the whole a vote's turnout is taken from: «من أصل
 * 80 ألف مخول لهم المشاركة في التصويت», «ومن بين 90 ألف عضو … استغل 40 ألفا حقهم في التصويت» —
 * the members of a club or union called to vote are its electorate, whatever their noun.
 */
export function isWholeOfAVote(tokens: Token[], loc: Located): boolean {
  if (!wholeBefore(tokens, loc, AMONG)) return false;
  // The vote may be told past the figure of those who took part («استغل 40 ألفا حقهم في التصويت»).
  return tokens.slice(loc.unitEnd, loc.unitEnd + VOTE_REACH).some((t) => VOTING.test(t.norm));
}

/** True where the voter count at `loc` is the electorate (see the header). */
export function isElectorate(tokens: Token[], loc: Located, clause: [number, number], stops: Uint8Array): boolean {
  const notAmong = (i: number) => tokens[i - 1]?.norm !== 'من';
  // Right after the counted noun ("ناخب مسجلين بالسجل الانتخابي").
  for (let i = loc.unitEnd; i < Math.min(clause[1], loc.unitEnd + 2) && !stops[i]; i++) if (REGISTERED.test(tokens[i].norm) && notAmong(i)) return true;
  // Heading the figure in its clause, with no figure and no act of voting before it.
  let voted = false;
  for (let i = clause[0]; i < loc.qFrom; i++) {
    const t = tokens[i];
    if (stops[i]) voted = false;
    if (VOTING_ACT.test(t.norm)) voted = true;
    if (REGISTERED.test(t.norm) && notAmong(i) && !voted && !stops.slice(i, loc.qFrom).some((s) => s === 1)) return true;
  }
  // "من مجموع 7 ملايين ناخب": the whole the voters are counted against («من أصل 610 آلاف مقترع»:
  // unless its noun says they voted — the whole the ballots are counted against).
  if (wholeBefore(tokens, loc, WHOLE) && !tokens.slice(loc.qTo, loc.unitEnd).some((t) => VOTING_ACT.test(t.norm))) return true;
  // "ودُعي أكثر من 60 مليون ناخب إلى الإدلاء بأصواتهم".
  for (let i = loc.qFrom - 1; i >= Math.max(clause[0], loc.qFrom - 4) && !stops[i]; i--) if (CALLED.test(tokens[i].norm)) return true;
  // («نحو 900 ألف ناخب وناخبة كانوا مدعوين إلى الاقتراع»: or after its noun.)
  for (let i = loc.unitEnd; i < Math.min(clause[1], loc.unitEnd + CALLED_AFTER) && !stops[i]; i++) if (CALLED.test(tokens[i].norm)) return true;
  return false;
}
