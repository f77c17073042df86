// Livestock lost to a storm, a flood or a drought: «نفوق نحو 3,400 رأس من الماشية», «فقد المزارعون
// 2,000 رأس من الأغنام», «عدد رؤوس الماشية النافقة بلغ 3,400 رأس». Outlets count the dead herd by
// its heads or by the animals, a count of its own; the herd a region keeps («ثروة حيوانية تقدر بـ5
// ملايين رأس») is not lost and keeps its noun.

import type { Token } from '../text/tokens';

const HEAD = /^(ال)?(راس|رووس|روس)$/;
const ANIMALS = /^(و|ب|ل|من)?(ال)?(ماشيه|مواشي|اغنام|غنم|ماعز|ابقار|بقر|ابل|جمال|خراف|اغنامهم|مواشيهم)$/;
// Verbs and verbal nouns of an animal's death or of a herd lost.
const LOST = /^(و|ف)?(ال)?(نفق|نفقت|نفوق|نافقه|النافقه|نافق|فقد|فقدت|فقدوا|خسر|خسرت|خسروا|هلك|هلكت|هلاك)$/;
const NAMED_BEFORE = 6;
const AFTER = 3;

/** The figure counts animals (their heads, or by their own noun) its clause says were lost. */
export function livestockLost(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean {
  const unit = tokens.slice(qFrom, unitEnd).concat(tokens[unitEnd] ?? []).find((t) => t.type === 'word' && (HEAD.test(t.norm) || ANIMALS.test(t.norm)));
  if (!unit) return false;
  // («رأس من الماشية», «رؤوس الماشية … بلغ 3,400 رأس»: heads of animals named right after or before.)
  const animals = ANIMALS.test(unit.norm) || tokens.slice(unitEnd, Math.min(clause[1], unitEnd + AFTER)).some((t) => ANIMALS.test(t.norm)) || tokens.slice(Math.max(clause[0], qFrom - NAMED_BEFORE), qFrom).some((t) => ANIMALS.test(t.norm));
  if (!animals) return false;
  return tokens.slice(clause[0], clause[1]).some((t, k) => LOST.test(t.norm) && !stops[clause[0] + k]);
}
