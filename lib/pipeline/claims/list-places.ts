// Places named only by a breakdown list. A toll given place by place names small towns no
// gazetteer holds («قتل نحو 20 شخصا في X، و11 في Y، و7 في Z», «إن X سجلت 19 قتيلا، وY 11، وZ 9»,
// «تليها Y بـ11 قتيلا، ثم Z بـ7 قتلى»). Two or more items of one sentence shaped alike say that
// each unknown name is its figure's place: each becomes a place hit, so the figures stay apart
// from the total and from each other, and meet the same place's figure in another read.

import type { Token } from '../text/tokens';
import { patternPlaceKey, type EntityHit } from '../text/entities';
import { isEventNounWord } from '../text/events';
import { STOPWORDS, STOPWORD_FORMS_FOLDED } from '../text/normalize';
import { monthNumber } from '../extract/dates';
import { conceptOfWord, isEventConcept } from './concepts';
import type { Located } from './locate';
import { FELL } from './scope-words';

// How many words a place's name may run to («بورتو ليمارا»).
const NAME_WORDS = 3;
// Words that are never a place of a list item: a unit of places (the entity patterns read «منطقة X»),
// a conjunction, an approximation, a time, a manner, an event, a whole.
const NOT_PLACES = /^(منطقه|محافظه|ولايه|اقليم|مدينه|بلده|قريه|مقاطعه|مخيم|بلديات|مديريات|ولايات|محافظات|مناطق|قري|مدن|اقاليم|مقاطعات|بلدات|احياء|دوائر|فيما|بينما|حيث|كما|اذ|ايضا|بعدما|عندما|بعد|قبل|نحو|حوالي|قرابه|زهاء|اكثر|اقل|اضافه|علاوه|فضلا|حين|وقت|ظل|اطار|اثر|اعقاب|اثناء|خلال|حاله|حالات|صفوف|مقدمه|مقابل|يوم|ليله|صباح|مساء|اليوم|عام|شهر|اسبوع|حادث|حوادث|هجوم|هجمات|قصف|غاره|غارات|انفجار|تفجير|اشتباكات|مواجهات|معارك|عمليه|عمليات|المجموع|مجموع|اجمالي|اصل|بين|بينهم|بينها)$/;

// Words that open many Arabic place names («بيت لحم», «دير البلح», «كفر X», «عين X», «تل X»).
const TOPONYM_HEAD = /^(بيت|دير|كفر|عين|تل|جبل|وادي|راس|بني|بير|خان)$/;
/**
 * A word that may be (part of) a place's own name: no article (unless `definite`: after a ranking's
 * «تلتها»/«ثم» a name may carry it, «تلتها الزيدية بـ9»), no function word, no counted noun.
 */
function nameWord(t: Token | undefined, definite = false, next?: Token): boolean {
  if (!t || t.type !== 'word' || t.norm.length < 2) return false;
  const plain = t.norm.replace(/^(و|ف)(?=..)/, '');
  // («ومايو X بثلاثة»: a month's word opening a name of two, the second no month.)
  if (monthNumber(plain) !== null) return !definite && next !== undefined && nameWord(next);
  if ((!definite && /^(و|ف|ب|ل|ك)?(ال|لل)/.test(t.norm)) || (definite && [t.bare, t.norm.replace(/^ال/, '')].some((w) => NOT_PLACES.test(w) || STOPWORDS.has(w))) || STOPWORDS.has(t.norm) || [t.bare, plain].some((w) => STOPWORD_FORMS_FOLDED.has(w)) || [t.norm, t.bare, plain].some((w) => NOT_PLACES.test(w) || FELL.test(w))) return false;
  // (A pronoun suffix makes a verb or a noun of something else: «تليها», «بينهم».)
  if (/(ها|هم|هما|هن)$/.test(t.norm)) return false;
  // («ثم بيت X بـ7»: a toponym's head, «بيت», «دير», names a place there.)
  return (conceptOfWord(t) === null || (definite && TOPONYM_HEAD.test(plain))) && !isEventNounWord(t.norm);
}

/** The name's end from `from`: name words up to NAME_WORDS, never one opening the next item («وY»). */
function nameEnd(tokens: Token[], from: number): number {
  let end = from;
  while (end < from + NAME_WORDS && nameWord(tokens[end], false, tokens[end + 1]) && (end === from || !/^و/.test(tokens[end].norm))) end++;
  return end;
}

// (`name`: where the place's own name starts, past a unit word the item opens with.)
type Item = { from: number; to: number; name?: number };

/** «8 من القتلى», «خمسة من الضحايا»: some of an event's people, named with their article, right after the figure. */
const someOfThePeople = (tokens: Token[], l: Located): boolean =>
  tokens[l.unitEnd]?.norm === 'من' && /^ال../.test(tokens[l.unitEnd + 1]?.norm ?? '') && isEventConcept(conceptOfWord(tokens[l.unitEnd + 1]));
// A unit word before a place's name («ولاية X», «جزيرة X»).
const UNIT_WORD = /^(ولايه|محافظه|مقاطعه|اقليم|منطقه|جزيره|مدينه|بلده|قريه|قسم|احياء)$/;
const OF_THEM = /^(منهم|منهن|منها)$/;

/** «N (noun) في X», «N من X»: the name after «في» (or «من», where they came from) right after the figure and its noun. */
function placeAfter(tokens: Token[], l: Located, stops: Uint8Array): Item | null {
  // («إن قتيلين سقطا في X»: the verb of their falling may stand between; «سقط 17 منهم في X»: «منهم».)
  // («وإن 8 من القتلى سقطوا في X»: or some of the event's people, and that verb.)
  const ofThePeople = someOfThePeople(tokens, l);
  const after = ofThePeople ? l.unitEnd + 2 : l.unitEnd;
  const at = FELL.test(tokens[after]?.norm ?? '') || OF_THEM.test(tokens[after]?.norm ?? '') ? after + 1 : after;
  if (!/^(في|من)$/.test(tokens[at]?.norm ?? '') || (ofThePeople && tokens[at].norm !== 'في') || stops[at + 1]) return null;
  // («في ولاية X»: past a unit word a name the gazetteer's pattern left, «ولاية» before a word in «ـية».)
  const name = ofThePeople && UNIT_WORD.test(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  const end = nameEnd(tokens, name);
  return end > name && (tokens[end] === undefined || tokens[end].type === 'punct' || /^و/.test(tokens[end].norm)) ? { from: at + 1, to: end, name } : null;
}

// A figure a place's count reached or stood at: «(ارتفع عدد القتلى) في X إلى 35», «(استقر العدد) في X عند 41».
const REACHED = /^(الي|عند)$/;
const IN = /^(و)?في$/;

/** «في X إلى N», «وفي Y إلى M», «في X عند N»: the name after «في» right before the figure's «إلى»/«عند». */
function placeReached(tokens: Token[], l: Located): Item | null {
  const end = l.qFrom - 1;
  if (!REACHED.test(tokens[end]?.norm ?? '')) return null;
  let from = end;
  while (from > end - NAME_WORDS && nameWord(tokens[from - 1], false, tokens[from]) && !IN.test(tokens[from - 1].norm)) from--;
  return from < end && IN.test(tokens[from - 1]?.norm ?? '') ? { from, to: end } : null;
}

// A verb a place records its figure with, right before the figure: «إن X سجلت 19 قتيلا».
const RECORDED = /^(سجلت|سجل)$/;
// What may stand before the recording place's name: a clause's start.
const CLAUSE_START = /^(ان|و|فيما|بينما)$/;

/**
 * «إن X سجلت N», «، وY سجلت M»: the name right before the verb of recording right before the
 * figure; or after it, «فيما سجلت X N».
 */
function placeRecorded(tokens: Token[], l: Located): Item | null {
  const verb = l.qFrom - 1;
  if (!RECORDED.test(tokens[verb]?.norm ?? '')) return recordedBefore(tokens, l);
  let from = verb;
  while (from > verb - NAME_WORDS && nameWord(tokens[from - 1], false, tokens[from])) from--;
  if (from === verb) return null;
  const opener = tokens[from - 1];
  return !opener || opener.type === 'punct' || CLAUSE_START.test(opener.norm) ? { from, to: verb } : null;
}

/** «فيما سجلت X N»: the name between a clause's verb of recording and the figure. */
function recordedBefore(tokens: Token[], l: Located): Item | null {
  let from = l.qFrom;
  while (from > l.qFrom - NAME_WORDS && nameWord(tokens[from - 1], false, tokens[from]) && !RECORDED.test(tokens[from - 1].norm)) from--;
  if (from === l.qFrom || !RECORDED.test(tokens[from - 1]?.norm ?? '')) return null;
  const opener = tokens[from - 2];
  return !opener || opener.type === 'punct' || CLAUSE_START.test(opener.norm) ? { from, to: l.qFrom } : null;
}

// What opens a list item named before its figure, besides a comma: «ثم X بـ7», «تليها X بـ11»,
// «تلاه قطاع …».
export const NEXT_ITEM = /^(و)?(ثم|تليها|يليها|تلتها|تلاها|تليه|يليه|تلاه|تلته)$/;

/**
 * Where the figure at `qFrom` takes its «بـ»: the token before it, the figure's own word when a number
 * word carries it («ثم X بأربعة قتلى»), or -1.
 */
function baBefore(tokens: Token[], qFrom: number): number {
  const first = tokens[qFrom];
  if (first?.type === 'word' && first.norm === 'ب' + first.bare) return qFrom;
  return tokens[qFrom - 1]?.norm === 'ب' ? qFrom - 1 : -1;
}

/**
 * «، وX N» or «X بـN»: the name right before a figure that continues a list (no noun of its own)
 * or follows «بـ», opening its item after a comma or «ثم / تليها».
 */
function placeBefore(tokens: Token[], l: Located): Item | null {
  // («، انهار 870 منها»: some of the figure before, which the verb before it befell, no item's place.)
  if (/^(منها|منهم|منهن)$/.test(tokens[l.unitEnd]?.norm ?? '')) return null;
  let end = l.qFrom;
  const ba = baBefore(tokens, end);
  const withBa = ba >= 0;
  if (withBa && ba !== end) end--;
  else if (!withBa && l.unitEnd > l.qTo) return null;
  let from = end;
  while (from > end - NAME_WORDS && nameWord(tokens[from - 1], false, tokens[from])) {
    from--;
    if (/^و/.test(tokens[from].norm) && tokens[from].bare !== tokens[from].norm) break;
  }
  // («تلتها الزيدية بـ9»: right after the ranking's word, a name with its article.)
  if (withBa && (from === end || !NEXT_ITEM.test(tokens[from - 1]?.norm ?? ''))) {
    let k = end;
    while (k > end - NAME_WORDS && nameWord(tokens[k - 1], true)) k--;
    if (k < end && NEXT_ITEM.test(tokens[k - 1]?.norm ?? '')) from = k;
  }
  if (from === end) return null;
  const opener = tokens[from - 1];
  const comma = opener?.type === 'punct' && /^[،,]$/.test(opener.raw);
  const opens = /^و/.test(tokens[from].norm) ? comma : NEXT_ITEM.test(opener?.norm ?? '') || comma;
  return opens ? { from, to: end } : null;
}

// «X الأكثر تضررا بـ14»: the ranking's head, named before «the most affected».
const MOST = /^(ال)?اكثر$/;
const HIT = /^(تضررا|تاثرا|تضرر|تاثر)$/;
// The verb the ranking's head is the subject of («تبقى X», «كانت X», «تعد X»): no part of its name.
const STAYS = /^(و|ف)?(تبقي|يبقي|بقيت|تظل|يظل|ظلت|كانت|كان|تعد|يعد|تعتبر|يعتبر|باتت|بات|اصبحت|اصبح|جاءت|تاتي|ياتي)$/;
/** «تبقى X الأكثر تضررا بـN»: the name right before «الأكثر تضررا» right before the figure's «بـ». */
function placeMostHit(tokens: Token[], l: Located): Item | null {
  const end = baBefore(tokens, l.qFrom);
  if (end < 0 || !HIT.test(tokens[end - 1]?.norm ?? '') || !MOST.test(tokens[end - 2]?.norm ?? '')) return null;
  let from = end - 2;
  while (from > end - 2 - NAME_WORDS && nameWord(tokens[from - 1], false, tokens[from]) && !STAYS.test(tokens[from - 1].norm)) from--;
  return from < end - 2 ? { from, to: end - 2 } : null;
}

// The plural of a unit the list's places are («على بلديات X (7)، وY (4)»): no name itself.
const UNITS = /^(بلديات|مديريات|ولايات|محافظات|مناطق|قري|مدن|اقاليم|مقاطعات|بلدات|احياء|دوائر)$/;

/** «X (N)», «، وY (M)»: the name right before the bracket that holds the figure alone. */
function placeBeforeBracket(tokens: Token[], l: Located): Item | null {
  const open = l.qFrom - 1;
  if (tokens[open]?.raw !== '(') return null;
  let from = open;
  while (from > open - NAME_WORDS && nameWord(tokens[from - 1], false, tokens[from])) {
    from--;
    if (/^و/.test(tokens[from].norm) && tokens[from].bare !== tokens[from].norm) break;
  }
  // («، والأربعاء ناث إيراثن (2)»: a name's first word may carry the article after the item's «و».)
  if (from > open - NAME_WORDS && tokens[from - 1]?.type === 'word' && /^وال../.test(tokens[from - 1].norm) && /^[،,]$/.test(tokens[from - 2]?.raw ?? '')) from--;
  if (from === open) return null;
  const opener = tokens[from - 1];
  // (An item opens after a comma, or after the places' plural or «على» for the first.)
  const opens = (opener?.type === 'punct' && /^[،,]$/.test(opener.raw)) || (opener?.type === 'word' && (UNITS.test(opener.norm) || /^(علي|على)$/.test(opener.norm)));
  return opens ? { from, to: open } : null;
}

/**
 * Place hits for the unknown names of a sentence's breakdown list: found only when two or more
 * figures of the sentence each have a place (known or not), the unknown ones all different.
 */
export function listPlaceHits(tokens: Token[], located: readonly (Located | null)[], stops: Uint8Array, known: readonly EntityHit[]): EntityHit[] {
  const items: Item[] = [];
  // (An item whose place the gazetteer knows is one of the list too: «في X عند 41، وبلغ 35 في Y».)
  let knownItems = 0;
  for (const l of located) {
    // (Digits, or a count of an event's people in words, «وقتيلين في X، وقتيلا واحدا في Y» — the
    // noun before «واحدا»: «ديناً واحداً، وعيداً واحداً» lists no places.)
    const counted = (t: Token | undefined): boolean => !!t && (t.type === 'num' || isEventConcept(conceptOfWord(t)));
    if (!l || l.q.kind !== 'count') continue;
    // («تليها X بسبعة»: or a number word with its «ب» that a list's next item opens.)
    // («، ومايو X بثلاثة»: or an item a comma and «و» open.)
    const opensItem = (k: number): boolean => NEXT_ITEM.test(tokens[k].norm) || (/^و../.test(tokens[k].norm) && /^[،,]$/.test(tokens[k - 1]?.raw ?? ''));
    const nextWithBa = tokens[l.qFrom].norm === 'ب' + tokens[l.qFrom].bare && Array.from({ length: Math.min(l.qFrom, NAME_WORDS + 1) }, (_, j) => l.qFrom - 1 - j).some(opensItem);
    // («أن خمسة من الضحايا قضوا في X»: or some of the event's people, whose place alone says it is one — an item on its own.)
    const partitive = someOfThePeople(tokens, l);
    if (!(tokens.slice(l.qFrom, Math.max(l.qTo, l.unitEnd)).some(counted) || (l.q.value === 1 && counted(tokens[l.qFrom - 1])) || nextWithBa || partitive)) continue;
    // («21 من ولاية X و14 من Y»: a known place right after «في/من» is an item too.)
    if (/^(في|من)$/.test(tokens[l.unitEnd]?.norm ?? '') && known.some((h) => h.from === l.unitEnd + 1)) {
      knownItems++;
      continue;
    }
    // («تليها مقاطعة X بـ7»: so is a known place right before the figure's «بـ».)
    const ba = baBefore(tokens, l.qFrom);
    if (ba >= 0 && known.some((h) => h.to === ba)) {
      knownItems++;
      continue;
    }
    const named = placeAfter(tokens, l, stops);
    const item = named ?? placeBefore(tokens, l) ?? placeReached(tokens, l) ?? placeRecorded(tokens, l) ?? placeBeforeBracket(tokens, l) ?? placeMostHit(tokens, l);
    if (!item) continue;
    if (known.some((h) => h.from < item.to && item.from < h.to)) knownItems++;
    else items.push(item);
    if (partitive && named) knownItems++;
  }
  if (items.length === 0 || items.length + knownItems < 2) return [];
  // (Less only the «و» of the next item: a name's own first letter may look like a clitic, «بانيرا».)
  const keys = items.map((it) => patternPlaceKey(tokens.slice(it.name ?? it.from, it.to).map((t, k) => (k === 0 ? { ...t, norm: t.norm.replace(/^و(?=..)/, '') } : t)), 'town:'));
  if (new Set(keys).size < keys.length) return [];
  return items.map((it, k) => ({ key: keys[k], type: 'city', from: it.from, to: it.to, admin: true }));
}
