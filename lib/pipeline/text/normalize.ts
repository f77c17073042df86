// Word-level normalisation for matching: folded, lowercased, light-stemmed tokens.
// Displayed text is never changed; these forms are only compared with each other.

import { fold } from './fold';
import gazetteer from './data/gazetteer.json';
import { lazy, lazySet } from '../../lazy';

/** Folds (diacritics, tatweel, letter forms, digits), lowercases and collapses whitespace. */
export function normalizeArabic(s: string): string {
  return fold(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

// Words that a bare one-letter clitic (ب ل ك ف و) must not be cut from: common words that merely
// start with those letters, and every word of the gazetteer's place names. Folded forms.
// Built on first use, like every table here (lib/lazy.ts).
const keepInitial = lazy(() => new Set([
  'بيان', 'بلاد', 'بلد', 'بلدان', 'بلدين', 'بين', 'بعد', 'بحر', 'بحري', 'برلمان', 'بنك', 'بيت',
  'كارثه', 'كبير', 'كبيره', 'كامل', 'لجنه', 'لقاء',
  'وفاه', 'وفيات', 'وفي', 'وزير', 'وزيره', 'وزراء', 'وزاره', 'وكاله', 'ولايه', 'ولايات', 'وسط', 'وضع', 'وصل', 'وثيقه',
  'وحده', 'وطني', 'وطنيه', 'وادي', 'واقع', 'وقت', 'وقع', 'ودائع', 'وديعه', 'وقود',
  'فيضانات', 'فيضان', 'فرق', 'فريق',
  ...(gazetteer.entries as { forms: string[] }[]).flatMap((e) => e.forms.flatMap((f) => f.split(' '))).filter((w) => /^[وفبلك]/.test(w)),
]));

const PROCLITIC_ARTICLES = ['وبال', 'وكال', 'وفال', 'ولل', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES_2 = ['ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'يه', 'كم', 'نا'];

/** Strips conjunction و/ف and the article or a one-letter preposition; keeps the word otherwise. */
export function stripClitics(word: string): string {
  let w = word;
  for (const p of PROCLITIC_ARTICLES) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length >= 4 && !keepInitial().has(w)) w = w.slice(1);
  for (const p of PROCLITIC_ARTICLES) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  if (/^[بلكف]/.test(w) && w.length >= 5 && !keepInitial().has(w)) w = w.slice(1);
  return w;
}

/**
 * Light stemming: clitics (و ف ب ل ك ال لل), accusative alef, one common suffix
 * (ات ون ين ان ها هم ية …) and a final ي/ه. Input may be raw; it is normalised first.
 */
export function stem(word: string): string {
  return stripSuffixes(stripClitics(normalizeArabic(word).replace(/[^\u0621-\u064a0-9a-z]/g, '')));
}

/**
 * stem() of a noun that carries no conjunction — a counted noun right after its number: «1500 فلاح»
 * is «فلاح», not «ف» + «لاح», as «الفلاحين» is.
 */
export function countedNounStem(word: string): string {
  const w = normalizeArabic(word).replace(/[^\u0621-\u064a0-9a-z]/g, '');
  return /^[وف]/.test(w) ? stripSuffixes(w) : stem(word);
}

function stripSuffixes(word: string): string {
  let w = word;
  if (/^[0-9a-z]+$/.test(w)) return w;
  if (w.length >= 5 && w.endsWith('ا')) w = w.slice(0, -1);
  for (const s of SUFFIXES_2) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  if ((w.endsWith('ه') || w.endsWith('ي')) && w.length >= 4) w = w.slice(0, -1);
  return w;
}

/**
 * `extra: true` adds keywordStem's three further steps to stem() (for eval/crossval.ts `--stems
 * extra` only, set before anything is stemmed: the tables built from keywordStem are built once).
 * Off since leave-one-story-out cross-validation found they did not beat their absence (the same
 * 209 of 240 same-story pairs linked, one false pair more; lib/pipeline/compare/README.md §1).
 */
const keywordStemKnobs = { extra: false };
export function setKeywordStemKnobs(k: Partial<typeof keywordStemKnobs>): void {
  Object.assign(keywordStemKnobs, k);
}

/**
 * The stem of a word as story keywords (story similarity, the specificity table) use it: stem(),
 * and with the `extra` knob (measuring only) three steps further, none of which the claims'
 * lexicons (keyed by stem()) expect:
 * - A word that lost its article may still begin with a clitic letter («الفيروس» → «فيروس»,
 *   «الورقة» → «ورقة»), which the same word without the article loses («فيروس» → «يروس»): the
 *   letter goes in both cases, as stripClitics would take it, so the two forms meet (words
 *   stripClitics keeps whole stay whole).
 * - Broken plurals of the commonest news nouns' patterns meet their singular: فعائل of
 *   فعيلة/فعيل («حرائق» → «حريق», «دقائق» → «دقيقة») and فعايا of فعيّة («ضحايا» → «ضحية»,
 *   «قضايا» → «قضية»).
 * - The accusative (tanwin) alif of a three-letter noun («شخصاً» → «شخص»; stem() only drops it
 *   from longer words).
 */
export function keywordStem(word: string): string {
  const n = normalizeArabic(word).replace(/[^\u0621-\u064a0-9a-z]/g, '');
  let w = stripClitics(n);
  if (/^[0-9a-z]+$/.test(w) || !keywordStemKnobs.extra) return stripSuffixes(w);
  // Only after an article: a word without one has had its clitic letters read already.
  const afterArticle = /(ال|لل)$/.test(n.slice(0, n.length - w.length));
  if (afterArticle && /^[وف]/.test(w) && w.length >= 4 && !keepInitial().has(w)) w = w.slice(1);
  else if (afterArticle && /^[بلك]/.test(w) && w.length >= 5 && !keepInitial().has(w)) w = w.slice(1);
  w = w.replace(/^(..)ايا$/, '$1يه').replace(/^(..)اي([^اويه])$/, '$1ي$2');
  if (w.length === 4 && w.endsWith('ا')) w = w.slice(0, -1);
  return stripSuffixes(w);
}

// Function words and very common news words: they carry no story identity.
const STOPWORD_FORMS = `
في من على الى إلى عن مع عند منذ حتى خلال بين بعد قبل حول ضد دون لدى نحو عبر وفق وفقا حسب بحسب
ان أن إن إنه انه انها أنها لكن لكنه بل او أو ام أم ثم كما كذلك ايضا أيضا قد لقد لم لن لا ما ماذا متى اين كيف
هذا هذه ذلك تلك هؤلاء اولئك الذي التي الذين اللذين اللتين اللواتي هو هي هم هن هما نحن انت انا
كان كانت كانوا يكون تكون يكن اصبح أصبح ليس ليست كل بعض غير سوى اي أي جميع عدة عدد كثير قليل
هناك هنا حيث عندما بينما اذا إذا لو لولا كي لكي حين حينما فيه فيها منه منها عليه عليها اليه إليه لها له لهم
قال قالت يقول تقول اضاف أضاف اضافت أضافت اكد أكد اكدت أكدت اعلن أعلن اعلنت أعلنت ذكر ذكرت افاد أفاد افادت
اوضح أوضح اوضحت أوضحت اشار أشار اشارت أشارت كشف كشفت صرح تابع وتابع مشيرا مضيفا موضحا قائلا
اليوم امس أمس غدا الاثنين الثلاثاء الاربعاء الأربعاء الخميس الجمعة السبت الاحد الأحد صباح مساء ليلة يوم ايام أيام
الماضي الماضية المقبل المقبلة الحالي الجاري الاخير الأخير الاخيرة الأخيرة الاول الأول الاولى الأولى الثاني الثانية
عام سنة شهر اسبوع أسبوع ساعة ساعات دقيقة وقت الآن حاليا سابق سابقا لاحقا
يناير فبراير مارس ابريل أبريل مايو يونيو يوليو اغسطس أغسطس سبتمبر اكتوبر أكتوبر نوفمبر ديسمبر شتنبر نونبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
خبر اخبار أخبار تقرير تقارير مصدر مصادر وكالة وكالات بيان صحفي صحفية مؤتمر موقع الموقع اقرأ ايضا شاهد فيديو صور
جديد جديدة كبير كبيرة اكثر أكثر اقل أقل اخرى أخرى آخر اخر آخرين بشكل خاصة خصوصا مثل اجل أجل بسبب اثر إثر جراء
الف ألف آلاف الاف مليون ملايين مليار مليارات عشرات مئات نسبة المئة بالمئة
the of and to in a for on is
`;

/** A relative pronoun that opens a clause about the noun before it (folded: «التي», «الذي», the duals). */
export const RELATIVE_PRONOUN = /^(التي|الذي|اللتين|اللذين)$/;

/** Normalised stems that keywordStems() drops. */
export const STOPWORDS = lazySet(() => STOPWORD_FORMS.split(/\s+/).filter(Boolean).flatMap((w) => [normalizeArabic(w), stem(w)]));
/** The stopwords as written (folded), no stems: a word less its clitic is one only when written so
 * («فذين» is a name, though the stem of «الذين» reads «ذين»). */
export const STOPWORD_FORMS_FOLDED = lazySet(() => STOPWORD_FORMS.split(/\s+/).filter(Boolean).map(normalizeArabic));

// The stopwords as keywordStem() leaves them, and number words whose accusative alif the article
// rule misreads («ألفاً» → «فا»).
const KEYWORD_STOPWORDS = lazySet(() => [...STOPWORD_FORMS.split(/\s+/), 'ألفا', 'آلافا'].filter(Boolean).map(keywordStem));

// The project's splitters, one per job (the word tokenizer is lib/pipeline/text/tokens.ts tokensOf):
// - tokensOf (lib/pipeline/text/tokens.ts): words, numbers and punctuation of the raw text with offsets
//   and normalised forms; a number is one token with its separators ("10,5%") and letters never
//   join digits. Claims, entities and story features walk these.
// - foldedTokens (lib/pipeline/quantities/tokens.ts): the number scanner's split of FOLDED text: digit
//   runs apart from every separator (the scanner decides "7.500" vs "7.5" from context), with
//   the whitespace and line break before each token; a char-code loop, the hot path.
// - words / keywordStems / lightStems (here): match forms only, no offsets. Letters and digits stay one word
//   ("كوفيد19"), as the specificity table lib/pipeline/story/data/idf.json was counted; changing this
//   split means rebuilding that table (scripts/build-idf.ts).

/** Words (letters and digits, any script) of a text, in order: normalised, no offsets. */
export function words(s: string): string[] {
  return normalizeArabic(s).match(/[\u0621-\u064aa-z0-9]+/g) ?? [];
}

/**
 * The stems a text offers as story keywords (keywordStem: the specificity table's keys): stopwords
 * (also with a glued preposition or conjunction: «بعدد», «ببعض», «وفي»), bare numbers and
 * one-letter words removed.
 */
export function keywordStems(s: string): string[] {
  const out: string[] = [];
  for (const w of words(s)) {
    let st = keywordStemMemo.get(w);
    if (st === undefined) {
      st = keywordOf(w);
      if (keywordStemMemo.size >= KEYWORD_MEMO_LIMIT) keywordStemMemo.clear();
      keywordStemMemo.set(w, st);
    }
    if (st) out.push(st);
  }
  return out;
}

// A lookup stems the current read's whole text (lib/pipeline/story/similarity.ts keywordCover):
// words repeat across texts, so each word's keyword is found once. Bounded (emptied when full).
const KEYWORD_MEMO_LIMIT = 50_000;
const keywordStemMemo = new Map<string, string>();

/** The keyword stem of one normalised word, or '' when it offers none. */
function keywordOf(w: string): string {
  if (/^[0-9]+$/.test(w) || w.length < 2) return '';
  if (STOPWORDS.has(w) || (/^[وفبلك]/.test(w) && STOPWORDS.has(w.slice(1)))) return '';
  const st = keywordStem(w);
  return st.length < 2 || STOPWORDS.has(st) || KEYWORD_STOPWORDS.has(st) ? '' : st;
}

/**
 * The content words of a text by their light stem (stem(): one number's forms apart, «حريق» and
 * «حرائق» two words), stopwords, bare numbers and one-letter words removed: for telling whether a
 * counted noun is named again in the same number (lib/pipeline/compare/same-event.ts).
 */
export function lightStems(s: string): string[] {
  const out: string[] = [];
  for (const w of words(s)) {
    if (/^[0-9]+$/.test(w) || w.length < 2) continue;
    if (STOPWORDS.has(w)) continue;
    const st = stem(w);
    if (st.length < 2 || STOPWORDS.has(st)) continue;
    out.push(st);
  }
  return out;
}
