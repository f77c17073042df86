// Who the article says gave a figure: the speaker after a reporting verb (قال، أعلن، أكد، كشف،
// ذكر، أفاد …) or after a sourcing preposition (بحسب، وفق، نقلا عن، حسب), or the subject before
// the verb ("الولايات المتحدة حذرت …"). A long title is cut to the name that ends it
// ("مستشار … في مكتب الرئاسة جون سميث" → "جون سميث").

import { stem } from '../text/normalize';
import type { Token } from '../text/tokens';
import { isClauseBreak, isComma } from '../text/tokens';
import type { EntityHit } from '../text/entities';
import { ammaBefore, isAmma } from '../text/topic';
import { ANNOUNCED_ACTS } from '../text/people';

const VERB_FORMS =
  'قال قالت يقول تقول اعلن اعلنت يعلن تعلن اكد اكدت يؤكد تؤكد كشف كشفت يكشف ذكر ذكرت يذكر افاد افادت يفيد اوضح اوضحت اضاف اضافت صرح صرحت اشار اشارت نقلت نقل اورد اوردت حذر حذرت احصت احصي ابلغ ابلغت قدر قدرت نفي نفت ينفي تنفي تابع تابعت تحدث تحدثت يتحدث تتحدث يتوقع تتوقع توقع توقعت تمسك تمسكت يتمسك تتمسك';
// How many adjectives may qualify a document before the body that issued it.
const DOCUMENT_ADJECTIVES = 2;
const PREP_FORMS = ['بحسب', 'حسب', 'حسبما', 'وفق', 'وفقا', 'طبقا', 'نقلا'];
const verbStems = new Set(VERB_FORMS.split(' ').map(stem));
const prepForms = new Set(PREP_FORMS);

// Words that end a speaker phrase.
const PHRASE_STOPS = new Set(['ان', 'إن', 'أن', 'انه', 'انها', 'الى', 'حتى', 'خلال', 'منذ', 'بعد', 'قبل', 'ارتفاع', 'عن', 'ب', 'بان', 'لوكاله', 'الي',
  // A relative clause, an office's dependence, a place, or the figure's own verbal noun ends the name
  // («أعلنت اللجنة فوز X بنسبة …»: the win announced, X its winner).
  'التي', 'الذي', 'الذين', 'التابعه', 'التابع', 'في', 'وجود', 'تسجيل', 'سقوط', 'وصول', 'بلوغ', 'مقتل', 'وفاه', 'اصابه', 'عدد', 'عددهم', 'عددها', 'عددهن', 'حصيله', 'فوز', 'بفوز']);
// A preposition right after the verb means it is not followed by its speaker ("حذرت من …").
const FIRST_STOPS = new Set(['من', 'على', 'علي', 'في', 'عن', 'الى', 'الي', 'ب', 'بان', 'مع']);
// Auxiliaries and particles around a subject that stands before its verb («وكانت … قد قالت»).
const AUXILIARY = /^و?(كان|كانت|قد|لقد|ف|ثم|و)$/;
// Words skipped between the verb and the speaker.
// («التي أعلنها الأحد الماضي، 15»: a day's own qualifier too.)
// («حصيلة أعلنت عنها المديرية»: the verb's «عن» with its pronoun too.)
const SKIP = new Set(['عنها', 'عنه', 'اليوم', 'امس', 'مساء', 'صباح', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'الماضي', 'المنصرم', 'الفايت', 'ما', 'ل', 'فيه', 'فيها', 'خلالها', 'خلاله', 'كذلك', 'ايضا']);
// Words that only say which document carried the figure ("آخر تصريح لوزارة الصحة"): the
// speaker is the body after them.
// What a figure is reckoned by: an index, a standard, a definition, a method.
const MEASURE = /^(ال)?(مؤشر|موشر|معيار|معايير|تعريف|مقياس|منهجيه)$/;
const DOCUMENT_WORDS = new Set(['اخر', 'احدث', 'تصريح', 'بيان', 'بلاغ', 'حصيله', 'محينه', 'مؤقته', 'موقته', 'اوليه', 'رسمي', 'تعداد', 'احصاء', 'احصاييه', 'تقرير', 'خطط', 'نتايج']);
const MAX_SHOWN_WORDS = 6;
const TITLES = new Set(
  ['مستشار', 'وزير', 'وزيره', 'رييس', 'متحدث', 'ناطق', 'امين', 'مدير', 'سفير', 'قايد', 'نايب', 'كاتب', 'مسؤول', 'مندوب'].map(stem),
);
const MAX_WORDS = 10;
// How far past a name set after a speaker's title its closing comma may stand.
const APPOSED_REACH = 4;
const TITLE_START = /^(و|ال)?(رييس|الرييس|وزير|الوزير)$/;

export interface AttributionContext {
  tokens: Token[];
  hits: EntityHit[];
  sentence: string;
  base: number;
}

/** A reporting verb (VERB_FORMS): «قال», «أعلن», «تحدث» … */
// "وبإضافة" (by adding) shares its stem with أضاف: a verb has no preposition or feminine noun ending.
export const isVerbCue = (t: Token): boolean => t.type === 'word' && verbStems.has(t.stem) && !/^و?ب/.test(t.norm) && !/ه$/.test(t.norm);
/** «أعلنته», «ذكرتها»: a reporting verb with its object pronoun. */
const verbWithObject = (t: Token): boolean => t.type === 'word' && /(ه|ها|هم)$/.test(t.norm) && verbStems.has(stem(t.norm.replace(/(ه|ها|هم)$/, '')));
const isPrepCue = (t: Token): boolean => t.type === 'word' && (prepForms.has(t.norm) || prepForms.has(t.bare) || prepForms.has(t.norm.replace(/^و/, '')));

const isQuoting = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^و?(نقلا|نقلت|نقل|ينقل|تنقل)$/.test(t.norm);

// «نقل» also moves someone («نقل الجرحى إلى المستشفى») and names transport («لشركة نقل سياحي»): a
// verb of quoting opens its clause, and what it names is not taken «إلى» somewhere.
const CLAUSE_OPENERS = /^(و|ف|كما|فيما|بينما|قد|وقد|ثم|حين|عندما|بعدما)$/;
const QUOTE_REACH = 8;
function movesNotQuotes(tokens: Token[], cue: number): boolean {
  const t = tokens[cue];
  if (!/^و?(نقل|نقلت|ينقل|تنقل)$/.test(t.norm)) return false;
  const before = tokens[cue - 1];
  if (!/^و/.test(t.norm) && before?.type === 'word' && !CLAUSE_OPENERS.test(before.norm)) return true;
  for (let k = cue + 1; k < tokens.length && k <= cue + QUOTE_REACH; k++) {
    if (tokens[k].type === 'punct' || tokens[k].norm === 'عن') return false;
    if (tokens[k].norm === 'الى' || tokens[k].norm === 'الي') return true;
  }
  return false;
}

// («أعلن رئيس الوزراء تخصيص 500 مليار»: what was announced after a definite word, not «هيئة تنظيم
// الاتصالات», a body's name in construct.)
const announcedAct = (tokens: Token[], i: number): boolean => ANNOUNCED_ACTS.has(tokens[i].norm) && /^(و|ب|ل)?(ال|لل)/.test(tokens[i - 1]?.norm ?? '');

/**
 * Range [from, to) of the speaker named after the cue, or null; `limit` is where the figure
 * starts (a speaker never runs into it). "ونقلت وكالة فرانس برس عن هيئة الكوارث" gives the
 * body quoted ("هيئة الكوارث"); "بحسب آخر تصريح لوزارة الصحة" gives "وزارة الصحة".
 */
function phraseAfter(ctx: AttributionContext, cue: number, limit = ctx.tokens.length): [number, number] | null {
  const { tokens } = ctx;
  let i = cue + 1;
  // "وفقاً لـ", "نقلاً عن", "بحسب ما أوردت": skip the joining words and a second verb.
  // («وفق ما أعلنته الوحدة», «وفقا لما ذكرته الشرطة»: after «ما» the verb takes its object pronoun.)
  while (i < tokens.length && tokens[i].type === 'word' && (SKIP.has(tokens[i].norm) || SKIP.has(tokens[i].bare) || isVerbCue(tokens[i]) || (/^(ل|حسب|بحسب)?ما$/.test(tokens[i - 1].norm) && verbWithObject(tokens[i])) || tokens[i].norm === 'لما')) i++;
  if (isQuoting(tokens[cue]) && tokens[i]?.norm === 'عن') i++;
  while (i < tokens.length && tokens[i].type === 'punct' && /[«"“]/.test(tokens[i].raw)) i++;
  // "آخر تصريح لوزارة الصحة": the document before the body that issued it.
  let j = i;
  while (j < tokens.length && tokens[j].type === 'word' && DOCUMENT_WORDS.has(tokens[j].bare)) j++;
  // («بحسب البيان الرسمي لإدارة ولاية X»: the document's adjectives before the body.)
  for (let k = 0; k < DOCUMENT_ADJECTIVES && j > i && tokens[j]?.type === 'word' && /^ال/.test(tokens[j].norm); k++) j++;
  if (j > i) {
    if (j < limit && tokens[j]?.type === 'word' && /^ل/.test(tokens[j].norm) && !DOCUMENT_WORDS.has(tokens[j].bare)) i = j;
    else return null;
  }
  // («وفق المؤشر المنسق»: a measure the figure is reckoned by, no one who gave it.)
  if (isPrepCue(tokens[cue]) && MEASURE.test(tokens[i]?.norm ?? '')) return null;
  const from = i;
  let words = 0;
  while (i < Math.min(tokens.length, limit) && words < MAX_WORDS) {
    const t = tokens[i];
    if (t.type === 'num') break;
    if (t.type === 'punct') {
      if (/[«»"“”]/.test(t.raw)) {
        i++;
        continue;
      }
      break;
    }
    // A title runs on to the name that ends it ("مستشار … في مكتب الرئاسة جون سميث").
    if (t.norm === 'في' && words > 0 && TITLES.has(tokens[from].stem)) {
      words++;
      i++;
      continue;
    }
    // ("أفادت رويترز بإصابة …": the figure's verbal noun after ب ends the name too.)
    if (PHRASE_STOPS.has(t.norm) || (/^ب/.test(t.norm) && PHRASE_STOPS.has(t.bare) && t.bare.length > 2) || (words === 0 && FIRST_STOPS.has(t.norm)) || (words > 0 && (SKIP.has(t.norm) || isVerbCue(t) || isPrepCue(t) || announcedAct(tokens, i)))) break;
    // "قالت وسائل إعلام كندية الرئيس الكندي …": a title after a full name starts the reported clause.
    if (words >= 2 && TITLE_START.test(t.norm)) break;
    words++;
    i++;
  }
  let to = i;
  // (Nor the «و» of the figure that follows: «وفق الحكومة و26 …».)
  while (to > from && (tokens[to - 1].type === 'punct' || tokens[to - 1].norm === 'و')) to--;
  if (to <= from) return null;
  // "ونقلت وكالة فرانس برس عن هيئة إدارة الكوارث": the body quoted gave the figure.
  if (isQuoting(tokens[cue]) && tokens[i]?.norm === 'عن') {
    const quoted = phraseAfter(ctx, i, limit);
    if (quoted) return quoted;
  }
  return [from, to];
}

/** Cuts "title … Name Surname" to the name; keeps organisations whole. */
function trimToName(ctx: AttributionContext, from: number, to: number): [number, number] {
  const words = ctx.tokens.slice(from, to).filter((t) => t.type === 'word');
  if (words.length < 4 || !TITLES.has(words[0].stem)) return [from, to];
  const tailFrom = to - 2;
  const orgInTail = ctx.hits.some((h) => h.to > tailFrom && h.from < to && h.type !== 'person');
  // A name has no article: "للشؤون الداخلية" ends an office's title, not a person's name.
  const definite = ctx.tokens.slice(tailFrom, to).some((t) => /^(و|ب|ل|ك)?(ال|لل)/.test(t.norm));
  if (orgInTail || definite || ctx.tokens[tailFrom].type !== 'word') return [from, to];
  return [tailFrom, to];
}

function show(ctx: AttributionContext, range: [number, number]): string {
  const [from, trimmedTo] = trimToName(ctx, range[0], range[1]);
  // Short: the speaker's name or body, never a whole clause.
  let to = trimmedTo;
  let words = 0;
  for (let k = from; k < trimmedTo; k++) {
    if (ctx.tokens[k].type === 'word' && ++words > MAX_SHOWN_WORDS) {
      to = k;
      break;
    }
  }
  const first = ctx.tokens[from];
  // "لوزارة الصحة" after a document word: the body without its preposition.
  const lam = from > 0 && DOCUMENT_WORDS.has(ctx.tokens[from - 1].bare) && /^ل/.test(first.norm) ? 1 : 0;
  const text = ctx.sentence
    .slice(first.start - ctx.base + lam, ctx.tokens[to - 1].end - ctx.base)
    .replace(/[«»"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "للشؤون" keeps its article once the preposition is gone: "لل…" → "ال…".
  return lam && first.raw.startsWith('لل') ? 'ا' + text : text;
}

// Words that may stand between a figure and a source named after it: its counted noun and an
// adjective ("مئة قتيل مدني، حسب …").
const MAX_WORDS_BEFORE_SOURCE = 2;

/**
 * A sourcing preposition that follows another figure, with at most its noun and a comma between
 * ("مقتل 47 شخصا، حسب السلطات، و63 قتيلا، حسب منظمات إغاثة"): two sources, each named after its
 * own figure, so the first source is not the second figure's. `figures` marks the tokens of the
 * sentence's countable figures; `q` is the figure asked about.
 */
function namesEarlierFigure(tokens: Token[], cue: number, q: number, figures: Uint8Array | undefined): boolean {
  if (!figures || !isPrepCue(tokens[cue]) || isVerbCue(tokens[cue])) return false;
  let words = 0;
  for (let j = cue - 1; j >= 0; j--) {
    if (figures[j]) return j < q;
    const t = tokens[j];
    if (t.type === 'punct' && /[،,]/.test(t.raw)) continue;
    if (t.type !== 'word' || ++words > MAX_WORDS_BEFORE_SOURCE) return false;
  }
  return false;
}

// «رفع المكتب توقعاته للنمو إلى …», «البنك المركزي يخفض توقعه للنمو إلى …»: who raises, cuts or
// keeps a forecast of its own is its forecaster («أما الجمعية فرفعت حصيلتها إلى …»: a toll of its own, its source).
const REVISE = /^(و|ف)?(رفع|رفعت|يرفع|ترفع|خفض|خفضت|يخفض|تخفض|عدل|عدلت|يعدل|تعدل|ابقي|ابقت|يبقي|تبقي)$/;
const OWN_ESTIMATE = /^(توقعاته|توقعاتها|توقعه|توقعها|تقديراته|تقديراتها|تقديره|تقديرها|حصيلته|حصيلتها|حصيله)$/;
const FORECASTER_WORDS = 4;
/** The forecaster of a revision verb at `verb` whose own forecast follows before the figure at `q`, or null. */
function revisedBy(ctx: AttributionContext, verb: number, q: number): string | null {
  const { tokens } = ctx;
  if (tokens[verb].type !== 'word' || !REVISE.test(tokens[verb].norm)) return null;
  // («خفض بنك X المركزي، الأربعاء، توقعه»: the day set off by commas between.)
  const between = (t: Token): boolean => (t.type === 'word' && !OWN_ESTIMATE.test(t.norm)) || isComma(t);
  let k = verb + 1;
  while (k < q && k <= verb + FORECASTER_WORDS + 4 && between(tokens[k])) k++;
  if (k >= q || !OWN_ESTIMATE.test(tokens[k]?.norm ?? '')) return null;
  // (The subject after the verb, «رفع المكتب توقعاته», up to a comma or a day's word …)
  let end = verb + 1;
  while (end < k && tokens[end].type === 'word' && !SKIP.has(tokens[end].norm)) end++;
  if (end > verb + 1) return show(ctx, [verb + 1, end]);
  // (… or before it, «البنك المركزي يخفض توقعه», «مكتب الإحصاء، الذي رفع توقعه»: past the relative pronoun and its comma.)
  let at = verb;
  if (/^(الذي|التي)$/.test(tokens[at - 1]?.norm ?? '')) at = isComma(tokens[at - 2]) ? at - 2 : at - 1;
  let s = at;
  while (s > 0 && tokens[s - 1].type === 'word' && at - s < FORECASTER_WORDS && !isAmma(tokens[s - 1].norm) && !AUXILIARY.test(tokens[s - 1].norm) && !FIRST_STOPS.has(tokens[s - 1].norm)) s--;
  return s < at ? show(ctx, [s, at]) : null;
}

// How many words the topic of «أما … فـ» may run.
const TOPIC_WORDS = 5;

/**
 * Speaker of the figure at token q of the sentence, or null.
 * `previous` is the last speaker named before this sentence ("وأضاف أن …" continues it).
 * `figures` (optional) marks the tokens of the sentence's countable figures: a source named right
 * after another figure is that figure's.
 */
export function attributionOf(ctx: AttributionContext, q: number, previous: string | null, figures?: Uint8Array): string | null {
  const { tokens } = ctx;
  for (let i = q - 1; i >= 0; i--) {
    const t = tokens[i];
    const reviser = revisedBy(ctx, i, q);
    if (reviser) return reviser;
    if ((!isVerbCue(t) && !isPrepCue(t)) || movesNotQuotes(tokens, i)) continue;
    if (namesEarlierFigure(tokens, i, q, figures)) continue;
    const range = phraseAfter(ctx, i, q);
    if (range && range[0] < q) return show(ctx, range);
    if (isVerbCue(t)) {
      // "الولايات المتحدة حذرت من …": the subject stands before the verb.
      let s = i;
      while (s > 0 && tokens[s - 1].type === 'word' && i - s < 4) s--;
      while (s < i && tokens[s].type !== 'word') s++;
      // («أما البنك المركزي فيتوقع …»: the topic «أما» sets before a verb with «ف» is its subject.)
      const amma = /^ف/.test(t.norm) ? ammaBefore(tokens, i, TOPIC_WORDS + 1) : -1;
      if (amma >= 0 && amma + 1 < i) return show(ctx, [amma + 1, i]);
      const subject = ctx.hits.find((h) => h.from >= s && h.to <= i);
      if (subject) {
        // "السلطات الكندية ذكرت": the noun the nationality qualifies belongs to the subject.
        let from = subject.from;
        // («أما البنك المركزي فيتوقع»: the topic's «أما» is no part of it.)
        while (from > s && tokens[from - 1].type === 'word' && !AUXILIARY.test(tokens[from - 1].norm) && !isAmma(tokens[from - 1].norm)) from--;
        // "وكانت السلطات الكندية قد قالت": the particle before the verb is not the speaker's.
        let to = i;
        while (to > subject.to && AUXILIARY.test(tokens[to - 1].norm)) to--;
        return show(ctx, [from, to]);
      }
      if (/^و?(اضاف|تابع|اوضح|اكد)/.test(t.norm)) return previous;
    }
  }
  // "…، بحسب وزارة الصحة": the source named after the figure — before a headline's colon («X بعد
  // الفيضان: 21 قتيلا وفق الحكومة»: what the colon sets off is the story, the source is named).
  const after = sourceAfter(ctx, q);
  if (after) return after;
  // A headline "كندا: النرويج أرسلت …": the source before the colon.
  const colon = tokens.findIndex((t) => t.type === 'punct' && t.raw === ':');
  if (colon > 0 && colon <= 3 && colon < q && tokens.slice(0, colon).every((t) => t.type === 'word')) {
    return show(ctx, [0, colon]);
  }
  return null;
}

function sourceAfter(ctx: AttributionContext, q: number): string | null {
  for (let i = q + 1; i < ctx.tokens.length; i++) {
    if (!isPrepCue(ctx.tokens[i])) continue;
    const range = phraseAfter(ctx, i);
    if (range) return show(ctx, range);
  }
  return null;
}

/**
 * Token ranges [from, to) of every speaker a sentence names: after a reporting verb or a sourcing
 * word («أعلن خفر السواحل X», «وفقا لإحصاءات X»), or as the subject before the verb («السلطات X
 * ذكرت»). A name inside one gave a figure; it is not whom the figure counts (roles.ts).
 */
export function speakerRanges(ctx: AttributionContext): [number, number][] {
  const { tokens } = ctx;
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((!isVerbCue(t) && !isPrepCue(t)) || movesNotQuotes(tokens, i)) continue;
    const range = phraseAfter(ctx, i);
    if (range) out.push(range);
    // «وقالت رئيسة المحكمة، [الاسم]، إن …»: the speaker's name set between commas after the title.
    // (A hyphenated name may be found by its first part: the comma closes a few tokens on.)
    const apposed = range && /^[،,]$/.test(tokens[range[1]]?.raw ?? '') ? ctx.hits.find((h) => h.type === 'person' && h.from === range[1] + 1 && tokens.slice(h.to, h.to + APPOSED_REACH).some((t) => /^[،,]$/.test(t.raw))) : undefined;
    if (apposed) out.push([apposed.from, apposed.to]);
    if (!isVerbCue(t)) continue;
    let s = i;
    while (s > 0 && tokens[s - 1].type === 'word' && i - s < 4) s--;
    const subject = ctx.hits.find((h) => h.from >= s && h.to <= i && tokens.slice(h.to, i).every((w) => AUXILIARY.test(w.norm)));
    if (subject) out.push([subject.from, subject.to]);
  }
  return out;
}

/** The first speaker a sentence names, for carrying over to the next one. */
export function speakerOfSentence(ctx: AttributionContext): string | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isVerbCue(ctx.tokens[i]) || movesNotQuotes(ctx.tokens, i)) continue;
    const range = phraseAfter(ctx, i);
    if (range && !isClauseBreak(ctx.tokens[range[0]])) return show(ctx, range);
  }
  return null;
}
