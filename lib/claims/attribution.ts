// Who the article says gave a figure: the speaker after a reporting verb (قال، أعلن، أكد، كشف،
// ذكر، أفاد …) or after a sourcing preposition (بحسب، وفق، نقلا عن، حسب), or the subject before
// the verb ("الولايات المتحدة حذرت …"). A long title is cut to the name that ends it
// ("مستشار … في البيت الأبيض جون كيربي" → "جون كيربي").

import { stem } from '../text/normalize';
import type { Token } from '../text/tokens';
import { isClauseBreak } from '../text/tokens';
import type { EntityHit } from '../text/entities';

const VERB_FORMS =
  'قال قالت يقول تقول اعلن اعلنت يعلن تعلن اكد اكدت يؤكد تؤكد كشف كشفت يكشف ذكر ذكرت يذكر افاد افادت يفيد اوضح اوضحت اضاف اضافت صرح صرحت اشار اشارت نقلت نقل اورد اوردت حذر حذرت احصت احصي ابلغ ابلغت قدر قدرت نفي نفت ينفي تنفي';
const PREP_FORMS = ['بحسب', 'حسب', 'حسبما', 'وفق', 'وفقا', 'طبقا', 'نقلا'];
const verbStems = new Set(VERB_FORMS.split(' ').map(stem));
const prepForms = new Set(PREP_FORMS);

// Words that end a speaker phrase.
const PHRASE_STOPS = new Set(['ان', 'إن', 'أن', 'انه', 'انها', 'الى', 'حتى', 'خلال', 'منذ', 'بعد', 'قبل', 'ارتفاع', 'عن', 'ب', 'بان', 'لوكاله', 'الي']);
// A preposition right after the verb means it is not followed by its speaker ("حذرت من …").
const FIRST_STOPS = new Set(['من', 'على', 'علي', 'في', 'عن', 'الى', 'الي', 'ب', 'بان', 'مع']);
// Words skipped between the verb and the speaker.
const SKIP = new Set(['اليوم', 'امس', 'مساء', 'صباح', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'ما', 'عن', 'ل', 'فيه', 'فيها', 'كذلك', 'ايضا']);
const TITLES = new Set(
  ['مستشار', 'وزير', 'وزيره', 'رييس', 'متحدث', 'ناطق', 'امين', 'مدير', 'سفير', 'قايد', 'نايب', 'كاتب', 'مسؤول', 'مندوب'].map(stem),
);
const MAX_WORDS = 10;

export interface AttributionContext {
  tokens: Token[];
  hits: EntityHit[];
  sentence: string;
  base: number;
}

const isVerbCue = (t: Token): boolean => t.type === 'word' && verbStems.has(t.stem);
const isPrepCue = (t: Token): boolean => t.type === 'word' && (prepForms.has(t.norm) || prepForms.has(t.bare) || prepForms.has(t.norm.replace(/^و/, '')));

function phraseAfter(ctx: AttributionContext, cue: number): [number, number] | null {
  const { tokens } = ctx;
  let i = cue + 1;
  // "وفقاً لـ", "نقلاً عن", "بحسب ما أوردت": skip the joining words and a second verb.
  while (i < tokens.length && tokens[i].type === 'word' && (SKIP.has(tokens[i].norm) || SKIP.has(tokens[i].bare) || isVerbCue(tokens[i]))) i++;
  while (i < tokens.length && tokens[i].type === 'punct' && /[«"“]/.test(tokens[i].raw)) i++;
  const from = i;
  let words = 0;
  while (i < tokens.length && words < MAX_WORDS) {
    const t = tokens[i];
    if (t.type === 'num') break;
    if (t.type === 'punct') {
      if (/[«»"“”]/.test(t.raw)) {
        i++;
        continue;
      }
      break;
    }
    if (PHRASE_STOPS.has(t.norm) || (words === 0 && FIRST_STOPS.has(t.norm)) || (words > 0 && (SKIP.has(t.norm) || isVerbCue(t)))) break;
    words++;
    i++;
  }
  let to = i;
  while (to > from && tokens[to - 1].type === 'punct') to--;
  return to > from ? [from, to] : null;
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
  const [from, to] = trimToName(ctx, range[0], range[1]);
  return ctx.sentence
    .slice(ctx.tokens[from].start - ctx.base, ctx.tokens[to - 1].end - ctx.base)
    .replace(/[«»"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Speaker of the figure at token q of the sentence, or null.
 * `previous` is the last speaker named before this sentence ("وأضاف أن …" continues it).
 */
export function attributionOf(ctx: AttributionContext, q: number, previous: string | null): string | null {
  const { tokens } = ctx;
  for (let i = q - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!isVerbCue(t) && !isPrepCue(t)) continue;
    const range = phraseAfter(ctx, i);
    if (range && range[0] < q) return show(ctx, range);
    if (isVerbCue(t)) {
      // "الولايات المتحدة حذرت من …": the subject stands before the verb.
      let s = i;
      while (s > 0 && tokens[s - 1].type === 'word' && i - s < 4) s--;
      while (s < i && tokens[s].type !== 'word') s++;
      const subject = ctx.hits.find((h) => h.from >= s && h.to <= i);
      if (subject) return show(ctx, [subject.from, i]);
      if (/^و?(اضاف|تابع|اوضح|اكد)/.test(t.norm)) return previous;
    }
  }
  // A headline "أمريكا: كوريا الشمالية أرسلت …": the source before the colon.
  const colon = tokens.findIndex((t) => t.type === 'punct' && t.raw === ':');
  if (colon > 0 && colon <= 3 && colon < q && tokens.slice(0, colon).every((t) => t.type === 'word')) {
    return show(ctx, [0, colon]);
  }
  // "…، بحسب وزارة الصحة": the source named after the figure.
  for (let i = q + 1; i < tokens.length; i++) {
    if (!isPrepCue(tokens[i])) continue;
    const range = phraseAfter(ctx, i);
    if (range) return show(ctx, range);
  }
  return null;
}

/** The first speaker a sentence names, for carrying over to the next one. */
export function speakerOfSentence(ctx: AttributionContext): string | null {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isVerbCue(ctx.tokens[i])) continue;
    const range = phraseAfter(ctx, i);
    if (range && !isClauseBreak(ctx.tokens[range[0]])) return show(ctx, range);
  }
  return null;
}
