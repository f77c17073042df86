// People, by pattern: a title or a reporting verb before a name («الرئيس …», «قال …»), never a
// list of names. An article's people index lets later mentions by surname be found.

import { STOPWORDS } from './normalize';
import { lexicalForms, type Token } from './tokens';
import { isKnownForm, rememberName, TOWN_WORDS, UNIT_WORDS } from './gazetteer';

/** Folded name forms (full name, surname, last two words) → person key, for one article. */
export type PeopleIndex = Map<string, string>;

const peopleFirsts = new WeakMap<PeopleIndex, Set<string>>();
/** First words of the names an article's people index knows, computed once per index. */
export function peopleFirstWords(people: PeopleIndex): Set<string> {
  let set = peopleFirsts.get(people);
  if (!set) peopleFirsts.set(people, (set = new Set([...people.keys()].map((k) => k.split(' ')[0]))));
  return set;
}

export const PERSON_MAX_WORDS = 4;
// Titles before a name: «الرئيس …», «المرشح …», «وزير الخارجية …», «المتحدث باسم …».
const TITLE = /^(?:و|ف)?(?:ل|ب|لل)?(?:ال)?(رييس|رييسه|مرشح|مرشحه|وزير|وزيره|متحدث|متحدثه|ناطق|سفير|امين|مدير|مديره|زعيم|قايد|نايب|مستشار|مستشاره|منافس|منافسه|منافسها|جنرال|عقيد|لواء|عميد|شيخ|ملك|امير|مبعوث|مندوب|محافظ|عمده|المعارض|رجل|سيناتور|السيناتور|النايب)$/;
// Verbs a name follows: reporting («قال …») and winning («حصل … على»).
const NAME_VERBS = /^(?:و|ف)?(قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|اضاف|اضافت|كشف|كشفت|حصل|حصلت|فاز|فازت|نال|نالت|تقدم|تقدمت|يتقدم|يحصل|تحصل)$/;
// Words that open a compound name ("عبد الفتاح", "أبو بكر"): the article may follow them.
const NAME_PARTICLES = /^(عبد|ابو|ابن|بن|بنت|ام|ولد)$/;
// Nouns that follow a reporting verb without being a name ("قال مصدر مطلع", "أعلن بيان").
const NOT_PERSON = new Set(
  'مسؤول مسوول مصدر مصادر متحدث بيان تقرير شهود شاهد مراسل مراسلون سكان ناشطون ناشط مسعفون خبراء خبير محللون مراقبون مسؤولون وسائل وكاله وزاره هييه جهاز فريق مكتب قطاع عدد نحو اكثر اقل حوالي الاف مليون مليار نسبه ايضا كذلك بدوره بدورها'.split(' '),
);

const isArticleWord = (t: Token): boolean => /^(?:و|ف)?(?:ب|ل|ك)?ال/.test(t.norm) || t.norm.startsWith('لل');
export function isNameWord(t: Token | undefined, place = false): t is Token {
  return (
  !!t &&
  t.type === 'word' &&
  t.norm.length >= 2 &&
  !STOPWORDS.has(t.norm) &&
  !STOPWORDS.has(t.bare) &&
  !NOT_PERSON.has(t.norm) &&
  !NOT_PERSON.has(t.bare) &&
  !TITLE.test(t.norm) &&
  !NAME_VERBS.test(t.norm) &&
  !NOT_NAME_AFTER_VERB.has(t.norm) &&
  (place || (!/^و/.test(t.norm) && !isKnownForm(t.norm) && !isKnownForm(t.bare)))
  );
}
// Words that end a name or stand where a name would ("قال … بأن", "في مدينة حوالي").
const NOT_NAME_AFTER_VERB = new Set(['بان', 'انه', 'انها', 'حوالي', 'نحو', 'قرابه', 'زهاء', 'سيتولي', 'يتولي', 'تولي']);

/** Token range of a name starting at i ("جون سميث", "عبد الكريم العلي"), or null. */
function nameAt(tokens: Token[], i: number, minWords: number, closingArticle = true): [number, number] | null {
  const first = tokens[i];
  if (!isNameWord(first) || (isArticleWord(first) && !NAME_PARTICLES.test(first.bare))) return null;
  let end = i + 1;
  while (end < i + PERSON_MAX_WORDS) {
    const t = tokens[end];
    if (!isNameWord(t)) break;
    // The article only after a particle ("عبد الفتاح") or as a closing family name ("… السيسي").
    // After a verb only a particle lets the article in ("قالت رئاسة الجمهورية" names no one).
    if (isArticleWord(t) && !NAME_PARTICLES.test(tokens[end - 1].bare) && (!closingArticle || (isNameWord(tokens[end + 1]) && !isArticleWord(tokens[end + 1])))) break;
    end++;
  }
  return end - i >= minWords ? [i, end] : null;
}

/** Index of the name a title introduces, past its modifiers ("الرئيس الكندي", "رئيس حزب X"). */
function nameAfterTitle(tokens: Token[], t: number): [number, number] | null {
  let i = t + 1;
  for (let skipped = 0; i < tokens.length && skipped < 5; skipped++) {
    const w = tokens[i];
    if (!w || w.type !== 'word') return null;
    const next = tokens[i + 1];
    const construct = !isArticleWord(w) && next?.type === 'word' && isArticleWord(next) && !NAME_PARTICLES.test(w.bare);
    const unitWord = lexicalForms(w).some((f) => UNIT_WORDS.has(f) || TOWN_WORDS.has(f));
    if (unitWord) {
      i += 2;
      continue;
    }
    // "الرئيس المنتهية ولايته X": a word with a possessive ending qualifies the title.
    const qualifier = /(ته|تها|تهم)$/.test(w.norm) && isArticleWord(tokens[i - 1]);
    if (isArticleWord(w) || w.norm === 'باسم' || isKnownForm(w.norm) || isKnownForm(w.bare) || construct || qualifier) {
      i++;
      continue;
    }
    return nameAt(tokens, i, 1);
  }
  return null;
}

/** People an article names, found by pattern (a title or a reporting verb before a name). */
export function learnPeople(tokens: Token[]): PeopleIndex {
  const index: PeopleIndex = new Map();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    let range: [number, number] | null = null;
    if (TITLE.test(t.norm)) range = nameAfterTitle(tokens, i);
    else if (NAME_VERBS.test(t.norm)) range = nameAt(tokens, i + 1, 2, false);
    if (!range) continue;
    const words = tokens.slice(range[0], range[1]);
    const folded = words.map((w) => w.norm);
    const key = 'person:' + folded.join(' ');
    rememberName(key, words.map((w) => w.raw).join(' '));
    // The full name, and the family name alone (one or two words) for later mentions.
    const forms = [folded.join(' '), folded.slice(-1).join(' ')];
    if (folded.length >= 3) forms.push(folded.slice(-2).join(' '));
    for (const f of forms) if (f.length >= 3 && !STOPWORDS.has(f) && !index.has(f)) index.set(f, key);
    i = range[1] - 1;
  }
  return index;
}

