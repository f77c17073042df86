// The land an act was done on, apart from the land a scourge struck: «عالجت الفرق 14 ألف هكتار»
// beside «غزا الجراد 58 ألف هكتار». A campaign against locusts, weeds or mosquitoes gives both
// areas, side by side and one a part of the other («23,800 هكتار عولجت من أصل 61,500 هكتار
// مصابة»): two counts, never one.

import type { Token } from '../text/tokens';

// Treated or sprayed: «عالجت/عولجت/معالجة», «رش/الرش/رشت», «كوفحت».
const TREATED = /^(و|ف|ب|ل)?(ال)?(عالج|عالجت|عالجوا|عولج|عولجت|معالجه|معالجتها|علاج|رش|رشت|رشها|مرشوشه|كوفحت|مكافحتها)$/;
// Struck: «غزا/غزت/غزاها», «اجتاح», «مصابة/أصاب/إصابتها», «موبوءة».
const STRUCK = /^(و|ف|ب|ل)?(ال)?(غزا|غزت|غزاها|يغزو|تغزو|اجتاح|اجتاحت|تجتاح|يجتاح|مصاب|مصابه|اصاب|اصابت|اصابتها|موبوءه|موبوء)$/;
// «من أصل 61,500 هكتار»: the whole the treated land is a part of — no act of its own before it.
const WHOLE_OF = /^(اصل|اجمالي|مجموع)$/;
const AFTER = 3;
const BEFORE = 6;

/** ":treated" where the words nearest the area's figure, after it first, say it was treated; else ''. */
export function areaActOf(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): '' | ':treated' {
  for (let i = unitEnd; i < Math.min(clause[1], unitEnd + AFTER) && !stops[i]; i++) {
    if (TREATED.test(tokens[i].norm)) return ':treated';
    if (STRUCK.test(tokens[i].norm)) return '';
  }
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - BEFORE) && !stops[i]; i--) {
    if (WHOLE_OF.test(tokens[i].norm) || STRUCK.test(tokens[i].norm)) return '';
    if (TREATED.test(tokens[i].norm)) return ':treated';
  }
  return '';
}
