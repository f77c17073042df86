// Kinds of ballots: valid ("الأصوات الصحيحة", "المصرح بها", "المعبر عنها"), invalid ("باطلة",
// "ملغاة", "لاغية"), blank ("ورقة بيضاء", "الأوراق البيضاء") and all those cast ("الأصوات المدلى
// بها") are four different totals, and none of them is one candidate's votes. The kind is named
// right after the counted noun ("45 ألف صوت باطل", "23 ألف ورقة بيضاء") or heads the figure
// ("عدد الأصوات الصحيحة بلغ 44 مليونا"). A ballot word ("ورقة", "بطاقة") counts votes only
// with such a kind or a word of voting beside it: "500 ورقة نقدية" are no votes.

import type { Token } from '../text/tokens';
import type { Located } from './locate';

export type BallotKind = 'valid' | 'invalid' | 'blank' | 'cast' | 'postal';

const KIND_WORDS: [RegExp, BallotKind][] = [
  [/^(و|ب|ل)?(ال)?(صحيحه|صحيح|صالحه|صالح|مصرح|مصرحا)$/, 'valid'],
  // («ألغيت 241 ألف ورقة», «إلغاء 120 ألف ورقة اقتراع»: annulled by the verb or its noun.)
  [/^(و|ب|ل)?(ال)?(باطله|باطل|باطلا|ملغاه|ملغي|ملغيه|لاغيه|لاغيا|فاسده|الغيت|الغي|الغاء|ابطلت|ابطال)$/, 'invalid'],
  [/^(و|ب|ل)?(ال)?(بيضاء|بيضا|بيض)$/, 'blank'],
  [/^(و|ب|ل)?(ال)?(مدلي|المدلي)$/, 'cast'],
  // («بلغ عدد الأصوات البريدية نحو 31 ألف صوت»: those sent by post, a part of all cast.)
  [/^(و|ب|ل)?(ال)?(بريديه|بريدي|بالبريد)$/, 'postal'],
];
// Nouns a kind of ballot qualifies: votes, ballots, papers, cards.
const BALLOT_NOUN = /^(و|ب|ل)?(ال)?(صوت|صوتا|اصوات|ورقه|اوراق|بطاقه|بطاقات|ورقات)$/;
const PAPER = /^(و|ب|ل)?(ال)?(ورقه|اوراق|بطاقه|بطاقات|ورقات)$/;
const VOTING = /^(و|ب|ل)?(ال)?(تصويت|اقتراع|انتخاب|انتخابات|انتخابيه|اقتراعيه)$/;
const AFTER = 4;
const AFTER_PREPOSITION = /^(من|في|فى|علي|على|الى|إلى|عن|مع|لدى|لدي|بين)$/;
const BEFORE = 12;

/** The kind a word names, or null ("لصالح" is "in favour of", not a valid ballot). */
function kindOf(t: Token | undefined, next?: Token): BallotKind | null {
  if (!t || t.type !== 'word' || /^و?لصالح/.test(t.norm)) return null;
  // «المعبر عنها» (the votes expressed) is a valid ballot only with its «عنها»: alone, «معبر» is a
  // border crossing ("آلاف عبروا من معبر …").
  if (/^(و|ب|ل)?(ال)?معبر$/.test(t.norm)) return /^عن(ها|ه|هم)$/.test(next?.norm ?? '') ? 'valid' : null;
  for (const [re, kind] of KIND_WORDS) if (re.test(t.norm)) return kind;
  return null;
}

/** True where the figure's own noun is a ballot paper ("ورقة", "بطاقات"). */
export function countsPapers(tokens: Token[], loc: Located): boolean {
  return tokens.slice(loc.qTo, loc.unitEnd).some((t) => PAPER.test(t.norm));
}

/**
 * The kind of ballots a figure counts: named right after its noun, or heading it before with no
 * other figure between ("عدد أوراق التصويت الملغاة كان 28 ألف ورقة"); null for none.
 */
export function ballotKindOf(tokens: Token[], loc: Located, stops: Uint8Array): BallotKind | null {
  for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + AFTER) && !stops[i]; i++) {
    const t = tokens[i];
    if (t.type === 'punct' && t.raw !== '(' && t.raw !== ')') break;
    // "13 عنصرا من الحوثيين وقوات صالح": after a preposition the words name whose or where
    // («صالح» a name there), never the ballots' kind, which follows the noun itself.
    if (t.type === 'word' && AFTER_PREPOSITION.test(t.norm)) break;
    const kind = kindOf(t, tokens[i + 1]);
    if (kind) return kind;
  }
  // Heading the figure: a ballot noun and its kind a few words apart, before the figure.
  // («لم يتجاوز عدد الأوراق الملغاة 270 ألف ورقة»: a qualifying verb reaches over the heading
  // words, which stand before the number itself. Not «53.4% من الأصوات الصحيحة، أي 5.9 ملايين
  // صوت»: «أي» restates a candidate's share as its votes, of whichever ballots it was taken.)
  // («نالت X 71 ألف صوت، بنسبة 52.9% من الأصوات الصحيحة، مقابل 63 ألف صوت لY»: nor the figure
  // set against another, whose kind is the other's, not that of the share between.)
  if (tokens[loc.qFrom - 1]?.norm === 'اي' || tokens[loc.qFrom - 1]?.norm === 'مقابل') return null;
  const digits = tokens.findIndex((t, k) => k >= loc.qFrom && k < loc.qTo && t.type === 'num');
  const from = digits >= 0 ? digits : loc.qFrom;
  for (let i = from - 1; i >= Math.max(0, from - BEFORE) && (i >= loc.qFrom || !stops[i]); i--) {
    const kind = kindOf(tokens[i], tokens[i + 1]);
    if (!kind) continue;
    // («ألغيت 241 ألف ورقة»: the verb right before a figure whose own noun is the ballot.)
    if (i >= from - 2 && tokens.slice(loc.qTo, loc.unitEnd).some((t) => BALLOT_NOUN.test(t.norm))) return kind;
    for (let k = i - 1; k >= Math.max(0, i - 4) && !stops[k]; k--) if (BALLOT_NOUN.test(tokens[k].norm)) return kind;
  }
  return null;
}

/** True where a ballot word stands with a word of voting ("أوراق التصويت", "بطاقات الاقتراع"). */
export function paperIsBallot(tokens: Token[], clause: [number, number]): boolean {
  return tokens.slice(clause[0], clause[1]).some((t) => VOTING.test(t.norm));
}

// Verbs of a candidate getting votes: «تحصل على»، «حصل على»، «نال»، «حصد».
const GOT = /^(و|ف)?(حصل|حصلت|يحصل|تحصل|تحصلت|نال|نالت|حصد|حصدت|احرز|احرزت)$/;
// (The candidate's name may stand between: «تحصل السيد فلان الفلاني على …».)
const GOT_REACH = 8;

/**
 * «تحصل على 5 ملايين صوت معبر عنه»: valid votes a candidate got are that candidate's votes, not
 * the total of valid ballots — a verb of getting before the figure in its clause.
 */
export function gotByCandidate(tokens: Token[], loc: Located): boolean {
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - GOT_REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (GOT.test(t.norm)) return true;
  }
  return false;
}
