// Those aboard a boat, bus or plane, and those who survived its wreck: two counts migration and
// accident reports give beside the toll, which a word of death or drowning in the same clause
// must not take over ("قارب يقل نحو 500 مهاجر غرق" counts those aboard, "نجا 104 أشخاص من
// الغرق" the survivors). The key `aboard` is the one the stream-audit rules use for the same
// phrasing.

import { isHighlightQuote, type Token } from '../text/tokens';

// Verbs of carrying people: "كان يقل/يحمل/يستقل", "كانت تقل", "أقلت".
const CARRY_VERB = /^(و|ف)?(يحمل|تحمل|يقل|تقل|يستقل|تستقل|يقلون|تقلهم|يقلهم|اقلت|اقل|حمل|حملت)$/;
// "على متنه/متنها/متنهم", "على متن القارب": on board.
const ON_BOARD = /^(و|ف|ب)?(متن|متنه|متنها|متنهم|متنهما)$/;
const ON = /^(و|ف)?(علي|على)$/;
const AMONG = /^(و)?(بين|ضمن)$/;
// Between "على متنه" or a verb of carrying and the figure: only qualifiers and «كان».
const BETWEEN = /^(و)?(نحو|حوالي|قرابه|زهاء|اكثر|اقل|من|ما|يزيد|يقارب|لا|يقل|عن|علي|على|كان|كانوا|كانت|بين|الى|الي)$/;
// Who were aboard, after the figure: "86 كانوا على متن القارب".
const WERE = /^(و)?(كانوا|كان|كانت|الذين|اللذين)$/;
// Survival: "نجا 47 مهاجرا", "ونجاة 15 عاملا", "ينجو".
const SURVIVE_VERB = /^(و|ف|ب)?(نجا|نجت|نجوا|نجاه|ينجو|تنجو|ينجون)$/;
const SURVIVE_BEFORE = 4;
const ABOARD_BEFORE = 6;
const ABOARD_AFTER = 3;

const isOnBoard = (tokens: Token[], i: number): boolean => ON_BOARD.test(tokens[i]?.norm ?? '') && ON.test(tokens[i - 1]?.norm ?? '');

/**
 * "قارب يقل نحو 80 مهاجرا", "وعلى متنها أكثر من 200 شخص", "عدد من كانوا على متنه يزيد على 100":
 * a verb of carrying or «على متن» governs the figure — a few words before it, only qualifiers
 * between ("على متنه جثث سبعة أشخاص" names bodies, not those aboard).
 */
export function aboardBefore(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): number {
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - ABOARD_BEFORE) && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type !== 'word') return -1;
    if (CARRY_VERB.test(t.norm) || isOnBoard(tokens, i)) return i;
    // («كان على متن المركب 72 شخصا»: the vessel named after «على متن»; not «من بين من كانوا على متن
    // القارب 14 امرأة», some of those aboard.)
    if (/^ال/.test(t.norm) && isOnBoard(tokens, i - 1) && !tokens.slice(Math.max(0, i - 6), i - 2).some((w) => AMONG.test(w.norm))) return i - 1;
    if (!BETWEEN.test(t.norm)) return -1;
  }
  return -1;
}

// Carriers on a timetable: their arrivals are traffic, not a crossing survived.
const SCHEDULED = /^(و|ب|ل)?(ال)?(رحله|رحلات|طايره|طايرات|طائره|طائرات|حافله|حافلات)$/;
// Reaching land: "وصل قارب … على متنه 168 مهاجرا", "وصول قارب يقل 168 مهاجرا", "رسا مركب".
const ARRIVE = /^(و|ف)?(وصل|وصلت|وصول|يصل|تصل|رسا|رست|رسو|ترسو|يرسو)$/;

/**
 * A boat that reached land with N aboard: the N arrived alive, the survivors of the crossing
 * (its dead are counted apart, as bodies). `cue` is where aboardBefore found the carrying word.
 */
export function arrivedWith(tokens: Token[], clause: [number, number], cue: number): boolean {
  for (let i = cue - 1; i >= clause[0]; i--) {
    if (tokens[i].type !== 'word') continue;
    // («شهدت سفر ووصول 461 رحلة نقلت على متنها 54 ألف راكب», «224 رحلة وصول»: a flight or a bus
    // that arrived brought its passengers, nobody it saved.)
    if (SCHEDULED.test(tokens[i].norm)) return false;
    if (ARRIVE.test(tokens[i].norm)) return !SCHEDULED.test(tokens[i - 1]?.norm ?? '');
  }
  return false;
}

/**
 * "50 مهاجرا كانوا على متن القارب", "من بين 86 كانوا على متنه": «كانوا على متن» right after the
 * figure's noun (the extractor may take «كانوا» itself for the noun: `qTo` is the number's end).
 */
export function aboardAfter(tokens: Token[], qTo: number, unitEnd: number, clause: [number, number]): boolean {
  let i = qTo;
  let were = false;
  for (; i < Math.min(clause[1], unitEnd + ABOARD_AFTER); i++) {
    if (WERE.test(tokens[i]?.norm ?? '')) were = true;
    else if (i >= unitEnd) break;
  }
  // («ما بين 400 و750 شخصا على متن السفينة»: «على متن» right after the noun, with no «كانوا», too.)
  return (were || i === unitEnd) && ON.test(tokens[i]?.norm ?? '') && ON_BOARD.test(tokens[i + 1]?.norm ?? '');
}

// "161 شخصا نجوا", "47 شخصا أنقذوا": a verb of survival or rescue right after the figure's noun
// (without «و», which would open the next figure's clause: "11 ونجاة 47").
const SURVIVED_AFTER = /^(نجوا|نجا|نجت|انقذوا|انقذ|انقذت|نجين)$/;

/** A verb of survival or rescue said of those counted («نجوا», «أنقذوا»), folded. */
export const isSurvivalVerb = (norm: string): boolean => SURVIVED_AFTER.test(norm);

/** The survivors named by a verb right after the figure's noun. */
export function survivedAfter(tokens: Token[], unitEnd: number, clause: [number, number]): boolean {
  for (let i = unitEnd; i < Math.min(clause[1], unitEnd + 2); i++) if (tokens[i]?.type === 'word' && isSurvivalVerb(tokens[i].norm)) return true;
  return false;
}

/** "نجا 47 مهاجرا", "ونجاة 15 عاملا": a verb of survival right before the figure, nothing but qualifiers between. */
export function survivedBefore(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - SURVIVE_BEFORE) && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (SURVIVE_VERB.test(t.norm)) return true;
    // ("كان يقل 62 شخصا، نجا منهم 45": survivors among those just counted.)
    if (!BETWEEN.test(t.norm) && !/^(منهم|منها)$/.test(t.norm)) return false;
  }
  return false;
}

/** The word right before the figure, qualifiers passed over ("غرق نحو 30" → «غرق»), or null. */
export function governingWord(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): Token | null {
  for (let i = qFrom - 1; i >= clause[0] && !stops[i]; i--) {
    const t = tokens[i];
    // («شفاء (340) حالة»: a bracket round the figure is no word.)
    if (t.type === 'punct' && i === qFrom - 1 && isHighlightQuote(tokens, i)) continue;
    if (t.type !== 'word') return null;
    if (!BETWEEN.test(t.norm)) return t;
  }
  return null;
}
