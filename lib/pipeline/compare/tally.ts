// A figure a service adds up over many incidents — an ambulance service's, a civil defence's or a
// traffic department's bulletin: «تلقت الغرفة 52 بلاغا عن حوادث سير أسفرت عن 23 إصابة»،
// «باشرت الفرق 140 حادثاً نتج عنها 96 إصابة»، «بلغ عدد المصابين في تلك الحوادث 12»، «لقي أربعة
// أشخاص حتفهم في حادثين منفصلين». Its sentence names the incidents in the plural (or counts
// them). Such a tally and the toll of one incident («وأصيب ستة أشخاص في حادث تصادم») are two measures of different things, even when both name one region or one road: the
// incident is one of the tally's. (README §1 "Same event", a tally of incidents.)

import type { Claim } from '../../types';
import { tokensOf, type Token } from '../text/tokens';
import { isTollConcept } from '../claims/measure';
import { memoized } from '../../lazy';

// Incidents and reports in the plural or the dual, with a glued conjunction, preposition or article.
const PLURAL = /^(و|ف)?(ب|ل|لل|في)?(ال)?(حوادث|حادثين|حادثان|حادثتين|حادثتان|بلاغات|بلاغين|بلاغان)$/;
// The singular's accusative counted by a number of eleven or more («140 حادثاً», «52 بلاغاً»):
// alone, «حادثاً مروعاً» is one accident.
const COUNTED = /^(حادثا|بلاغا)$/;

// «في واحد من أسوأ حوادث السكك الحديدية»: the plural after a superlative ranks one incident among others.
const SUPERLATIVE = /^(اسوا|اسوء|اكبر|اخطر|اعنف|اشد|افدح|اكثر|ابرز|اضخم)$/;

function namesSeveral(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (PLURAL.test(t.norm)) return !SUPERLATIVE.test(tokens[i - 1]?.norm ?? '');
  if (!COUNTED.test(t.norm)) return false;
  const before = tokens[i - 1];
  return before?.type === 'num' && Number(before.norm.replace(/[,٬]/g, '')) >= 11;
}

// Many claims share a sentence: remembered, up to this many.
const CACHE_LIMIT = 4000;
const sumsSeveral = memoized((sentence) => {
  const tokens = tokensOf(sentence);
  return tokens.some((_, i) => namesSeveral(tokens, i));
}, CACHE_LIMIT);

/**
 * True when the figure is a toll (dead, injured, missing) whose sentence sums several incidents or
 * reports (see above). Other counts beside such words are no tally («18 فريق إنقاذ … رقما لتلقي
 * البلاغات»: teams sent to one disaster).
 */
export function tallyOfIncidents(c: Claim): boolean {
  return !!c.concept && isTollConcept(c.concept) && sumsSeveral(c.sentence);
}

/** One figure is a tally of incidents and the other is not: never one card. */
export const tallyAgainstIncident = (a: Claim, b: Claim): boolean => tallyOfIncidents(a) !== tallyOfIncidents(b);
