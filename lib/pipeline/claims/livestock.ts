// Livestock lost to a storm, a flood or a drought: «نفوق نحو 3,400 رأس من الماشية», «فقد المزارعون
// 2,000 رأس من الأغنام», «عدد رؤوس الماشية النافقة بلغ 3,400 رأس». Outlets count the dead herd by
// its heads or by the animals, a count of its own; the herd a region keeps («ثروة حيوانية تقدر بـ5
// ملايين رأس») is not lost and keeps its noun. So is a herd vaccinated, «لقحت الفرق 250 ألف رأس»:
// a campaign's count of its own — not its target, «حملة تستهدف ثلاثة ملايين رأس».

import type { Token } from '../text/tokens';

const HEAD = /^(ال)?(راس|رووس|روس)$/;
const ANIMALS = /^(و|ب|ل|من)?(ال)?(ماشيه|مواشي|اغنام|غنم|ماعز|ابقار|بقر|ابل|جمال|خراف|اغنامهم|مواشيهم)$/;
// Verbs and verbal nouns of an animal's death or of a herd lost («أفادت بنفوق …»: a glued «ب» too).
const LOST = /^(و|ف)?(ب)?(ال)?(نفق|نفقت|نفوق|نافقه|النافقه|نافق|فقد|فقدت|فقدوا|خسر|خسرت|خسروا|هلك|هلكت|هلاك)$/;
const NAMED_BEFORE = 6;
const AFTER = 3;

// A herd vaccinated: the verb, or the campaign's verbal noun, and a target that is no count yet.
const VACCINATED = /^(و|ف)?(ب)?(ال)?(لقح|لقحت|لقحوا|تلقيح|تطعيم|طعمت|طعموا)$/;
const TARGET = /^(و|ف)?(تستهدف|يستهدف|استهدفت|استهدف|هدف|تهدف|يهدف|بهدف)$/;

// The figure's own words and the one after them: where its noun, heads or animals, stands.
const unitWords = (tokens: Token[], qFrom: number, unitEnd: number): Token[] => tokens.slice(qFrom, unitEnd + 1).filter((t) => t.type === 'word');

/** The figure counts animals: their heads named with animals right after or before, or the animals' own noun. */
function countsAnimals(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number]): boolean {
  const unit = unitWords(tokens, qFrom, unitEnd).find((t) => HEAD.test(t.norm) || ANIMALS.test(t.norm));
  if (!unit) return false;
  // («رأس من الماشية», «رؤوس الماشية … بلغ 3,400 رأس»: heads of animals named right after or before.)
  return ANIMALS.test(unit.norm) || tokens.slice(unitEnd, Math.min(clause[1], unitEnd + AFTER)).some((t) => ANIMALS.test(t.norm)) || tokens.slice(Math.max(clause[0], qFrom - NAMED_BEFORE), qFrom).some((t) => ANIMALS.test(t.norm));
}

const clauseHas = (tokens: Token[], clause: [number, number], stops: Uint8Array, re: RegExp): boolean =>
  tokens.slice(clause[0], clause[1]).some((t, k) => re.test(t.norm) && !stops[clause[0] + k]);

/** The figure counts animals (their heads, or by their own noun) its clause says were lost. */
export function livestockLost(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean {
  return countsAnimals(tokens, qFrom, unitEnd, clause) && clauseHas(tokens, clause, stops, LOST);
}

/** The figure counts heads or animals its clause says were vaccinated (heads vaccinated are a herd's), no campaign's target. */
export function livestockVaccinated(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean {
  const heads = unitWords(tokens, qFrom, unitEnd).some((t) => HEAD.test(t.norm));
  // (The target is told before its figure: «حملة تستهدف ثلاثة ملايين رأس»; one told after is another figure's.)
  return (heads || countsAnimals(tokens, qFrom, unitEnd, clause)) && clauseHas(tokens, clause, stops, VACCINATED) && !clauseHas(tokens, [clause[0], qFrom], stops, TARGET);
}
