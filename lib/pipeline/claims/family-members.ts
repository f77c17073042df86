// «نزحت 1200 أسرة تضم 5,100 شخص», «1200 أسرة، أي نحو 5 آلاف شخص»: the people of the families just
// counted, restated — those the families' count is about (displaced, affected …), counted as people.

import type { Token } from '../text/tokens';
import type { Located } from './locate';

// The words that tie the people to the families before them: «تضم», «يبلغ عدد أفرادها», «أي».
const LINK = /^(تضم|يضم|تضمان|يقطنها|قوامها|عدد|افرادها|اي|بما|يعادل|يعادلون|مجموعهم|عددهم|يبلغ|تعدادها|باجمالي|نحو|حوالي|قرابه|زهاء|اكثر|من)$/;
// A word for people as the counted noun: «شخص», «فرد», «نسمة», «مواطن».
const PEOPLE = /^(اشخاص|شخص|شخصا|فرد|فردا|افراد|نسمه|نسمات|مواطن|مواطنا|مواطنين)$/;
// At most this many words between the families' noun and the people's figure.
const REACH = 5;

/** The concept of the people a families' figure right before (`prevConcept`, «…:family») counts, or null. */
export function familyMembersConcept(tokens: Token[], prev: Located | null, loc: Located, prevConcept: string | null): string | null {
  if (!prev || !prevConcept?.endsWith(':family') || prev.qTo > loc.qFrom || loc.q.kind !== 'count') return null;
  const unit = tokens[loc.qTo];
  if (unit?.type !== 'word' || !PEOPLE.test(unit.norm)) return null;
  const between = tokens.slice(prev.unitEnd, loc.qFrom).filter((t) => !(t.type === 'punct' && /^[،,]$/.test(t.raw)));
  if (between.length === 0 || between.length > REACH || !between.every((t) => t.type === 'word' && LINK.test(t.norm))) return null;
  return prevConcept.slice(0, -':family'.length);
}
