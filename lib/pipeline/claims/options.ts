// A referendum's options: "صوتوا بنعم", "بموافقة 61%", "صوتوا بلا", "رفض 39%", «لا». A figure
// naming an option counts that option's votes (or its share), owned by the option as a
// candidate's votes are by the candidate: never all voters, never turnout, never the other option.
// Read only in a sentence about a vote, so "رفض 39% من المستطلعين" in a poll stays out.

import { isQuoteMark, type Token } from '../text/tokens';
import type { Located } from './locate';
import { lookup } from '../quantities/lexicon';

export type BallotOption = 'option:yes' | 'option:no';

// (A verb's object pronoun, «أيدوه», «فرفضه»: the question it stands for.)
// («مؤكدا إقرار الدستور بنسبة 66%»: the adoption of the text is its «نعم».)
const YES = /^(و|ف)?(ب)?(نعم|الموافقه|موافقه|بالموافقه|لصالحه|وافق|وافقوا|وافقت|ايد|ايدوا|ايده|ايدوه|ايدته|اقرار|باقرار)$/;
const NO = /^(و|ف)?(ب)?(الرفض|رفض|برفض|ضده|رفضوا|رفضت|رفضه|رفضوه|رفضته|عارض|عارضوا)$/;
const VOTE_WORD = /^(و|ب|ل|ف|لل)?(ال)?(استفتاء|اقتراع|صوت|صوتا|صوتوا|اصوات|ناخبين|ناخبون|مقترعين|مقترعون|مصوتين|تصويت|المشاركين|فرز)$/;
const AFTER = 8;
const VOTED = /^(و)?(صوتوا|صوت|صوتت|اقترعوا|قالوا)$/;
const BEFORE = 3;
const AGAINST = /^(و)?(مقابل|مقارنه)$/;
const YES_VERB = /^(و|ف)?(وافق|وافقوا|وافقت|ايد|ايدوا|ايدت)$/;
const NO_VERB = /^(و|ف)?(رفض|رفضوا|رفضت|عارض|عارضوا|عارضت)$/;
// How far before the comma the sentence's verb may stand («وافقوا على التعديل الذي يوسع صلاحيات …»).
const VERB_REACH = 14;

// The voters of each side by their noun («تقدم المؤيدين بنسبة 64%، مقابل 36% للرافضين»).
const SUPPORTERS = /^(و|ف|ب|ل|لل)?(ال)?(مويدين|مويدون|مويدي)$/;
const OPPONENTS = /^(و|ف|ب|ل|لل)?(ال)?(رافضين|رافضون|رافضي|معارضين|معارضون)$/;
// How far before the figure a side's noun may stand, its complement between («المؤيدين للدستور الجديد بنسبة»).
const SIDE_REACH = 6;
// «وحصل خيار «نعم» على 512 ألف صوت»: the option named as the subject, in quotation marks.
const CHOICE = /^(و|ف|ل)?(ال)?خيار$/;

/** The option a word names, or null: «لا» only as a quoted or "بـ" option, never the negation. */
function optionOfWord(tokens: Token[], i: number): BallotOption | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  if (YES.test(t.norm) || SUPPORTERS.test(t.norm)) return 'option:yes';
  if (OPPONENTS.test(t.norm)) return 'option:no';
  if (NO.test(t.norm) || t.norm === 'بلا' || (t.norm === 'لا' && /^[«"“(]$/.test(tokens[i - 1]?.raw ?? ''))) return 'option:no';
  return null;
}

/** The option the figure at `loc` counts, from the words right after or before it, or null. */
export function optionOf(tokens: Token[], loc: Located, stops: Uint8Array): BallotOption | null {
  // (Or a referendum's numbered question: «حصل السؤال الأول على تأييد 58.1%».)
  if (!tokens.some((t, i) => t.type === 'word' && (VOTE_WORD.test(t.norm) || (QUESTION.test(t.norm) && !!tokens[i + 1] && ordinalOf(tokens[i + 1]) !== null)))) return null;
  // Before first: "بموافقة 61% ورفض 39%" names each option right before its figure.
  // ("بلغت حصة (نعم) 81.3%": the option in brackets or quotes.)
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - BEFORE) && !stops[i]; i--) {
    if (tokens[i].type === 'punct' && /^[»"”)]$/.test(tokens[i].raw)) continue;
    if (tokens[i].type === 'punct') break;
    // («صوت 880 ألفا بـ"نعم" مقابل 730 ألفا صوتوا بـ"لا"»: the option before «مقابل» is the other figure's.)
    if (AGAINST.test(tokens[i].norm)) break;
    const o = optionOfWord(tokens, i);
    if (o) return o;
  }
  // («تقدم المؤيدين للدستور الجديد بنسبة 64%»: a side's noun, only words between.)
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - SIDE_REACH) && !stops[i] && tokens[i].type === 'word'; i--) {
    if (SUPPORTERS.test(tokens[i].norm)) return 'option:yes';
    if (OPPONENTS.test(tokens[i].norm)) return 'option:no';
  }
  // («وحصل خيار «نعم» في العد النهائي على 512 ألف صوت»: the option named as the clause's subject.)
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - VERB_REACH) && !stops[i]; i--) {
    if (tokens[i].type === 'punct' && !isQuoteMark(tokens[i])) break;
    if (CHOICE.test(tokens[i].norm)) {
      const next = tokens[i + 1]?.type === 'punct' ? i + 2 : i + 1;
      const o = optionOfWord(tokens, next) ?? (tokens[next]?.norm === 'لا' ? 'option:no' : null);
      if (o) return o;
    }
  }
  // («وافق الناخبون على التعديل الذي …، بنسبة 61.4%»: the sentence's verb of approving or rejecting,
  // over the comma before «بنسبة», with no other figure between.)
  if (tokens[loc.qFrom - 1]?.norm === 'بنسبه' && /^[،,]$/.test(tokens[loc.qFrom - 2]?.raw ?? '')) {
    for (let i = loc.qFrom - 3; i >= Math.max(0, loc.qFrom - 3 - VERB_REACH) && !stops[i]; i--) {
      if (YES_VERB.test(tokens[i].norm)) return 'option:yes';
      if (NO_VERB.test(tokens[i].norm)) return 'option:no';
    }
  }
  // ("81.3% من المقترعين، صوتوا بالموافقة": a comma before the verb of voting.)
  for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + AFTER) && !stops[i]; i++) {
    if (tokens[i].type === 'punct' && /^[،,]$/.test(tokens[i].raw) && VOTED.test(tokens[i + 1]?.norm ?? '')) continue;
    if (tokens[i].type === 'punct' && !/^[«"“(]$/.test(tokens[i].raw)) break;
    const o = optionOfWord(tokens, i);
    if (o) return o;
  }
  return null;
}

// «أيد 58% من الناخبين السؤال الأول», «رفض 54% السؤال الثاني»: a referendum of several questions
// counts each option per question — the first question's «نعم» is not the third's.
const QUESTION = /^(و|ف|ب|ل)?(ال)?(سوال|بند|مقترح)$/;
/** The ordinal a word names («الأول», «الثالثة»), as the quantities lexicon reads it, or null. */
function ordinalOf(t: Token): number | null {
  const hit = t.type === 'word' ? lookup(t.norm) : undefined;
  return hit?.lex.ordinal !== undefined && (hit.proclitics === '' || hit.proclitics === 'ال') ? hit.lex.ordinal : null;
}

/** The number of the question the clause (tokens `from` to `to`) names its option's figure for, or null. */
export function questionOf(tokens: Token[], from: number, to: number): number | null {
  const found = new Set<number>();
  for (let i = from; i < to - 1; i++) {
    if (tokens[i].type !== 'word' || !QUESTION.test(tokens[i].norm)) continue;
    const next = tokens[i + 1];
    const ordinal = ordinalOf(next);
    if (ordinal !== null) found.add(ordinal);
    else if (next.norm === 'رقم' && tokens[i + 2]?.type === 'num') found.add(Number(tokens[i + 2].norm));
  }
  // (Two questions in one clause: which is the figure's, the words do not say.)
  return found.size === 1 ? [...found][0] : null;
}
