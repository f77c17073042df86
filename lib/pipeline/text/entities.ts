// The places and people a text names: gazetteer names (gazetteer.ts, from public data), places
// found by pattern after a unit or settlement word ("إقليم X", "محافظة X", "مدينة X"), and people
// found by pattern (people.ts), never by a list of names.

import { lexicalForms, tokensOf, type Token } from './tokens';
import { entityType, formIndex, homonymCities, parentOf, PHRASE_UNIT_WORDS, rememberName, TOWN_WORDS, UNIT_WORDS, type EntityType } from './gazetteer';
import { monthNumber } from '../extract/dates';
import { isNameWord, PARTY, peopleFirstWords, PERSON_MAX_WORDS, type PeopleIndex } from './people';
import { townAt } from './towns';
import { STOPWORDS } from './normalize';
import { memoized } from '../../lazy';

export { displayName, ENTITY_KEYWORD_STEMS, ENTITY_STEMS, entityType, isGeographic, NAME_FORMS, parentOf, type EntityType } from './gazetteer';
export { learnPeople, type PeopleIndex } from './people';

export interface EntityHit {
  key: string;
  type: EntityType;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Named with an administrative unit word ("بإقليم X", "محافظة X"): a breakdown place. */
  admin?: boolean;
  /** A town of towns.json, not of the gazetteer: where a figure is, not a story's feature (features.ts). */
  listed?: boolean;
}

/** Words of a person key ("person:X Y Z" → its words), each reduced to a spelling skeleton. */
// ("العياد بنسالم" and "عياد البنسالم": outlets write a Maghreb family name with or without the article.)
const personWords = (key: string): string[] => key.slice('person:'.length).split(' ').map((w) => skeleton(w.replace(/^ال(?=\S{3})/, '')));

// Outlets transliterate one foreign name several ways (long vowels written or not; "ch"/"ç" as
// تش, ج or ش; a hard "g" as ج or غ): compare consonants, with those sounds as one.
export const skeleton = (w: string): string => w.replace(/تش/g, 'ج').replace(/[شغ]/g, 'ج').replace(/[اويىهء]/g, '') || w;

// A place found by pattern is "town:X" after a settlement word or in a list of places, "place:X"
// after a division word («مقاطعة X»): one name, one place — a district and its town share it, and
// a toll «في X» and one «في مقاطعة X» are one toll.
const PATTERN_PLACE = /^(town|place):/;
// («في قسم X» read by a list as «قسم X», elsewhere as «X»: a division word the list kept names no other place.)
const DIVISION_HEAD = /^(قسم|مديريه|دايره|ناحيه|قضاء|منطقه|جهه|محافظه|مقاطعه|اقليم|بلديه|ولايه)\s/;
// («إقليم X Y» beside «إقليم X», Y a country: a region's name run on with its country's is the region.)
// (Remembered per name: a comparison asks about the same few places many times.)
const withoutCountry = memoized((name: string): string => {
  const words = name.split(' ');
  if (words.length < 2) return name;
  const last = tokensOf(words[words.length - 1]);
  return last.length === 1 && matchAt(last, 0)?.type === 'country' ? words.slice(0, -1).join(' ') : name;
}, 4000);
// («مقاطعة X Y» read as «X» where Y has no article, beside a list's «X Y»: a two-word name cut
// after its first word by the unit word's reading, whose run-on takes only words with the article.)
const cutAfterFirstWord = (x: string, y: string): boolean => {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const words = long.split(' ');
  return !short.includes(' ') && words.length === 2 && words[0] === short && !words[1].startsWith('ال');
};
const samePatternName = (a: string, b: string): boolean => {
  if (!PATTERN_PLACE.test(a) || !PATTERN_PLACE.test(b)) return false;
  const [x, y] = [a.replace(PATTERN_PLACE, ''), b.replace(PATTERN_PLACE, '')];
  return x === y || x.replace(DIVISION_HEAD, '') === y || y.replace(DIVISION_HEAD, '') === x || withoutCountry(x) === withoutCountry(y) || cutAfterFirstWord(x, y);
};

/** True where a and b may name the same thing: equal, one the parent of the other, one
 * unknown place named with and without its division word, or one person named in full and by
 * surname ("جون سميث", "سميث") or without a last name ("فلان الفلاني"). */
export function entitiesCompatible(a: string, b: string): boolean {
  if (a === b || parentOf(a) === b || parentOf(b) === a || namedAlike(a, b) || namedAlike(b, a) || samePatternName(a, b)) return true;
  if (a.startsWith('person:') && b.startsWith('person:')) {
    const [short, long] = [personWords(a), personWords(b)].sort((x, y) => x.length - y.length);
    if (long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
    // («فلان الفلاني» beside «فلان الفلاني العلاني»: a given name and first surname, the second dropped.)
    if (short.length >= 2 && !PARTY.test(short[0]) && long.slice(0, short.length).join(' ') === short.join(' ')) return true;
    // A party or list named with a trailing qualifier by one outlet («التحالف الديمقراطي المتحد
    // المعارض») is the one another names without it.
    const head = (k: string): string => k.slice('person:'.length).split(' ')[0];
    if (short.length >= 2 && PARTY.test(head(a)) && PARTY.test(head(b)) && long.slice(0, short.length).join(' ') === short.join(' ')) return true;
    // («الحزب الحاكم» beside «حزب X الحاكم»: one party noun, the short name's
    // qualifiers all in the long one's.)
    if (short.length >= 2 && PARTY.test(head(a)) && short[0] === long[0] && short.slice(1).every((w) => long.slice(1).includes(w))) return true;
    // («المسار الأوروبي» beside «حزب المسار الأوروبي الحاكم»: named without its party noun by one.)
    const [bare, nouned] = PARTY.test(head(a)) === PARTY.test(head(b)) ? [null, null] : PARTY.test(head(a)) ? [personWords(b), personWords(a).slice(1)] : [personWords(a), personWords(b).slice(1)];
    return !!bare && !!nouned && bare.length >= 2 && nouned.length >= bare.length && nouned.slice(0, bare.length).join(' ') === bare.join(' ');
  }
  return false;
}

// Whether one of a word's forms starts a gazetteer name, found once per word: lexicalForms
// gives one array per word, and the gazetteer does not change.
const knownFirst = new WeakMap<readonly string[], boolean>();
function startsKnownName(forms: readonly string[], firstWords: ReadonlyMap<string, number>): boolean {
  let known = knownFirst.get(forms);
  if (known === undefined) knownFirst.set(forms, (known = forms.some((f) => firstWords.has(f))));
  return known;
}

function matchAt(tokens: Token[], i: number, people?: PeopleIndex): { key: string; type: EntityType; len: number } | null {
  if (tokens[i].type !== 'word') return null;
  const { byForm, firstWords, maxWords } = formIndex();
  // Most words start no name at all: one lookup rules them out (linear time on long texts).
  const pFirsts = people ? peopleFirstWords(people) : null;
  const forms = lexicalForms(tokens[i]);
  if (!startsKnownName(forms, firstWords) && !(pFirsts && forms.some((f) => pFirsts.has(f)))) return null;
  const firsts = forms.filter((f) => firstWords.has(f) || pFirsts?.has(f));
  // No name is longer than the longest one starting with these words: longer spans find nothing.
  const longest = Math.max(...firsts.map((f) => Math.max(firstWords.get(f) ?? 0, pFirsts?.get(f) ?? 0)));
  for (let n = Math.min(Math.max(maxWords, people ? PERSON_MAX_WORDS : 0), tokens.length - i, longest); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t) => t.type !== 'word')) continue;
    const rest = span.slice(1).map((t) => t.norm);
    for (const first of firsts) {
      // Later words keep their article ("كوريا الجنوبية"); also try them without it.
      const withArticle = [first, ...rest].join(' ');
      const without = [first, ...span.slice(1).map((t) => t.bare)].join(' ');
      const hit = byForm.get(withArticle) ?? byForm.get(without);
      if (hit) return { key: hit.key, type: hit.type, len: n };
      const person = people?.get(withArticle);
      if (person) return { key: person, type: 'person', len: n };
    }
  }
  return null;
}

// Words with the article that are not part of a name ("بإقليم X الذي…", "…الأكثر تضررا").
// («وسجلت ولاية X العدد الأعلى من الضحايا», «المرتبة الأولى»: a count's or a rank's word is the
// verb's object, never the rest of the name; nor a day of the week, «محافظة X الاثنين»: when.)
const NOT_NAME = /^(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الذي|التي|الذين|اللذين|اللتين|اللواتي|الان|الاكثر|الاقل|اليوم|الامس|الماضي|الحالي|المقبل|الاخير|الاخيره|الاول|الاولي|الثاني|الثانيه|الواقع|الواقعه|المنكوب|المنكوبه|المتضرر|المتضرره|الشمالي|الجنوبي|الشرقي|الغربي|العدد|الحصيله|النصيب|القسط|المرتبه|المركز)$/;

// A feminine adjective of terrain after a province's name describes it ("مقاطعة X الساحلية",
// "ولاية X الحدودية"), and so does a country's adjective ("مقاطعة X" followed by the adjective of its country): one outlet
// writes it, another does not — the name is the same. (A direction names another province: «ولاية
// X الشمالية» and «ولاية X الجنوبية» are two.)
const DESCRIBES_PLACE = /^(الساحليه|الجبليه|الحدوديه|الصحراويه|النائيه|الريفيه)$/;

function isNameContinuation(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !t.norm.startsWith('ال') || t.norm.length <= 3 || NOT_NAME.test(t.norm) || DESCRIBES_PLACE.test(t.norm) || NEAR_OR_SIZE.test(t.norm)) return false;
  return !(/(يه|ي)$/.test(t.norm) && matchAt([t], 0)?.type === 'country');
}

/** «في X وحدها»: one name word after «في», «alone» right after it. */
const namedAlone = (tokens: Token[], i: number): boolean =>
  /^(و|ف)?في$/.test(tokens[i - 1]?.norm ?? '') && /^(وحدها|وحده)$/.test(tokens[i + 1]?.norm ?? '') && isNameWord(tokens[i], true) && !/^و/.test(tokens[i].norm) && monthNumber(tokens[i].norm) === null;

/** A month's name at `i` with a name word right after it, no article («يونيو باراكا»): one place's name, not a date. */
const monthOpensName = (tokens: Token[], i: number): boolean =>
  tokens[i]?.type === 'word' && monthNumber(tokens[i].norm) !== null && isNameWord(tokens[i + 1], true) && !isDefinite(tokens[i + 1]) && !/^و/.test(tokens[i + 1].norm) && monthNumber(tokens[i + 1].norm) === null;

// "ولاية النخيل", "منطقة تلات" name a place; "ولاية رئاسية", "منطقة سكنية" describe one (an
// indefinite feminine adjective agreeing with the unit word).
const isProvinceName = (t: Token | undefined): boolean => !!t && t.type === 'word' && (t.norm.startsWith('ال') || !t.norm.endsWith('ه'));

/** True where token i, the word `form` with its clitics, is introduced as a place: after في, or
 * with a glued ب ("بجهة", "وبمنطقة"). */
function inPlacePhrase(tokens: Token[], i: number, form: string): boolean {
  const t = tokens[i];
  const prefix = t.norm.endsWith(form) ? t.norm.slice(0, t.norm.length - form.length) : '';
  return /^(و|ف)?ب$/.test(prefix) || /^(و|ف)?(في|فى)$/.test(tokens[i - 1]?.norm ?? '');
}

const COUNTRYSIDE = 'ريف';
const THAT = /^(و|ف|ب|ل)?[اإ]ن$/;
const HEADS = /^(و|ف)?(تتصدر|تصدرت|يتصدر|تصدر)$/;
const DISTRICT = 'دايره';
const COMMUNE = 'جماعه';
const PEOPLES_PLURAL = /^ال\S{2,}(يين|يون)$/;
const RECORDS_OR_FOLLOWS = /^(و|ف)?(سجلت|سجل|تسجل|يسجل|تليها|تلتها|يليها|تلاها|ثم)$/;

/** A division word followed by a name ("إقليم X", "ولاية X", "في جهة X"): a province, region or district. */
function isUnitWord(tokens: Token[], i: number, forms: readonly string[]): boolean {
  // A unit word before a name takes no article: "بالولاية ذاتها", "في الإقليم نفسه" refer back.
  const definite = /^(و|ف)?(ب|ل|ك)?ال/.test(tokens[i].norm);
  if (definite && /^(ذات|نفس)/.test(tokens[i + 1]?.bare ?? '')) return false;
  // «ريف X» is the countryside of X (its province); «الريف» with its article, the countryside in general.
  if (definite && forms.includes(COUNTRYSIDE)) return false;
  // («جماعة النهريين»: a commune's word before a people's plural, «ال…يين», names a group of them.)
  if (forms.includes(COMMUNE) && PEOPLES_PLURAL.test(tokens[i + 1]?.norm ?? '')) return false;
  if (forms.some((f) => UNIT_WORDS.has(f))) return true;
  // "ولاية X" is a province, "ولاية رئاسية ثالثة" a term of office: a name, not an adjective.
  if (forms.includes('ولايه')) return isProvinceName(tokens[i + 1]);
  // «في دائرة X»: an electoral district by its proper name; «في دائرة الضوء», «دائرة الأحوال
  // المدنية» are an idiom and an office, named with the article.
  if (forms.includes(DISTRICT)) return !definite && inPlacePhrase(tokens, i, DISTRICT) && isProvinceName(tokens[i + 1]) && !isDefinite(tokens[i + 1]);
  // ("في المنطقة البالغة مساحتها": with its article the word is "the area", no unit before a name.)
  const phrase = forms.find((f) => PHRASE_UNIT_WORDS.has(f));
  // («وسجلت منطقة X 19 وفاة»: or as the subject of a figure right after its one-word name, of a
  // clause «أن/إن» opens, «أن منطقة X، في جنوب البلاد، سجلت …», or of heading a ranking,
  // «تتصدر منطقة X قائمة المناطق المنكوبة بـ…».)
  // (Or after a verb of recording or a ranking's next item: «سجلت منطقة X وحدها …», «تليها منطقة Y بـ…».)
  const subject = THAT.test(tokens[i - 1]?.norm ?? '') || HEADS.test(tokens[i - 1]?.norm ?? '') || RECORDS_OR_FOLLOWS.test(tokens[i - 1]?.norm ?? '');
  return !definite && !!phrase && (inPlacePhrase(tokens, i, phrase) || tokens[i + 2]?.type === 'num' || subject) && isProvinceName(tokens[i + 1]);
}

/**
 * Key of a place named by pattern ("place:…", "town:…") from its words, remembering them as
 * written for labels. `glued`: the first word carries its own preposition ("بالوادي"), not a unit word's.
 */
export function patternPlaceKey(words: Token[], prefix: 'place:' | 'town:' = 'place:', glued = false): string {
  // The unit word took the clitics: the name keeps its letters ("منطقة فانكوفر"), less its article.
  const head = glued ? words[0].bare : words[0].norm.replace(/^ال(?=..)/, '');
  const key = prefix + [head, ...words.slice(1).map((w) => w.norm)].join(' ');
  // Written as the text has it, article included ("جهة المرجان" → "المرجان"), less a glued
  // preposition ("بالصفصاف" → "الصفصاف").
  const clitics = glued ? words[0].norm.length - words[0].bare.length : 0;
  const dropped = glued && words[0].norm.slice(0, clitics).endsWith('ال') ? clitics - 2 : clitics;
  const written = dropped > 0 && words[0].raw.length > dropped ? words[0].raw.slice(dropped) : words[0].raw;
  rememberName(key, [written, ...words.slice(1).map((w) => w.raw)].join(' '));
  return key;
}

// A foreign place name's first word of saint, port or fort («سانت»، «بورت»): no name alone.
const NAME_PREFIX = /^(سانت|سان|ساو|بورت|فورت|ماونت)$/;

/** The word after a saint's or port's prefix that names the place: no article, no function word. */
const isPrefixedName = (t: Token | undefined): boolean => !!t && t.type === 'word' && t.norm.length >= 3 && !/^(و|ف|ب|ل|ك)?ال/.test(t.norm) && !STOPWORDS.has(t.norm);

// A bare compass word: «شمال», «جنوب», «شرق», «غرب», «وسط».
const COMPASS = /^(شمال|جنوب|شرق|غرب|وسط)$/;
// A Romance article opening a name after a unit or settlement word («إل», «لا», «لوس», «لاس»), as written.
const FOREIGN_ARTICLE = /^(?:إل|ال|لا|لوس|لاس)$/;
// «ذي», «ذو», «ذات» (of, owner of) open many a place's name («ذي X», «ذات Y»): no function word there.
const POSSESSOR = /^(ذي|ذو|ذات)$/;
const possessorOpens = (tokens: Token[], i: number): boolean => POSSESSOR.test(tokens[i]?.norm ?? '') && isNameWord(tokens[i + 1], true) && !/^ال/.test(tokens[i + 1].norm);

/** A place named after a unit or settlement word: its words up to the end of the name. */
const FOREIGN_PARTICLE = /^(دي|دو|دا|دوس|داس|ديلا|ديلو)$/;
function placeAfter(tokens: Token[], i: number, prefix: 'place:' | 'town:'): { key: string; to: number } {
  // The name may run on with definite words ("محافظة وادي الندى", "محافظة دير الزور").
  // («محافظة ذي X»: a name opening with «ذي», of, runs on to the word it joins.)
  let end = possessorOpens(tokens, i + 1) ? i + 3 : i + 2;
  // («أبرشية سانت أوريان», «جزيرة إل X»: the name runs on past its prefix or foreign article.)
  if ((NAME_PREFIX.test(tokens[i + 1]?.norm ?? '') || FOREIGN_ARTICLE.test(tokens[i + 1]?.raw ?? '')) && tokens[end]?.type === 'word') end++;
  // («ولاية شمال X», «محافظة جنوب Y»: a compass word and the name it qualifies, no adjective after.)
  if (COMPASS.test(tokens[i + 1]?.norm ?? '') && isNameWord(tokens[end], true) && !/^ال/.test(tokens[end].norm)) end++;
  else while (end < i + 4 && isNameContinuation(tokens[end])) end++;
  // («مقاطعة X دي Y», «X دو Z»: a Romance name's particle and the word it joins are the name's.)
  if (end === i + 2 && FOREIGN_PARTICLE.test(tokens[end]?.norm ?? '') && tokens[end + 1]?.type === 'word' && !STOPWORDS.has(tokens[end + 1].norm)) end += 2;
  return { key: patternPlaceKey(tokens.slice(i + 1, end), prefix), to: end };
}

const QUOTED_NAME_WORDS = 4;
// A quoted name's marks: guillemets, straight or curly double quotes («قائمة "X أولا"»).
const CLOSING_QUOTE: Record<string, string> = { '«': '»', '"': '"', '“': '”' };
/** Where the quoted name that opens at token i («…») ends (its closing mark), or -1. */
function quotedNameEnd(tokens: Token[], i: number): number {
  const closing = CLOSING_QUOTE[tokens[i - 1]?.raw ?? ''];
  if (!closing) return -1;
  for (let k = i; k < Math.min(tokens.length, i + QUOTED_NAME_WORDS + 1); k++) {
    if (tokens[k].raw === closing) return k;
    if (tokens[k].type !== 'word') return -1;
  }
  return -1;
}

// A zone's unit word and the directions that name it («الجنوبية», «الشرقية», «الوسطى»).
const ZONE_WORDS = new Set(['منطقه', 'محافظه', 'ولايه', 'اقليم', 'مقاطعه']);
const DIRECTION = /^ال(شماليه|جنوبيه|شرقيه|غربيه|وسطي|شمالي|جنوبي|شرقي|غربي|اوسط)$/;

/**
 * A zone named by its unit word with the article and one or two directions («المنطقة الجنوبية
 * الشرقية»): a region keyed by those words, wherever its preposition; null when the gazetteer
 * names the words (a known province), or none follow.
 */
function directionZone(tokens: Token[], i: number, forms: readonly string[]): EntityHit | null {
  if (!isDefinite(tokens[i]) || !forms.some((f) => ZONE_WORDS.has(f)) || !DIRECTION.test(tokens[i + 1]?.norm ?? '')) return null;
  if (matchAt(tokens, i)) return null;
  const to = DIRECTION.test(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
  const unit = forms.find((f) => ZONE_WORDS.has(f))!;
  const key = 'place:' + [unit, ...tokens.slice(i + 1, to).map((w) => w.norm.slice(2))].join(' ');
  rememberName(key, tokens.slice(i, to).map((w, k) => (k === 0 ? w.raw.replace(/^[وفبلك]+(?=ال)/, '') : w.raw)).join(' '));
  return { key, type: 'region', from: i, to, admin: true };
}

/** A settlement word with the article naming its town in apposition («المدينة الخضراء»), as the town branch reads it. */
const townNamed = (tokens: Token[], i: number): boolean =>
  isDefinite(tokens[i]) && lexicalForms(tokens[i]).some((f) => TOWN_WORDS.has(f)) && isDefinite(tokens[i + 1]) && !NEAR_OR_SIZE.test(tokens[i + 1].norm) && isNameWord(tokens[i + 1], true);

// Adjectives of nearness, size or state after a place word with the article («المدينة القريبة من X»,
// «المخيم المجاور», «القرى المحيطة», «البلدات المتضررة», «القرى الحدودية», «القرى الساحلية
// والمنخفضة», «القرى التابعة لها»): they describe the place referred back to, never name it.
const NEAR_OR_SIZE = /^ال(قريب|مجاور|محيط|صغير|كبير|جديد|قديم|محاصر|مذكور|متضرر|منكوب|حدودي|ساحلي|جبلي|منخفض|نائي|ريفي|تابع|واقع)(ه|ين|ات)?$/;

/** A word with the article, after any clitics ("المدينة", "بالمدينة", "للمدينة"). */
const isDefinite = (w: Token | undefined): boolean => !!w && (/^(و|ف)?(ب|ل|ك)?(ال|لل)/.test(w.norm) || /^(و|ف)?لل/.test(w.norm));

/**
 * Entities named in a token list, longest match first, left to right; `people` from learnPeople.
 * With `cityForms` (homonymsReadAsCity: the names a whole text reads as the city they share with a
 * country), such a name is read as the city or the country (readHomonym); without it, as written
 * in the data (the country): a story's words compare the name two reads share, not a guess.
 */
export function findEntities(tokens: Token[], people?: PeopleIndex, cityForms?: ReadonlySet<string>): EntityHit[] {
  const hits = namedEntities(tokens, people);
  return cityForms === undefined ? hits : hits.map((h) => readHomonym(tokens, h, hits, cityForms));
}

function namedEntities(tokens: Token[], people?: PeopleIndex): EntityHit[] {
  const out: EntityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const forms = lexicalForms(t);
    const unit = isUnitWord(tokens, i, forms);
    const town = !unit && forms.some((f) => TOWN_WORDS.has(f));
    // "المخيم أسفرت …", "بالمدينة رصدت": a unit word with the article refers back to a place, and
    // the word after it is no name; a name follows it in a construct ("مخيم X", "بمدينة X") or,
    // with the article too, in apposition ("المدينة المنورة").
    // (Not an adjective of nearness or size in apposition: NEAR_OR_SIZE.)
    // «المنطقة الجنوبية الشرقية»، «في المحافظة الشمالية»: a zone named by its direction.
    const zone = directionZone(tokens, i, forms);
    if (zone) {
      out.push(zone);
      i = zone.to - 1;
      continue;
    }
    // («المجالس البلدية والولائية»: a definite word joined by «و» is another noun, no name in apposition.)
    const refersBack = isDefinite(t) && (!isDefinite(tokens[i + 1]) || NEAR_OR_SIZE.test(tokens[i + 1]?.norm ?? '') || /^و(ال|لل)/.test(tokens[i + 1]?.norm ?? ''));
    // («مقاطعة يونيو باراكا»: a unit's name may open with a word that is a month elsewhere.)
    const monthOpened = unit && !refersBack && monthOpensName(tokens, i + 1);
    if ((unit || town) && !refersBack && (isNameWord(tokens[i + 1], true) || monthOpened || possessorOpens(tokens, i + 1))) {
      const known = matchAt(tokens, i + 1, people);
      // («ولاية X», «مدينة X», X a country's name: a province or a city named like its country is not the country.)
      // (Not a nationality's adjective after a settlement word, «بلدة» and a country's adjective: a town of that country.)
      const ownCapital = known?.type === 'country' && !monthOpened && known.len === 1 && !/(يه|ي)$/.test(tokens[i + 1].norm);
      if (known && known.type !== 'person' && !ownCapital) {
        out.push({ key: known.key, type: known.type, from: i, to: i + 1 + known.len, admin: unit || undefined });
        i += known.len;
      } else {
        // «منطقة المدينة الخضراء»: a unit named after its town («المدينة الخضراء») is keyed as the
        // town is on its own, so that two reports naming one as the other share it.
        const named = unit && townNamed(tokens, i + 1);
        const p = monthOpened ? { key: patternPlaceKey(tokens.slice(i + 1, i + 3)), to: i + 3 } : named ? placeAfter(tokens, i + 1, 'town:') : placeAfter(tokens, i, unit ? 'place:' : 'town:');
        out.push(unit ? { key: p.key, type: 'region', from: i, to: p.to, admin: true } : { key: p.key, type: 'city', from: i, to: p.to });
        i = p.to - 1;
      }
      continue;
    }
    const m = matchAt(tokens, i, people);
    // «حركة «X الجديدة»» (X a country): a place's name opening a longer quoted name is part of a
    // party's or a body's name, not the place.
    const quoted = m && m.type !== 'person' ? quotedNameEnd(tokens, i) : -1;
    if (m && quoted > i + m.len) {
      const words = tokens.slice(i, quoted);
      // (Keyed with the party noun before the quotation, as claims/parties.ts keys «حزب «X»».)
      const noun = PARTY.exec(tokens[i - 2]?.norm ?? '')?.[1];
      const key = `person:${[...(noun ? [noun] : []), ...words.map((w) => w.norm)].join(' ')}`;
      out.push({ key, type: 'person', from: i, to: quoted });
      rememberName(key, words.map((w) => w.raw).join(' '));
      i = quoted - 1;
      continue;
    }
    if (m) {
      out.push({ key: m.key, type: m.type, from: i, to: i + m.len });
      i += m.len - 1;
      continue;
    }
    // «في سانت أورين», «وسانت فيرمان»: a saint's, port's or fort's name is a place's, whatever gazetteer lacks it.
    if (NAME_PREFIX.test(t.bare) && isPrefixedName(tokens[i + 1])) {
      out.push({ key: patternPlaceKey([t, tokens[i + 1]], 'town:', t.bare !== t.norm), type: 'city', from: i, to: i + 2 });
      i++;
      continue;
    }
    // «في X», «بX»: a town the gazetteer lacks, keyed as «مدينة X» would be.
    const previous = out[out.length - 1];
    const listed = townAt(tokens, i, !!previous && previous.to === i && (previous.type === 'city' || previous.type === 'country' || previous.type === 'region'));
    if (listed) {
      rememberName(listed.key, listed.written);
      out.push({ key: listed.key, type: 'city', from: i, to: i + listed.words, listed: true });
      i += listed.words - 1;
    } else if (namedAlone(tokens, i)) {
      // «وفي X وحدها، نزح …»: a place set apart as «alone» is a place, whatever gazetteer lacks it.
      out.push({ key: patternPlaceKey([t], 'town:'), type: 'city', from: i, to: i + 1 });
    }
  }
  return out;
}


// A capital spelled as another country is (a Levantine capital and a sultanate share one
// spelling; gazetteer.ts homonymCities). After «العاصمة» it is the city, after «سلطنة»/«دولة» or
// in a list of countries the country; otherwise the city where the whole text names the city's
// country and no other place of the country it is named like.
const CAPITAL_WORD = 'عاصمه';
const STATE_WORDS = new Set(['سلطنه', 'دوله', 'مملكه']);

/** The hit is a country's name that a city shares («سنغافورة»), read as written: which one is meant, the text must say. */
export const namesHomonym = (tokens: Token[], h: EntityHit): boolean => homonymAt(tokens, h) !== null;

/** `city` shares its name with `country` («سنغافورة»): a read that could not tell which is meant may mean either. */
function namedAlike(city: string, country: string): boolean {
  for (const [form, c] of homonymCities()) if (c.key === city && formIndex().byForm.get(form)?.key === country) return true;
  return false;
}

/** The homonym form a one-word country hit is written with, and the city of that name, if any. */
function homonymAt(tokens: Token[], h: EntityHit): { form: string; key: string; parent: string } | null {
  if (h.type !== 'country' || h.to - h.from !== 1) return null;
  const cities = homonymCities();
  const form = lexicalForms(tokens[h.from]).find((f) => cities.has(f));
  const city = form ? cities.get(form) : undefined;
  return form && city && city.parent !== h.key ? { form, ...city } : null;
}

/** The context names the city's country and nothing else of the country `h` is named like. */
function cityByContext(tokens: Token[], h: EntityHit, parent: string, hits: readonly EntityHit[]): boolean {
  const other = h.key;
  const namesParent = hits.some((x) => x.key === parent || parentOf(x.key) === parent);
  const namesOther = hits.some((x) => (x.key === other || parentOf(x.key) === other) && !homonymAt(tokens, x));
  return namesParent && !namesOther;
}

/** «[بلد] وسنغافورة», «سنغافورة و[بلد]»: one of a list of countries joined by «و». */
function listedWithCountry(tokens: Token[], h: EntityHit, hits: readonly EntityHit[]): boolean {
  const country = (at: number): boolean => hits.some((x) => x !== h && x.from === at && x.type === 'country');
  const joined = (t: Token | undefined): boolean => !!t && t.type === 'word' && t.norm.startsWith('و');
  return (joined(tokens[h.from]) && country(h.from - 1)) || (joined(tokens[h.to]) && country(h.to));
}

function readHomonym(tokens: Token[], h: EntityHit, hits: readonly EntityHit[], cityForms: ReadonlySet<string>): EntityHit {
  const city = homonymAt(tokens, h);
  if (!city) return h;
  const before = tokens[h.from - 1]?.type === 'word' ? lexicalForms(tokens[h.from - 1]) : [];
  if (before.some((f) => STATE_WORDS.has(f)) || listedWithCountry(tokens, h, hits)) return h;
  return before.includes(CAPITAL_WORD) || cityForms.has(city.form) ? { key: city.key, type: 'city', from: h.from, to: h.to } : h;
}

/** Whether a folded text may name a city that shares its name with a country (a cheap test before homonymsReadAsCity). */
export const mayNameHomonym = (folded: string): boolean => [...homonymCities().keys()].some((f) => folded.includes(f));

/** The names a whole text reads as the city they share with a country (see readHomonym), for its sentences. */
export function homonymsReadAsCity(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  const hits = namedEntities(tokens);
  for (const h of hits) {
    const city = homonymAt(tokens, h);
    if (city && cityByContext(tokens, h, city.parent, hits)) out.add(city.form);
  }
  return out;
}
