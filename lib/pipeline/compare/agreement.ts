// When two figures on one topic say the same thing. Equal values do; so do values the wording and
// rounding both allow and that stay close: «أكثر من 320» and 323, 1,300 and «ما لا يقل عن 1301»,
// 170 and 170.8 million. Values the wording allows but far apart are still told apart: «أكثر من
// 8 آلاف» and «نحو 10 آلاف» are two different estimates, «أكثر من 4100» and 48,132 a rising toll.

import { intervalsConflict, intervalOf, type IntervalSource } from './interval';

/**
 * Largest relative gap between two compatible values that still reads as agreement. Picked on the
 * tune part of ../shared/corpus-dev and ../shared/corpus (gold agreements vs differences whose
 * values are compatible): every gold agreement pair is within 0.067 («at least 750» aboard against
 * «more than 700»), the closest pairs the gold calls different are 0.073–0.085 apart and sit in
 * groups that hold a farther pair; 0.10 keeps all gold agreements quiet, 0.20 would merge
 * «أكثر من 8 آلاف» with «نحو 10 آلاف».
 */
export const AGREEMENT_GAP = 0.1;

const gap = (a: number, b: number): number => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

/** Two figures that state the same count once qualifiers and rounding are read. */
export function figuresAgree(a: IntervalSource, b: IntervalSource): boolean {
  if (a.value === b.value && a.qualifier === b.qualifier) return true;
  return gap(a.value, b.value) <= AGREEMENT_GAP && !intervalsConflict([intervalOf(a), intervalOf(b)]);
}

/** True where every pair of figures agrees: an agreement, not a difference. */
export function allAgree(figures: IntervalSource[]): boolean {
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) if (!figuresAgree(figures[i], figures[j])) return false;
  }
  return true;
}
