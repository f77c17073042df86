// Two headlines built on one frame with different subjects: «X تعلن عن توفر N وظيفة شاغرة» and
// «Y تعلن عن توفر M وظيفة شاغرة», «X توزع أرباحا على المساهمين» and «Y توزع أرباحا …». Notices of
// one kind by two bodies share the kind's words — sometimes one rare enough to link them as one
// story (card-link.ts) — but each body's figures are its own: two stories, never one card.
import { lightStems, words } from '../text/normalize';
import { spelledAlike } from '../text/spelling';

/** Most words a headline's subject takes before its verb («المديرية العامة لحرس الحدود تعلن»). */
const MAX_SUBJECT_WORDS = 6;

// A headline's verb in the imperfect, third person («تعلن», «يوقع»): a word that starts with
// the person prefix and has no article.
const isImperfect = (w: string): boolean => /^[تي]/.test(w) && w.length >= 3;

/** The headline's words, numbers left out (the frame's figures differ by nature: «77», «600»). */
const headlineWords = (title: string): string[] => words(title).filter((w) => !/^[0-9]+$/.test(w));

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
export function differentSubjects(a: string, b: string): boolean {
  const wa = headlineWords(a);
  const wb = headlineWords(b);
  for (let i = 1; i <= Math.min(MAX_SUBJECT_WORDS, wa.length - 1); i++) {
    if (!isImperfect(wa[i])) continue;
    const j = wb.indexOf(wa[i]);
    if (j < 1 || j > MAX_SUBJECT_WORDS) continue;
    const subjectA = wa.slice(0, i);
    const subjectB = wb.slice(0, j);
    if (lightStems(subjectA.join(' ')).length === 0 || lightStems(subjectB.join(' ')).length === 0) return false;
    if (sharesWord(subjectA, wb) || sharesWord(subjectB, wa)) return false;
    const restB = new Set(lightStems(wb.slice(j + 1).join(' ')));
    return lightStems(wa.slice(i + 1).join(' ')).some((s) => restB.has(s));
  }
  return false;
}
