// Places, countries and nationalities from a public data file (lib/pipeline/text/data/gazetteer.json,
// built by scripts/build-gazetteer.ts from CLDR and i18n-iso-countries; see its PROVENANCE),
// places found by pattern ("إقليم X", "محافظة X", "مدينة X"), and people found by pattern (a
// title or a reporting verb before a name: «الرئيس …», «قال …»), never by a list of names.

import gazetteer from './data/gazetteer.json';
import { normalizeArabic, stem, STOPWORDS } from './normalize';
import { lexicalForms, type Token } from './tokens';
import { lazy, lazySet } from '../../lazy';

export type EntityType = 'country' | 'region' | 'city' | 'person' | 'org';

export interface EntityHit {
  key: string;
  type: EntityType;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Named with an administrative unit word ("بإقليم X", "محافظة X"): a breakdown place. */
  admin?: boolean;
}

interface Entry {
  key: string;
  type: EntityType;
  /** Display name as written in the data. */
  name: string;
  /** Folded forms without article/clitics; multi-word forms separated by spaces. */
  forms: string[];
  /** Broader entity the key belongs to (a city's country, one of two countries sharing a name). */
  parent?: string;
}

const ENTRIES = gazetteer.entries as Entry[];

// Administrative units followed by a name: the name is a place even if the data lacks it.
const UNIT_WORDS = new Set(['اقليم', 'عماله', 'محافظه', 'مقاطعه', 'جماعه', 'بلديه']);
// Settlements followed by a name: a town the figure is about, not a unit of a breakdown.
const TOWN_WORDS = new Set(['مدينه', 'بلده', 'قريه', 'مخيم', 'بلدات', 'قري']);

interface FormIndex {
  byForm: Map<string, Entry>;
  /** First words of every form: most words start no name, and are ruled out with one lookup. */
  firstWords: Set<string>;
  maxWords: number;
}

// Built on the first look-up, not at import (lib/lazy.ts): the background worker wakes often
// for messages that never name a place. Finding names needs every form folded; keys' types,
// parents and names (all a stored report needs) come without that.
const formIndex = lazy((): FormIndex => {
  const byForm = new Map<string, Entry>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const e of ENTRIES) {
    for (const f of e.forms) {
      const key = normalizeArabic(f);
      if (!byForm.has(key)) byForm.set(key, e);
      firstWords.add(key.split(' ')[0]);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { byForm, firstWords, maxWords };
});
const keyIndex = lazy(() => ({
  parents: new Map(ENTRIES.filter((e) => e.parent).map((e) => [e.key, e.parent as string])),
  types: new Map(ENTRIES.map((e) => [e.key, e.type])),
  names: new Map(ENTRIES.map((e) => [e.key, e.name])),
}));
/** True where a folded form (one or more words) names a known place. */
const isKnownForm = (form: string): boolean => formIndex().byForm.has(form);

/** Stems of one-word entity names: story keywords leave them to the entity list. */
export const ENTITY_STEMS = lazySet(() => ENTRIES.flatMap((e) => e.forms.filter((f) => !f.includes(' ')).map((f) => stem(f))));

/** Folded one-word forms of the data's names, for tokenizers that must not cut their first letter. */
export const NAME_FORMS = lazySet(() => ENTRIES.flatMap((e) => e.forms.filter((f) => !f.includes(' '))));

/** Broader entity of a key (a city's country, one of two countries sharing a name), or null. */
export function parentOf(key: string): string | null {
  return keyIndex().parents.get(key) ?? null;
}

/** Entity type of a key; generic places found by pattern are regions, towns cities. */
export function entityType(key: string): EntityType {
  if (key.startsWith('person:')) return 'person';
  if (key.startsWith('town:')) return 'city';
  return keyIndex().types.get(key) ?? 'region';
}

/** Words of a person key ("person:X Y Z" → its words), each reduced to a spelling skeleton. */
const personWords = (key: string): string[] => key.slice('person:'.length).split(' ').map(skeleton);

// Outlets transliterate one foreign name several ways (long vowels written or not; "ch"/"ç" as
// تش, ج or ش): compare consonants, with those three sounds as one.
const skeleton = (w: string): string => w.replace(/تش/g, 'ج').replace(/ش/g, 'ج').replace(/[اويىهء]/g, '') || w;

/** True where a and b may name the same thing: equal, one the parent of the other, or one
 * person named in full and by surname ("جون سميث", "سميث"). */
export function entitiesCompatible(a: string, b: string): boolean {
  if (a === b || parentOf(a) === b || parentOf(b) === a) return true;
  if (a.startsWith('person:') && b.startsWith('person:')) {
    const [short, long] = [personWords(a), personWords(b)].sort((x, y) => x.length - y.length);
    return long.slice(long.length - short.length).join(' ') === short.join(' ');
  }
  return false;
}

function matchAt(tokens: Token[], i: number, people?: PeopleIndex): { key: string; type: EntityType; len: number } | null {
  if (tokens[i].type !== 'word') return null;
  const { byForm, firstWords, maxWords } = formIndex();
  // Most words start no name at all: one lookup rules them out (linear time on long texts).
  const pFirsts = people ? peopleFirstWords(people) : null;
  const firsts = lexicalForms(tokens[i]).filter((f) => firstWords.has(f) || pFirsts?.has(f));
  if (firsts.length === 0) return null;
  for (let n = Math.min(Math.max(maxWords, people ? PERSON_MAX_WORDS : 0), tokens.length - i); n >= 1; n--) {
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
const NOT_NAME = /^(الذي|التي|الذين|اللذين|اللتين|اللواتي|الان|الاكثر|الاقل|اليوم|الامس|الماضي|الحالي|المقبل|الاخير|الاخيره|الاول|الاولي|الثاني|الثانيه|الواقع|الواقعه|المنكوب|المنكوبه|المتضرر|المتضرره|الشمالي|الجنوبي|الشرقي|الغربي)$/;

function isNameContinuation(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.norm.startsWith('ال') && t.norm.length > 3 && !NOT_NAME.test(t.norm);
}

/** The first word of a name as written, without a glued conjunction or preposition. */
function stripLeadingClitic(t: Token): string {
  const dropped = t.norm.length - t.bare.length;
  return dropped > 0 && t.raw.length > dropped ? t.raw.slice(dropped) : t.raw;
}

const isProvinceName = (t: Token | undefined): boolean => !!t && t.type === 'word' && (t.norm.startsWith('ال') || !t.norm.endsWith('ه'));

/** Names of places and people found by pattern, as first written, for labels (keys are folded). */
const patternNames = new Map<string, string>();

/** A place named after a unit or settlement word: its words up to the end of the name. */
function placeAfter(tokens: Token[], i: number, prefix: string): { key: string; to: number } {
  // The name may run on with definite words ("محافظة وادي الندى", "محافظة دير الزور").
  let end = i + 2;
  while (end < i + 4 && isNameContinuation(tokens[end])) end++;
  const words = tokens.slice(i + 1, end);
  // The unit word took the clitics: the name keeps its letters ("منطقة فانكوفر"), less its article.
  const key = prefix + words.map((w, k) => (k === 0 ? w.norm.replace(/^ال(?=..)/, '') : w.norm)).join(' ');
  if (!patternNames.has(key)) patternNames.set(key, words.map((w, k) => (k === 0 ? stripLeadingClitic(w) : w.raw)).join(' '));
  return { key, to: end };
}

/** Entities named in a token list, longest match first, left to right; `people` from learnPeople. */
export function findEntities(tokens: Token[], people?: PeopleIndex): EntityHit[] {
  const out: EntityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const forms = lexicalForms(t);
    // "ولاية X" is a province, "ولاية رئاسية ثالثة" a term of office: a name, not an adjective.
    const unit = forms.some((f) => UNIT_WORDS.has(f)) || (forms.includes('ولايه') && isProvinceName(tokens[i + 1]));
    const town = !unit && forms.some((f) => TOWN_WORDS.has(f));
    if ((unit || town) && isNameWord(tokens[i + 1], true)) {
      const known = matchAt(tokens, i + 1, people);
      if (known && known.type !== 'person') {
        out.push({ key: known.key, type: known.type, from: i, to: i + 1 + known.len, admin: unit || undefined });
        i += known.len;
      } else {
        const p = placeAfter(tokens, i, unit ? 'place:' : 'town:');
        out.push(unit ? { key: p.key, type: 'region', from: i, to: p.to, admin: true } : { key: p.key, type: 'city', from: i, to: p.to });
        i = p.to - 1;
      }
      continue;
    }
    const m = matchAt(tokens, i, people);
    if (m) {
      out.push({ key: m.key, type: m.type, from: i, to: i + m.len });
      i += m.len - 1;
    }
  }
  return out;
}

// ---- People, by pattern -------------------------------------------------------------------

/** Folded name forms (full name, surname, last two words) → person key, for one article. */
export type PeopleIndex = Map<string, string>;

const peopleFirsts = new WeakMap<PeopleIndex, Set<string>>();
/** First words of the names an article's people index knows, computed once per index. */
function peopleFirstWords(people: PeopleIndex): Set<string> {
  let set = peopleFirsts.get(people);
  if (!set) peopleFirsts.set(people, (set = new Set([...people.keys()].map((k) => k.split(' ')[0]))));
  return set;
}

const PERSON_MAX_WORDS = 4;
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
function isNameWord(t: Token | undefined, place = false): t is Token {
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
    if (!patternNames.has(key)) patternNames.set(key, words.map((w) => w.raw).join(' '));
    // The full name, and the family name alone (one or two words) for later mentions.
    const forms = [folded.join(' '), folded.slice(-1).join(' ')];
    if (folded.length >= 3) forms.push(folded.slice(-2).join(' '));
    for (const f of forms) if (f.length >= 3 && !STOPWORDS.has(f) && !index.has(f)) index.set(f, key);
    i = range[1] - 1;
  }
  return index;
}

// Control zones (lib/pipeline/claims/scope.ts zoneOf) as a reader names them.
const ZONE_NAMES: Record<string, string> = {
  'zone:government': 'مناطق سيطرة الحكومة',
  'zone:opposition': 'مناطق سيطرة المعارضة',
  'zone:other': 'منطقة محددة',
};

/** Name of an entity key for display, or null if unknown. */
export function displayName(key: string): string | null {
  const known = keyIndex().names.get(key) ?? patternNames.get(key) ?? ZONE_NAMES[key];
  if (known) return known;
  // Found by pattern but never seen in this session: their folded words ("place:ايغيل").
  const m = /^(place|town|person):(.*)$/.exec(key);
  if (m) return m[2];
  return null;
}
/** True for entities that are places (countries, regions, cities, control zones), not people or groups. */
export function isGeographic(key: string): boolean {
  if (key.startsWith('zone:')) return true;
  const t = entityType(key);
  return t === 'country' || t === 'region' || t === 'city';
}
