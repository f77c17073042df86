// Whose seats: a parliament's seats are won by a party, coalition or list, and an election report
// gives several of them in one sentence ("حصل التحالف الحاكم على 112 مقعدا، ونال ائتلاف
// المعارضة 35 مقعدا"). Each seat figure is owned by the party the text names for it, so that one
// party's seats meet the same party's seats in another report and never another party's (nor
// are several parties' seats taken for a round-up of incidents). Read by pattern, no party name:
//   - right after the counted noun, «لـ» and a party noun: "34 مقعدا لائتلاف المعارضة";
//   - in the figure's own clause before it, a party noun as the subject or object of a verb of
//     winning or giving: "نال ائتلاف المعارضة 35 مقعدا", "منح التحالف الحاكم 113 مقعدا";
//   - a verb with a pronoun for the party ("وهو ما يمنحه 113 مقعدا", "حصوله على"): the last
//     party named earlier in the sentence;
//   - a party named without its party noun: the definite words right after a verb of winning
//     ("ضمن الميثاق الوطني 86 مقعدا", "وحصلت المبادرة المدنية (ليبرالية) على 9 مقاعد"), or after
//     the «و» of a list of seat counts ("، والسيادة 41 مقعدا", "، والاتحاد الوطني على 3 مقاعد").
// The whole a seat count is taken from ("من أصل 165", "من مجموع") belongs to no party. A party's
// votes or share where no one else is named for them are read the same way (claims/index.ts), and
// with «لل» right after a share ("و17.7% للسيادة").

import type { Token } from '../text/tokens';
import type { EntityHit } from '../text/entities';
import type { Located } from './locate';
import { quotationAt, SHARE_NOUN, textOf } from './scope';
import { RELATIVE_PRONOUN, STOPWORDS } from '../text/normalize';
import { isTitleWord } from '../text/people';

// Nouns that open a party's name: party, alliance, coalition, movement, front, current, list («قائمة», «لائحة»), bloc, rally.
const PARTY = /^(?:و|ف)?(?:ل|ب|لل)?(?:ال)?(حزب|تحالف|حركه|جبهه|تيار|ايتلاف|قايمه|لايحه|كتله|تجمع|اتحاد)$/;
// The assembly seats are counted in: «150 مقعدا للبرلمان», «للمجلس», «للجمعية الوطنية».
const ASSEMBLY = /^لل(برلمان|مجلس|جمعيه|نواب|شيوخ|اعيان|هييه)$/;
// "من أصل 165", "من مجموع 165", "من إجمالي": the whole the seats are counted in.
const WHOLE = /^(اصل|مجموع|اجمالي|بين)$/;
// A verb or a verbal noun carrying a pronoun that stands for the party ("يمنحه", "حصوله", "منحها",
// "بحصولها على").
const PRONOUN_VERB = /^(?:و|ف)?(?:ب)?(يمنح|منح|تمنح|حصول|فوز|ينال|نيل)(ه|ها)$/;
// A party noun with a possessive pronoun: the speaker's own party («حزبه», «حركتها», «تحالفنا»).
const OWN_PARTY = /^(?:و|ف|ان|إن)?(حزب|تحالف|حركت|جبهت|تيار|ايتلاف|قايمت)(ه|ها|نا)$/;
const BACK = 8;

/** A party noun with its clitics («حزب», «وحركة», «للتحالف»). */
export const isPartyNoun = (t: Token | undefined): boolean => t?.type === 'word' && PARTY.test(t.norm);
// Parties counted together as one owner of seats: «و3 لأحزاب صغيرة», «و5 للقوائم المستقلة».
const PARTIES = /^(?:و|ف)?(?:ل|ب|لل)?(?:ال)?(احزاب|قوايم|تحالفات|حركات|كتل)$/;
/** A party noun, or a plural one for several parties together. */
export const isPartyOrPartiesNoun = (t: Token | undefined): boolean => isPartyNoun(t) || (t?.type === 'word' && PARTIES.test(t.norm));

/** A key of a party named with its party noun ("person:حزب الوفاق"). */
export const isPartyKey = (key: string): boolean => key.startsWith('person:') && PARTY.test(key.slice('person:'.length).split(' ')[0]);

export interface PartyOwner {
  key: string;
  text: string;
}

/** The party whose seats the figure at `loc` counts, or null (see the header). */
export function partyOfSeats(tokens: Token[], loc: Located, sentence: string, base: number, votes = false): PartyOwner | null {
  if (tokens[loc.qFrom - 1]?.norm === 'من' || WHOLE.test(tokens[loc.qFrom - 1]?.norm ?? '') || (tokens[loc.qFrom - 2]?.norm === 'من' && WHOLE.test(tokens[loc.qFrom - 1]?.norm ?? ''))) return null;
  // "34 مقعدا لائتلاف المعارضة": the party named right after the noun, with «لـ».
  // («و15 لحزب X»: or right after the figure, the party noun read as its noun.)
  const after = [loc.unitEnd, loc.qTo].find((k) => isPartyOrPartiesNoun(tokens[k]) && /^(?:و)?ل/.test(tokens[k].norm));
  if (after !== undefined) return partyAt(tokens, after, sentence, base) ?? describedParty(tokens, after, sentence, base);
  // «و17.7% للسيادة», «7 مقاعد للوسط الجديد»: a share's or seats' party named right after them
  // with «لل», no party noun (not the assembly the seats are of, «مقعدا للبرلمان»).
  const next = tokens[loc.unitEnd];
  if (next?.type === 'word' && /^لل/.test(next.norm) && (votes || !ASSEMBLY.test(next.norm))) return namedAfter(tokens, loc.unitEnd, sentence, base);
  // («و6 مقاعد لـ«X الجديدة»»: the party's name in quotation marks after «لـ».)
  if (next?.norm === 'ل' && tokens[loc.unitEnd + 1]?.raw === '«') {
    const close = tokens.slice(loc.unitEnd + 2, loc.unitEnd + 3 + NAME_WORDS).findIndex((t) => t.raw === '»');
    const words = close > 0 ? tokens.slice(loc.unitEnd + 2, loc.unitEnd + 2 + close) : [];
    if (words.length > 0 && words.every((t) => t.type === 'word')) return PARTY.test(words[0].norm) ? partyAt(tokens, loc.unitEnd + 2, sentence, base) : { key: 'person:' + words.map((t) => t.norm).join(' '), text: textOf(tokens, sentence, base, loc.unitEnd + 2, loc.unitEnd + 2 + close) };
  }
  // "نال ائتلاف المعارضة الرئيسي 35 مقعدا": the party in the clause before the figure.
  let limit = Math.max(0, loc.qFrom - BACK);
  for (let i = loc.qFrom - 1; i >= limit; i--) {
    const t = tokens[i];
    // «حزب الجبهة، الذي ارتفع رصيده إلى 77 مقعدا»: the party a relative clause set off by a comma describes.
    if (/^[،,]$/.test(t.raw) && RELATIVE_PRONOUN.test(tokens[i + 1]?.norm ?? '')) continue;
    // («ارتفعت حصيلته من 38 إلى 41 مقعدا»: the tally it moved from is passed.)
    if (t.type === 'num' && tokens[i - 1]?.norm === 'من' && /^(الي|الى)$/.test(tokens[i + 1]?.norm ?? '') && i + 2 === loc.qFrom) {
      i--;
      limit = Math.max(0, limit - 3);
      continue;
    }
    // «تلاها حزب «X Y» بـ9.1%», «، و«X Y» بـ7%»: a party's name in quotation marks.
    const quoted = t.raw === '»' ? quotedParty(tokens, i, sentence, base) : undefined;
    if (quoted !== undefined) return quoted ?? topicParty(tokens, loc.qFrom, sentence, base);
    // («، والكتلة X بـ7.1% و14 مقعدا»: seats joined to the share before them are the share's party's.)
    // (The «و» may be written on a number word: «بـ5.2% وأحد عشر مقعدا».)
    const joined = (i + 2 === loc.qFrom && tokens[i + 1]?.norm === 'و') || (i + 1 === loc.qFrom && tokens[loc.qFrom].type === 'word' && /^و../.test(tokens[loc.qFrom].norm));
    if (!votes && t.type === 'num' && joined) return partyOfSeats(tokens, { ...loc, qFrom: i, qTo: i + 1, unitEnd: i + 1 }, sentence, base, true);
    // («إن حزبه «فاز بـ63 مقعدا»»: a quotation opening between the party and its verb.)
    if (t.raw === '«' && OWN_PARTY.test(tokens[i - 1]?.norm ?? '')) continue;
    if (t.type !== 'word') return (/^[،,]$/.test(t.raw) ? partyBeforeAside(tokens, i, sentence, base) : null) ?? namedBefore(tokens, loc.qFrom, sentence, base);
    // («لفلوريا، زعيم تحالف الكرامة، الذي نال 5,1 مليون صوت»: a party after a title names whom the
    // person leads; the figure is the person's.)
    if (PARTY.test(t.norm)) return isTitleWord(tokens[i - 1]) ? null : partyAt(tokens, i, sentence, base);
    // («قال زعيم حزب X إن حزبه فاز بـ63 مقعدا»: «his party», the party named before in the sentence.)
    if (PRONOUN_VERB.test(t.norm) || OWN_PARTY.test(t.norm)) {
      // "وهو ما يمنحه 113 مقعدا": the last party named before in the sentence.
      for (let k = i - 1; k >= 0; k--) if (tokens[k].type === 'word' && PARTY.test(tokens[k].norm)) return partyAt(tokens, k, sentence, base);
      return topicParty(tokens, loc.qFrom, sentence, base);
    }
  }
  return namedBefore(tokens, loc.qFrom, sentence, base) ?? topicParty(tokens, loc.qFrom, sentence, base);
}

/**
 * «أما الكتلة الخضراء فحافظت على مقاعدها السبعة بعد حصولها على 6.2%»: the party «أما» sets as
 * the sentence's topic, named by definite words, owns the figures of the clause «ف» opens (not
 * a figure another speaker's «أنّ» gives).
 */
function topicParty(tokens: Token[], qFrom: number, sentence: string, base: number): PartyOwner | null {
  const at = tokens.findIndex((t) => t.type === 'word');
  if (at < 0 || at > 1 || !/^(و)?اما$/.test(tokens[at].norm)) return null;
  // («أما «حركة X» فبقيت …»: the party's name in quotation marks.)
  const quote = quotationAt(tokens, at + 1);
  if (quote && quote[1] + 1 < qFrom && /^ف./.test(tokens[quote[1] + 1]?.norm ?? '') && !tokens.slice(quote[1] + 1, qFrom).some((t) => t.norm === 'ان' || PARTY.test(t.norm)))
    return PARTY.test(tokens[quote[0] + 1].norm) ? partyAt(tokens, quote[0] + 1, sentence, base) : { key: 'person:' + tokens.slice(quote[0] + 1, quote[1]).map((t) => t.norm).join(' '), text: textOf(tokens, sentence, base, quote[0] + 1, quote[1]) };
  let end = at + 1;
  while (end < at + 1 + NAME_WORDS && tokens[end]?.type === 'word' && /^ال/.test(tokens[end].norm) && !STOPWORDS.has(tokens[end].norm)) end++;
  if (end === at + 1 || end >= qFrom || !/^ف./.test(tokens[end]?.norm ?? '')) return null;
  if (tokens.slice(end, qFrom).some((t) => t.norm === 'ان' || PARTY.test(t.norm))) return null;
  if (isTitleWord(tokens[at + 1])) return null;
  return { key: 'person:' + tokens.slice(at + 1, end).map((t) => t.norm).join(' '), text: textOf(tokens, sentence, base, at + 1, end) };
}

// «وحلّت كتلة X، المعارضة والقريبة من Y، في المركز الثاني بنسبة 21.4%»: a party described by an
// aside set off by commas; the aside's words and the party's name are each a few words long.
const ASIDE_WORDS = 8;
function partyBeforeAside(tokens: Token[], close: number, sentence: string, base: number): PartyOwner | null {
  let open = close - 1;
  while (open > 0 && close - open <= ASIDE_WORDS && tokens[open].type === 'word') open--;
  if (open === close - 1 || !/^[،,]$/.test(tokens[open]?.raw ?? '')) return null;
  // («ثم حزب «X Y»، الذي …، بـ11%»: the party's name in quotation marks before the aside.)
  if (tokens[open - 1]?.raw === '»') return quotedParty(tokens, open - 1, sentence, base) ?? null;
  for (let k = open - 1; k >= Math.max(0, open - NAME_WORDS) && tokens[k].type === 'word'; k--) if (PARTY.test(tokens[k].norm)) return isTitleWord(tokens[k - 1]) ? null : partyAt(tokens, k, sentence, base);
  return null;
}

/** The word before `start` opens a list item's name in construct: «، و» + a noun, not a verb of winning or ranking. */
function constructItem(tokens: Token[], start: number): boolean {
  const head = tokens[start - 1];
  const comma = tokens[start - 2];
  if (head?.type !== 'word' || !/^و../.test(head.norm) || comma?.type !== 'punct' || !/^[،,]$/.test(comma.raw)) return false;
  return ![head.norm, head.norm.slice(1)].some((w) => STOPWORDS.has(w) || WIN.test(w) || FOLLOWED.test(w) || MOVED.test(w) || PLACED.test(w) || PARTY.test(w));
}

// Verbs of winning or keeping seats, whose subject is the party («ضمن», «حصلت», «احتفظت» …), and
// of giving them, whose object is («منحت النتائج الحزب 89 مقعدا»).
// (The present and the future too: «سيحصل X على 52 مقعدا».)
// Verbs of a tally that moved («تراجعت», «صعدت», «ارتفع»): its subject reached the figure after «إلى».
const MOVED = /^(?:و|ف|ب)?(تراجع|تراجعت|ارتفع|ارتفعت|صعد|صعدت|انخفض|انخفضت|هبط|هبطت|زاد|زادت|قفز|قفزت)$/;
const WIN = /^(?:و|ف)?(?:س)?(حصل|حصلت|يحصل|تحصل|نال|نالت|ينال|تنال|فاز|فازت|يفوز|تفوز|ضمن|ضمنت|يضمن|تضمن|حاز|حازت|حصد|حصدت|يحصد|تحصد|انتزع|انتزعت|كسب|كسبت|اكتفي|اكتفت|احرز|احرزت|افتك|افتكت|احتفظ|احتفظت|يحتفظ|تحتفظ|منح|منحت|يمنح|تمنح)$/;
const NAME_WORDS = 4;
// «تلته», «يليه»: the next of a ranking, the verb's subject.
export const FOLLOWED = /^(تلته|تلاه|تلتها|تلاها|يليه|يليها|تليه|تليها)$/;
// A place in the race that points back to a candidate or party: «الفائز», «المتصدر», «الوصيف».
const ROLE = /^ال(فايز|فايزه|متصدر|متصدره|وصيف|وصيفه|خاسر|خاسره|اول|اولي|ثاني|ثانيه|ثالث|ثالثه)$/;

/**
 * A party named by definite words alone before the figure (see the header): after a verb of
 * winning, or after a list's «و» that follows a comma. An aside in brackets («(ليبرالية)») and
 * «على»/«بـ» before the figure are passed.
 */
function namedBefore(tokens: Token[], qFrom: number, sentence: string, base: number): PartyOwner | null {
  let end = qFrom;
  // («تراجعت القوائم المستقلة إلى 4 مقاعد»: a verb of change and «إلى» before the seats it reached.)
  const reached = /^(الي|الى)$/.test(tokens[end - 1]?.norm ?? '');
  if (/^(علي|ب|بـ)$/.test(tokens[end - 1]?.norm ?? '') || reached) end--;
  // («وحلّت القوائم المستقلة في المرتبة الثانية بـ48 مقعدا», «وجاءت X ثانية بـ51»: its rank between.)
  const rank = reached ? null : rankBefore(tokens, end);
  if (rank !== null) end = rank;
  if (tokens[end - 1]?.raw === '»') return quotedParty(tokens, end - 1, sentence, base) ?? null;
  if (tokens[end - 1]?.raw === ')') {
    const open = tokens.slice(Math.max(0, end - 6), end - 1).map((t) => t.raw).lastIndexOf('(');
    if (open < 0) return null;
    end = Math.max(0, end - 6) + open;
  }
  let start = end;
  while (start > 0 && end - start < NAME_WORDS && tokens[start - 1].type === 'word' && /^(?:و)?ال/.test(tokens[start - 1].norm) && !STOPWORDS.has(tokens[start - 1].norm)) start--;
  if (start === end) return null;
  // («، وقوى الإصلاح على مقعدين»: a list item's name may open with a noun in construct, no verb.)
  if (constructItem(tokens, start)) start--;
  const first = tokens[start];
  const before = tokens[start - 1];
  const listed = /^و/.test(first.norm) && before?.type === 'punct' && /^[،,]$/.test(before.raw);
  // («تلته الجبهة الخضراء بـ13.4%»: the next in rank is the verb's subject too.)
  const won = before?.type === 'word' && (reached ? MOVED.test(before.norm) : rank !== null ? PLACED.test(before.norm) : WIN.test(before.norm) || FOLLOWED.test(before.norm)) && !/^و/.test(first.norm);
  if (!listed && !won) return null;
  // («حصل المرشح على 52%», «نال الحزب 30 مقعدا»: a title or the party noun alone points back, names no one.)
  // («حصد الفائز 280 ألف صوت»: the winner's role, no name.)
  if (isTitleWord(first) || (end - start === 1 && (PARTY.test(first.norm) || ROLE.test(first.norm)))) return null;
  // («والسيادة»: the list's «و» is no part of the name.)
  const words = tokens.slice(start, end).map((t, k) => (k === 0 && listed ? t.norm.slice(1) : t.norm));
  if (words.some((w) => STOPWORDS.has(w))) return null;
  const written = textOf(tokens, sentence, base, start, end);
  return { key: 'person:' + words.join(' '), text: listed ? written.replace(/^و/, '') : written };
}

// Verbs of coming in at a rank («حلّت», «جاءت»), whose subject is the party.
const PLACED = /^(?:و|ف)?(حل|حلت|يحل|تحل|جاء|جاءت|ياتي|تاتي)$/;
// A rank: «ثانية», «ثانيا» alone, or «في المرتبة الثانية», «في المركز الثالث».
const RANK_WORD = /^(ال)?(اول|اولي|اولا|ثاني|ثانيه|ثانيا|ثالث|ثالثه|ثالثا|رابع|رابعه|رابعا|خامس|خامسه|خامسا)$/;
/** Where a rank phrase ending right before `end` starts («في المرتبة الثانية», «ثانية»), or null. */
function rankBefore(tokens: Token[], end: number): number | null {
  if (!RANK_WORD.test(tokens[end - 1]?.norm ?? '') || tokens[end - 1].type !== 'word') return null;
  if (/^(ال)?(مرتبه|مركز)$/.test(tokens[end - 2]?.norm ?? '') && tokens[end - 3]?.norm === 'في') return end - 3;
  return /^ال/.test(tokens[end - 1].norm) ? null : end - 1;
}

/**
 * «ستحصل الحركة على 44 مقعدا», «نال الحزب 30 مقعدا»: the party noun alone after a verb of
 * winning points back to a party the article named; its head («حركه»), or null.
 */
export function barePartyHead(tokens: Token[], qFrom: number): string | null {
  let at = qFrom - 1;
  if (/^(علي|ب|بـ)$/.test(tokens[at]?.norm ?? '')) at--;
  const noun = tokens[at];
  if (noun?.type !== 'word' || !/^ال/.test(noun.norm) || !PARTY.test(noun.norm) || !WIN.test(tokens[at - 1]?.norm ?? '')) return null;
  return PARTY.exec(noun.norm)?.[1] ?? null;
}

/** «للسيادة الوطنية»: the definite words from `i`, its «لل» read as the article. */
function namedAfter(tokens: Token[], i: number, sentence: string, base: number): PartyOwner | null {
  let end = i + 1;
  while (end < tokens.length && end < i + NAME_WORDS && tokens[end].type === 'word' && /^ال/.test(tokens[end].norm) && !STOPWORDS.has(tokens[end].norm)) end++;
  const words = [tokens[i].norm.replace(/^لل/, 'ال'), ...tokens.slice(i + 1, end).map((t) => t.norm)];
  if (words.some((w) => STOPWORDS.has(w))) return null;
  // («مقابل 24% للاشتراكية فلانة علانة،»: one definite word describes the candidate whose name
  // follows, two to four words with no article up to the clause's end.)
  const name = end === i + 1 ? describedName(tokens, end) : null;
  if (name) return { key: 'person:' + tokens.slice(end, name).map((t) => t.norm).join(' '), text: textOf(tokens, sentence, base, end, name) };
  return { key: 'person:' + words.join(' '), text: textOf(tokens, sentence, base, i, end).replace(/^لل/, 'ال') };
}

/** The end of two to four words with no article from `from` that close the clause (a person's name), or null. */
function describedName(tokens: Token[], from: number): number | null {
  let end = from;
  while (end < from + 4 && tokens[end]?.type === 'word' && !/^(ال|و)/.test(tokens[end].norm) && !STOPWORDS.has(tokens[end].norm) && !isTitleWord(tokens[end])) end++;
  const closes = !tokens[end] || (tokens[end].type === 'punct' && /^[،,.؛:]$/.test(tokens[end].raw));
  return end - from >= 2 && closes ? end : null;
}

// An imperfect verb («يضم», «تقود»), a verb of winning, a preposition's «ب» or an adverb of place
// («بقيت الحركة خارج البرلمان») is no name's first word.
const PLACE_ADVERB = /^(خارج|داخل|فوق|تحت|امام|خلف|قرب|عند|دون)$/;
const constructHead = (t: Token | undefined): boolean => t?.type === 'word' && !/^(ال|ي|ب|ل|و|ف)/.test(t.norm) && !STOPWORDS.has(t.norm) && !WIN.test(t.norm) && !PLACE_ADVERB.test(t.norm) && !isTitleWord(t);

/** The party noun at a name's head, its clitics and article off («لائتلاف» → «ايتلاف»): one key for both writings. */
const partyHead = (t: Token): string => PARTY.exec(t.norm)?.[1] ?? PARTIES.exec(t.norm)?.[1] ?? t.norm;

/**
 * The party a quoted name closing at `close` names, when what opens it says it is one: a party
 * noun («حزب «X»»), a list's «و» after a comma («، و«X»»), a verb of winning or ranking
 * («تلاها «X»») or the share it has («حصة «X»»); null where it names none; undefined where no
 * quotation closes there.
 */
function quotedParty(tokens: Token[], close: number, sentence: string, base: number): PartyOwner | null | undefined {
  const quote = quotationAt(tokens, close);
  if (!quote) return undefined;
  const open = quote[0];
  const before = tokens[open - 1];
  if (before?.type === 'word' && PARTY.test(before.norm)) return isTitleWord(tokens[open - 2]) ? null : partyAt(tokens, open - 1, sentence, base);
  const listed = before?.norm === 'و' && /^[،,]$/.test(tokens[open - 2]?.raw ?? '');
  // («ثم «حركة X» بنسبة 14%»: the next of a ranking after «ثم».)
  const won = before?.type === 'word' && (WIN.test(before.norm) || FOLLOWED.test(before.norm) || before.norm === 'ثم');
  // («ارتفعت حصة «حركة X» إلى 6.3%»: the party whose share it is, its own noun inside the quotes.)
  const shareOf = before?.type === 'word' && SHARE_NOUN.test(before.norm);
  if (shareOf && PARTY.test(tokens[open + 1]?.norm ?? '')) return partyAt(tokens, open + 1, sentence, base);
  if (!listed && !won && !shareOf) return null;
  const words = tokens.slice(open + 1, close).map((t) => t.norm);
  return { key: 'person:' + words.join(' '), text: textOf(tokens, sentence, base, open + 1, close) };
}

/**
 * «ومقعد واحد لحزب ريفي صغير»: a party described, not named — the seats are that party's, never
 * the country its adjective names: keyed by its words, which no other party shares.
 */
function describedParty(tokens: Token[], i: number, sentence: string, base: number): PartyOwner | null {
  let end = i + 1;
  while (end < tokens.length && end < i + NAME_WORDS && tokens[end].type === 'word' && !/^و/.test(tokens[end].norm) && !STOPWORDS.has(tokens[end].norm)) end++;
  if (end === i + 1) return null;
  const head = partyHead(tokens[i]);
  return { key: 'person:' + [head, ...tokens.slice(i + 1, end).map((t) => t.norm)].join(' '), text: textOf(tokens, sentence, base, i, end).replace(/^[وف]?ل/, '') };
}

/** The party name that starts with the party noun at i: the noun and the definite words after it. */
function partyAt(tokens: Token[], i: number, sentence: string, base: number): PartyOwner | null {
  // («حزب «X Y»»: the quoted words are the name, whatever they are, keyed with the party noun as
  // «حزب X Y» is — the one party «X Y» alone names too, text/entities.ts entitiesCompatible.)
  const quote = quotationAt(tokens, i + 1);
  if (quote) return { key: 'person:' + [partyHead(tokens[i]), ...tokens.slice(quote[0] + 1, quote[1]).map((t) => t.norm)].join(' '), text: textOf(tokens, sentence, base, i, quote[1] + 1) };
  let end = i + 1;
  // «حزب نداء الجبال», «حركة صوت المدن»: a name whose first word is a noun in construct with a
  // definite one (not a verb after an indefinite party noun: «تحالف يضم الأحزاب»).
  if (constructHead(tokens[end]) && tokens[end + 1]?.type === 'word' && /^ال/.test(tokens[end + 1].norm) && !STOPWORDS.has(tokens[end + 1].norm)) end++;
  // (Not a function word that only looks definite once folded: «إلى» → «الي», «التي».)
  // («حزب العمل والبناء الحاكم»: a name of two nouns joined by «و», not a second party «والحزب …».)
  // (An election's own nouns end it: «تصدّر حزب X النتائج الأولية» names the results it topped.)
  const nameWord = (t: Token | undefined, k: number): boolean =>
    t?.type === 'word' && !STOPWORDS.has(t.norm) && !ELECTION_NOUN.test(t.norm) && (/^ال/.test(t.norm) || (k > i + 1 && /^وال/.test(t.norm) && !PARTY.test(t.norm.slice(1))));
  // («التحالف من أجل النهضة الريفية», «الاتحاد من أجل بلدنا»: a name of «من أجل» and what it is for,
  // a definite noun or any other name.)
  const forTarget = tokens[end + 2];
  const forWhat =
    end === i + 1 && tokens[end]?.norm === 'من' && tokens[end + 1]?.norm === 'اجل' && forTarget?.type === 'word' && !STOPWORDS.has(forTarget.norm) && !ELECTION_NOUN.test(forTarget.norm)
      ? nameWord(forTarget, end + 2) ? 2 : 3
      : 0;
  end += forWhat;
  while (end < tokens.length && end < i + 5 + forWhat && nameWord(tokens[end], end)) end++;
  // One key for "لائتلاف المعارضة" and "ائتلاف المعارضة", "التحالف الحاكم" and "تحالف الحاكم".
  const head = partyHead(tokens[i]);
  // («حصل الحزب الذي يقوده …»: the party noun alone points back to a party, names none.)
  if (end === i + 1) return null;
  const words = [head, ...tokens.slice(i + 1, end).map((t) => t.norm)];
  const text = textOf(tokens, sentence, base, i, end).replace(/^[وف]?لل/, 'ال').replace(/^[وف]?ل(?=[اأإئ])/, '');
  return { key: 'person:' + words.join(' '), text };
}

// Nouns of an election a party's name never holds («النتائج», «الانتخابات», «السباق»).
const ELECTION_NOUN = /^(ال)?(نتايج|انتخابات|ترتيب|سباق|اقتراع|تصويت|اصوات|مقاعد|استحقاق|استطلاع|استطلاعات)$/;

// «و9.4% لمرشح حركة X، فلان الفلاني»: a share given to a candidate named after his party and a comma.
const FOR_CANDIDATE = /^(?:و)?(?:ل|لل)(مرشح|مرشحه|مرشحي)$/;
const CANDIDATE_REACH = 7;
/** The candidate a share or votes are given to, named after «لمرشح …،», as a person key; null where none. */
export function candidateAfter(tokens: Token[], unitEnd: number, sentence: string, base: number): PartyOwner | null {
  if (!FOR_CANDIDATE.test(tokens[unitEnd]?.norm ?? '')) return null;
  let comma = unitEnd + 1;
  while (comma < unitEnd + CANDIDATE_REACH && tokens[comma]?.type === 'word') comma++;
  if (!/^[،,]$/.test(tokens[comma]?.raw ?? '')) return null;
  let end = comma + 1;
  while (end < comma + 1 + NAME_WORDS && tokens[end]?.type === 'word' && !/^و/.test(tokens[end].norm) && !STOPWORDS.has(tokens[end].norm)) end++;
  if (end - comma - 1 < 2 || (tokens[end] && tokens[end].type === 'word')) return null;
  return { key: 'person:' + tokens.slice(comma + 1, end).map((t) => t.norm).join(' '), text: textOf(tokens, sentence, base, comma + 1, end) };
}

// «متقدما على فلانة الفلانية، التي نالت 41.3%»: a relative clause right after a name, whose verb
// of winning gives her the share — not the sentence's subject.
const WON = /^(نال|نالت|حصل|حصلت|حصد|حصدت|جمع|جمعت|احرز|احرزت|حاز|حازت)$/;
const RELATIVE_REACH = 4;
/** The person a relative clause «، التي نالت N» right before the figure names, as an owner; null where none. */
export function personBeforeRelative(tokens: Token[], qFrom: number, hits: readonly EntityHit[], sentence: string, base: number): PartyOwner | null {
  for (let k = qFrom - 1; k >= Math.max(1, qFrom - RELATIVE_REACH); k--) {
    if (!RELATIVE_PRONOUN.test(tokens[k].norm)) continue;
    const between = tokens.slice(k + 1, qFrom);
    if (!WON.test(between[0]?.norm ?? '') || between.some((t) => t.type !== 'word')) return null;
    const comma = /^[،,]$/.test(tokens[k - 1]?.raw ?? '') ? k - 1 : k;
    const person = hits.find((h) => h.to === comma && h.type === 'person');
    return person ? { key: person.key, text: textOf(tokens, sentence, base, person.from, person.to) } : null;
  }
  return null;
}

// «فوز فلان بالرئاسة بعد حصوله على 50.9%», «تتقدم فلانة على منافسها … بحصولها على 51.8%»: the verbal
// noun of winning with its pronoun points back to the sentence's subject, the first person it names
// (`hits`: those who gave no figure).
const HIS_WINNING = /^(و|ف|ب)?(حصول|نيل|احراز)(ه|ها)$/;
/** The first person named before «حصوله على N» in the sentence, as an owner; null where none. */
export function personOfWinning(tokens: Token[], qFrom: number, hits: readonly EntityHit[], sentence: string, base: number): PartyOwner | null {
  const at = /^(علي|على)$/.test(tokens[qFrom - 1]?.norm ?? '') ? qFrom - 2 : qFrom - 1;
  if (!HIS_WINNING.test(tokens[at]?.norm ?? '')) return null;
  const person = hits.find((h) => h.type === 'person' && h.to <= at);
  return person ? { key: person.key, text: textOf(tokens, sentence, base, person.from, person.to) } : null;
}
