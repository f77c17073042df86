// A distance per hour is a speed, not how far something is: «رياح سرعتها 185 كيلومترا في الساعة»,
// «220 كلم/ساعة». A storm's sustained winds, its gusts, how fast it moves, a limit and a vehicle's
// speed are five figures that outlets give side by side: each its own concept.

import type { Token } from '../text/tokens';

// «في الساعة», «بالساعة», «/ساعة», «/الساعة», «/س» right after the unit.
const HOUR = /^(ال)?ساعه$/;

/** The distance unit ending before `unitEnd` is followed by «per hour». */
export function perHourAt(tokens: Token[], unitEnd: number): boolean {
  const a = tokens[unitEnd];
  const b = tokens[unitEnd + 1];
  if (a?.type === 'word' && a.norm === 'بالساعه') return true;
  if (a?.norm === 'في' && b?.type === 'word' && HOUR.test(b.norm)) return true;
  return a?.raw === '/' && b?.type === 'word' && (HOUR.test(b.norm) || b.norm === 'س');
}

// Words of the clause before the figure that say whose speed it is (with clitics and the article).
const GUST = /^(و|ب)?(ال)?(هبات|هبه|عصف|زخات)$/;
const LIMIT = /^(و)?(ال)?(مسموح|المسموح|مسموحه|المسموحه|المقرره|المحدده)$/;
const MOVING = /^(و|ف)?(يتحرك|تتحرك|يتقدم|يتجه|تحرك|تقدم|تحركه|تقدمه|حركته)$/;
const WIND = /^(و|ب|ل|لل|ولل)?(ال)?(رياح|رياحه|رياحها|ريح|الرياح|اعصار|الاعصار|عاصفه|العاصفه)$/;
const VEHICLE = /^(و|ب|ل)?(ال)?(حافله|سياره|قطار|شاحنه|طايره|مركبه|سايق)$/;

/**
 * The speed concept of a figure at `qFrom`: `speed:gust`, `speed:limit`, `speed:movement`,
 * `speed:wind`, or `speed` (a vehicle's or anything else's), by the nearest telling word before it
 * in its clause.
 */
export function speedOf(tokens: Token[], qFrom: number, clause: [number, number], stops: Uint8Array): string {
  for (let i = qFrom - 1; i >= clause[0] && !stops[i]; i--) {
    const told = speedTold(tokens[i]);
    if (told) return told;
  }
  // («قدرت الهيئة السرعة القصوى للرياح بـ185 كم/س، وقال مركز آخر إنها بلغت 205»: a pronoun with
  // nothing telling in its clause is the speed an earlier clause of the sentence named.)
  if (!tokens.slice(clause[0], qFrom).some((t) => IT.test(t.norm))) return 'speed';
  for (let i = clause[0] - 1; i >= 0; i--) {
    const told = speedTold(tokens[i]);
    if (told) return told;
  }
  return 'speed';
}

const IT = /^(انها|انه)$/;
/** The speed a word of the clause tells («رياح», «هبات», «سيارة»), or null. */
function speedTold(w: Token): string | null {
  if (w.type !== 'word') return null;
  if (GUST.test(w.norm)) return 'speed:gust';
  if (LIMIT.test(w.norm)) return 'speed:limit';
  if (MOVING.test(w.norm)) return 'speed:movement';
  if (WIND.test(w.norm)) return 'speed:wind';
  if (VEHICLE.test(w.norm)) return 'speed';
  return null;
}
