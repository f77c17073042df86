// One sector's growth in an economy's figures: «نمت القطاعات غير النفطية بنسبة 4.6%», «انكمش القطاع
// النفطي بنسبة 1.7%», «سجل قطاع البناء نموا بنسبة 6.3%», «بقي نمو قطاع الإقامة عند 8.2%». Each
// sector's rate is a figure of its own, never the economy's growth nor another sector's; the
// sector is keyed by the stem of its first name word («النفطي», «النفطية»: one sector), with
// «غير» kept («غير النفطية» is the rest of the economy).

import type { Token } from '../text/tokens';

const SECTOR = /^(و|ف|ب|ل|لل)?(ال)?(قطاع|قطاعات)$/;
// Words of growth or contraction only: «ارتفع قطاع التأمين 1.8%» is as often a stock market's
// sector index moving in a day's trading.
const MOVED = /^(و|ف|ب)?(ال)?(نمو|نموا|نموه|نموها|نمت|نما|ينمو|تنمو|توسع|توسعت|انكمش|انكمشت|انكماش|انكماشا)$/;
const DOWN = /^(و|ف|ب)?(ال)?(انكمش|انكمشت|انكماش|انكماشا)$/;
// A sector's share or weight in the economy is no growth: «تشكل القطاعات غير النفطية 84%».
const SHARE = /^(و|ف|ب|ل)?(ال)?(مساهمه|حصه|وزن|تشكل|يشكل|يمثل|تمثل|شكلت|مثلت|نصيب)$/;
const REACH = 10;

interface Sector {
  /** Index of the sector noun. */
  at: number;
  /** Index after its name words. */
  end: number;
  key: string;
}

/**
 * The sector named in the figure's clause before it (back to a mark or another figure), with a
 * word of growth or change about it, or null.
 */
function sectorBefore(tokens: Token[], qFrom: number): (Sector & { down: boolean }) | null {
  let moved: Token | null = null;
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - REACH); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return null;
    if (SHARE.test(t.norm)) return null;
    if (MOVED.test(t.norm)) moved ??= t;
    if (!SECTOR.test(t.norm)) continue;
    // (A sector's name is definite; an indefinite one after «قطاع» is a place's.)
    let j = i + 1;
    const other = tokens[j]?.norm === 'غير';
    if (other) j++;
    const name = tokens[j];
    if (!name || name.type !== 'word' || !/^ال/.test(name.norm)) return null;
    // «نمو قطاع البناء»: or the growth noun right before the sector.
    const before = MOVED.test(tokens[i - 1]?.norm ?? '') ? tokens[i - 1] : null;
    const move = moved ?? before;
    if (!move) return null;
    return { at: i, end: j + 1, key: `${other ? 'غير-' : ''}${name.stem}`, down: DOWN.test(move.norm) };
  }
  return null;
}

/** `percent:growth:sector:<key>` (with `:down` for a fall), or null. */
export function sectorGrowth(tokens: Token[], qFrom: number): string | null {
  const s = sectorBefore(tokens, qFrom);
  return s ? `percent:growth:sector:${s.key}${s.down ? ':down' : ''}` : null;
}

/** The card label of a sector's growth in the article's words: «نمو القطاعات غير النفطية». */
export function sectorWords(tokens: Token[], qFrom: number): string | null {
  const s = sectorBefore(tokens, qFrom);
  if (!s) return null;
  // (The sector noun without its conjunction or preposition: «للقطاعات» → «القطاعات».)
  const words = tokens.slice(s.at, s.end).map((t, k) => (k === 0 ? t.raw.replace(/^[وفب]?لل/, 'ال').replace(/^[وفب]?ل(?=ق)/, '').replace(/^[وفب](?=ال|ق)/, '') : t.raw));
  return `${s.down ? 'انكماش' : 'نمو'} ${words.join(' ')}`;
}
