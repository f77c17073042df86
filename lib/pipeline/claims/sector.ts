// One sector's growth in an economy's figures: «نمت القطاعات غير النفطية بنسبة 4.6%», «انكمش القطاع
// النفطي بنسبة 1.7%», «سجل قطاع البناء نموا بنسبة 6.3%», «بقي نمو قطاع الإقامة عند 8.2%». Each
// sector's rate is a figure of its own, never the economy's growth nor another sector's; the
// sector is keyed by the stem of its first name word («النفطي», «النفطية»: one sector), with
// «غير» kept («غير النفطية» is the rest of the economy).

import type { Token } from '../text/tokens';
import { NEXT_ITEM } from './list-places';

// («نشاط البناء»، «الأنشطة غير النفطية»: an activity of the economy is a sector too.)
const SECTOR = /^(و|ف|ب|ل|لل)?(ال)?(قطاع|قطاعات|نشاط|انشطه)$/;
// «قائمة القطاعات الأسرع نموا»: a ranking of sectors, no sector's name.
const RANKING = /^(ال)?(اسرع|اكثر|اعلي|ابرز|اقل|ابطا)$/;
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
    if (!SECTOR.test(t.norm) || RANKING.test(tokens[i + 1]?.norm ?? '')) continue;
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

// What may stand between a listed sector's name and its rate: «إلى»، «عند»، «بنسبة».
const TO_RATE = /^(الي|عند|بنسبه|ب|بـ|نحو)$/;
const PERCENT_WORDS = /^(في|بال)?(ال)?(مايه|ميه)$|^في$/;
const ITEM_WORDS = 3;
// How many items back a list's first sector may stand.
const LIST_DEPTH = 3;

/**
 * «نمو قطاع السياحة إلى 11.6%، والصناعات التحويلية إلى 2.4%»: the next item of a list of sectors'
 * rates, a definite name after «، و» (or «ثم», «تلاه قطاع», list-places.ts) whose previous item is
 * a sector's growth, is that sector's.
 */
function listedSector(tokens: Token[], qFrom: number, depth = 0): (Sector & { down: boolean }) | null {
  let i = qFrom - 1;
  while (i >= 0 && tokens[i].type === 'word' && TO_RATE.test(tokens[i].norm)) i--;
  const end = i + 1;
  let at = -1;
  for (let n = 0; i >= 0 && n < ITEM_WORDS && tokens[i].type === 'word' && /^و?ال/.test(tokens[i].norm); i--, n++) at = i;
  const first = tokens[at];
  if (at < 0 || at !== i + 1) return null;
  // The opener: «، و…» joined to the name, or «ثم»، «تلاه (قطاع)» before it, a comma before them.
  let k = at - 1;
  if (SECTOR.test(tokens[k]?.norm ?? '') && NEXT_ITEM.test(tokens[k - 1]?.norm ?? '')) k--;
  if (NEXT_ITEM.test(tokens[k]?.norm ?? '')) k--;
  else if (!first.norm.startsWith('وال')) return null;
  if (/^[،,]$/.test(tokens[k]?.raw ?? '')) k--;
  else if (first.norm.startsWith('وال') && k === at - 1) return null;
  // The previous item's rate right before it.
  while (k >= 0 && tokens[k].type === 'word' && PERCENT_WORDS.test(tokens[k].norm)) k--;
  if (tokens[k]?.type !== 'num') return null;
  const previous = sectorBefore(tokens, k) ?? (depth < LIST_DEPTH ? listedSector(tokens, k, depth + 1) : null);
  return previous ? { at, end, key: first.stem, down: previous.down } : null;
}

/** `percent:growth:sector:<key>` (with `:down` for a fall), or null. */
export function sectorGrowth(tokens: Token[], qFrom: number): string | null {
  const s = sectorBefore(tokens, qFrom) ?? listedSector(tokens, qFrom);
  return s ? `percent:growth:sector:${s.key}${s.down ? ':down' : ''}` : null;
}

/** The card label of a sector's growth in the article's words: «نمو القطاعات غير النفطية». */
export function sectorWords(tokens: Token[], qFrom: number): string | null {
  const s = sectorBefore(tokens, qFrom) ?? listedSector(tokens, qFrom);
  if (!s) return null;
  // (The sector noun without its conjunction or preposition: «للقطاعات» → «القطاعات».)
  const words = tokens.slice(s.at, s.end).map((t, k) => (k === 0 ? t.raw.replace(/^[وفب]?لل/, 'ال').replace(/^[وفب]?ل(?=ق)/, '').replace(/^[وفب](?=ال|ق)/, '') : t.raw));
  return `${s.down ? 'انكماش' : 'نمو'} ${words.join(' ')}`;
}
