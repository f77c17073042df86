// «وتتوزع الوفيات على أربعة أقسام: 14 في X، و6 في Y», «أن الضحايا توزعوا على أربع
// مديريات: 9 في X، و6 في Y»: after a colon, the items of a count "distributed over" places are
// that count's people place by place — the event's figure of each place, never the places' noun.
// So are the bulleted lines under a sentence that ends with such a colon, each line's label its place.

import type { Token } from '../text/tokens';
import { conceptOfWord } from './concepts';

// The verbs of distributing, folded («ووُزعت المقاعد الـ63 على النحو الآتي:»: the passive too).
export const DISTRIBUTING_VERBS = 'توزع|تتوزع|يتوزع|توزعت|توزعوا|تتوزعت|وزعت';
const DISTRIBUTED = new RegExp(`^(و|ف)?(${DISTRIBUTING_VERBS}|موزعه|موزعين|موزعا)$`);
const OTHER_CLAUSE = /^(فيما|بينما|كما|وكان|وكانت|حين)$/;
// How far before the colon the verb and its noun may stand («تتوزع الوفيات على أربعة أقسام»).
const REACH = 10;

/** The concept of the counted noun a list after «توزع … على N …:» breaks down, for a figure after that colon; or null. */
export function distributedConcept(tokens: Token[], qFrom: number, events: ReadonlySet<string>): string | null {
  let colon = -1;
  for (let i = qFrom - 1; i >= 0 && colon < 0; i--) {
    // («…، فيما أصيب 30 شخصا»: another clause, past the list.)
    if (tokens[i].type === 'word' && OTHER_CLAUSE.test(tokens[i].norm)) return null;
    if (tokens[i].type !== 'punct') continue;
    if (tokens[i].raw === ':') colon = i;
    else if (!/^[،,]$/.test(tokens[i].raw)) return null;
  }
  return colon < 0 ? null : distributedBefore(tokens, colon, events);
}

// How far back a parenthesised item's verb may stand: the items before it, each a name and a figure.
const PAREN_REACH = 40;

/**
 * «وتتوزع الوفيات على بلديات X (7 قتلى)، وY (4)، وZ (2)»: a figure alone in brackets after a place's
 * name, in a list a verb of distributing opens, counts that verb's noun; or null.
 */
export function distributedInBrackets(tokens: Token[], qFrom: number, events: ReadonlySet<string>): string | null {
  if (tokens[qFrom - 1]?.raw !== '(') return null;
  for (let i = qFrom - 2; i >= Math.max(0, qFrom - PAREN_REACH); i--) {
    const t = tokens[i];
    if (t.type === 'word' && OTHER_CLAUSE.test(t.norm)) return null;
    if (t.type === 'punct' && !/^[،,()]$/.test(t.raw)) return null;
    if (t.type !== 'word' || !DISTRIBUTED.test(t.norm)) continue;
    for (const k of [i + 1, i - 1]) {
      const concept = conceptOfWord(tokens[k]);
      if (concept && events.has(concept)) return concept;
    }
    return null;
  }
  return null;
}

/**
 * «وتوزعت الوفيات على أربع مديريات على النحو الآتي:» closing a sentence: the concept its bulleted
 * lines («- X: 5 حالات») break down, or null.
 */
export function distributedIntro(tokens: Token[], events: ReadonlySet<string>): string | null {
  const last = tokens[tokens.length - 1];
  return last?.raw === ':' ? distributedBefore(tokens, tokens.length - 1, events) : null;
}

// What a count is distributed over, after «على» (and its number): places («أربع مقاطعات»), or «النحو
// الآتي». Not hospitals or camps, whose lines name where people were taken, inside the places.
const OVER_PLACES = /^(ال)?(بلديات|مديريات|ولايات|محافظات|مناطق|قري|مدن|اقاليم|مقاطعات|بلدات|دوائر|نحو)$/;

/**
 * «وتوزعت الحصيلة على أربع مقاطعات على النحو الآتي:» closing a sentence, whatever its noun: its
 * bulleted lines name each item's place in their label, also where the item names its own noun
 * («- X: 13 قتيلا»).
 */
export function distributingIntro(tokens: Token[]): boolean {
  const colon = tokens.length - 1;
  if (tokens[colon]?.raw !== ':') return false;
  let over = false;
  for (let v = colon - 1; v >= Math.max(0, colon - REACH); v--) {
    const t = tokens[v];
    if (t.type === 'word' && /^(علي|على)$/.test(t.norm)) over ||= [v + 1, v + 2].some((k) => OVER_PLACES.test(tokens[k]?.norm ?? ''));
    if (t.type === 'word' && DISTRIBUTED.test(t.norm)) return over;
    if (t.type !== 'word' && t.type !== 'num' && !/^[،,]$/.test(t.raw)) return false;
  }
  return false;
}

function distributedBefore(tokens: Token[], colon: number, events: ReadonlySet<string>): string | null {
  for (let v = colon - 1; v >= Math.max(0, colon - REACH); v--) {
    // («المقاعد الـ63»: the whole's number may stand there.)
    // («وتوزعت الوفيات، بحسب التقرير، على …»: an aside set off by commas.)
    if (tokens[v].type === 'num' || /^[،,]$/.test(tokens[v].raw)) continue;
    if (tokens[v].type !== 'word') return null;
    if (!DISTRIBUTED.test(tokens[v].norm)) continue;
    // The noun right after the verb («تتوزع الوفيات») or right before it («الضحايا توزعوا»).
    for (const k of [v + 1, v - 1]) {
      const concept = conceptOfWord(tokens[k]);
      if (concept && events.has(concept)) return concept;
    }
    return null;
  }
  return null;
}

/** A bulleted line («- X: 5 حالات»). */
export const isBulletLine = (text: string): boolean => /^\s*[-–•]/.test(text);
// How many words a bulleted line's label may take.
const LABEL_WORDS = 4;
/** «- X Y: 4 حالات»: the words between the line's mark and the colon right before the figure, or null. */
export function bulletLabel(tokens: Token[], qFrom: number): Token[] | null {
  if (tokens[qFrom - 1]?.raw !== ':') return null;
  const words = tokens.slice(0, qFrom - 1).filter((t) => t.type === 'word');
  const marks = tokens.slice(0, qFrom - 1).filter((t) => t.type !== 'word');
  return words.length > 0 && words.length <= LABEL_WORDS && marks.every((t) => /^[-–•]$/.test(t.raw)) ? words : null;
}
