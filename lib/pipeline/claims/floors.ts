// A building's floors against the floors someone may build or added: "تصريح لبناء 15 طابقا",
// "رخصة بتشييد أربعة طوابق", "أضاف المالك طابقين" count a licence or an extension, not the height
// of the building that stands or fell — another figure, never on the height's card.

import type { Token } from '../text/tokens';

// A verb or verbal noun of building, raising or adding, with its clitics ("لبناء", "ببناء",
// "بإضافة", "أضاف", "شيّد", "تعلية"; not «إنشاء»: "قيد الإنشاء" is a building under construction), or a licence word ("رخصة 5 طوابق").
const BUILD_OR_ADD = /^(و|ف)?(ب|ل)?(ال)?(بناء|تشييد|اضافه|تعليه|رخصه|ترخيص|تصريح|بني|بنوا|شيد|شيدوا|اضاف|اضافوا|يبني|يضيف|تضيف)$/;

/** The floors counted at `qFrom` are to be built or were added (the word before says so). */
export function floorsBuiltOrAdded(tokens: Token[], qFrom: number): boolean {
  // (Only the word right before: "مبنى قيد الإنشاء مؤلف من 21 طابقا" is the building's height.)
  const t = tokens[qFrom - 1];
  return t?.type === 'word' && BUILD_OR_ADD.test(t.norm);
}
