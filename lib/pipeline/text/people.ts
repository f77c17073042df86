// People, by pattern: a title or a reporting verb before a name («الرئيس …», «قال …»), never a
// list of names. An article's people index lets later mentions by surname be found.

import { STOPWORDS, STOPWORD_FORMS_FOLDED } from './normalize';
import { lexicalForms, type Token } from './tokens';
import { isKnownForm, PHRASE_UNIT_WORDS, rememberName, TOWN_WORDS, UNIT_WORDS } from './gazetteer';

/** Folded name forms (full name, surname, last two words) → person key, for one article. */
export type PeopleIndex = Map<string, string>;

const peopleFirsts = new WeakMap<PeopleIndex, Map<string, number>>();
/** First words of the names an article's people index knows, each with the most words of a name
 * starting with it; computed once per index. */
export function peopleFirstWords(people: PeopleIndex): ReadonlyMap<string, number> {
  let firsts = peopleFirsts.get(people);
  if (!firsts) {
    firsts = new Map();
    for (const k of people.keys()) {
      const words = k.split(' ');
      firsts.set(words[0], Math.max(firsts.get(words[0]) ?? 0, words.length));
    }
    peopleFirsts.set(people, firsts);
  }
  return firsts;
}

export const PERSON_MAX_WORDS = 4;
// Titles before a name: «الرئيس …», «المرشح …», «وزير الخارجية …», «المتحدث باسم …», «السيد …»
// (only with the article: «سيد» alone may be a first name).
const TITLE = /^(?:و|ف)?(?:ل|ب|لل)?(?:ال)?(رييس|رييسه|مرشح|مرشحه|مترشح|مترشحه|وزير|وزيره|متحدث|متحدثه|ناطق|سفير|امين|مدير|مديره|زعيم|قايد|نايب|مستشار|مستشاره|منافس|منافسه|منافسها|منافسته|منافستها|منافسيه|جنرال|عقيد|لواء|عميد|شيخ|ملك|امير|مبعوث|مندوب|محافظ|عمده|المعارض|رجل|سيناتور|السيناتور|النايب|محامي|محاميه|زعامه)$|^(?:و|ف)?(?:ل|ب)?ال(سيد|سيده)$/;
// Verbs a name follows: reporting («قال …»), winning and ranking in a vote («حصل … على»،
// «حصد … 55%»، «تصدر …»، «يليه …»، «بفوز …»). (Not «جاء»/«حل»: nouns follow them as often as names, "جاءت الأرقام …", "حل الفريق …".)
const NAME_VERBS = /^(?:و|ف)?(بفوز|فوز|قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|اضاف|اضافت|كشف|كشفت|حصل|حصلت|فاز|فازت|نال|نالت|تقدم|تقدمت|يتقدم|يحصل|تحصل|حصد|حصدت|حاز|حازت|احرز|احرزت|تصدر|تصدرت|يتصدر|تتصدر|يليه|يليها|تلاه|تلته|تلاها)$/;
// Verbs of a vote's result: the name after them may close with a family name that has the
// article ("حصد عادل الطيب 55%").
const RESULT_VERBS = /^(?:و|ف)?(بفوز|فوز|حصل|حصلت|فاز|فازت|نال|نالت|يحصل|تحصل|حصد|حصدت|حاز|حازت|احرز|احرزت|تصدر|تصدرت|يتصدر|تتصدر|يليه|يليها|تلاه|تلته|تلاها)$/;
// A placing's verb and the rank after the name («وحل X ثالثا», «وجاء X في المركز الرابع»).
// («وحافظ X على المركز الثالث», «واحتل X المركز الثاني»: a place kept or taken, the rank's noun after it.)
const PLACED = /^(?:و|ف)?(حل|حلت|جاء|جاءت|حافظ|حافظت|احتل|احتلت)$/;
const RANK = /^(اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|اخيرا)$/;
// A vote's result after a name: "بـ N", "بنسبة N" (and "على N" after a list's "و").
const RESULT_OPENER = /^(بنسبه|ب)$/;
// A rank said as an adverb after a name («حلّ X ثالثا», «وY رابعة بنسبة …»).
export const RANK_ADVERB = /^(اولا|ثانيا|ثانيه|ثالثا|ثالثه|رابعا|رابعه|خامسا|خامسه|سادسا|سادسه)$/;
// Words of an election near a share: "ارتفعت الأسعار بنسبة 5%" names no candidate.
const ELECTION_WORD = /^(و|ب|ل)?(ال)?(صوت|صوتا|اصوات|انتخابات|انتخاب|انتخابيه|مرشح|مرشحه|مرشحين|اقتراع|ناخبين|ناخبون|جوله|دور)$/;
// "بـ 1.2 مليون صوت", "بنسبة 48%": a count of votes or a share after a name.
const VOTE_NOUN = /^(و|ب|ل)?(ال)?(صوت|صوتا|اصوات)$/;
const PERCENT_WORD = /^(بالميه|بالمايه|الميه|المايه|%)$/;
// Words that open a compound name ("عبد الرحمن", "أبو بكر"): the article may follow them.
const NAME_PARTICLES = /^(عبد|ابو|ابن|بن|بنت|ام|ولد)$/;
// The second word of a compound first name, with the article: "عز الدين", "سيف الإسلام", "نصر الله".
const COMPOUND_SECOND = /^(الدين|الاسلام|الله)$/;
// Nouns that follow a reporting verb without being a name ("قال مصدر مطلع", "أعلن بيان"), the
// news it reports («صرح متحدث … بمقتل 20»), adverbs a name may stand before («فوز X رسميا»), and
// the firefighting after «رجل» («120 رجل إطفاء»), the bodies a title heads («رئيس إدارة
// مقاطعة X», «رئيس مجلس …»), the round or vote a candidate tops («تصدر المرشح X الجولة
// الأولى»), a rank after a name («وX Y رابعة بنسبة 8%»), and a minister's
// portfolio after his title with no article («وزير مالية سابق», «وزيرة صحة»), and a candidate's
// fate after his title («مرشح خاسر»).
const NOT_PERSON = new Set(
  'مسؤول مسوول احد احدي باحد باحدي صوت صوتا اصوات يومها يوميذ حينها وقتها مصدر مصادر متحدث بيان تقرير شهود شاهد مراسل مراسلون سكان ناشطون ناشط مسعفون خبراء خبير محللون مراقبون مسؤولون وسائل وكاله وزاره هييه جهاز فريق مكتب قطاع اداره مجلس بلديه لجنه محكمه حكومه مديريه عدد نحو اكثر اقل حوالي الاف مليون مليار نسبه ايضا كذلك بدوره بدورها اولا ثانيا ثالثا رابعا خامسا ثانيه ثالثه رابعه خامسه سادسه اخيرا اخرا فوز بفوز وفوز مقتل بمقتل مصرع بمصرع وفاه بوفاه اصابه باصابه سقوط بسقوط ارتفاع بارتفاع رسميا مجددا نهائيا مبدئيا مؤقتا اطفاء الاطفاء خارج داخل بقي بقيت ظل ظلت حصوله حصولها بحصوله بحصولها لحصوله لحصولها امام مهامه مهامها نتايج سباق منصب منصبه منصبها بات باتت جوله انتخابات اقتراع ماليه خارجيه داخليه دفاع عدل صحه تعليم اقتصاد تجاره نقل زراعه طاقه عمل اعلام ثقافه سياحه خاسر خاسره'.split(' '),
);

// Verbal nouns of what a title's holder announced, no name («أعلن رئيس الوزراء تخصيص 500 مليار»,
// «أعلنت الحكومة صرف التعويضات»): a list, since their form «تفعيل» is also some foreign names' spelling.
export const ANNOUNCED_ACTS: ReadonlySet<string> = new Set(
  'تخصيص تعيين توزيع توفير تقديم تسليم تمديد تنفيذ ترحيل تحويل تجميد تعليق تاجيل تشغيل تطوير تعويض تخفيض ترميم تشييد صرف ارسال اطلاق انشاء بناء منح اختتام انتهاء افتتاح انطلاق'.split(' '),
);

const isArticleWord = (t: Token): boolean => /^(?:و|ف)?(?:ب|ل|ك)?ال/.test(t.norm) || t.norm.startsWith('لل');
export function isNameWord(t: Token | undefined, place = false): t is Token {
  return (
  !!t &&
  t.type === 'word' &&
  t.norm.length >= 2 &&
  !STOPWORDS.has(t.norm) &&
  !STOPWORD_FORMS_FOLDED.has(t.bare) &&
  !NOT_PERSON.has(t.norm) &&
  !NOT_PERSON.has(t.bare) &&
  !ANNOUNCED_ACTS.has(t.norm) &&
  !TITLE.test(t.norm) &&
  !NAME_VERBS.test(t.norm) &&
  !NOT_NAME_AFTER_VERB.has(t.norm) &&
  (place || (!/^و/.test(t.norm) && !isKnownForm(t.norm) && !isKnownForm(t.bare)))
  );
}
// Words that end a name or stand where a name would ("قال … بأن", "في مدينة حوالي"); the present
// of a verb of winning follows its subject ("مرشح المعارضة يفوز بـ …" names no one).
const NOT_NAME_AFTER_VERB = new Set(['بان', 'انه', 'انها', 'حوالي', 'نحو', 'قرابه', 'زهاء', 'سيتولي', 'يتولي', 'تولي', 'يفوز', 'تفوز']);

// A word that may carry a glued preposition ("بولاية" but also "بلينكن"): after a closing family
// name with the article ("… الحداد بولاية ثالثة") it does not make that word a construct.
const glued = (t: Token): boolean => !isArticleWord(t) && /^(ب|ل|ك)/.test(t.norm) && t.bare !== t.norm;

// What a preposition glued to a word after a name introduces («… سميث بولاية جديدة», «بنسبة»,
// «بفارق», «بصفته»): a third name word that merely begins with «ب/ل/ك» («آدم حسن بريمة») stays.
const AFTER_A_NAME = /^(ولايه|ولايته|ولايتين|نسبه|فارق|صفته|صفتها|حضور|منصب|مده|اغلبيه|مقعد|مقاعد|اصوات|عدد|رياسه|رياسته|قياده|قيادته|تهمه|جايزه|لقب|دعم|مشاركه|حصوله|فوز|فوزه|عضويه|عماده|حاجه)$/;

/** Token range of a name starting at i ("جون سميث", "عبد الكريم العلي"), or null. */
function nameAt(tokens: Token[], i: number, minWords: number, closingArticle = true): [number, number] | null {
  const first = tokens[i];
  if (!(isNameWord(first) || isNameAli(tokens, i)) || (isArticleWord(first) && !NAME_PARTICLES.test(first.bare))) return null;
  let end = i + 1;
  while (end < i + PERSON_MAX_WORDS) {
    const t = tokens[end];
    // («منصور علي حامد»: «علي» written with ي inside a name too.)
    if ((!isNameWord(t) && !isNameAli(tokens, end)) || PREPOSITION_ARTICLE.test(t.norm)) break;
    // The article only after a particle ("عبد الرحمن") or as a closing family name ("… الأنصاري").
    // After a verb only a particle lets the article in ("قالت رئاسة الجمهورية" names no one).
    if (isArticleWord(t) && !NAME_PARTICLES.test(tokens[end - 1].bare) && !COMPOUND_SECOND.test(t.norm) && (!closingArticle || (isNameWord(tokens[end + 1]) && !isArticleWord(tokens[end + 1]) && !glued(tokens[end + 1])))) break;
    end++;
  }
  // "علي بن فرحات": a particle never ends a name; the word after it is the name's, whatever it looks like.
  if (end < i + PERSON_MAX_WORDS + 1 && NAME_PARTICLES.test(tokens[end - 1].bare) && tokens[end]?.type === 'word' && !STOPWORDS.has(tokens[end].norm)) end++;
  return end - i >= minWords ? [i, end] : null;
}

/** A party's or list's word («حزب», «تحالف», «جبهة» …), with a glued conjunction or preposition. */
export const PARTY = /^(?:و|ل|ب)?(حزب|تحالف|حركه|جبهه|تيار|ايتلاف|قايمه|لايحه)$/;
// "… الحداد بالأغلبية": a preposition on the article starts no family name (short ones may: «بالقاسم»).
const PREPOSITION_ARTICLE = /^(?:و|ف)?(?:ب|ك|ل)ال\S{5,}$/;

/** «علي» written with ي before a name word ("المرشح علي بن فرحات"), which folding makes the preposition «على». */
function isNameAli(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.raw === 'علي' && !!next && (NAME_PARTICLES.test(next.bare) || (isNameWord(next) && !isArticleWord(next)));
}

// How many words a title's modifiers may run before its name («المرشح عن حركة X Y، …»).
const MAX_TITLE_WORDS = 7;

/** Index of the name a title introduces, past its modifiers ("الرئيس الكندي", "رئيس حزب X"). */
const OPEN_QUOTE = /^[«"“]$/;
const CLOSE_QUOTE = /^[»"”]$/;
// How many words a quoted party's name may take after a title.
const QUOTED_PARTY_WORDS = 7;

function nameAfterTitle(tokens: Token[], t: number): [number, number] | null {
  let i = t + 1;
  // A definite title takes no construct ("الرئيس سامي الحداد", "المرشح الرئاسي سامي الحداد" are
  // names where "رئيس حزب الشعب" is an office): after it and its definite adjectives, a word
  // without the article starts the name.
  // ("منافسه", "منافسها", "منافسته": his or her rival — a possessive ending makes the title definite too.)
  // ("رئيس الوزراء كمال الحداد": a title made definite by its complement is one too.)
  const definite = isArticleWord(tokens[t]) || /^(?:و|ف)?(?:ل|ب)?منافس(ه|ها|ته|تها)$/.test(tokens[t].norm) || (!!tokens[t + 1] && tokens[t + 1].type === 'word' && isArticleWord(tokens[t + 1]));
  let quotedParty = false;
  for (let skipped = 0; i < tokens.length && skipped < MAX_TITLE_WORDS; skipped++) {
    const w = tokens[i];
    // «المترشح الحر، فلان الفلاني،»: the name set off by a comma after the title.
    if (w?.type === 'punct' && /^[،,]$/.test(w.raw) && i > t + 1 && tokens[i + 1]?.type === 'word') {
      i++;
      continue;
    }
    // («مرشح "ائتلاف X للتغيير" جون سميث»: a party's name in quotes names the office; the name follows it.)
    const closing = OPEN_QUOTE.test(w?.raw ?? '') ? tokens.findIndex((x, k) => k > i && k <= i + QUOTED_PARTY_WORDS && CLOSE_QUOTE.test(x.raw)) : -1;
    if (closing > 0) {
      i = closing + 1;
      quotedParty = true;
      continue;
    }
    if (!w || w.type !== 'word') return null;
    const next = tokens[i + 1];
    // («مرشح الاتحاد من أجل الجمهورية، فلان الفلاني»: a party's name goes on past «من أجل».)
    if (w.norm === 'من' && next?.norm === 'اجل' && tokens[i + 2]?.type === 'word' && isArticleWord(tokens[i + 2])) {
      i += 2;
      continue;
    }
    // «المرشح عن حركة X»: the party a candidate runs for.
    if (w.norm === 'عن' && next?.type === 'word' && PARTY.test(next.norm)) {
      i++;
      continue;
    }
    const afterDefinite = definite && tokens.slice(t + 1, i).every((x) => x.type !== 'word' || isArticleWord(x));
    // ("إن الحزب …" after a title: a particle is no construct's head.)
    // A party names the office ("مرشح حزب الشعب"); a word without the article after it and its
    // definite words starts the name ("مرشح حزب الشعب الديمقراطي كريم الناصري").
    // (Past the comma that may set the name off.)
    const before = tokens[i - 1]?.type === 'punct' ? tokens[i - 2] : tokens[i - 1];
    const afterParty = tokens.slice(t + 1, i).some((x) => PARTY.test(x.norm)) && isArticleWord(before) && !glued(w);
    const construct = !afterDefinite && !afterParty && !isArticleWord(w) && !STOPWORDS.has(w.norm) && next?.type === 'word' && isArticleWord(next) && !NAME_PARTICLES.test(w.bare);
    const unitWord = lexicalForms(w).some((f) => UNIT_WORDS.has(f) || TOWN_WORDS.has(f));
    // "مرشح حركة النهوض الشعبي": the party's own name follows its word, with or without the article.
    if (PARTY.test(w.norm)) {
      i++;
      continue;
    }
    if (unitWord) {
      i += 2;
      continue;
    }
    // "الرئيس المنتهية ولايته X": a word with a possessive ending qualifies the title.
    const qualifier = /(ته|تها|تهم)$/.test(w.norm) && isArticleWord(tokens[i - 1]);
    // "مرشح التحالف الحاكم في كندا جون بول سميث": a place the office is in.
    if (w.norm === 'في' && next?.type === 'word' && (isKnownForm(next.norm) || isKnownForm(next.bare))) {
      i += 2;
      continue;
    }
    if (isArticleWord(w) || w.norm === 'باسم' || isKnownForm(w.norm) || isKnownForm(w.bare) || construct || qualifier) {
      i++;
      continue;
    }
    // (After a party's name, one word alone may be the sentence's verb: "… النهوض الشعبي حلّ ثانيا".)
    const partyBefore = quotedParty || tokens.slice(t + 1, i).some((x) => PARTY.test(x.norm));
    return nameAt(tokens, i, partyBefore ? 2 : 1);
  }
  return null;
}

const ELECTION_WINDOW = 30;

/** A figure of votes or a share starts at token i: "1.2 مليون صوت", "48%", "40 بالمئة". */
function voteResultAt(tokens: Token[], i: number): boolean {
  if (tokens[i]?.type !== 'num') return false;
  if (tokens.slice(i + 1, i + 4).some((t) => VOTE_NOUN.test(t.norm))) return true;
  const share = /[%٪]$/.test(tokens[i].raw) || tokens.slice(i + 1, i + 3).some((t) => PERCENT_WORD.test(t.norm) || /^[%٪]$/.test(t.raw));
  // (A list of results runs long: "فوز X بنسبة …، وY بنسبة …، وZ بنسبة …" names the vote once.)
  return share && tokens.slice(Math.max(0, i - ELECTION_WINDOW), i + 15).some((t) => t.type === 'word' && ELECTION_WORD.test(t.norm));
}

/**
 * "ثم نادر حداد بـ 800 ألف صوت", "وجون سميث بنسبة 44%": two or three name words right before
 * a vote's result; the first may carry "و". Longer runs of name-like words are not cut into one.
 */
function nameBeforeResult(tokens: Token[], at: number): [number, number] | null {
  let from = at;
  while (from > 0 && at - from < 3) {
    const t = tokens[from - 1];
    const closing = from === at;
    const glued = t?.type === 'word' && /^و/.test(t.norm) && t.norm.length > 3 ? { ...t, norm: t.norm.slice(1), bare: t.norm.slice(1) } : t;
    // The article only on the closing family name or after a particle ("عبد الرحمن").
    // («وحلّت فلانة الفلانية ثانية بـ…»: the verb of placing opens the clause, no word of the name.)
    if (!isNameWord(glued) || PLACED.test(t.norm) || (isArticleWord(glued) && !closing && !NAME_PARTICLES.test(tokens[from - 2]?.bare ?? ''))) break;
    from--;
    if (glued !== t) break;
  }
  if (at - from < 2) return null;
  // A fourth name-like word before: not one name, or a name cut in the middle.
  const before = tokens[from - 1];
  if (before && !/^و/.test(tokens[from].norm) && isNameWord(before) && !isArticleWord(before)) return null;
  // A name's first word has no article ("الأحزاب المعارضة بنسبة …" names no one).
  return isArticleWord(tokens[from]) && !NAME_PARTICLES.test(tokens[from].bare) ? null : [from, at];
}

// Result verbs that take the votes as their object ("نال سميث 2 مليون صوت", "حصد سميث 53%").
const TRANSITIVE_RESULT = /^(?:و|ف)?(نال|نالت|حصد|حصدت|حاز|حازت|احرز|احرزت)$/;

/** "حصل سميث على 53%", "نال سميث بـ 2 مليون صوت", "نال سميث 2 مليون صوت": one name word between a result's verb and its result. */
function singleNameBeforeResult(tokens: Token[], i: number): [number, number] | null {
  const w = tokens[i];
  if (!isNameWord(w) || isArticleWord(w)) return null;
  let k = i + 1;
  if (TRANSITIVE_RESULT.test(tokens[i - 1]?.norm ?? '') && voteResultAt(tokens, k)) return [i, i + 1];
  if (!/^(علي|على|ب|بنسبه)$/.test(tokens[k]?.norm ?? '')) return null;
  k++;
  if (/^(ال)?نسبه$/.test(tokens[k]?.norm ?? '')) k++;
  if (/^(نحو|حوالي|اكثر|اقل|قرابه|زهاء|من)$/.test(tokens[k]?.norm ?? '')) k++;
  if (tokens[k]?.norm === 'من') k++;
  return voteResultAt(tokens, k) ? [i, i + 1] : null;
}

// A candidate's title after the name, in apposition ("نادر الوافي مرشح حزب …"), and a result's
// relative clause after it ("…، عبد الله سامي، الذي حصل على …").
const APPOSED_TITLE = /^(مرشح|مرشحه)$/;
// «الأعداد مرشحة للارتفاع»: likely to rise, no candidacy.
const LIKELY_TO = /^لل(ارتفاع|زياده|تزايد|تصاعد|تراجع|انخفاض|تفاقم|نمو|صعود|هبوط)$/;
/** A title before a name («رئيس», «زعيم», «المرشح» …), with its clitics. */
export const isTitleWord = (t: Token | undefined): boolean => !!t && t.type === 'word' && TITLE.test(t.norm);
const RELATIVE = /^(الذي|التي)$/;
// What may stand before a name in apposition: a verb of ranking, leading or saying, «أن», «فيما», or
// the rivals' «أبرزهم» («منافسين أبرزهم X التي حصدت …»; «تخطى فلان، مرشح حزب X، العتبة»).
const BEFORE_APPOSED = /^(?:و|ف)?(جاء|جاءت|حل|حلت|ان|انه|فيما|بينما|ثم|قال|قالت|اضاف|اضافت|اكد|اكدت|اعلن|اعلنت|ابرزهم|ابرزهن|تخطي|تخطت|تجاوز|تجاوزت|تصدر|تصدرت|تقدم|تقدمت|يتقدم|تتقدم|فاز|فازت|حقق|حققت)$/;

/** "عبد الله سامي كرم مرشح حزب …": two or three name words right before token `at`, after a
 * sentence's start, a punctuation mark, a stopword or a verb of ranking or saying. */
function nameBeforeAppositive(tokens: Token[], at: number): [number, number] | null {
  let from = at;
  while (from > 0 && at - from < 4 && isNameWord(tokens[from - 1]) && !BEFORE_APPOSED.test(tokens[from - 1].norm) && (!isArticleWord(tokens[from - 1]) || from === at || NAME_PARTICLES.test(tokens[from - 2]?.bare ?? ''))) from--;
  // (Four words only with a compound's particle among them: «حليمة عبد الكريم نور».)
  if (at - from < 2 || at - from > 4 || (at - from === 4 && !tokens.slice(from, at).some((t) => NAME_PARTICLES.test(t.bare)))) return null;
  if (isArticleWord(tokens[from]) && !NAME_PARTICLES.test(tokens[from].bare)) return null;
  const before = tokens[from - 1];
  return !before || before.type !== 'word' || STOPWORDS.has(before.norm) || BEFORE_APPOSED.test(before.norm) ? [from, at] : null;
}

/**
 * «منافسته لويزا فيرانتي موليدو، مرشحة حزب …»: two to four words no lexicon knows right before
 * the comma that sets a candidate's title beside the name (at `at`).
 */
function nameBeforeCommaTitle(tokens: Token[], at: number): [number, number] | null {
  const comma = at - 1;
  if (!/^[،,]$/.test(tokens[comma]?.raw ?? '')) return null;
  let from = comma;
  while (from > 0 && comma - from < 4 && isNameWord(tokens[from - 1]) && !isArticleWord(tokens[from - 1]) && !BEFORE_APPOSED.test(tokens[from - 1].norm)) from--;
  return comma - from >= 2 ? [from, comma] : null;
}

// Division and settlement words: what follows them is a place's name.
const PLACE_WORDS: ReadonlySet<string> = new Set([...UNIT_WORDS, ...PHRASE_UNIT_WORDS, ...TOWN_WORDS, 'ولايه']);

/** Name found by pattern at token i, or null: after a title, a reporting or winning verb,
 * "N% لصالح X", or before a vote's result ("X بـ N صوت", "X بنسبة N%"). */
function nameFoundAt(tokens: Token[], i: number): [number, number] | null {
  const t = tokens[i];
  if (TITLE.test(t.norm)) return nameAfterTitle(tokens, i);
  if (NAME_VERBS.test(t.norm)) {
    // «تتصدر منطقة X قائمة …», «وتصدرت ولاية X الترتيب»: a place ranks first, no person.
    if (tokens[i + 1] && lexicalForms(tokens[i + 1]).some((f) => PLACE_WORDS.has(f))) return null;
    // "حصد هشام الطيب 55%": after a result's verb the family name may carry the article.
    // ("حصل نور الدين العمراني على …": the family name with the article when the result follows it.)
    const closed = RESULT_VERBS.test(t.norm) ? nameAt(tokens, i + 1, 2) : null;
    const resultAfter = closed !== null && /^(علي|على)$/.test(tokens[closed[1]]?.norm ?? '');
    const range = (resultAfter ? closed : null) ?? nameAt(tokens, i + 1, 2, false) ?? closed;
    return range ?? (RESULT_VERBS.test(t.norm) ? singleNameBeforeResult(tokens, i + 1) : null);
  }
  // «وحل جون سميث ثالثا», «وجاء جون سميث في المركز الرابع»: a placing's verb names someone only
  // when the rank follows the name (nouns follow «حل»/«جاء» as often: «حل الفريق»).
  if (PLACED.test(t.norm)) {
    // (A name of two words, or of three: «وحافظ جون بول سميث على المركز الثالث».)
    for (const words of [2, 3]) {
      const range = nameAt(tokens, i + 1, words, false);
      if (!range) return null;
      // («وحل فلان الفلاني عن «حزب X» ثالثا»: the party he ran for, quoted, may stand between.)
      const at = partyAside(tokens, range[1]);
      const [rank, next] = [tokens[at]?.norm ?? '', tokens[at + 1]?.norm ?? ''];
      // («وحلّت فلانة الفلانية ثانية»: a woman's rank too.)
      if (RANK.test(rank) || RANK_ADVERB.test(rank) || /^(في|ب)?(المركز|المرتبه)$/.test(rank) || (/^(في|علي|على)$/.test(rank) && /^(المركز|المرتبه)$/.test(next))) return range;
    }
    return null;
  }
  // "47.5% لصالح كمال داود": whom a result is for.
  if (/^لصالح$/.test(t.norm) && (tokens[i - 1]?.type === 'num' || PERCENT_WORD.test(tokens[i - 1]?.norm ?? '') || VOTE_NOUN.test(tokens[i - 1]?.norm ?? ''))) return nameAt(tokens, i + 1, 1);
  return null;
}

// How many words a party's quoted name may run.
const PARTY_ASIDE = 8;
/** Past «عن «…»» at i (the party a candidate ran for), or i itself. */
function partyAside(tokens: Token[], i: number): number {
  if (tokens[i]?.norm !== 'عن' || tokens[i + 1]?.raw !== '«') return i;
  for (let k = i + 2; k < Math.min(tokens.length, i + 2 + PARTY_ASIDE); k++) if (tokens[k].raw === '»') return k + 1;
  return i;
}

/** People an article names, found by pattern (see nameFoundAt), never by a list. */
export function learnPeople(tokens: Token[]): PeopleIndex {
  const index: PeopleIndex = new Map();
  // End of the last name found after a title or a verb.
  let foundEnd = 0;
  // `listed`: a list's "و" glued to the first name; `forWhom`: a share's "ل" glued to it ("44% لجون سميث").
  const remember = (found: Token[], listed = false, forWhom = false) => {
    let words = found;
    // A list's "و" glued to the first name ("وجون سميث بنسبة 44%") is no part of it; past the
    // first word, a word with a preposition ("… جون بول سميث بولاية جديدة", "فوز سميث بعمادة …") ends the name.
    const cut = words.findIndex((w, k) => k >= 1 && glued(w) && AFTER_A_NAME.test(w.bare));
    if (cut > 0) words = words.slice(0, cut);
    const folded = words.map((w, k) => (k === 0 && ((listed && /^و/.test(w.norm)) || (forWhom && /^ل/.test(w.norm))) ? w.norm.slice(1) : w.norm));
    const key = 'person:' + folded.join(' ');
    rememberName(key, words.map((w, k) => (k === 0 && folded[0] !== w.norm ? w.raw.slice(1) : w.raw)).join(' '));
    // The full name, and the family name alone (one or two words) for later mentions.
    // (Not a party's last adjective alone: «حزب X الوطني» is never «على المستوى الوطني».)
    const partyAdjective = PARTY.test(folded[0]) && /^ال/.test(folded[folded.length - 1]);
    const forms = [folded.join(' '), ...(partyAdjective ? [] : [folded.slice(-1).join(' ')])];
    if (folded.length >= 3) forms.push(folded.slice(-2).join(' '));
    // (A family name met alone first, «فوز سميث بعمادة …» in a headline, is the full name's once it is met.)
    for (const f of forms) if (f.length >= 3 && !STOPWORDS.has(f) && (!index.has(f) || index.get(f) === `person:${f}`)) index.set(f, key);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "سامي حداد (39 مليون صوت)": a name before a bracketed result.
    if (t.type === 'punct' && t.raw === '(' && voteResultAt(tokens, i + 1)) {
      const before = nameBeforeResult(tokens, i);
      if (before && before[0] >= foundEnd) remember(tokens.slice(before[0], before[1]), true);
    }
    // «، وكارمينا لوبيث دوران 8.8%»: a list's next name, its «و» after a comma, right before a share.
    if (t.type === 'num' && voteResultAt(tokens, i)) {
      const before = nameBeforeResult(tokens, i);
      if (before && before[0] >= foundEnd && /^و/.test(tokens[before[0]].norm) && /^[،,]$/.test(tokens[before[0] - 1]?.raw ?? '')) remember(tokens.slice(before[0], before[1]), true);
    }
    if (t.type !== 'word') continue;
    // "ثم نادر حداد بـ 800 ألف صوت": a name before a vote's result (the name is behind us).
    const listItem = /^(علي|على)$/.test(t.norm);
    if ((RESULT_OPENER.test(t.norm) || listItem) && voteResultAt(tokens, i + 1)) {
      // («وكارمينا X Y رابعة بنسبة 8.8%»: the rank between the name and its result.)
      const before = nameBeforeResult(tokens, RANK_ADVERB.test(tokens[i - 1]?.norm ?? '') ? i - 1 : i);
      // "وجون سميث على 44%": "على" only after a list's "و" (else "حصل على" would do).
      // A name a title or a verb gave already ("وتصدر عادل منصور النتائج بنسبة …") is not read again.
      if (before && before[0] >= foundEnd && (!listItem || /^و/.test(tokens[before[0]].norm))) remember(tokens.slice(before[0], before[1]), true);
    }
    // "و4.1 بالمئة لجون سميث": whom a share is for, the name glued to «ل».
    // (Not «لدى»: «21% لدى النساء» is among whom, no name.)
    if (/^ل[^ل]/.test(t.norm) && !/^(لصالح|لدي|لدى)$/.test(t.norm) && (PERCENT_WORD.test(tokens[i - 1]?.norm ?? '') || /[%٪]$/.test(tokens[i - 1]?.raw ?? ''))) {
      const bare = { ...t, norm: t.norm.slice(1), bare: t.norm.slice(1) };
      const next = tokens[i + 1];
      if (isNameWord(bare) && !isArticleWord(bare) && isNameWord(next) && i >= foundEnd) remember([t, next], false, true);
    }
    // "نادر الوافي مرشح حزب …", "…، نادر الوافي، الذي حصل على …": a name before its title or its result.
    const apposed = APPOSED_TITLE.test(t.norm) && !LIKELY_TO.test(tokens[i + 1]?.norm ?? '') ? nameBeforeAppositive(tokens, i) ?? nameBeforeCommaTitle(tokens, i) : RELATIVE.test(t.norm) && RESULT_VERBS.test(tokens[i + 1]?.norm ?? '') ? nameBeforeAppositive(tokens, tokens[i - 1]?.raw === '،' || tokens[i - 1]?.raw === ',' ? i - 1 : i) : null;
    if (apposed && apposed[0] >= foundEnd) remember(tokens.slice(apposed[0], apposed[1]));
    // (A title with its name before it names no one after it: "X مرشح حزب Y احتل المركز …".)
    if (apposed && APPOSED_TITLE.test(t.norm)) continue;
    const range = nameFoundAt(tokens, i);
    if (!range) continue;
    remember(tokens.slice(range[0], range[1]));
    foundEnd = range[1];
    i = range[1] - 1;
  }
  return index;
}

