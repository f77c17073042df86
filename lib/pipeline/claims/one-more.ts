// "مقتل ثلاثة أشخاص وإصابة رابع", "توفي شخصان وأصيب ثالث", "قتل 3 أشخاص وأصاب آخر": an ordinal
// one past the count just given, or «آخر» (another), after a word of what befell someone, names
// one more person — a count of one, not a rank.

import type { Quantity } from '../../types';
import { tokensOf } from '../text/tokens';
import { conceptOfWord, EVENT_CONCEPTS } from './concepts';

// «شخص»/«مواطن» may stand between the fate word and the ordinal ("وإصابة شخص رابع").
const PERSON = /^(شخص|فرد|مواطن|مقيم)$/;
// «آخر» standing alone: not «آخرين/آخرون» (others, no number), not «آخر» before a noun it
// qualifies as "last" ("آخر يوم").
const ANOTHER = /(^|[\s،,])(آخر|اخر)(?=$|[\s]*[،,.؛:]|\s+(?:ب|في|إثر|اثر|جراء|و)\S*)/g;

/** The word of fate right before `at` in `text`, past a noun of a person, joined by «و»: its concept or null. */
function fateBefore(text: string, from: number, at: number): string | null {
  const words = tokensOf(text.slice(from, at)).filter((t) => t.type === 'word');
  const last = words[words.length - 1];
  const fateWord = last && PERSON.test(last.bare) ? words[words.length - 2] : last;
  const fate = conceptOfWord(fateWord);
  return fate && EVENT_CONCEPTS.has(fate) && /^و/.test(fateWord?.norm ?? '') ? fate : null;
}

/**
 * The quantity as a count of one when it is such an ordinal: `earlier` are the sentence's
 * quantities before it, `text` the article text. Any other quantity comes back unchanged.
 */
export function oneMore(q: Quantity, earlier: readonly Quantity[], text: string): Quantity {
  if (q.kind !== 'ordinal' || q.value < 2) return q;
  const previous = [...earlier].reverse().find((e) => e.kind === 'count');
  if (!previous || previous.value !== q.value - 1) return q;
  return fateBefore(text, previous.end, q.start) ? { ...q, kind: 'count', value: 1 } : q;
}

/**
 * «وأصاب آخر», «وإصابة شخص آخر» after a count in the sentence [start, end): one more person,
 * as quantities of one in reading order (none where no count stands before).
 */
export function anotherOne(text: string, start: number, end: number, inSentence: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const sentence = text.slice(start, end);
  for (const m of sentence.matchAll(ANOTHER)) {
    const at = start + (m.index ?? 0) + m[1].length;
    const previous = [...inSentence].reverse().find((e) => e.end <= at);
    if (!previous || previous.kind !== 'count' || !fateBefore(text, previous.end, at)) continue;
    out.push({ text: m[2], start: at, end: at + m[2].length, value: 1, min: 1, max: 1, qualifier: 'exact', kind: 'count', unit: null });
  }
  return out;
}
