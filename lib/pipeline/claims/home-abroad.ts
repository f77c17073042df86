// "نسبة الاقتراع داخل الوطن 44%", "نسبة المشاركة في الخارج 9%": an election's turnout or voters
// at home and abroad are two measures beside the overall one («داخل وخارج البلاد», «بما فيها
// الجاليات في الخارج» name the whole). Read in the figure's clause before it.

import type { Token } from '../text/tokens';

export type Where = 'home' | 'abroad';

const INSIDE = /^(و)?(داخل|بالداخل)$/;
const OUTSIDE = /^(و)?(خارج|بالخارج)$/;
// («الأصوات الواردة من الخارج»: from abroad, too.)
const IN = /^(في|فى|من)$/;
const HOME_NOUN = /^(ال)?(داخل)$/;
const HOMELAND = /^(ال)?(بلاد|وطن|بلد)$/;
// («في المهجر»: among the emigrants, abroad.)
const ABROAD_NOUN = /^(ال)?(خارج|مهجر)$/;
// («في مكاتب المهجر», «في مكاتب الخارج»: the constituencies or polling stations there.)
const STATIONS = /^(دواير|دايره|مكاتب|مراكز)$/;
// "بما فيها", "بما في ذلك", "تشمل", "إجمالي": the whole, with its parts named.
const WHOLE = /^(بما|تشمل|يشمل|شامله|الاجماليه|الاجمالي|اجمالي|الكليه|العامه)$/;
// How far before the figure the words are read.
const REACH = 10;

// «…الواردة من الخارج، وعددها 118 ألف صوت»: «its number» reaches over the comma to what it counts.
const ITS_NUMBER = /^(و)?(عددها|عددهم|عددهن)$/;
const NOT = /^(و)?(لا|لم|لن)$/;
const AMOUNTING = /^(ال)?(بالغ|بالغه)$/;
// How far after the figure's noun the words are read («120 ألف صوت بريدي من الخارج»).
const AFTER = 3;

/**
 * Where the turnout, voters or votes of the figure at `qFrom` (its noun ending before `unitEnd`)
 * are counted, or null for the whole.
 */
export function homeOrAbroad(tokens: Token[], qFrom: number, unitEnd = qFrom): Where | null {
  // ("نسبة الاقتراع في الداخل: 44.2%": a label's colon is no clause break.)
  let from = qFrom;
  // («المقيمين في الخارج، البالغ عددهم 1.2 مليون ناخب»: and over «البالغ» before it.)
  const itsNumber = ITS_NUMBER.test(tokens[qFrom - 1]?.norm ?? '') ? (AMOUNTING.test(tokens[qFrom - 2]?.norm ?? '') ? qFrom - 2 : qFrom - 1) : -1;
  const comma = (k: number): boolean => k === itsNumber;
  while (from > 0 && qFrom - from < REACH && (tokens[from - 1].type !== 'punct' || tokens[from - 1].raw === ':' || comma(from))) from--;
  let end = unitEnd;
  while (end < tokens.length && end < unitEnd + AFTER && tokens[end].type === 'word') end++;
  let home = false;
  let abroad = false;
  for (let i = from; i < end; i++) {
    if (i >= qFrom && i < unitEnd) continue;
    const t = tokens[i];
    if (t.type !== 'word') continue;
    // («ولا تشمل الحصيلة أصوات الناخبين في الخارج»: what the whole leaves out is no whole.)
    if (WHOLE.test(t.norm) && !NOT.test(tokens[i - 1]?.norm ?? '')) return null;
    // (After the figure only «في الخارج», «داخل البلاد»: «17 صوتا داخل كتلته» is within a bloc.)
    if (i >= unitEnd && !IN.test(t.norm) && !HOMELAND.test(tokens[i + 1]?.norm ?? '')) continue;
    const where = whereAt(tokens, i);
    if (where === 'home') home = true;
    if (where === 'abroad') abroad = true;
  }
  if (!home && !abroad) return frontedWhere(tokens);
  return home === abroad ? null : home ? 'home' : 'abroad';
}

/** «وفي الخارج، بلغت نسبة المشاركة 24%»: home or abroad set at the sentence's head, before its comma, for the whole sentence. */
function frontedWhere(tokens: Token[]): Where | null {
  // («أما في الخارج، فقد صوت 9 آلاف ناخب»: after «أما» too.)
  const first = /^(و)?اما$/.test(tokens[0]?.norm ?? '') ? 1 : 0;
  if (tokens[first]?.type !== 'word' || tokens[first + 2]?.type !== 'punct' || !/^[،,]$/.test(tokens[first + 2].raw)) return null;
  if (!/^(و)?في$/.test(tokens[first].norm)) return null;
  const noun = tokens[first + 1].norm;
  return HOME_NOUN.test(noun) ? 'home' : ABROAD_NOUN.test(noun) ? 'abroad' : null;
}

/** «داخل», «في الداخل» (home) or «خارج», «في الخارج» (abroad) at token i, or null. */
function whereAt(tokens: Token[], i: number): Where | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  if (INSIDE.test(t.norm) || (IN.test(t.norm) && HOME_NOUN.test(tokens[i + 1]?.norm ?? ''))) return 'home';
  const next = STATIONS.test(tokens[i + 1]?.norm ?? '') ? tokens[i + 2] : tokens[i + 1];
  if (OUTSIDE.test(t.norm) || (IN.test(t.norm) && ABROAD_NOUN.test(next?.norm ?? ''))) return 'abroad';
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

// «140 ألف مغترب سجلوا للتصويت», «من أبناء الجالية»: the counted noun itself names those abroad.
const EMIGRANTS = /^(و)?(ال)?(مغترب|مغتربا|مغتربين|مغتربون|جاليه|الجاليه|جاليات)$/;

/** The figure's own noun, from `qFrom` to `unitEnd`, counts emigrants: 'abroad', else null. */
export function emigrantsCounted(tokens: Token[], qFrom: number, unitEnd: number): Where | null {
  return tokens.slice(qFrom, unitEnd).some((t) => t.type === 'word' && EMIGRANTS.test(t.norm)) ? 'abroad' : null;
}

// «حاجا قدموا من الخارج»: a verb of coming between the counted noun and where they came from.
const CAME = /^(قدموا|قدمن|قادمين|قادمون|وصلوا|جاءوا|جاؤوا)$/;
/**
 * Where the people counted right before `unitEnd` came from: «1.5 مليون حاج من الخارج», «185 ألفا
 * من داخل المملكة» — two counts beside their whole; null where no «من» right after names either.
 */
export function cameFrom(tokens: Token[], unitEnd: number): Where | null {
  const at = CAME.test(tokens[unitEnd]?.norm ?? '') ? unitEnd + 1 : unitEnd;
  if (tokens[at]?.norm !== 'من') return null;
  return whereAt(tokens, at + 1) ?? whereAt(tokens, at);
}
