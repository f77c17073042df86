// The change of one group's prices, as a consumer-price release breaks its index down:
// «ارتفعت أسعار النقل 0.9%», «أسعار الخدمات المدفوعة ارتفعت بنسبة 9.3%», «أسعار السكر التي
// قفزت 18%», and the items of such a list, «، والتعليم 1.1%، والنقل 0.7%» — each group a rate of
// its own, never the index's. Prices of consumers as a whole are the inflation rate, of food its
// food part (rates.ts).

import { isComma, type Token } from '../text/tokens';
import { RELATIVE_PRONOUN } from '../text/normalize';
import { ammaBefore } from '../text/topic';

export type Direction = 'up' | 'down';

const PRICES = /^((و|ف|ب|ل)?(ال)?|لل)اسعار$/;
// «أسعار مجموعة السكن»: the group's own noun follows.
const GROUP_WORD = /^(ال)?(مجموعه|مجموعات|قسم|بند|فئه|فئات)$/;
// Food: «الغذاء», «الأغذية», «الطعام», «الغذائية» (rates.ts reads them with their clitics).
export const FOOD_NOUNS = 'غذاء|اغذيه|طعام|غذايي|غذاييه';
const FOOD = new RegExp(`^(${FOOD_NOUNS})$`);
// Consumers: «أسعار المستهلك», «أسعار المستهلكين» are the index's own prices (rates.ts too).
// («أسعار الاستهلاك», «الرقم الاستدلالي لأسعار الاستهلاك»: the prices of consumption, the same index.)
export const CONSUMER_NOUNS = 'مستهلك|مستهلكين|استهلاك';
const CONSUMERS = new RegExp(`^(${CONSUMER_NOUNS})$`);
// How far back the figure's own clause is read, and how far an earlier item of its list.
const CLAUSE = 12;
const LIST = 40;
// An item of a list names its group in a few words: «، والأغذية والمشروبات 1.2%».
const ITEM_WORDS = 4;

const isWord = (t: Token | undefined): t is Token => t?.type === 'word';

// «أما السلع غير الغذائية فارتفعت أسعارها 3.1%»: the prices of the group «أما» set as the topic.
const ITS_PRICES = /^(و|ف)?اسعار(ها|ه)$/;
const VALUED_AT = /^(ال)?(ثابته|جاريه)$/;
const YEAR = /^(19|20)\d\d$/;
// «الأسعار», «للأسعار»: prices with their article, consumer prices as a whole (rates.ts too).
export const DEFINITE_PRICES = /^(و|ف)?(ال|لل)اسعار$/;
const TOPIC_REACH = 6;

/** The concept of the prices named at `p` («أسعار …»), from the words after it (or the topic before «أسعارها»). */
function pricesConcept(tokens: Token[], p: number, dir: Direction): string | null {
  if (ITS_PRICES.test(tokens[p].norm)) {
    const amma = ammaBefore(tokens, p, TOPIC_REACH);
    if (amma >= 0) return isWord(tokens[amma + 1]) && amma + 1 < p ? groupConcept(tokens, amma + 1, dir) : null;
    // («أن المواد الغذائية قادت الارتفاع، إذ زادت أسعارها 3%»: the food goods the
    // sentence named last before it, when they are food or the rest.)
    for (let k = p - 1; k >= Math.max(0, p - LIST); k--) {
      if (!isWord(tokens[k]) || !/^(مواد|سلع)$/.test(tokens[k].bare)) continue;
      const group = groupConcept(tokens, k, dir);
      return /^percent:inflation:(non)?food$/.test(group) ? group : null;
    }
    return null;
  }
  // «الأسعار», «للأسعار» with no group after them in construct: consumer prices as a whole, as in
  // rates.ts («سجل الرقم الاستدلالي للأسعار ارتفاعا بنسبة 2%»; not the verb after them as a group).
  if (DEFINITE_PRICES.test(tokens[p].norm)) return 'percent:inflation';
  let k = p + 1;
  if (isWord(tokens[k]) && GROUP_WORD.test(tokens[k].norm)) k++;
  return isWord(tokens[k]) ? groupConcept(tokens, k, dir) : null;
}

/** The rate of the group named at `k`: consumers' prices are inflation, food its food part (non-food the rest). */
function groupConcept(tokens: Token[], k: number, dir: Direction): string {
  const group = tokens[k].bare;
  // («أسعار السلع والخدمات الاستهلاكية»: goods and services together, the whole basket.)
  const basket = /^(سلع|مواد)$/.test(group) && tokens[k + 1]?.bare === 'خدمات';
  if (CONSUMERS.test(group) || basket) return 'percent:inflation';
  if (FOOD.test(group) || (/^(مواد|سلع)$/.test(group) && FOOD.test(tokens[k + 1]?.bare ?? ''))) return 'percent:inflation:food';
  // «أسعار السلع غير الغذائية»: the rest of the index, its non-food part.
  if (/^(مواد|سلع)$/.test(group) && tokens[k + 1]?.bare === 'غير' && FOOD.test(tokens[k + 2]?.bare ?? '')) return 'percent:inflation:nonfood';
  // («أسعار العقارات السكنية», «أسعار القطاع السكني»: a sector's prices, keyed by the kind the
  // adjective after it names, however the sector is called.)
  const kind = SECTOR.test(group) ? kindOf(tokens[k + 1]) : '';
  return `percent:change:prices:${kind || group}:${dir}`;
}

// Nouns of a sector or an asset class whose kind a relational adjective names.
export const SECTOR = /^(قطاع|عقار|عقارات|اراضي|وحدات|مباني|مساكن|شقق|منتجات)$/;
// «السكني», «السكنية», «التجارية»: a definite relational adjective, folded to its masculine.
const RELATIONAL = /^(ال)\S{2,}(ي|يه)$/;
const kindOf = (t: Token | undefined): string => (isWord(t) && RELATIONAL.test(t.norm) ? t.bare.replace(/ه$/, '') : '');

/**
 * The change in per cent of one group's prices the figure at `qFrom` gives, or null: «أسعار X»
 * with a verb or noun of rising or falling in the figure's clause (or before the relative
 * pronoun that describes the prices), or an item of a list such a clause opens.
 */
export function groupPriceChange(tokens: Token[], qFrom: number, stops: Uint8Array, direction: (norm: string) => Direction | null): string | null {
  let dir: Direction | null = null;
  let prices = -1;
  let i = qFrom - 1;
  for (; i >= Math.max(0, qFrom - CLAUSE); i--) {
    const t = tokens[i];
    if (stops[i]) break;
    if (t.type === 'punct') {
      if (isComma(t)) break;
      if (/^[«»"]$/.test(t.raw)) continue;
      return null;
    }
    // («خلال شهر مايو 2026 ارتفاعا بنسبة 2%»: a year dating the clause is no other figure.)
    if (t.type === 'num' && YEAR.test(t.raw)) continue;
    if (t.type !== 'word') return null;
    dir ??= direction(t.norm);
    // («الناتج بالأسعار الثابتة»: the prices a sum is valued at, none that moved.)
    if (PRICES.test(t.norm) && /^ب/.test(t.norm) && VALUED_AT.test(tokens[i + 1]?.norm ?? '')) return null;
    if (PRICES.test(t.norm) || ITS_PRICES.test(t.norm)) {
      prices = i;
      break;
    }
    // «أسعار المواد الغذائية التي صعدت بنحو 10.4%»: the prices the relative clause describes.
    if (RELATIVE_PRONOUN.test(t.norm)) {
      for (let k = i - 1; k >= Math.max(0, i - 4) && isWord(tokens[k]); k--) if (PRICES.test(tokens[k].norm)) prices = k;
      break;
    }
  }
  if (prices >= 0) {
    // The verb may stand before the prices: «ارتفعت أسعار النقل»; or a list's head further back:
    // «وسجلت أسعار الأغذية ارتفاعا بنسبة 1.2%، وأسعار النقل بنسبة 0.9%».
    dir ??= directionBefore(tokens, prices, direction);
    return dir ? pricesConcept(tokens, prices, dir) : null;
  }
  return listItem(tokens, qFrom, i, direction);
}

/** The direction of the nearest word of rising or falling before `from` in the sentence, within LIST tokens. */
function directionBefore(tokens: Token[], from: number, direction: (norm: string) => Direction | null): Direction | null {
  for (let k = from - 1; k >= Math.max(0, from - LIST); k--) {
    const t = tokens[k];
    if (t.type === 'punct' && !isComma(t) && !/^[«»"/()]$/.test(t.raw)) return null;
    if (t.type === 'word') {
      const d = direction(t.norm);
      if (d) return d;
    }
  }
  return null;
}

/**
 * «كما ارتفعت أسعار مجموعة المطاعم 1.9%، والأغذية والمشروبات 1.2%، والتعليم 1.1%»: an item of
 * a list of groups' changes, its first word after a comma and «و», the list opened by «أسعار»
 * with a move before it and nothing but items between.
 */
function listItem(tokens: Token[], qFrom: number, stop: number, direction: (norm: string) => Direction | null): string | null {
  if (!isComma(tokens[stop])) return null;
  const first = tokens[stop + 1];
  if (!isWord(first) || !/^و/.test(first.norm) || qFrom - (stop + 1) > ITEM_WORDS) return null;
  if (PRICES.test(first.norm)) return null;
  // Back over earlier items («، X N%») to the head «أسعار» of the list.
  for (let k = stop - 1; k >= Math.max(0, stop - LIST); k--) {
    const t = tokens[k];
    if (t.type === 'punct' && !isComma(t)) return null;
    if (t.type === 'word' && RELATIVE_PRONOUN.test(t.norm)) return null;
    if (isWord(t) && (PRICES.test(t.norm) || ITS_PRICES.test(t.norm))) {
      const dir = directionBefore(tokens, k, direction);
      if (!dir) return null;
      return pricesConcept(tokens, k, dir) ? groupConcept(tokens, stop + 1, dir) : null;
    }
  }
  return null;
}
