// Names in a sentence that are never whose figure it is, wherever they stand before it:
//  - a source: a news agency or outlet («وكالة الأنباء الكندية», «صحيفة … الكندية», «التلفزيون
//    الرسمي X»), a body after a sourcing word or a reporting verb («وفقا لإحصاءات X», «أعلن خفر
//    السواحل X»): who gave the figure, not whom it counts;
//  - an actor: the side that struck («غارة كندية», «قصف نرويجي», «برصاص الجيش X», «غارات
//    الطيران X»), the subject of a verb of killing or attack («قتل الجيش X 210 أشخاص», «الجيش X
//    قصف …», «أعلن الجيش X أنه قتل …»), a mediator or backer («بوساطة نرويجية»): the dead of a raid
//    are the other side's.
// The counted noun's own nationality («40 كنديا») and «من» after it stay the owner (scope.ts).

import type { Token } from '../text/tokens';
import type { EntityHit } from '../text/entities';

// Words that make a phrase a news outlet or an agency (its country is no population).
// (Not «موقع»: in war news it is mostly a military site, «موقع متقدم للجيش X».)
const OUTLET = /^(وكاله|انباء|صحيفه|صحف|جريده|مجله|قناه|فضاييه|تلفزيون|اذاعه|شبكه|وسايل|اعلام|مراسل|مراسله)$/;
// Nouns of a side's act of force, or of its part in a deal: the nationality after them is the actor's.
const ACT = /^(غاره|غارات|قصف|هجوم|هجمات|ضربه|ضربات|عمليه|عمليات|توغل|اقتحام|غزو|عدوان|اعتداء|اعتداءات|مجزره|مجازر|استهداف|قنص|رصاص|نيران|قذيفه|قذايف|صاروخ|صواريخ|مسيره|مسيرات|قنبله|قنابل|كمين|وساطه|رعايه|تمويل)$/;
// A side's forces and the words that qualify an act, allowed between the act and the nationality
// («برصاص الجيش X», «غارة جوية X»).
const FORCE = /^(جيش|قوات|قوه|طيران|سلاح|بحريه|جنود|احتلال|مقاتلات|طايرات|طايره|دبابات|مدفعيه|جويه|جوي|صاروخيه|صاروخي|مدفعي|بري|بحري|عسكري|عسكريه)$/;
// Verbs of killing or attack whose subject is the side that struck. (Not arrests: a state's police
// mostly arrest in its own land, «الشرطة الكندية اعتقلت 50 شخصا».)
const STRIKE = /^(و|ف|ل)?(قتل|قتلت|يقتل|تقتل|اغتال|اغتالت|استهدف|استهدفت|يستهدف|تستهدف|قصف|قصفت|يقصف|تقصف|هاجم|هاجمت|يهاجم|تهاجم|شن|شنت|يشن|تشن|اعدم|اعدمت|دمر|دمرت|اسقط|اسقطت|اسر|اسرت|اصاب|اصابت|قضي|قضت)$/;
// Particles between a subject and its verb («أعلن الجيش X أنه قتل», «الجيش X قد قصف»).
const LINK = /^(و|ف)?(انه|انها|ان|قد|لقد|بانه|بانها)$/;
const OUTLET_REACH = 3;

const word = (t: Token | undefined): t is Token => !!t && t.type === 'word';

/** True where an outlet word stands in the few words before the name («وكالة الأنباء X»). */
function afterOutlet(tokens: Token[], h: EntityHit): boolean {
  for (let k = h.from - 1; k >= Math.max(0, h.from - OUTLET_REACH); k--) {
    if (!word(tokens[k])) return false;
    if (OUTLET.test(tokens[k].bare)) return true;
  }
  return false;
}

/** True where the name qualifies an act of force or mediation, forces or qualifiers between. */
function afterAct(tokens: Token[], h: EntityHit): boolean {
  for (let k = h.from - 1; k >= Math.max(0, h.from - 3); k--) {
    if (!word(tokens[k])) return false;
    if (ACT.test(tokens[k].bare)) return true;
    if (!FORCE.test(tokens[k].bare)) return false;
  }
  return false;
}

/** True where the name is the subject of a verb of killing or attack, before or after it. */
function strikes(tokens: Token[], h: EntityHit): boolean {
  // «قتل الجيش X …»: the verb, then the subject (its forces word between).
  for (let k = h.from - 1; k >= Math.max(0, h.from - 3); k--) {
    if (!word(tokens[k])) break;
    if (STRIKE.test(tokens[k].norm)) return true;
    if (!FORCE.test(tokens[k].bare)) break;
  }
  // «الجيش X قصف …», «أعلن الجيش X أنه قتل …».
  for (let k = h.to; k < Math.min(tokens.length, h.to + 3); k++) {
    if (!word(tokens[k])) return false;
    if (STRIKE.test(tokens[k].norm)) return true;
    if (!LINK.test(tokens[k].norm)) return false;
  }
  return false;
}

// "بحسب «الألمانية»", "ذكرت الكندية": an agency called by its nationality adjective alone.
const DEFINITE_FEMININE = /^(و|ب|ل)?ال\S+يه$/;

/** True where a speaker is nothing but a definite feminine nationality adjective. */
function agencyByAdjective(tokens: Token[], h: EntityHit, speakers: [number, number][]): boolean {
  if (h.to - h.from !== 1 || !DEFINITE_FEMININE.test(tokens[h.from].norm)) return false;
  return speakers.some(([from, to]) => tokens.slice(from, to).filter(word).length === 1 && h.from >= from && h.to <= to);
}

/** True where a phrase names a news outlet or agency («وكالة الأنباء الكندية», «قناة X»). */
export const namesOutlet = (tokens: Token[]): boolean => tokens.some((t) => word(t) && OUTLET.test(t.bare));

/** Names of a sentence that are an actor (the side that struck, a mediator). */
export function actorHits(tokens: Token[], hits: EntityHit[]): Set<EntityHit> {
  return new Set(hits.filter((h) => h.type === 'country' && (afterAct(tokens, h) || strikes(tokens, h))));
}

export type Role = 'actor' | 'outlet' | 'speaker';

/**
 * Names of a sentence that never own its figures, with the part each plays: actors, outlets, and
 * every other name inside a speaker's phrase (`speakers`: token ranges from attribution.ts). A
 * speaker's country may still be guessed as the owner by the caller; an outlet's or an actor's never.
 */
export function nonOwnerHits(tokens: Token[], hits: EntityHit[], speakers: [number, number][]): Map<EntityHit, Role> {
  const out = new Map<EntityHit, Role>([...actorHits(tokens, hits)].map((h) => [h, 'actor']));
  for (const h of hits) {
    if (out.has(h)) continue;
    if (afterOutlet(tokens, h) || agencyByAdjective(tokens, h, speakers)) out.set(h, 'outlet');
    else if (speakers.some(([from, to]) => h.from >= from && h.to <= to)) out.set(h, 'speaker');
  }
  return out;
}
