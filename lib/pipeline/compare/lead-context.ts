// News states an incident's place, day and means once — in the headline or the lead sentence —
// and then counts without repeating them («وأسفر الهجوم عن مقتل ثلاثة أشخاص»). A figure whose own
// sentence names none of them is read with its read's headline and lead standing for it
// (LEAD_CONTEXT of same-event.ts, README §1 "Same event", "The lead's place, day and means").

import { splitSentences } from '../text/sentences';
import { memoized } from '../../lazy';

// Reads are few per comparison and each is asked about for many claims: remembered, up to this many.
const CACHE_LIMIT = 500;
// Longer than any lead sentence (sentences.ts cuts one this long anyway).
const LEAD_SPAN = 4000;

/** The first three sentences of a body text. */
const firstSentences = memoized((text) => splitSentences(text.slice(0, LEAD_SPAN)).slice(0, 3).map((s) => s.text), CACHE_LIMIT);

// A dateline set on a line of its own, «مدينة سين - «صحيفة الوادي»», «مدينة سين (وكالة X)»: a few words
// with a dash or a bracket and no full stop, before the lead.
const DATELINE_ALONE = /^[^.؟!\n]{1,80}$/;
const DATELINE_MARK = /\s[-–—]\s|[-–—]\s*$|\(|\)/;
const DATELINE_WORDS = 6;
const datelineAlone = (s: string): boolean => DATELINE_ALONE.test(s.trim()) && DATELINE_MARK.test(s) && s.trim().split(/\s+/).length <= DATELINE_WORDS;

/**
 * The read's lead: the first sentence of its body text, past the headline itself (a text saved
 * with its title on top); a dateline on a line of its own with the sentence after it (its town still
 * says where); '' for an empty text.
 */
export function leadSentence(headline: string, text: string): string {
  const [first = '', second = ''] = firstSentences(text).filter((s, k) => !(k === 0 && s === headline.trim()));
  return datelineAlone(first) && second ? `${first} ${second}` : first;
}

const ENDS_SENTENCE = /[.!?؟:؛…]$/;
const contexts = new Map<string, { headline: string; context: string }>();
/**
 * The headline and the lead sentence as one context (what the read says its incident is). One
 * string per read, kept: the gates look it up once per pair of figures, and the same string is
 * found at once in their own caches.
 */
export function leadContext(headline: string, text: string): string {
  const known = contexts.get(text);
  if (known && known.headline === headline) return known.context;
  // (A full stop ends the headline: a place name closing it never runs on into the dateline's
  // town, «… بمحافظة X» and «X (وكالة …) -».)
  const title = headline.trim();
  const context = `${title}${ENDS_SENTENCE.test(title) ? '' : '.'}\n${leadSentence(headline, text)}`;
  if (contexts.size >= CACHE_LIMIT) contexts.clear();
  contexts.set(text, { headline, context });
  return context;
}
