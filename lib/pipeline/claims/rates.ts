// Which rate a percentage of economic news is: inflation (core apart from headline), an interest
// rate, growth, unemployment — or a change in per cent of a named sum or currency ("تراجعت
// الإيرادات بنسبة 40%"، "انخفض الجنيه 35%"), up or down, another figure than the level itself.
// A percentage whose rate or changed thing the words do not name stays out of every card.

import { isQuoteMark, type Token } from '../text/tokens';
import { RELATIVE_PRONOUN } from '../text/normalize';
import type { Located } from './locate';
import { monthNumber } from '../extract/dates';
import { lookup } from '../quantities/lexicon';
import { CONSUMER_NOUNS, DEFINITE_PRICES, type Direction, FOOD_NOUNS, groupPriceChange } from './price-groups';
import { movedFromBefore } from './moved-from';
import { sectorGrowth } from './sector';
import { amongAt, rateGroup, youthAgesStart } from './rate-group';

const ACCOUNT = /^(و|ب|ل|لل)?(ال)?حساب$/;
const CURRENT_ADJ = /^(ال)?جاري$/;
/** «الحساب الجاري» within two words either side of the gap's noun at `at`. */
export const currentAccountAt = (tokens: Token[], at: number): boolean =>
  [at - 3, at - 2, at + 1].some((k) => k >= 0 && ACCOUNT.test(tokens[k]?.norm ?? '') && CURRENT_ADJ.test(tokens[k + 1]?.norm ?? ''));

/** A month's name, in either calendar («مارس», «آذار»). */
export const isMonth = (t: Token | undefined): boolean => t?.type === 'word' && monthNumber(t.norm) !== null;
/** «تشرين الأول», «كانون الثاني»: a Levantine month named in two words, from token i. */
export const twoWordMonth = (tokens: Token[], i: number): boolean => tokens[i]?.type === 'word' && tokens[i + 1]?.type === 'word' && monthNumber(`${tokens[i].norm} ${tokens[i + 1].norm}`) !== null;

// The noun of a rate, with its article and a clitic: "التضخم"، "لمعدل التضخم"، "أسعار الفائدة".
const RATES: [RegExp, string][] = [
  [/^(و|ف|ب|ل|لل)?(ال)?(تضخم|تضخما)$/, 'inflation'],
  [/^(و|ف|ب|ل|لل)?(ال)?(فايده|فوايد)$/, 'interest'],
  [/^(و|ف|ب|ل|لل)?(ال)?(بطاله)$/, 'unemployment'],
  // "عجز الموازنة 6% من الناتج"، "فائض أولي 3.5%".
  [/^(و|ف|ب|ل|لل)?(ال)?(عجز|عجزا)$/, 'deficit'],
  [/^(و|ف|ب|ل|لل)?(ال)?(فائض|فايض|فايضا|فائضا)$/, 'surplus'],
];
// Growth of an economy: "نمو الاقتصاد"، "نمو الناتج المحلي"، "انكماش الاقتصاد".
const ECONOMY = /^(و|ف|ب|ل|لل)?(ال)?(اقتصاد|اقتصادي|ناتج|الناتج|اقتصاديه)$/;
// A changed sum or currency: "الإيرادات"، "الصادرات"، "الجنيه"، "الليرة".
const CHANGED: [RegExp, string][] = [
  [/^(و|ف|ب|ل|لل)?(ال)?(ايرادات|ايراد|عايدات|مداخيل)(ها|ه)?$/, 'revenue'],
  [/^(و|ف|ب|ل|لل)?(ال)?(ارباح|ارباحا)(ها|ه)?$/, 'profit'],
  [/^(و|ف|ب|ل|لل)?(ال)?(صادرات)(ها|ه)?$/, 'exports'],
  [/^(و|ف|ب|ل|لل)?(ال)?(واردات)(ها|ه)?$/, 'imports'],
  [/^(و|ف|ب|ل|لل)?(ال)?(احتياطي|احتياطيات)$/, 'reserves'],
  [/^(و|ف|ب|ل|لل)?(ال)?(ايجارات|ايجار)$/, 'rent'],
  [/^(و|ف|ب|ل|لل)?(ال)?(ديون|دين)$/, 'debt'],
  // (Not «للتحويلات»: «نظام سريع للتحويلات المالية» names a payment system, not the sums sent home.)
  [/^(و|ف|ب)?(ال)?(تحويلات)(ها|ه)?$/, 'remittance'],
  [/^(و|ف|ب|ل|لل)?(ال)?(جنيه|ليره|ريال|دينار|درهم|دولار|يورو|روبل|يوان|روبيه|عمله)$/, 'currency'],
];
const UP = /^(و|ف|ل)?(س|ب|بال|ال)?(نمو|نموا|ارتفاع|ارتفاعا|ارتفع|ارتفعت|زياده|زادت|زاد|صعود|صعد|صعدت|قفز|قفزت|قفزه|نمت|نما|ينمو|تنمو|ترتفع|يرتفع|مرتفعه|مرتفعا|توسع|توسعا|توسعت|يتوسع|تتوسع)$/;
const DOWN = /^(و|ف|ل)?(س|ب|بال|ال)?(تراجع|تراجعت|انخفاض|انخفاضا|انخفض|انخفضت|هبوط|هبوطا|هبط|هبطت|تراجعا|تقلص|تقلصت|انكماش|انكمش|انكمشت|ينكمش|تنكمش|تنخفض|ينخفض|تتراجع|يتراجع|فقد|فقدت|خسر|خسرت|منخفضه|منخفضا)$/;
// "التضخم الأساسي"، "المعدل الأساسي": core inflation.
const CORE = /^(ال)?(اساسي|اساسيه)$/;
const AVERAGE = /^(و|ب|ل)?(ال)?متوسط$/;
const DEPOSIT = /^(ال|لل)?(ايداع)$/;
const LENDING = /^(ال|لل)?(اقراض)$/;
const WINDOW = 8;
const RATE_OF_IT = /^(و|ب)?(معدلها|نسبتها)$/;
// Food: "الغذاء"، "الأغذية"، "الطعام"، "المواد الغذائية"، "السلع الغذائية".
const FOOD = new RegExp(`^(و)?(ال)?(${FOOD_NOUNS})$`);
/** "أسعار الغذاء"، "أسعار المواد الغذائية" at token k: the prices of food. */
const foodPrices = (tokens: Token[], k: number): boolean => {
  if (!/^(و|ف|ب)?(ال)?اسعار$/.test(tokens[k].norm)) return false;
  const next = tokens[k + 1]?.norm ?? '';
  return FOOD.test(next) || (/^(ال)?(مواد|سلع)$/.test(next) && FOOD.test(tokens[k + 2]?.norm ?? ''));
};
/**
 * ":food" or ":nonfood" for the inflation of the goods named right after «تضخم»: «تضخم الغذاء»,
 * «تضخم أسعار الغذاء», «تضخم المواد الغذائية»; «تضخم المواد غير الغذائية», «غير الغذاء»;
 * past its period's adjective, the goods joined by «ل» («التضخم السنوي لأسعار الغذاء»).
 */
function foodPart(tokens: Token[], k: number): string {
  const norm = (i: number): string => tokens[i]?.norm ?? '';
  if (ADJ_OF_PERIOD.test(norm(k))) k++;
  if (/^(ال|ل|لل)?اسعار$/.test(norm(k))) k++;
  if (/^(ال|لل)?(مواد|سلع)$/.test(norm(k))) k++;
  if (/^(ال)?غير$/.test(norm(k)) && FOOD.test(norm(k + 1))) return ':nonfood';
  return FOOD.test(norm(k).replace(/^لل/, 'ال')) ? ':food' : '';
}
// The groups of a consumer price index other than food (the UN's COICOP divisions, as Arabic
// releases name them): «تضخم النقل», «تضخم السكن».
const CPI_GROUP = /^ال(نقل|سكن|طاقه|ملابس|اتصالات|تعليم|صحه|مطاعم|ترفيه|كهرباء|وقود|ايجارات|مشروبات|تبغ|اثاث)$/;
// The index's own word for one of its groups («قسم النقل», «بند السكن»).
const GROUP_HEAD = /^(قسم|بند|مجموعه|فئه|مكون)$/;
// «مقابل 2.9% للسلع غير الغذائية», «و7.7% للمواد الغذائية»: the group a rate is given to, named
// right after it with «لل», in a sentence about prices or inflation.
function foodGroupAfter(tokens: Token[], k: number): string | null {
  // («مقابل 0.8% فقط للمواد غير الغذائية»: past «فقط».)
  if (/^(فقط|وحدها)$/.test(tokens[k]?.norm ?? '')) k++;
  const w = tokens[k]?.norm ?? '';
  if (!/^لل/.test(w)) return null;
  if (!tokens.some((t) => t.type === 'word' && /^(و|ف|ب|ل|لل)?(ال)?(اسعار(ها)?|تضخم)$/.test(t.norm))) return null;
  const next = tokens[k + 1]?.norm ?? '';
  if (/^لل(مواد|سلع)$/.test(w)) return FOOD.test(next) ? 'percent:inflation:food' : next === 'غير' && FOOD.test(tokens[k + 2]?.norm ?? '') ? 'percent:inflation:nonfood' : null;
  return FOOD.test('ال' + w.slice(2)) ? 'percent:inflation:food' : null;
}

// «وسجل قسم الأغذية والمشروبات، الذي …، تضخما سنويا بنسبة 21%»: the food group is the subject
// of the clause that records the inflation (its group word right before the food word).
const SUBJECT_REACH = 20;
function foodSubject(tokens: Token[], i: number, stops: Uint8Array): boolean {
  for (let k = i - 1; k >= Math.max(1, i - SUBJECT_REACH) && !stops[k]; k--) {
    if (tokens[k].type === 'punct' && !/^[،,]$/.test(tokens[k].raw)) return false;
    if (FOOD.test(tokens[k].norm) && /^(و)?(ال)?(قسم|مجموعه|اسعار|مواد|سلع)$/.test(tokens[k - 1].norm)) return true;
  }
  return false;
}

// Consumer prices as a whole ("الأسعار", "أسعار المستهلكين"), not one product's ("أسعار الوقود").
// («ارتفع المؤشر العام لأسعار المستهلكين 0.7%»: the index of consumer prices, with its «ل».)
const CONSUMERS = new RegExp(`^(ال)?(${CONSUMER_NOUNS})$`);
const consumerPrices = (w: string, next: string): boolean => DEFINITE_PRICES.test(w) || (/^(و|ف|ل)?اسعار$/.test(w) && CONSUMERS.test(next));

const ASIDE_MAX = 12;
// How many words «أما»'s topic may take before its relative clause («أما التضخم الأساسي الذي …»).
const TOPIC_WORDS = 4;
/** True where the relative word at i follows the topic «أما» opens the sentence with, a few words long. */
const topicOfAmma = (tokens: Token[], i: number): boolean => {
  const first = tokens.findIndex((t) => t.type === 'word');
  return first >= 0 && first < i && i - first <= TOPIC_WORDS + 1 && /^(و|ف)?اما$/.test(tokens[first].norm) && tokens.slice(first + 1, i).every((t) => t.type === 'word');
};
// A relative clause that is only the figure's verb: «الذي بات 0.6%», «التي بلغت 5%».
const OWN_CLAUSE = /^(بات|باتت|بلغ|بلغت|اصبح|اصبحت|وصل|وصلت|سجل|سجلت|استقر|استقرت|صار|صارت|الي|عند)$/;
// «التغير», «التغيّر»: a change named by its noun, neither up nor down.
const CHANGE_NOUN = /^(و|ف)?(ال)?(تغير|تغيير)$/;
// A change's period adjective («الارتفاع الشهري»).
const ADJ_OF_PERIOD = /^(ال)?(شهري|سنوي|فصلي|ربعي)$/;
const GENERAL_INDEX = /^(لل|ال)موشر$/;
const INFLATION_WORD = /^(و|ب|ل)?(ال)?تضخم$/;

/**
 * The relative word that opens a comma-set aside ending at the comma `close` ("، الذي يستثني
 * الغذاء والطاقة،"), when it lies within ASIDE_MAX words with no other break between; else null.
 */
function asideStart(tokens: Token[], stops: Uint8Array, close: number): number | null {
  for (let k = close - 1; k >= Math.max(1, close - ASIDE_MAX); k--) {
    if (stops[k] || tokens[k].type === 'punct') return null;
    if (RELATIVE_PRONOUN.test(tokens[k].norm)) return /^[،,]$/.test(tokens[k - 1]?.raw ?? '') ? k : null;
  }
  return null;
}

// A list of the index's sections opened by a sentence about inflation, its colon last («وتوزعت
// معدلات التضخم في أقسام السلة على النحو التالي:»).
const INFLATION = /^(و|ب|ل)?(ال)?(تضخم)$/;
/** True for a sentence that opens a list of inflation rates. */
export const opensInflationList = (tokens: Token[]): boolean => tokens[tokens.length - 1]?.raw === ':' && tokens.some((t) => t.type === 'word' && INFLATION.test(t.norm));

/** «- النقل: 4.2%» in such a list: the section its label names (food, or another of the index), or null. */
export function sectionOfLabel(label: readonly Token[]): string | null {
  const first = label[0]?.norm ?? '';
  if (FOOD.test(first)) return 'percent:inflation:food';
  return CPI_GROUP.test(first) ? `percent:change:prices:${label[0].bare}:up` : null;
}

/**
 * "percent:inflation:core", "percent:interest:deposit", "percent:growth",
 * "percent:change:revenue:down", "percent:change:currency:جنيه:down", or null: from the words
 * before the figure, back to the previous figure or a full stop (a comma is crossed).
 */
export function economicRate(tokens: Token[], loc: Located, stops: Uint8Array): string | null {
  // «انكمش القطاع النفطي بنسبة 1.7%»: one sector's growth (sector.ts).
  const sector = sectorGrowth(tokens, loc.qFrom);
  if (sector) return sector;
  const foodGroup = foodGroupAfter(tokens, loc.unitEnd);
  if (foodGroup) return foodGroup;
  if (nominalGrowth(tokens, loc.qFrom, stops)) return 'percent:growth:nominal';
  const before: number[] = [];
  let limit = Math.max(0, loc.qFrom - WINDOW);
  for (let i = loc.qFrom - 1; i >= limit && !stops[i]; i--) {
    const t = tokens[i];
    // («معدل البطالة بين الشباب في الفئة العمرية 15-24 عاما بلغ 13%»: the ages of youth, passed over.)
    const ages = youthAgesStart(tokens, i + 1);
    if (ages >= 0) {
      limit = Math.max(0, limit - (i - ages));
      i = ages;
      continue;
    }
    // («البطالة ما زالت عالية بين الشباب …، إذ بلغت 29%»: the group a rate is measured among
    // takes no room of the window either.)
    if (amongAt(tokens, i - 1)) limit = Math.max(0, limit - 2);
    // («في مارس/آذار»، «في مارس (آذار)»: a month named in both calendars is one word to the reader.)
    // (The other name takes no room of the window.)
    if (t.raw === ')' && tokens[i - 2]?.raw === '(' && isMonth(tokens[i - 1])) {
      i -= 2;
      limit = Math.max(0, limit - 3);
      continue;
    }
    if (t.raw === '/' && isMonth(tokens[i - 1]) && isMonth(tokens[i + 1])) {
      limit = Math.max(0, limit - 2);
      continue;
    }
    // («أكتوبر/تشرين الأول»: the other calendar's name in two words.)
    if (tokens[i - 2]?.raw === '/' && isMonth(tokens[i - 3]) && twoWordMonth(tokens, i - 1)) {
      i -= 2;
      limit = Math.max(0, limit - 3);
      continue;
    }
    // («- التضخم الأساسي (باستثناء الغذاء والطاقة): 3.3%»: a list line's label before its colon
    // names the rate, its bracketed aside passed over.)
    if (i === loc.qFrom - 1 && t.raw === ':') continue;
    if (t.raw === ')' && tokens[i + 1]?.raw === ':' && i + 1 === loc.qFrom - 1) {
      const open = tokens.slice(Math.max(0, i - ASIDE_MAX), i).map((x) => x.raw).lastIndexOf('(');
      if (open >= 0) {
        i = Math.max(0, i - ASIDE_MAX) + open;
        limit = Math.max(0, limit - (loc.qFrom - i));
        continue;
      }
    }
    // («عدل المعهد النمو الفصلي من 0.7% إلى 1.1%»: the value it moved from takes no room of the window.)
    if (i === loc.qFrom - 1 && movedFromBefore(tokens, loc.qFrom)) {
      i -= 2;
      limit = Math.max(0, limit - 3);
      continue;
    }
    // («نمو الاقتصاد خلال الربع الأول من العام المالي 2026/2027 إلى 5%»: a period's words take no room of the window.)
    if (inPeriodPhrase(tokens, i)) {
      limit = Math.max(0, limit - 1);
      continue;
    }
    if (t.type === 'punct' && !/^[،,«»"]$/.test(t.raw)) break;
    // "أما التضخم الأساسي، الذي يستثني المواد الغذائية الطازجة والطاقة، فقد بلغ 5.1%": an aside
    // closed by this comma may run past the window; reach its relative word (handled below).
    if (/^[،,]$/.test(t.raw)) limit = Math.min(limit, asideStart(tokens, stops, i) ?? limit);
    // ("عجز المالية العامة، التي يشكل فيها النفط 70%": a relative clause speaks of something else.)
    // («التغير الشهري للأسعار، الذي بات 0.6%»: the relative clause is the figure's own; the rate is named before it.)
    if (RELATIVE_PRONOUN.test(t.norm) && loc.qFrom - i <= 3 && tokens.slice(i + 1, loc.qFrom).every((w) => w.type === 'word' && OWN_CLAUSE.test(w.norm))) continue;
    if (RELATIVE_PRONOUN.test(t.norm)) {
      // "المعدل السنوي للتضخم الأساسي، الذي يستبعد السلع المتقلبة، ارتفع إلى 12.1%": a relative
      // clause set off by commas before the figure's verb is an aside; the rate is named before it.
      // («أما التضخم الأساسي الذي يرصده البنك، فبلغ 2%»: after «أما»'s topic, no comma before it.)
      const opened = (tokens[i - 1]?.raw && /^[،,]$/.test(tokens[i - 1].raw)) || topicOfAmma(tokens, i);
      const aside = opened && before.some((k) => tokens[k + 1]?.type === 'punct' && /^[،,]$/.test(tokens[k + 1].raw));
      if (!aside) break;
      before.length = before.findIndex((k) => tokens[k + 1]?.type === 'punct' && /^[،,]$/.test(tokens[k + 1].raw)) + 1;
      i--;
      limit = Math.max(0, i - WINDOW);
      continue;
    }
    // («البطالة ما زالت تضرب الشباب بقوة، إذ بلغ معدلها 26%»: a rate named by its pronoun is
    // the rate of a noun further back; the window starts again from it.)
    if (RATE_OF_IT.test(t.norm)) limit = Math.max(0, i - 2 * WINDOW);
    if (t.type === 'word') before.push(i);
  }
  const norm = (i: number): string => tokens[i]?.norm ?? '';
  for (const i of before) {
    const rate = RATES.find(([re]) => re.test(norm(i)))?.[1];
    // («تضخم النقل 2.6%»: one group's inflation is the change of its prices, price-groups.ts.)
    // («تضخم قسم النقل»: the index's section named before its group.)
    const cpiGroup = CPI_GROUP.test(norm(i + 1)) ? i + 1 : GROUP_HEAD.test(norm(i + 1)) && CPI_GROUP.test(norm(i + 2)) ? i + 2 : -1;
    if (rate === 'inflation' && cpiGroup > 0 && cpiGroup < loc.qFrom) return `percent:change:prices:${tokens[cpiGroup].bare}:up`;
    // («التضخم غير الأساسي»: the rest of the index, not its core; «متوسط التضخم في الأشهر الاثني عشر»:
    // an average over months, another measure than the month's rate.)
    if (rate === 'inflation' && AVERAGE.test(norm(i - 1))) return 'percent:inflation:average';
    if (rate === 'inflation' && norm(i + 1) === 'غير' && CORE.test(norm(i + 2))) return 'percent:inflation:noncore';
    if (rate === 'inflation') return `percent:inflation${[norm(i + 1), norm(i + 2)].some((w) => CORE.test(w)) ? ':core' : foodPart(tokens, i + 1) || (foodSubject(tokens, i, stops) ? ':food' : '')}`;
    if (rate === 'interest') {
      const kind = before.concat([i + 1, i + 2]).some((k) => DEPOSIT.test(norm(k))) ? ':deposit' : before.concat([i + 1, i + 2]).some((k) => LENDING.test(norm(k))) ? ':lending' : '';
      return `percent:interest${kind}`;
    }
    // («معدل البطالة بين الإناث»: one group's rate, rate-group.ts.)
    const group = rate === 'unemployment' ? rateGroup(tokens, i, loc.qFrom, loc.unitEnd) : null;
    // («ارتفع عجز الميزان التجاري بنسبة 6%»: a gap that moved by a share of itself, no share of the output.)
    if ((rate === 'deficit' || rate === 'surplus') && gapMovedBy(tokens, i, loc)) return `percent:change:${rate}:${DOWN.test(norm(i - 1)) ? 'down' : 'up'}`;
    // («عجز الحساب الجاري 1.1% من الناتج»: the current account's gap, another measure than the budget's.)
    const account = (rate === 'deficit' || rate === 'surplus') && currentAccountAt(tokens, i) ? ':current-account' : '';
    if (rate) return `percent:${rate}${account}${group ? `:among:${group}` : ''}`;
    // "ارتفعت أسعار المواد الغذائية بنسبة 7%"، "زيادة أسعار الغذاء بنحو 10%"، "وسجلت أسعار الطعام
    // زيادة بنسبة 9%": food prices moving, the food part of inflation.
    // («أسعار الغذاء والمشروبات غير الكحولية، التي ارتفعت بنسبة 5.1%»: the prices the relative clause's verb is said of, before its comma.)
    const said = RELATIVE_PRONOUN.test(norm(i - 1)) && /^[،,]$/.test(tokens[i - 2]?.raw ?? '') ? [i - 3, i - 4, i - 5, i - 6, i - 7] : [];
    if ((UP.test(norm(i)) || DOWN.test(norm(i))) && [i + 1, i - 1, i - 2, i - 3, ...said].some((k) => k >= 0 && tokens[k]?.type === 'word' && foodPrices(tokens, k))) return 'percent:inflation:food';
    // "ارتفعت الأسعار في المدن بنسبة 1.2%", "الأسعار ارتفعت 3%": consumer prices, with no product
    // named («أسعار الوقود» is a price of its own), moving: inflation.
    // («أسعار المستهلكين ارتفعت 0.7%», «ارتفع المؤشر العام لأسعار المستهلكين 0.7%»: the noun
    // before the verb, or after it past the index's name.)
    // «التغير الشهري للأسعار»: the change of consumer prices is inflation, whichever way it went.
    if (CHANGE_NOUN.test(norm(i)) && [i + 1, i + 2].some((k) => k < loc.qFrom && tokens.slice(i, k + 1).every((w) => w.type === 'word') && consumerPrices(norm(k), norm(k + 1)))) return 'percent:inflation';
    // («معدل الارتفاع الشهري للأسعار»: the change's period adjective between it and the prices.)
    // («وتراجع الارتفاع الشهري للمؤشر العام إلى 0.4%»: the general index, in a sentence of inflation.)
    const past = ADJ_OF_PERIOD.test(norm(i + 1)) ? [i + 2] : [];
    const pricesAt = (k: number): boolean => consumerPrices(norm(k), norm(k + 1)) || (GENERAL_INDEX.test(norm(k)) && norm(k + 1) === 'العام' && tokens.some((t) => INFLATION_WORD.test(t.norm)));
    if ((UP.test(norm(i)) || DOWN.test(norm(i))) && [i + 1, i - 1, i - 2, i + 3, ...past].some((k) => k >= 0 && k < loc.qFrom && tokens.slice(Math.min(i, k), Math.max(i, k) + 1).every((w) => w.type === 'word') && pricesAt(k))) return 'percent:inflation';
    if (UP.test(norm(i)) || DOWN.test(norm(i))) {
      const change = changeAt(tokens, i, loc.qFrom);
      if (change !== undefined) return change;
    }
    // "يتوقع أن يبلغ النمو 3.1%"، "بعد نمو فعلي قدره 4%": growth named alone is the economy's (a
    // growth of something else names it right after: "نمو المبيعات"). Not the object of a verb,
    // "تستهدف الوزارة نموا بنسبة 4%": one speaker's target or forecast, which the words do not
    // tell from another's (measured: it mixed a government's target with the IMF's forecast).
    // («لتبلغ 35.8 مليار دولار بنمو نسبته 3.7%»: right after a sum, the growth is that sum's.)
    if (GROWTH_NOUN.test(norm(i)) && !afterSum(tokens, i) && growthAlone(tokens, i, loc.qFrom)) return 'percent:growth';
  }
  // «ارتفعت أسعار النقل 0.9%»: one group's prices (price-groups.ts).
  return groupPriceChange(tokens, loc.qFrom, stops, directionOf);
}

/**
 * True where the gap at `gap` is the subject of a verb of moving right before it («ارتفع العجز»,
 * «تقلص الفائض») and the figure is what it moved by («بنسبة 6%», «بـ6%»), with no output it
 * would be a share of after the figure («من الناتج»).
 */
function gapMovedBy(tokens: Token[], gap: number, loc: Located): boolean {
  const verb = tokens[gap - 1]?.norm ?? '';
  if (!(UP.test(verb) || DOWN.test(verb) || WIDENED.test(verb))) return false;
  const by = tokens[loc.qFrom - 1]?.norm ?? '';
  if (!/^(ب|بـ|بنسبه|نسبته|بنحو)$/.test(by)) return false;
  return !(tokens[loc.unitEnd]?.norm === 'من' && ECONOMY.test(tokens[loc.unitEnd + 1]?.norm ?? ''));
}

// («واصلت الأسعار تراجعها»: the noun with its pronoun.)
const directionOf = (w: string): Direction | null => {
  const bare = w.replace(/ها$/, '');
  return UP.test(w) || UP.test(bare) ? 'up' : DOWN.test(w) || DOWN.test(bare) ? 'down' : null;
};

const GROWTH_NOUN = /^(و|ف|ب|ل|لل)?(ال)?نمو$/;
// «بنمو اسمي نسبته 5.6%», «نموا اسميا بنسبة 5.6%»: growth at current prices, prices' rise and all —
// another measure than the real growth the news gives.
const GROWTH_WORD = /^(و|ف|ب|ل|لل)?(ال)?(نمو|نموا|نما|نمت)$/;
const NOMINAL = /^(ال)?(اسمي|اسميا)$/;
function nominalGrowth(tokens: Token[], qFrom: number, stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i > 0 && i >= qFrom - WINDOW && !stops[i] && tokens[i].type === 'word'; i--) if (NOMINAL.test(tokens[i].norm) && GROWTH_WORD.test(tokens[i - 1].norm)) return true;
  return false;
}
/** A scale or a currency word as the quantities' lexicon knows it («مليار», «دولارا»). */
const isSumWord = (t: Token | undefined): boolean => {
  const hit = t?.type === 'word' ? lookup(t.norm) : undefined;
  return !!hit && hit.proclitics === '' && (hit.lex.scale !== undefined || hit.lex.currency !== undefined);
};
/** «35.8 مليار دولار بنمو …»: a growth noun with «ب» right after a sum or a number. */
// («إلى 96 ألف سيارة بنمو 18%»: or after a count and its noun, the growth of what it counts.)
const afterSum = (tokens: Token[], i: number): boolean => /^ب/.test(tokens[i].norm) && (tokens[i - 1]?.type === 'num' || isSumWord(tokens[i - 1]) || (tokens[i - 1]?.type === 'word' && tokens[i - 2]?.type === 'num'));
// What may follow growth named alone: an adjective of the rate ("الفعلي"، "المتوقع"، "السنوي"),
// or the words that lead to its value ("بنسبة"، "بلغ"، "عند").
const GROWTH_ADJECTIVE = /^(ال)?(فعلي|متوقع|مستهدف|سنوي|حقيقي|فصلي|ربعي|مرتقب|منتظر)(ه|ا)?$/;
const TO_VALUE = /^(ب|بـ)?(نسبه|نسبته|بنسبه|معدل|بمعدل|بلغ|بلغت|يبلغ|تبلغ|البالغ|البالغه|عند|الى|الي|قدره|بحدود|حدود|نحو|حوالي|قرابه|يصل|سيبلغ)$/;

/** The growth noun at `i` names no thing of its own: the figure, an adjective of the rate or the words to its value follow. */
function growthAlone(tokens: Token[], i: number, qFrom: number): boolean {
  let inPeriod = false;
  for (let k = i + 1; k < qFrom; k++) {
    const t = tokens[k];
    // («بلغ النمو خلال الأشهر التسعة الأولى من السنة 1.9%»: the period it is of, read later, period.ts.)
    if (/^(خلال|في)$/.test(t.norm) && PERIOD_WORD.test(tokens[k + 1]?.norm ?? '')) inPeriod = true;
    // («نمو الربع الأول من العام إلى 2.8%»: the period in construct right after the noun.)
    if (k === i + 1 && /^ال(ربع|نصف)$/.test(t.norm)) inPeriod = true;
    // («النمو الفصلي من 0.7% إلى 1.1%»: the value it moved from, then the one it moved to.)
    if (k === qFrom - 3 && movedFromBefore(tokens, qFrom)) return true;
    if (inPeriod && (/^(خلال|في|من)$/.test(t.norm) || PERIOD_WORD.test(t.norm) || (t.type === 'num' && /^(19|20)\d\d$/.test(t.norm)))) continue;
    // («نمو الربع الثاني على أساس سنوي من …», «النمو الفصلي لهذا الربع»: its base, or its period pointed back to.)
    if (t.norm === 'علي' && tokens[k + 1]?.norm === 'اساس' && tokens[k + 2]?.type === 'word') {
      k += 2;
      continue;
    }
    if (/^(لذلك|لهذا|لتلك|لهذه)$/.test(t.norm) && PERIOD_WORD.test(tokens[k + 1]?.norm ?? '')) {
      k++;
      continue;
    }
    if (t.type !== 'word') return false;
    if (GROWTH_ADJECTIVE.test(t.norm) || /^(ال)?اقتصادي(ه)?$/.test(t.norm)) continue;
    return TO_VALUE.test(t.norm);
  }
  return true;
}
/** Token i is a word of a quarter's, half's or months' period phrase after «خلال/في» («خلال الربع الأول من العام المالي 2026/2027», «خلال الأشهر التسعة الأولى من العام»). */
function inPeriodPhrase(tokens: Token[], i: number): boolean {
  let k = i;
  while (k > 0 && k > i - PERIOD_PHRASE_WORDS && (PERIOD_WORD.test(tokens[k].norm) || FISCAL.test(tokens[k].norm) || tokens[k].norm === 'من' || tokens[k].raw === '/' || (tokens[k].type === 'num' && /^(19|20)\d\d$/.test(tokens[k].norm)))) k--;
  return k < i && /^(خلال|في)$/.test(tokens[k]?.norm ?? '') && /^ال(ربع|نصف|اشهر|شهور)$/.test(tokens[k + 1]?.norm ?? '');
}
const FISCAL = /^(ال)?(مالي|ماليه)$/;
const PERIOD_PHRASE_WORDS = 10;
// The words of a period («الأشهر التسعة الأولى من السنة», «الربع الثالث من العام الجاري»).
const PERIOD_WORD = /^(ال)?(اشهر|شهور|شهر|ربع|نصف|عام|سنه|الاول|اولي|ثاني|ثالث|رابع|ثلاثه|سته|تسعه|ماضي|جاري|حالي)$/;

/**
 * The change a verb or noun of rising or falling at `moved` names, from the thing beside it:
 * null for an earlier change it is compared with ("مقارنة بارتفاع 3%"), undefined where it
 * names nothing known.
 */
function changeAt(tokens: Token[], moved: number, qFrom: number): string | null | undefined {
  const norm = (i: number): string => tokens[i]?.norm ?? '';
  if (/^(مقارنه|بالمقارنه|مقابل)$/.test(norm(moved - 1))) return null;
  const direction = DOWN.test(norm(moved)) ? 'down' : 'up';
  // "نمو الاقتصاد بنسبة 3%"، "تراجع نمو الاقتصاد إلى 0.7%": a rate of growth; "انكماش" its fall.
  const growthWord = /(نمو|نما|نمت)$/.test(norm(moved));
  // "تراجعت الإيرادات بنسبة"، "انخفاض قيمة الجنيه بنسبة"، "الإيرادات تراجعت 40%".
  // («ارتفعت أسعار مجموعة "الإيجارات" بنسبة 3%»: a group's name in quotation marks, the marks passed over.)
  const words = (from: number, step: 1 | -1, n: number): number[] => {
    const out: number[] = [];
    for (let k = from; k >= 0 && k < qFrom && out.length < n; k += step) {
      if (tokens[k].type === 'word') out.push(k);
      else if (!isQuoteMark(tokens[k])) break;
    }
    return out;
  };
  const [a1, a2, a3] = words(moved + 1, 1, 3);
  const [b1, b2] = words(moved - 1, -1, 2);
  const near = [a1, b1, a2, b2, a3].filter((k): k is number => k !== undefined);
  // «الناتج المحلي الإجمالي بالأسعار الثابتة نما بنسبة 3.4%»: the output named with its definite
  // adjectives before the verb.
  // («وكان الناتج المحلي قد سجل نموا بنسبة 3.4%»: or the subject of the verb recording the growth.)
  const recordedAt = RECORDED_GROWTH.test(norm(moved - 1)) ? (norm(moved - 2) === 'قد' ? moved - 2 : moved - 1) : -1;
  const output = outputBefore(tokens, moved) ?? (recordedAt > 0 ? outputBefore(tokens, recordedAt) : null);
  if (output) near.unshift(output);
  // («لترتفع حصتها من الناتج إلى 61.7%»: a share of the output that rose, no growth of it; «لتنخفض
  // نسبة تغطية الصادرات للواردات إلى 72%»: a ratio that fell, no fall of the exports.)
  if (/^(نسبه|حصه|حصتها|حصته|نصيب|نصيبها|نصيبه|مساهمه|مساهمتها|مساهمته|وزن|وزنها|وزنه)$/.test(norm(moved + 1))) return null;
  for (const k of near) {
    if (ECONOMY.test(norm(k))) return growthWord || direction === 'up' ? 'percent:growth' : 'percent:growth:down';
    const changed = CHANGED.find(([re]) => re.test(norm(k)))?.[1];
    if (!changed) continue;
    // ("12 مليار ريال بارتفاع 5%"، "تراجع 0.4% أمام الدولار": a unit of a sum or the currency
    // a move is measured against, not the one that moved.)
    if (changed === 'currency' && (tokens[k - 1]?.type === 'num' || /^(مليار|مليون|الف|الاف|مليارات|ملايين|امام|مقابل)$/.test(norm(k - 1)))) continue;
    if (changed === 'currency') return `percent:change:currency:${tokens[k].stem}:${direction}`;
    return `percent:change:${changed}:${direction}`;
  }
  // («مجموعة "الإيجارات"، التي ارتفعت أسعارها بنسبة 7%»: a relative clause's verb moves the thing named before it.)
  if (/^(التي|الذي)$/.test(norm(moved - 1))) {
    for (let k = moved - 2; k >= Math.max(0, moved - RELATIVE_REACH); k--) {
      if (tokens[k].type === 'punct' && !/^[،,]$/.test(tokens[k].raw) && !isQuoteMark(tokens[k])) break;
      const changed = tokens[k].type === 'word' ? CHANGED.find(([re]) => re.test(norm(k)))?.[1] : undefined;
      if (changed && changed !== 'currency') return `percent:change:${changed}:${direction}`;
      if (tokens[k].type === 'word') break;
    }
  }
  // «رفعت قيمة الواردات إلى 90,2 مليار، أي بزيادة 4,3%»: «أي» restates the rise of the thing the
  // clause before it named.
  if (norm(moved - 1) === 'اي') {
    for (let k = moved - 2; k >= Math.max(0, moved - RESTATED_REACH); k--) {
      if (tokens[k].type === 'punct' && !/^[،,]$/.test(tokens[k].raw)) break;
      const changed = tokens[k].type === 'word' ? CHANGED.find(([re]) => re.test(norm(k)))?.[1] : undefined;
      if (changed && changed !== 'currency') return `percent:change:${changed}:${direction}`;
    }
  }
  return undefined;
}
// How far back from «أي» the restated thing may be named.
const RESTATED_REACH = 10;
// How far back from a relative pronoun its noun may stand (past a comma and quotation marks).
const RELATIVE_REACH = 5;

// A verb that records a change as its object («سجل الناتج نموا», «حقق الاقتصاد نموا»).
const RECORDED_GROWTH = /^(و|ف)?(سجل|سجلت|حقق|حققت|شهد|شهدت)$/;
// Output («الناتج»), the head of a GDP's name however many adjectives follow it.
const OUTPUT = /^(و|ف|ب|ل|لل)?(ال)?ناتج$/;
const OUTPUT_REACH = 7;
/** The output named right before a verb at `moved` with nothing but definite adjectives between («الناتج المحلي الإجمالي بالأسعار الثابتة نما»), or null. */
function outputBefore(tokens: Token[], moved: number): number | null {
  for (let k = moved - 1; k >= Math.max(0, moved - OUTPUT_REACH); k--) {
    const t = tokens[k];
    if (t.type !== 'word') return null;
    // («الاقتصاد الكندي حقق نموا»: the economy, as its output.)
    if (OUTPUT.test(t.norm) || ECONOMY.test(t.norm)) return k;
    // («سجل الناتج المحلي في البلاد نموا»: where, between the output and its growth.)
    if (tokens[k - 1]?.norm === 'في' && !/^(ب|ل)?(ال|لل)/.test(t.norm)) {
      k--;
      continue;
    }
    if (!/^(ب|ل)?(ال|لل)/.test(t.norm) && t.norm !== 'في') return null;
  }
  return null;
}

// «بنحو», «بحوالي», «بقرابة»: «by» and an approximation in one word.
const BY_ABOUT = /^ب(نحو|حوالي|قرابه|زهاء)$/;
// A deficit or a gap that widened moved up («اتسع العجز»).
const WIDENED = /^(و|ف|ل)?(اتسع|اتسعت|يتسع|تتسع|اتساع)$/;
// How many words the verb's subject may take before the amount («اتسع العجز التجاري للبلاد بنحو …»).
const BY_SUBJECT_WORDS = 5;
// Words between a change and its amount: "بمقدار نحو"، "بزيادة قدرها"، "بانخفاض بلغ".
const FILLER = /^(نحو|حوالي|قرابه|ما|يقارب|قدره|قدرها|بلغ|بلغت|تبلغ|يبلغ|تقدر|يقدر|ب|بـ|اكثر|اقل|من)$/;

/**
 * ":change:up"/":change:down" for a sum that is the amount a sum moved by, not its level:
 * "انخفضت الإيرادات بمقدار 2 مليار"، "بزيادة قدرها 500 مليون"، "بارتفاع 3 مليارات"; '' else.
 */
export function changeOfSum(tokens: Token[], loc: Located): string {
  let i = loc.qFrom - 1;
  // («اتسع العجز بنحو 11 مليارا»: «by» written on the approximation.)
  let by = BY_ABOUT.test(tokens[loc.qFrom]?.norm ?? '');
  while (i >= 0 && loc.qFrom - i <= 4 && tokens[i]?.type === 'word' && (FILLER.test(tokens[i].norm) || BY_ABOUT.test(tokens[i].norm))) {
    if (/^(ب|بـ)$/.test(tokens[i].norm) || BY_ABOUT.test(tokens[i].norm)) by = true;
    i--;
  }
  const t = tokens[i];
  if (!t || t.type !== 'word') return '';
  // "بزيادة"، "بارتفاع"، "بانخفاض" right before the amount.
  if (/^ب/.test(t.norm) && (UP.test(t.norm) || DOWN.test(t.norm))) return DOWN.test(t.norm) ? ':change:down' : ':change:up';
  // «واتسع العجز بـ9 مليارات», «ارتفعت الإيرادات بنحو 2 مليار»: a verb of change, its subject,
  // then the amount it moved «by».
  if (by) {
    for (let k = i; k >= Math.max(0, i - BY_SUBJECT_WORDS); k--) {
      if (tokens[k].type !== 'word') break;
      if (UP.test(tokens[k].norm) || WIDENED.test(tokens[k].norm)) return ':change:up';
      if (DOWN.test(tokens[k].norm)) return ':change:down';
    }
  }
  if (!/^(ب)?مقدار$/.test(t.norm)) return '';
  // "بمقدار": the verb of the change a few words back says which way.
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (tokens[k].type !== 'word') break;
    if (UP.test(tokens[k].norm)) return ':change:up';
    if (DOWN.test(tokens[k].norm)) return ':change:down';
  }
  return ':change';
}
