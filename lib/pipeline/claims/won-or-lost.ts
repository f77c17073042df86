// «خسر الحزب 20 مقعدا»، «فقد 17 صوتا»، «كسب 15 مقعدا»: seats or votes lost or gained since the
// last vote — another measure than the seats or votes held («حصل على 120 مقعدا»), which a card
// would otherwise set against them.
import type { Token } from '../text/tokens';
import type { Located } from './locate';

// The verb (or its noun) of losing or gaining, with a conjunction or «ل» before it. Not «حصد» or
// «حصل», which give what was won in all.
const LOST = /^(و|ف|ل)?(خسر|خسرت|خسرا|خسروا|يخسر|تخسر|خساره|فقد|فقدت|فقدا|فقدوا|يفقد|تفقد|فقدان)$/;
const GAINED = /^(و|ف|ل)?(كسب|كسبت|كسبا|كسبوا|يكسب|تكسب|اكتسب|اكتسبت|يكتسب|تكتسب|اضاف|اضافت|يضيف|تضيف)$/;
/** Words between the verb and the figure («خسر الحزب الحاكم أمس 20 مقعدا»). */
const REACH = 5;

/** ':lost' or ':gained' for a count of seats or votes governed by such a verb, '' otherwise. */
export function wonOrLost(tokens: readonly Token[], loc: Located): '' | ':lost' | ':gained' {
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return '';
    if (LOST.test(t.norm)) return ':lost';
    if (GAINED.test(t.norm)) return ':gained';
  }
  return '';
}
