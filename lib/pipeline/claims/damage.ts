// Buildings (and a market's shops) destroyed, damaged (in part), or either: counts outlets give side
// by side ("دمرت السيول 300 منزل كليا و1200 منزل جزئيا", "2000 مبنى دمرت أو تضررت"), never one
// figure — nor the count of all there are («سوق تضم ألفي محل»).

import type { Token } from '../text/tokens';

// Destroyed: "دمر/تدمير/مدمرة/دمار", "تهدم/هدم/انهار", "سويت بالأرض", "كليا/بالكامل".
// Burned down too: «احترق/التهمت النيران 300 محل», «أتى الحريق على 300 محل».
// Buried too: «طمر الانزلاق 57 منزلا».
const DESTROYED = /^(و|ف|ب|ل)?(ال)?(طمر|طمرت|طمرتها|مطمور|مطموره|دمر|دمرت|دمرتها|تدمير|تدمر|تدمرت|مدمر|مدمره|مدمرا|دمار|تهدم|تهدمت|هدم|هدمت|مهدم|مهدمه|انهار|انهارت|انهيار|منهار|منهاره|سويت|سوي|كليا|كلي|كليه|بالكامل|تماما|احترق|احترقت|احتراق|محترق|محترقه|التهمت|التهمتها|التهم|اتي|اتت)$/;
// Damaged: "تضرر/متضررة/أضرار/ضرر", "تصدع", "جزئيا" ("دمرت جزئيا" is damaged, not destroyed).
const DAMAGED = /^(و|ف|ب|ل)?(ال)?(تضرر|تضررت|متضرر|متضرره|متضررا|اضرار|اضرارا|ضرر|ضررا|تصدع|تصدعت|متصدع|متصدعه|تشقق|جزيي|جزييا|جزييه|جزءيا)$/;
// Threatened, still standing («112 منزلا مهددا بالانهيار», «آيلة للسقوط»): a count of its own,
// whatever collapse the words after it fear.
const THREATENED = /^(و|ف)?(ال)?(مهدد|مهدده|مهددا|مهددين|ايل|ايله|ايلا)$/;
const PARTLY = /^(و|ب)?(ال)?(جزيي|جزييا|جزييه|جزءيا)$/;
const WHOLLY = /^(و|ب)?(ال)?(كليا|كلي|كليه|بالكامل|تماما)$/;
// A «و» that opens the next act ends the words after a figure: «دمرت 430 منزلا بالكامل وألحقت
// أضرارا جزئية بـ…» — but not a second adjective of the same buildings («مدمرة ومتضررة»).
const NEXT_ACT = /^و(?!(ال)?(م|كلي|جزي|جزء|بالكامل|تماما))../;
const AFTER = 5;
const BEFORE = 8;

type Damage = '' | ':destroyed' | ':damaged' | ':damaged-partly' | ':destroyed-or-damaged' | ':threatened';

/** What the words of one side say: threatened, both, one of them, or nothing. */
function kindOf(words: Token[]): Damage {
  if (words.some((t) => THREATENED.test(t.norm))) return ':threatened';
  // "كليا" or "جزئيا" beside the figure decides, whatever the verb ("دمرت … جزئيا"). Damaged in
  // part leaves the destroyed out: a count of its own beside «تضرر 3000 منزل» (all damaged ones).
  if (words.some((t) => PARTLY.test(t.norm))) return words.some((t) => WHOLLY.test(t.norm)) ? ':destroyed-or-damaged' : ':damaged-partly';
  if (words.some((t) => WHOLLY.test(t.norm))) return ':destroyed';
  const destroyed = words.some((t) => DESTROYED.test(t.norm));
  const damaged = words.some((t) => DAMAGED.test(t.norm));
  return destroyed && damaged ? ':destroyed-or-damaged' : destroyed ? ':destroyed' : damaged ? ':damaged' : '';
}

/**
 * ":destroyed", ":damaged" or ":destroyed-or-damaged" for a count of buildings, from the words
 * after it ("300 منزل كليا", "مبنى مدمر أو متضرر") first, then the words before it ("دمر الزلزال
 * أو ألحق أضرارا بـ 2000 مبنى"); '' when none says. Other figures end each side.
 */
export function damageOf(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): Damage {
  const after: Token[] = [];
  for (let i = unitEnd; i < Math.min(clause[1], unitEnd + AFTER) && !stops[i] && !NEXT_ACT.test(tokens[i].norm); i++) after.push(tokens[i]);
  const kind = kindOf(after);
  if (kind) return kind;
  const before: Token[] = [];
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - BEFORE) && !stops[i]; i--) before.push(tokens[i]);
  return kindOf(nearestKindWords(before));
}

const KIND_WORD = (t: Token): boolean => [THREATENED, PARTLY, WHOLLY, DESTROYED, DAMAGED].some((re) => re.test(t.norm));
/**
 * The words before a figure (nearest first) up to the nearest that says a kind, and an alternative
 * «أو» joins to it («دمر الزلزال أو ألحق أضرارا بـ 2000 مبنى»): not a kind said of an earlier
 * figure («دمرت السيول 180 منزلا بالكامل وألحقت أضرارا بـ 1200 منزل آخر»).
 */
function nearestKindWords(before: Token[]): Token[] {
  const found = before.findIndex(KIND_WORD);
  if (found < 0) return [];
  // («المباني المهددة بالانهيار في X بنحو 450»: the collapse a threat fears is no collapse.)
  const at = THREATENED.test(before[found + 1]?.norm ?? '') ? found + 1 : found;
  const or = before.slice(at + 1, at + 4).findIndex((t) => t.norm === 'او');
  return or < 0 ? before.slice(0, at + 1) : before.slice(0, at + 2 + or + OR_REACH);
}
const OR_REACH = 3;
