// Two headlines built on one frame: «X تعلن عن توفر N وظيفة شاغرة» and «Y تعلن عن توفر M وظيفة
// شاغرة», «X توزع أرباحا على المساهمين» and «Y توزع أرباحا …», «N وظيفة شاغرة بـX» beside them.
// Notices of one kind by two bodies share the kind's words — sometimes one rare enough to link
// them as one story (card-link.ts) — but each body's figures are its own: two stories, never one card.
import { conceptOfWord, EVENT_CONCEPTS, PEOPLE_CONCEPTS, POPULATION_KEYS } from '../claims/concepts';
import { lightStems, words } from '../text/normalize';
import { spelledAlike } from '../text/spelling';
import { tokensOf } from '../text/tokens';

/** Most words a headline's subject takes before its verb («المديرية العامة لحرس الحدود تعلن»). */
const MAX_SUBJECT_WORDS = 6;

// A headline's verb in the imperfect, third person («تعلن», «يوقع»): a word that starts with
// the person prefix and has no article.
const isImperfect = (w: string): boolean => /^[تي]/.test(w) && w.length >= 3;

const isNumber = (w: string): boolean => /^[0-9]+$/.test(w);
const PREPOSITION = /^(في|فى|من|على|علي|الى|الي|عن|بعد|قبل|اثر|جراء|خلال|منذ|حول|بين)$/;

// A subject word met in the other headline: the same light stem, or the same name spelled another way.
const sharesWord = (subject: readonly string[], headline: readonly string[]): boolean => {
  const stems = new Set(lightStems(headline.join(' ')));
  return subject.some((w) => lightStems(w).some((s) => stems.has(s)) || headline.some((h) => spelledAlike(w, h)));
};

/**
 * True when both headlines open with a subject and then one same verb in the imperfect, go on with
 * at least one more word in common (the frame), and neither subject shares a content word with the
 * other headline (sharesWord). Two reports of one event name its actor alike («وزارة الصحة» and
 * «الصحة»), or start from the event itself.
 */
function differentSubjects(a: readonly string[], b: readonly string[]): boolean {
  // Numbers left out: the frame's figures differ by nature («77», «600»).
  const wa = a.filter((w) => !isNumber(w));
  const wb = b.filter((w) => !isNumber(w));
  for (let i = 1; i <= Math.min(MAX_SUBJECT_WORDS, wa.length - 1); i++) {
    if (!isImperfect(wa[i])) continue;
    const j = wb.indexOf(wa[i]);
    if (j < 1 || j > MAX_SUBJECT_WORDS) continue;
    // («… في تصادم قطار»: after a preposition the word is a verbal noun, no verb.)
    if (PREPOSITION.test(wa[i - 1]) || PREPOSITION.test(wb[j - 1])) continue;
    const subjectA = wa.slice(0, i);
    const subjectB = wb.slice(0, j);
    if (lightStems(subjectA.join(' ')).length === 0 || lightStems(subjectB.join(' ')).length === 0) return false;
    if (sharesWord(subjectA, wb) || sharesWord(subjectB, wa)) return false;
    const restB = new Set(lightStems(wb.slice(j + 1).join(' ')));
    return lightStems(wa.slice(i + 1).join(' ')).some((s) => restB.has(s));
  }
  return false;
}

/** Words after a headline's number that its counted noun and the words describing it may take. */
const FIGURE_PHRASE = 3;

// The counted noun right after each number of a headline, as a light stem with its concept.
function headlineFigures(words: readonly string[]): { value: string; noun: string; concept: string | null }[] {
  return words.flatMap((w, i) => {
    const noun = isNumber(w) && words[i + 1] ? lightStems(words[i + 1])[0] : undefined;
    return noun ? [{ value: w, noun, concept: conceptOfWord(tokensOf(words[i + 1])[0]) }] : [];
  });
}

// A thing a notice offers or counts (jobs, homes, beds): never a toll or a group of people, whose
// headlines a story's updates write with new numbers and little else in common.
const isNoticeThing = (concept: string | null): boolean =>
  concept !== null && !EVENT_CONCEPTS.has(concept) && !PEOPLE_CONCEPTS.has(concept) && !POPULATION_KEYS.has(concept);

/**
 * True when both headlines count the same thing of a notice after different numbers («169 وظيفة»,
 * «77 وظيفة») and share no word besides that figure's phrase: the same offer by two bodies.
 */
function otherFiguresOnly(wa: readonly string[], wb: readonly string[]): boolean {
  const fa = headlineFigures(wa);
  const fb = headlineFigures(wb);
  if (fa.some((x) => fb.some((y) => y.value === x.value))) return false;
  if (!fa.some((x) => isNoticeThing(x.concept) && fb.some((y) => y.noun === x.noun))) return false;
  const phrase = (ws: readonly string[]) => new Set(ws.flatMap((w, i) => (isNumber(w) ? lightStems(ws.slice(i + 1, i + 1 + FIGURE_PHRASE).join(' ')) : [])));
  const inA = phrase(wa);
  const inB = phrase(wb);
  const stemsB = new Set(lightStems(wb.join(' ')));
  return lightStems(wa.join(' ')).every((s) => !stemsB.has(s) || (inA.has(s) && inB.has(s)));
}

/** True when two headlines are two bodies' notices of one kind (differentSubjects, otherFiguresOnly). */
export function differentNotices(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  return differentSubjects(wa, wb) || otherFiguresOnly(wa, wb);
}
