// One sector's growth in an economy's figures: «نمت القطاعات غير النفطية بنسبة 4.6%», «انكمش القطاع
// النفطي بنسبة 1.7%», «سجل قطاع البناء نموا بنسبة 6.3%», «بقي نمو قطاع الإقامة عند 8.2%». Each
// sector's rate is a figure of its own, never the economy's growth nor another sector's; the
// sector is keyed by the stem of its first name word («النفطي», «النفطية»: one sector), with
// «غير» kept («غير النفطية» is the rest of the economy).

import { isComma, type Token } from '../text/tokens';
import { RELATIVE_PRONOUN } from '../text/normalize';
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
// The economy's activities named without «قطاع», as national accounts head them (the section heads
// of the UN's International Standard Industrial Classification, ISIC Rev. 4, in its Arabic
// edition): «نمو الصناعة»، «نمت الخدمات»، «انكمشت الزراعة».
const ACTIVITY = /^(و|ف|ب|ل|لل)?ال(صناعه|صناعات|زراعه|فلاحه|تعدين|تشييد|بناء|سياحه|تجاره|خدمات|نقل|اتصالات)$/;
// How many words an activity's name may have («الصناعات التحويلية»).
const ACTIVITY_GAP = 3;

// The economy's spending by use, in a national-accounts release: investment («إجمالي تكوين رأس
// المال الثابت») and consumption («نفقات الاستهلاك النهائي للأسر»، «الاستهلاك الخاص»), each
// with a rate of its own as a sector has. Moving by any verb: no market index bears these names.
const FORMATION = /^(و|ف|ب|ل|لل)?(ال)?تكوين$/;
const CONSUMPTION = /^(و|ف|ب|ل|لل)?(ال)?استهلاك$/;
const SPENDING = /^(و|ف|ب|ل)?(ال)?(نفقات|انفاق)$/;
const FINAL = /^(ال)?نهايي$/;
const PRIVATE = /^(ال|لل)?(خاص|عايلي|اسر|اسري)$/;
const PUBLIC = /^(ال)?(حكومي|عام)$/;
const COMPONENT_MOVED = /^(و|ف|ب)?(ال)?(ارتفع|ارتفعت|يرتفع|ارتفاع|ارتفاعا|قفز|قفزت|زاد|زادت|زياده|تراجع|تراجعت|تراجعا|انخفض|انخفضت|انخفاض|انخفاضا)$/;
const COMPONENT_DOWN = /^(و|ف|ب)?(ال)?(تراجع|تراجعت|تراجعا|انخفض|انخفضت|انخفاض|انخفاضا)$/;
// How far before a use of the economy its verb may stand («وزاد الاستثمار، أي إجمالي تكوين …»).
const COMPONENT_VERB_REACH = 6;

/** The use of the economy whose head word is at `i` («تكوين» of «تكوين رأس المال»، «الاستهلاك»), or null. */
function componentAt(tokens: Token[], i: number): Sector | null {
  const norm = (k: number): string => (tokens[k]?.type === 'word' ? tokens[k].norm : '');
  if (FORMATION.test(norm(i)) && norm(i + 1) === 'راس' && /^(ال)?مال$/.test(norm(i + 2))) {
    return { at: i, end: /^(ال)?ثابت$/.test(norm(i + 3)) ? i + 4 : i + 3, key: 'تكوين-راس-المال' };
  }
  if (!CONSUMPTION.test(norm(i))) return null;
  let end = i + 1;
  if (FINAL.test(norm(end))) end++;
  const whose = PRIVATE.test(norm(end)) ? 'خاص' : PUBLIC.test(norm(end)) ? 'عام' : '';
  if (whose) end++;
  const spending = SPENDING.test(norm(i - 1));
  if (!spending && end === i + 1) return null;
  return { at: spending ? i - 1 : i, end, key: `استهلاك${whose ? `-${whose}` : ''}` };
}

/** Whether a use of the economy's name ends right before the comma at `comma`. */
const componentEnding = (tokens: Token[], comma: number): boolean =>
  [1, 2, 3, 4].some((back) => componentAt(tokens, comma - back)?.end === comma);

/** A word of moving before the use of the economy at `at`, within its clause: the word, or null. */
function componentMove(tokens: Token[], at: number): Token | null {
  for (let k = at - 1, n = 0; k >= 0 && n < COMPONENT_VERB_REACH; k--) {
    const t = tokens[k];
    if (isComma(t)) continue;
    if (t.type !== 'word') return null;
    if (MOVED.test(t.norm) || COMPONENT_MOVED.test(t.norm)) return t;
    n++;
  }
  return null;
}

// The economy's output named whole («الاقتصاد», «الناتج المحلي الإجمالي الحقيقي»), which «غير
// النفطي» after it narrows to the rest of the economy, the sector «القطاعات غير النفطية» names.
const ECONOMY = /^(و|ف|ب|ل|لل)?(ال)?(اقتصاد|ناتج)$/;
const OUTPUT_WORDS = /^(ال)?(محلي|اجمالي|حقيقي)$/;

/** «الناتج المحلي غير النفطي» at `i`: the sector «غير-<stem>», or null. */
function restOfEconomyAt(tokens: Token[], i: number): Sector | null {
  if (!ECONOMY.test(tokens[i]?.norm ?? '')) return null;
  let j = i + 1;
  while (j < i + 4 && OUTPUT_WORDS.test(tokens[j]?.norm ?? '')) j++;
  const name = tokens[j + 1];
  return tokens[j]?.norm === 'غير' && name?.type === 'word' && /^ال/.test(name.norm) ? { at: i, end: j + 2, key: `غير-${name.stem}` } : null;
}

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
  let movedAt = -1;
  let anyMove: Token | null = null;
  let stop = Math.max(0, qFrom - REACH);
  for (let i = qFrom - 1; i >= stop; i--) {
    const t = tokens[i];
    // («سجل قطاع الإقامة، الذي يعكس نشاط الزوار، نموا بنسبة 12%»: a relative clause between
    // the sector and its growth word is said of the sector; its words do not count.)
    const opening = isComma(t) && moved ? relativeClauseOpening(tokens, i) : -1;
    if (opening >= 0) {
      stop = Math.max(0, stop - (i - opening));
      i = opening;
      continue;
    }
    // («… تكوين رأس المال الثابت، بنسبة 6%»: a comma closing a use of the economy's name.)
    if (isComma(t) && i < qFrom - 1 && componentEnding(tokens, i)) continue;
    // («قطاع التعدين، الذي رُفع نموه إلى 8.2%»: a relative clause after the sector's comma is said of it.)
    if (isComma(t) && RELATIVE_PRONOUN.test(tokens[i + 1]?.norm ?? '') && moved) continue;
    if (t.type !== 'word') return null;
    if (SHARE.test(t.norm)) return null;
    if (MOVED.test(t.norm) && !moved) {
      moved = t;
      movedAt = i;
    }
    // (Any verb moves a use of the economy; a sector needs a word of growth.)
    if (COMPONENT_MOVED.test(t.norm)) anyMove ??= t;
    const component = componentAt(tokens, i);
    if (component) {
      const move = moved ?? anyMove ?? componentMove(tokens, component.at);
      if (move) return { ...component, down: DOWN.test(move.norm) || COMPONENT_DOWN.test(move.norm) };
      // («نمو نفقات الاستهلاك إلى 3.6%، وإجمالي تكوين رأس المال الثابت إلى 8.9%»: the next item of a list of growth rates.)
      const previous = previousItemGrowth(tokens, component.at);
      return previous && { ...component, down: previous.down };
    }
    // («نما الناتج المحلي غير النفطي بنسبة 6.3%»: the rest of the economy named by its output.)
    // («ونما الاقتصاد غير النفطي بنسبة 6.8%»: or its verb right before it.)
    const rest = restOfEconomyAt(tokens, i);
    const restMove = moved ?? (MOVED.test(tokens[i - 1]?.norm ?? '') ? tokens[i - 1] : null);
    if (rest && restMove) return { ...rest, down: DOWN.test(restMove.norm) };
    const activity = activityAt(tokens, i, movedAt);
    if (activity) return activity;
    // («قاد قطاع X وتيرة النمو بين القطاعات بارتفاع 7.4%»: the sectors it is ranked among name none.)
    if (!SECTOR.test(t.norm) || RANKING.test(tokens[i + 1]?.norm ?? '') || tokens[i - 1]?.norm === 'بين') continue;
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

// Longest relative clause set off by commas between a sector and its growth word.
const CLAUSE_WORDS = 8;

/** The comma opening a relative clause («، الذي …») that the comma at `close` ends, or -1. */
function relativeClauseOpening(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - CLAUSE_WORDS - 1); k--) {
    if (tokens[k].type === 'word') continue;
    return isComma(tokens[k]) && k < close - 2 && RELATIVE_PRONOUN.test(tokens[k + 1]?.norm ?? '') ? k : -1;
  }
  return -1;
}

/**
 * An activity named without «قطاع» at `i` with its growth word right before it («نمو الصناعة»)
 * or right after its name (`movedAt`, «اكتفت الصناعة بنمو»), or null: another word between
 * («وزير الصناعة إن الاقتصاد نما») leaves the growth to whatever it is said of.
 */
function activityAt(tokens: Token[], i: number, movedAt: number): (Sector & { down: boolean }) | null {
  const t = tokens[i];
  if (!ACTIVITY.test(t.norm)) return null;
  // The name goes on over its definite adjectives: «الصناعات التحويلية».
  let end = i + 1;
  while (end < i + ACTIVITY_GAP && tokens[end]?.type === 'word' && /^ال/.test(tokens[end].norm) && !MOVED.test(tokens[end].norm) && !ECONOMY.test(tokens[end].norm)) end++;
  const before = MOVED.test(tokens[i - 1]?.norm ?? '') ? tokens[i - 1] : null;
  const move = before ?? (movedAt === end || (movedAt === end + 1 && tokens[end].norm === 'غير') ? tokens[movedAt] : null);
  return move && { at: i, end, key: t.stem, down: DOWN.test(move.norm) };
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
  if (isComma(tokens[k])) k--;
  else if (first.norm.startsWith('وال') && k === at - 1) return null;
  // The previous item's rate right before it.
  while (k >= 0 && tokens[k].type === 'word' && PERCENT_WORDS.test(tokens[k].norm)) k--;
  if (tokens[k]?.type !== 'num') return null;
  const previous = sectorBefore(tokens, k) ?? (depth < LIST_DEPTH ? listedSector(tokens, k, depth + 1) : null);
  // («، والقطاع النفطي بنسبة 0.7%»: a sector's noun opening the item, its name after it.)
  const named = SECTOR.test(first.norm) && at + 1 < end ? tokens[at + 1] : first;
  return previous ? { at, end, key: named.stem, down: previous.down } : null;
}

/**
 * The growth read of the previous item of a list, before a use of the economy at `at` joined by
 * «، و» («، وإجمالي تكوين …», «، والاستهلاك الخاص …»), or null.
 */
function previousItemGrowth(tokens: Token[], at: number): (Sector & { down: boolean }) | null {
  const total = /^و(ال)?اجمالي$/.test(tokens[at - 1]?.norm ?? '');
  if (!total && !/^و/.test(tokens[at].norm)) return null;
  let k = total ? at - 2 : at - 1;
  if (!isComma(tokens[k])) return null;
  k--;
  while (k >= 0 && tokens[k].type === 'word' && PERCENT_WORDS.test(tokens[k].norm)) k--;
  if (tokens[k]?.type !== 'num') return null;
  return sectorBefore(tokens, k) ?? listedSector(tokens, k);
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
