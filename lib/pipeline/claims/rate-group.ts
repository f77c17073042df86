// The people a labour-market rate is measured among: «معدل البطالة بين الذكور 16.3%»,
// «بطالة الشباب 39%», «مقابل 28.1% بين الإناث», «وبين الإناث 27.6%». A survey gives the rate
// of the whole labour force and of its groups in one release; each group's rate is a figure of
// its own (`:among:<group>`), never the headline rate nor another group's.

import type { Token } from '../text/tokens';
import { isNationalityUnit } from './nationality-part';

// The groups a labour-force survey breaks its rates down by («الذكور», «النساء», «الشباب», «الخريجين»).
const GROUPS: [RegExp, string][] = [
  [/^(و|ل|لل)?(ال)?(ذكور|رجال)$/, 'men'],
  [/^(و|ل|لل)?(ال)?(اناث|نساء)$/, 'women'],
  [/^(و|ل|لل)?(ال)?(شباب|شبان)$/, 'youth'],
  [/^(و|ل|لل)?(ال)?(خريجين|خريجي|جامعيين)$/, 'graduates'],
];
// «بين الذكور», «لدى النساء», «في صفوف الشباب», «في أوساط الخريجين», «عند الإناث».
const AMONG = /^(و)?(بين|لدي|عند|وسط|صفوف|اوساط)$/;

/** A concept's group at its end, with the ages of youth where not the standard ones (":among:youth-15-29", ":among:youth-under-30"). */
export const AMONG_GROUP = /:among:([a-z]+)(?:-(\d+)-(\d+)|-under-(\d+))?$/;

/** How a label names each group («معدل البطالة بين الإناث»). */
export const GROUP_NAMES: Readonly<Record<string, string>> = { men: 'الذكور', women: 'الإناث', youth: 'الشباب', graduates: 'الخريجين' };

// «حاملي الشهادات العليا»: the holders of degrees are the graduates.
const HOLDERS = /^(و|ل|لل)?(ال)?(حاملي|حمله)$/;
const DEGREES = /^(ال)?(شهادات|شهاده|دبلومات)$/;
// «الفنلنديات», «المواطنات»: a nationality's (or the citizens') women, by the feminine plural.
const CITIZEN_WOMEN = /^(و|ل|لل)?(ال)?مواطنات$/;
const NATIONALITY_WOMEN = /^(?:و|ل|لل)?(?:ال)?(\S+ي)ات$/;
const nationalityWomen = (t: Token): boolean => {
  const adjective = NATIONALITY_WOMEN.exec(t.norm)?.[1];
  return CITIZEN_WOMEN.test(t.norm) || (!!adjective && isNationalityUnit(adjective));
};
const groupOf = (t: Token | undefined, next?: Token): string | null => {
  if (t?.type !== 'word') return null;
  if (HOLDERS.test(t.norm) && DEGREES.test(next?.norm ?? '')) return 'graduates';
  return GROUPS.find(([re]) => re.test(t.norm))?.[1] ?? (nationalityWomen(t) ? 'women' : null);
};

/** «بين الإناث» (or «في صفوف الشباب») starting at token k: the group, or null. */
export function amongAt(tokens: Token[], k: number): string | null {
  if (!AMONG.test(tokens[k]?.norm ?? '')) return null;
  return groupOf(tokens[k + 1], tokens[k + 2]);
}

// How far before a count of the unemployed its group may be named («عدد العاطلين من حاملي الشهادات العليا بنحو»).
const COUNT_GROUP_REACH = 8;

/**
 * The group a count of the unemployed is of: «عدد العاطلين من حاملي الشهادات العليا بنحو 185
 * ألفا», «العاطلين بين الشباب», «و40 ألفا من الخريجين» — named with «من» or «بين» after the noun,
 * before the figure in its clause (from `clauseFrom`) or right after it; null for all of them.
 */
export function countGroup(tokens: Token[], clauseFrom: number, qFrom: number, unitEnd: number): string | null {
  const among = (k: number): string | null => (/^(من|بين|لدي|وسط|صفوف|اوساط)$/.test(tokens[k]?.norm ?? '') ? groupOf(tokens[k + 1], tokens[k + 2]) : null);
  for (let k = qFrom - 2; k >= Math.max(clauseFrom, qFrom - COUNT_GROUP_REACH); k--) {
    const group = among(k);
    if (group) return group;
  }
  return among(unitEnd);
}

// «العاطلين المسجلين لدى مكاتب التشغيل»: the unemployed on an employment office's register, a
// count of its own beside a labour survey's unemployed.
const REGISTERED = /^(ال)?(مسجلين|مسجلون|مسجلات)$/;
const REGISTERED_AFTER = 3;

/** A count of the unemployed that names them registered, before the figure in its clause or right after it. */
export function registeredUnemployed(tokens: Token[], clauseFrom: number, qFrom: number, unitEnd: number): boolean {
  for (let k = qFrom - 1; k >= Math.max(clauseFrom, qFrom - COUNT_GROUP_REACH); k--) if (REGISTERED.test(tokens[k].norm)) return true;
  return tokens.slice(unitEnd, unitEnd + REGISTERED_AFTER).some((t) => REGISTERED.test(t.norm));
}

/**
 * The group named between the rate's noun at `noun` and the figure («معدل البطالة بين الذكور بلغ»,
 * «بطالة الشباب»: the group right after the noun), or right after the figure («28.1% بين الإناث»).
 */
export function rateGroup(tokens: Token[], noun: number, qFrom: number, unitEnd: number): string | null {
  const construct = groupOf(tokens[noun + 1], tokens[noun + 2]);
  if (construct) return withAges(tokens, construct, noun + 1, qFrom);
  for (let k = noun + 1; k < qFrom; k++) {
    const group = amongAt(tokens, k);
    if (group) return withAges(tokens, group, k + 1, qFrom);
  }
  const after = amongAt(tokens, unitEnd);
  return after ? withAges(tokens, after, unitEnd + 1, unitEnd + AGES_REACH) : youthBracketAt(tokens, unitEnd);
}

// The ages of a labour survey's youth: its brackets lie between 15 and 29 (the ILO's 15–24, and
// the 15–29 of some surveys); a bracket outside them is of other ages.
const YOUTH_FROM = 15;
const YOUTH_TO = 29;
/**
 * «26% لدى الفئة العمرية بين 16 و24 عاما»: a bracket of youth's ages named with «بين»/«لدى»
 * right after the figure, with no group's word — youth of those ages, or null.
 */
function youthBracketAt(tokens: readonly Token[], k: number): string | null {
  if (!AMONG.test(tokens[k]?.norm ?? '')) return null;
  for (let end = k + 3; end <= Math.min(k + AGES_REACH, tokens.length); end++) {
    if (ageBracketStart(tokens, end) !== k + 1) continue;
    const ages = tokens.slice(k + 1, end).filter((t) => t.type === 'num').map((t) => Number(t.norm));
    return ages.length === 2 && ages[0] >= YOUTH_FROM && ages[1] <= YOUTH_TO && ages[0] < ages[1] ? youthOfAges(tokens, k + 1, end) : null;
  }
  return null;
}

// «في الفئة العمرية 15-24 عاما», «من 15 إلى 24 عاما»: the ages a group's rate is measured among.
const YEARS_OF_AGE = /^(عاما|عام|سنه|سنوات|سنة)$/;
const AGE_GROUP = /^(ال)?(عمريه|اعمار)$/;
const BETWEEN_AGES = /^(-|–|الي|و|من|بين)$/;
const UNDER = /^(دون|تحت|اقل)$/;
// «تتراوح أعمارهم بين 16 و24 عاما»: a group's ages told by a clause of their own.
export const AGES_RANGE = /^(تتراوح|يتراوح|تراوحت|تراوح)$/;
export const THEIR_AGES = /^(اعمارهم|اعمارهن|اعمارهما|اعمارها)$/;
/** Where an age bracket ending right before `end` starts («الفئة العمرية 15-24 عاما», «في الفئة العمرية من 15 إلى 24 عاما»), or -1. */
function ageBracketStart(tokens: readonly Token[], end: number): number {
  if (!YEARS_OF_AGE.test(tokens[end - 1]?.norm ?? '')) return -1;
  let k = end - 2;
  let numbers = 0;
  while (k >= 0 && (tokens[k].type === 'num' || BETWEEN_AGES.test(tokens[k].raw) || BETWEEN_AGES.test(tokens[k].norm))) {
    if (tokens[k].type === 'num') numbers++;
    k--;
  }
  // («الشباب دون 25 عاما», «تحت 25 عاما», «أقل من 25 عاما»: one age they are under.)
  if (numbers === 1 && UNDER.test(tokens[k]?.norm ?? '') && (tokens[k].norm !== 'اقل' || tokens[k + 1]?.norm === 'من')) return k;
  // («الشباب من 15 إلى 24 عاما»: two ages from «من» or «بين» name the bracket without «الفئة العمرية».)
  // («الشباب الذين تتراوح أعمارهم بين 16 و24 عاما»: or a relative clause of their ages.)
  if (numbers === 2 && /^(من|بين)$/.test(tokens[k + 1]?.norm ?? '') && THEIR_AGES.test(tokens[k]?.norm ?? '') && AGES_RANGE.test(tokens[k - 1]?.norm ?? '')) return /^(الذين|اللواتي|اللاتي)$/.test(tokens[k - 2]?.norm ?? '') ? k - 2 : k - 1;
  if (numbers === 2 && /^(من|بين)$/.test(tokens[k + 1]?.norm ?? '') && !AGE_GROUP.test(tokens[k]?.norm ?? '')) return k + 1;
  if (numbers === 0 || !AGE_GROUP.test(tokens[k]?.norm ?? '')) return -1;
  // («في الفئة العمرية»: the words that open it.)
  while (k > 0 && /^(في|من|ال|الفيه|فيه|الفئه)$/.test(tokens[k - 1].norm)) k--;
  return k;
}

// How many tokens a group's ages may take after it («في الفئة العمرية من 15 إلى 24 عاما»).
const AGES_REACH = 10;
// The UN's and the ILO's youth are of 15 to 24: youth of no ages named are these.
const STANDARD_YOUTH = '15-24';
const UNDER_STANDARD_YOUTH = '25';
/** Youth of the ages of the bracket from `start` to `end`: "youth", or "youth-15-29" for other ages. */
function youthOfAges(tokens: readonly Token[], start: number, end: number): string {
  const ages = tokens.slice(start, end).filter((t) => t.type === 'num').map((t) => t.norm).join('-');
  // (Youth under 25 are those of 15 to 24.)
  if (UNDER.test(tokens[start]?.norm ?? '')) return ages === UNDER_STANDARD_YOUTH ? 'youth' : `youth-under-${ages}`;
  return ages === STANDARD_YOUTH ? 'youth' : `youth-${ages}`;
}

/**
 * The youth of a survey are of the ages it names («الشباب في الفئة العمرية 15-29 عاما» and «الشباب
 * من 15 إلى 24 عاما» are two groups, with two rates): the group with the ages of a bracket right
 * after its word at `at`, ending by `limit` ("youth-15-29"), or the group as it is.
 */
function withAges(tokens: readonly Token[], group: string, at: number, limit: number): string {
  if (group !== 'youth') return group;
  for (let end = at + 3; end <= Math.min(limit, tokens.length); end++) {
    const start = youthAgesStart(tokens, end);
    if (start > at && start <= at + 2) return youthOfAges(tokens, start, end);
  }
  return group;
}

/**
 * Where the ages that define youth start, before `end` («الشباب في الفئة العمرية 15-24 عاما»,
 * «الشباب الفنلنديين من 15 إلى 24 عاما»), or -1. Another group's ages narrow it («الإناث في الفئة
 * العمرية 20-24 سنة» are some of the women): not passed over.
 */
export function youthAgesStart(tokens: readonly Token[], end: number): number {
  const start = ageBracketStart(tokens, end);
  if (start < 0) return -1;
  const named = isNationalityUnit(tokens[start - 1]?.type === 'word' ? tokens[start - 1].norm : null) ? start - 2 : start - 1;
  return groupOf(tokens[named]) === 'youth' ? start : -1;
}

/** A list's next item, «وبين الإناث 27.6%» or «28.1% بين الإناث», with no rate noun of its own: its group, or null. */
export function groupItem(tokens: Token[], qFrom: number, unitEnd: number): string | null {
  // («وبين الإناث إلى 27.6%», «وبين الإناث عند 27.6%»: the verb's preposition before the figure.)
  let at = /^(الي|عند|ب)$/.test(tokens[qFrom - 1]?.norm ?? '') ? qFrom - 1 : qFrom;
  // («وترتفع بين الشباب في الفئة العمرية 15-24 عاما إلى 16.4%»: past the group's ages; «بين الذكور
  // الفنلنديين 5.3%»: past a nationality's adjective.)
  const figureAt = at;
  const ages = youthAgesStart(tokens, at);
  if (ages >= 0) at = ages;
  if (isNationalityUnit(tokens[at - 1]?.type === 'word' ? tokens[at - 1].norm : null) && tokens[at - 2]?.type === 'word') at--;
  // («ولدى الرجال، التي باتت 13.3%»: a relative clause of the rate between the group and the figure.)
  const relative = tokens[at - 1]?.type === 'word' && /^(التي|الذي)$/.test(tokens[at - 2]?.norm ?? '') && /^[،,]$/.test(tokens[at - 3]?.raw ?? '');
  const before = amongAt(tokens, at - 2) ?? (relative ? amongAt(tokens, at - 5) : null);
  if (before) return ages >= 0 && before === 'youth' ? youthOfAges(tokens, ages, figureAt) : before;
  const after = amongAt(tokens, unitEnd);
  return after && withAges(tokens, after, unitEnd + 1, unitEnd + AGES_REACH);
}
