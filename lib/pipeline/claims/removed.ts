// «بعد مراجعة البيانات وحذف 16 حالة تبين أنها سُجلت مرتين»: a figure right after a word of deleting
// or striking out counts the records taken off a count, not the thing counted.

import type { Token } from '../text/tokens';

// The verbal noun or the verb («حذف», «وحذفت», «باستبعاد», «شطب»), with a conjunction or «ب» glued.
const REMOVING = /^(و|ف)?(ب)?(ال)?(حذف|حذفت|يحذف|تحذف|شطب|شطبت|استبعاد|استبعدت|اسقاط)$/;

/** The figure at `qFrom` stands right after a word of removing (records taken off a count). */
export function removedRecords(tokens: readonly Token[], qFrom: number): boolean {
  const t = tokens[qFrom - 1];
  return t?.type === 'word' && REMOVING.test(t.norm);
}
