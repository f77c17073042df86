// Which sum of money a figure is: a deal, a tranche, a deposit, a loan, a price — from the cue
// words around it. A sum with no such word is no clear topic.

import { isComma, type Token } from '../text/tokens';
import type { Located } from './locate';
import { stem, STOPWORDS } from '../text/normalize';
import { currentAccountAt, isMonth, twoWordMonth } from './rates';
import { entityType, findEntities } from '../text/entities';

// Cue words before or after a sum of money that say which sum it is.
const MONEY_CUES: [string[], string][] = [
  // "تسلمت كندا 5 مليارات": a sum received is a tranche of the deal.
  // («صندوق النقد يفرج عن 190 مليون دولار»: a sum released is a tranche too.)
  [['دفعه', 'شريحه', 'قسط', 'تسلمت', 'تسلم', 'استلمت', 'تستلم', 'ستتسلم', 'تتسلم', 'تستقبل', 'استقبلت', 'يفرج', 'افرج', 'الافراج'], 'money:tranche'],
  // With and without the article: "ودائع" loses its و to the conjunction rule, "الودائع" keeps it.
  [['وديعه', 'ودايع', 'ودائع', 'الودائع', 'الوديعه'], 'money:deposit'],
  [['حقوق'], 'money:rights'],
  [['قرض', 'قرضا', 'قروض', 'قروضا', 'القرض', 'تمويل', 'تمويلا', 'تمويلات'], 'money:loan'],
  [['استثمار', 'استثمارات', 'صفقه', 'قيمه', 'تكلفه', 'اجمالي', 'بقيمه', 'تستثمر', 'يستثمر', 'ستستثمر', 'سيستثمر'], 'money:deal'],
];
// Cue verbs ("تسلمت 5 مليارات"): they say what happened to a sum, not which sum it is.
const MONEY_VERBS = /^(و|ف)?(س)?(تسلمت|تسلم|تتسلم|استلمت|تستلم|تستقبل|استقبلت|تستثمر|يستثمر)$/;
// One sum a part is taken from ("من الوديعة", "من الدفعة الأولى", "من صفقة").
const SINGULAR_SUMS = /^(ال)?(وديعه|دفعه|شريحه|قسط|صفقه)$/;
// What kind of sum an economy's figure is, by the noun of the sentence ("إيرادات القناة بلغت …
// بقيمة", "صافي أرباح الشركة", "احتياطي النقد الأجنبي"): revenue, profit, a loss, reserves, a
// debt, exports, imports, a budget or its deficit, income — each another figure than the others
// and than a deal's value, whatever "بقيمة"/"إجمالي" stands beside it.
// («العائد للمساهمين»: a singular «عائد» is "attributable", only the plural is revenue.)
const MONEY_KINDS: [RegExp, string][] = [
  [/^(و|ف|ب|ل)?(ال|لل)?(ايرادات|ايراد|عايدات|مداخيل)(ها|ه|هم)?$/, 'money:revenue'],
  // ("ربح جائزة": a bare «ربح» is also "won".)
  [/^(و|ف|ب|ل)?((ال|لل)?(ارباح|ارباحا|ربحا)(ها|ه|هم)?|(ال|لل)ربح)$/, 'money:profit'],
  [/^(و|ف|ب|ل)?(ال|لل)?(خساير|خساره|خسائر)(ها|ه|هم)?$/, 'money:loss'],
  [/^(و|ف|ب|ل)?(ال|لل)?(احتياطي|احتياطيات|احتياطات)(ها|ه|هم)?$/, 'money:reserves'],
  [/^(و|ف|ب|ل)?(ال|لل)?(ديون|مديونيه|دين)(ها|ه)?$/, 'money:debt'],
  [/^(و|ف|ب|ل)?(ال|لل)?(صادرات)(ها|ه)?$/, 'money:exports'],
  [/^(و|ف|ب|ل)?(ال|لل)?(واردات)(ها|ه)?$/, 'money:imports'],
  [/^(و|ف|ب|ل)?(ال|لل)?(عجز|عجزا)(ها|ه)?$/, 'money:deficit'],
  // («فائض الميزان التجاري»: the surplus, another figure than a deficit or the trade itself.)
  [/^(و|ف|ب|ل)?(ال|لل)?(فايض|فايضا)(ها|ه)?$/, 'money:surplus'],
  [/^(و|ف|ب|ل)?(ال|لل)?(موازنه|ميزانيه|موازنت|ميزانيت)(ها|ه)?$/, 'money:budget'],
  // A budget's spending («النفقات»، «المصروفات»، «الإنفاق»): another figure than its revenue or its total.
  [/^(و|ف|ب|ل)?(ال|لل)?(نفقات|مصروفات|انفاق)(ها|ه)?$/, 'money:spending'],
  // A bank's or a sector's assets and the credit it extended («إجمالي أصول القطاع المصرفي»،
  // «الائتمان الممنوح للقطاع الخاص»): each another sum than a deal's value.
  [/^(و|ف|ب|ل)?(ال|لل)?(اصول|موجودات)(ها|ه)?$/, 'money:assets'],
  [/^(و|ف|ب|ل)?(ال|لل)?(ايتمان|ائتمان)$/, 'money:credit'],
  // ("دخل" alone is also "entered": only with the article.)
  [/^(و|ف|ب|ل)?(ال|لل)(دخل)$/, 'money:income'],
  // An economy's output («الناتج المحلي الإجمالي»): never a price, whatever «بالأسعار الجارية» says.
  [/^(و|ف|ب|ل)?(ال|لل)(ناتج)$/, 'money:gdp'],
  // Money sent home by workers abroad («التحويلات النقدية»، «تحويلات المغتربين»).
  [/^(و|ف|ب|ل)?(ال|لل)?(تحويلات)(ها|ه|هم)?$/, 'money:remittance'],
];
// What a sum is by its role in the story, named by the noun or verb beside it: a court's fine
// («غرامة»، «غرّمت المحكمة …»، «بتغريمه»), bail («بكفالة»: with «ب» only, «كفالة» alone is a
// worker's sponsorship), a wage or salary, compensation, a ransom. Each is another figure than a
// deal's value, whatever «بقيمة»/«قدرها» stands beside it. By form, not stem: «غرامة» and «غرام»
// (a gram) share a stem.
const MONEY_ROLES: [RegExp, string][] = [
  [/^(و|ف)?(ب|ل|ال|بال|لل)?(غرامه|غرامات|غرامتها|غرامته)$/, 'money:fine'],
  [/^(و|ف)?(س)?(غرم|غرمت|غرمته|غرمتها|غرمتهم|يغرم|تغرم|تغريم|تغريمه|تغريمها|تغريمهم|بتغريم|بتغريمه|بتغريمها|بتغريمهم)$/, 'money:fine'],
  [/^(و)?(بكفاله|بالكفاله)$/, 'money:bail'],
  // («مرتبه» is also «مرتبة», a rank: «مرتب» takes no suffix.)
  [/^(و|ف)?(ب|ل|ال|بال|لل)?((راتب|رواتب|اجور)(ها|ه|هم)?|مرتب|مرتبات)$/, 'money:wage'],
  [/^(و|ف)?(ب|ل|ال|بال|لل)?(تعويض|تعويضات)(ها|ه|هم)?$/, 'money:compensation'],
  [/^(و|ف)?(ب|ل|ال|بال|لل)?(فديه)$/, 'money:ransom'],
  // A sum a government sets aside for a disaster's response («تخصيص 12 مليون دينار»، «رفعت
  // المخصصات إلى 18 مليونا»): raised from one update to the next, another figure than a budget's total.
  [/^(و|ف)?(ب|ل|ال|بال|لل)?(مخصصات|تخصيص|خصصت|خصص|تخصص|يخصص)(ها|ه)?$/, 'money:allocated'],
];
const economyKindOf = (t: Token): string | undefined => (t.type === 'word' ? MONEY_KINDS.find(([re]) => re.test(t.norm))?.[1] : undefined);
const roleOf = (t: Token): string | undefined => (t.type === 'word' ? MONEY_ROLES.find(([re]) => re.test(t.norm))?.[1] : undefined);
const moneyCue = new Map<string, string>();
for (const [forms, key] of MONEY_CUES) for (const f of forms) moneyCue.set(stem(f), key);
/** Which sum a word names: a deal's part or kind (by stem), or an economy's kind (by form). */
const cueOf = (t: Token): string | undefined => roleOf(t) ?? (FOR_PURPOSE.test(t.norm) ? undefined : moneyCue.get(t.stem)) ?? economyKindOf(t);
// "لتمويل المشروع باستثمارات 35 مليارا": what a sum is for, not a loan.
const FOR_PURPOSE = /^(و)?ل(ل)?تمويل$/;
// Which sum a cue names, most specific first: a tranche or a deposit is part of a deal; a
// named kind of an economy's sum before a deal's value ("إيرادات بقيمة …").
const MONEY_PRIORITY = ['money:tranche', 'money:deposit', 'money:rights', 'money:loan', 'economy', 'money:deal'];
const ECONOMY_KINDS = new Set([...MONEY_KINDS, ...MONEY_ROLES].map(([, k]) => k));
// (The kinds of an economy's sums rank alike, and so do a sum's roles and the value of a named thing: the nearest names the sum.)
const rankOf = (key: string): number => MONEY_PRIORITY.indexOf(ECONOMY_KINDS.has(key) || key.startsWith('money:value:') ? 'economy' : key);
const ECONOMY_RANK = MONEY_PRIORITY.indexOf('economy');
// Words between a sum's noun and its figure that keep them one phrase («الاحتياطيات إلى أكثر من 16 مليارا»).
const LINK = /^(الي|نحو|حوالي|قرابه|زهاء|اكثر|اقل|من|عند|ما|يقارب|يزيد|يتجاوز|عن)$/;

// A value word followed by the noun whose value it is: «بقيمة سحوبات … 67 مليارا» (the value of
// withdrawals), «إجمالي قيمة العمليات» (of transactions), «قيمة البنك السوقية», «القيمة السوقية»
// (a market value) — a measure of that thing, another figure than a deal's value, which
// «صفقة بقيمة 20 مليارا», «قيمة الصفقة», «بقيمة 20 مليارا» keep.
const VALUE_WORDS = /^(و|ف|ب|ل)?(ال)?(قيمه|قيمتها|قيمته|اجمالي|تكلفه)$/;
const DEAL_NOUNS = /^(و|ب|ل)?(ال)?(صفقه|صفقات|استثمار|استثمارات|عقد|عقود|اتفاق|اتفاقيه|مشروع|مشاريع|منحه|شراء|بيع|استحواذ)$/;
const MARKET = /^(ال)?سوقيه$/;

/** The thing a value word at `i` is the value of (`money:value:STEM`), or null for a deal's value. */
function valueOfNamed(tokens: Token[], i: number): string | null {
  if (!VALUE_WORDS.test(tokens[i].norm)) return null;
  let k = i + 1;
  while (tokens[k]?.type === 'word' && VALUE_WORDS.test(tokens[k].norm)) k++;
  const x = tokens[k];
  if (!x || x.type !== 'word') return null;
  if (MARKET.test(x.norm)) return 'money:value:market';
  if (DEAL_NOUNS.test(x.norm) || moneyCue.has(x.stem) || MONEY_KINDS.some(([re]) => re.test(x.norm)) || roleOf(x)) return null;
  // A noun in construct: definite («العمليات»، «البنك») or an indefinite plural («سحوبات»); not
  // an adjective («الإجمالية»، «المالية») nor a verb or a preposition («تبلغ»، «في»).
  const noun = (/^ال/.test(x.norm) && !/(يه|ي)$/.test(x.norm)) || /^[^ال].*ات$/.test(x.norm);
  return noun ? `money:value:${x.stem}` : null;
}
const MONEY_WINDOW = 8;
// «خلال» and a period's noun: how far before «خلال» the sum's noun may still stand.
const DURING = /^(خلال|طيله|طوال)$/;
const PERIOD_NOUN = /^(ال)?(ربع|اشهر|شهر|شهور|نصف|عام|سنه|فصل|ثلاثي|سداسي|فتره)$/;
const PAST_PERIOD_REACH = 5;
// A definite adjective of a sum («الدولية», «الأجنبية», «الإجمالية»), right after its noun.
const SUM_ADJECTIVE = /^ال\S{2,}(يه|ي)$/;

// An exchange rate, however it is named: «سعر الصرف الرسمي … 1,840 جنيها للدولار», «السعر الرسمي
// للدولار … 1,875 جنيها», «سعر صرف الدولار» — the price of the currency; the parallel market's
// («الموازي», «السوق السوداء») is another price.
const CURRENCY = /^(لل|ال)?(دولار|يورو|جنيه|ريال|درهم|دينار|ليره|روبل|يوان|ين)$/;
const OFFICIAL = /^(ال)?(رسمي|رسميه|معتمد|معتمده)$/;
const PARALLEL = /^(ال)?(موازي|موازيه|سوداء)$/;
const EXCHANGE = /^(ال)?صرف$/;
function exchangeRate(tokens: Token[], price: number, qFrom: number, qTo: number): string | null {
  let k = price + 1;
  let parallel = false;
  const adjective = (t: Token | undefined): boolean => !!t && t.type === 'word' && (OFFICIAL.test(t.norm) || PARALLEL.test(t.norm));
  const skip = (): void => {
    while (adjective(tokens[k])) parallel ||= PARALLEL.test(tokens[k++].norm);
  };
  skip();
  const exchange = EXCHANGE.test(tokens[k]?.norm ?? '');
  if (exchange) {
    k++;
    skip();
  }
  // (The currency named after «سعر» or the exchange, or after the figure once the exchange is named.)
  const per = tokens[qTo]?.norm === 'مقابل' ? tokens[qTo + 1] : tokens[qTo];
  // («متوسط السعر الرسمي 1,875 جنيها للدولار»: an official or parallel price names an exchange rate too.)
  const named = exchange || k > price + 1;
  const currency = k < qFrom && CURRENCY.test(tokens[k]?.norm ?? '') ? tokens[k] : named && per && /^لل/.test(per.norm) && CURRENCY.test(per.norm) ? per : undefined;
  if (!currency) return null;
  for (let j = price; j < Math.min(tokens.length, qTo + 6); j++) if (tokens[j].type === 'word' && PARALLEL.test(tokens[j].norm)) parallel = true;
  return `money:price:${currency.stem}${parallel ? ':parallel' : ''}`;
}

/**
 * Which sum of money: the most specific cue within a few words either side ("دفعة ثانية بقيمة
 * 14 مليار دولار من صفقة …" is a tranche, not the deal); a tranche keeps its rank (first, second).
 */
export function moneyConcept(tokens: Token[], qFrom: number, qTo: number, afterEnd: number, stops: Uint8Array): string | null {
  // "5 مليارات دولار من الوديعة", "11 مليار دولار من الودائع": a part of a larger sum is
  // another topic than the sum itself.
  // A plural names the kind, not a larger sum: "9 مليارات دولار من الودائع" are deposits.
  // Unless the sum is named before it: "دفعة ثانية بقيمة 14 مليار دولار من صفقة …" is the tranche.
  const whole = tokens[qTo + 1];
  const part = tokens[qTo]?.norm === 'من' && whole && SINGULAR_SUMS.test(whole.norm) ? moneyCue.get(whole.stem) : undefined;
  let namedBefore = false;
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - MONEY_WINDOW) && !stops[i]; i--) {
    if (tokens[i].type === 'punct' && !/[«»"“”]/.test(tokens[i].raw)) break;
    if (moneyCue.has(tokens[i].stem) && !MONEY_VERBS.test(tokens[i].norm)) namedBefore = true;
  }
  if (part && !namedBefore) return `${part}:part`;
  // "1100 دولار للأوقية"، "60 دولارا للبرميل": a quote of a unit of the commodity the sentence names.
  const perUnit = unitPrice(tokens, qFrom, qTo, stops);
  if (perUnit !== undefined) return perUnit;
  // "سعر الدولار 50 جنيها", "سعر غرام الذهب": a price is of one thing, never a sum.
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - MONEY_WINDOW) && !stops[i]; i--) {
    // ("الأسعار التي حصلت عليها هي 20 ألف ريال": a function word after it names nothing priced.)
    if (/^(و|ب|ل)?(ال)?(سعر|اسعار)$/.test(tokens[i].norm) && tokens[i + 1]?.type === 'word' && !STOPWORDS.has(tokens[i + 1].norm) && !BASIS.test(tokens[i + 1].norm)) return exchangeRate(tokens, i, qFrom, qTo) ?? `money:price:${tokens[i + 1].stem}`;
  }
  // "47 جنيها للدولار", "48 جنيها مقابل الدولار": an exchange rate, the price of that currency.
  const per = tokens[qTo]?.norm === 'مقابل' ? tokens[qTo + 1] : tokens[qTo];
  if (per && /^(لل|ال)(دولار|يورو|جنيه|ريال|درهم|دينار|ليره|روبل|يوان|ين)$/.test(per.norm) && (per !== tokens[qTo] || per.norm.startsWith('لل'))) return `money:price:${per.stem}`;
  // "قرض الصندوق البالغ 7 مليارات", "برنامج التسهيل البالغة قيمته …": the sum of the noun right
  // before «البالغ», whatever other sum the sentence names (none known: no clear topic).
  if (/^(ال)?(بالغ|بالغه)$/.test(tokens[qFrom - 1]?.norm ?? '')) {
    for (let i = qFrom - 2; i >= Math.max(0, qFrom - 5) && tokens[i].type === 'word'; i--) {
      const key = cueOf(tokens[i]);
      if (key) return key;
    }
    return null;
  }
  let found: { key: string; at: number }[] = [];
  // "وافق البنك على صرف 250 مليون يورو": a sum paid out, the verbal noun right before it (an
  // approximation between), is a tranche; «الصرف» with the article is exchange ("سعر الصرف").
  if (disbursedAt(tokens, qFrom)) found.push({ key: 'money:tranche', at: qFrom - 1 });
  for (let i = qTo; i < afterEnd && !stops[i]; i++) {
    // "سيرتفع إلى 16 مليارا بعد وصول الشريحة": what comes after «بعد» is the cause, not the sum.
    if (/^(و)?(بعد|اثر|عقب|قبل)$/.test(tokens[i].norm)) break;
    const key = valueOfNamed(tokens, i) ?? cueOf(tokens[i]);
    // («الصادرات 18.4 مليار دولار والواردات 25.1»: a sum named after «و» opens the next item.)
    if (key && tokens[i].norm.startsWith('و') && tokens[i].bare !== tokens[i].norm) break;
    if (key) found.push({ key, at: i });
  }
  // Quotes do not end the clause here: "تستثمر بموجبها «الشركة» 35 مليار دولار".
  const from = pastChangeBy(tokens, qFrom, stops);
  let limit = Math.max(0, from - MONEY_WINDOW);
  for (let i = from - 1; i >= limit && !stops[i]; i--) {
    const t = tokens[i];
    // («بلغ في نيسان/أبريل 6.2 مليار»: a month named in both calendars is one word to the reader,
    // «أكتوبر/تشرين الأول» too.)
    if (t.raw === '/' && isMonth(tokens[i - 1]) && (isMonth(tokens[i + 1]) || twoWordMonth(tokens, i + 1))) {
      limit = Math.max(0, limit - (isMonth(tokens[i + 1]) ? 2 : 3));
      continue;
    }
    if (t.type === 'punct' && !/[«»"“”]/.test(t.raw)) {
      const resume = found.length === 0 ? pastAside(tokens, i, from, stops) : -1;
      if (resume < 0) break;
      limit = Math.max(0, resume - MONEY_WINDOW);
      i = resume;
      continue;
    }
    // («عجز الحساب الجاري اتسع خلال الأشهر الثلاثة الأولى من العام ليبلغ 1874 مليونا»: the period
    // the sum is of stands between its noun and the figure, and takes none of the window.)
    if (DURING.test(t.norm) && tokens.slice(i + 1, from).some((w) => PERIOD_NOUN.test(w.norm))) limit = Math.max(0, Math.min(limit, i - PAST_PERIOD_REACH));
    const key = valueOfNamed(tokens, i) ?? cueOf(t);
    if (key) found.push({ key, at: i });
  }
  // A sum with no word saying which sum (a price, a loan, a deal) is no clear topic: out of every card.
  if (found.length === 0) return null;
  // «الحكومة تتسلم قرضا بـ3 مليارات»: a loan or a deposit received is that loan or deposit, not a
  // tranche of it (only a verb said «received»).
  if (found.some((f) => f.key === 'money:loan' || f.key === 'money:deposit')) found = found.filter((f) => !(f.key === 'money:tranche' && MONEY_VERBS.test(tokens[f.at].norm)));
  found.sort((a, b) => rankOf(a.key) - rankOf(b.key) || Math.abs(a.at - qFrom) - Math.abs(b.at - qFrom));
  // «قرض الصندوق يعزز الاحتياطيات إلى 16 مليارا»: an economy's sum right before the figure, only
  // «إلى»/«نحو»/«أكثر من» between, is the sum the figure gives; a loan named further back is the
  // sentence's cause.
  // («الدفعة سترفع الاحتياطيات الدولية إلى نحو 4.9 مليار»: the sum's own adjectives may stand between too.)
  const nearest = found.find((f) => rankOf(f.key) === ECONOMY_RANK && f.at < qFrom && tokens.slice(f.at + 1, qFrom).every((t, k, between) => LINK.test(t.norm) || (SUM_ADJECTIVE.test(t.norm) && between.slice(0, k).every((x) => SUM_ADJECTIVE.test(x.norm))))) ?? found[0];
  // («عجز الموازنة 3 مليارات», «نفقات الميزانية»: the head of a construct names the sum, its
  // definite genitive whose sum it is.)
  const head = rankOf(nearest.key) === ECONOMY_RANK && nearest.at > 0 && definite(tokens[nearest.at]) ? economyKindOf(tokens[nearest.at - 1]) : undefined;
  const best = head && !definite(tokens[nearest.at - 1]) ? { key: head, at: nearest.at - 1 } : nearest;
  // («قيمة الذهب ضمن الاحتياطي بلغت 9 مليارات»: what a sum holds «ضمن» it is a part of it.)
  if (best.at < qFrom && /^(و)?ضمن$/.test(tokens[best.at - 1]?.norm ?? '')) return `${best.key}:part`;
  // "يعاقب المخالف بالحبس وبغرامة لا تقل عن 100 ألف": a law's penalty, not a fine imposed.
  if (best.key === 'money:fine' && lawPenalty(tokens, qFrom, qTo)) return null;
  // "قروض إضافية بقيمة 4 مليارات": an addition to a sum, another figure than the sum.
  const near = tokens.slice(Math.max(0, Math.min(qFrom, best.at) - 1), Math.max(qTo, best.at + 2));
  if (near.some((t) => /^(ال)?(اضافي|اضافيه|اضافيين|اضافيا|اضافيه)$/.test(t.norm))) return `${best.key}:additional`;
  if (best.key === 'money:gdp') return best.key + basisOf(tokens, qFrom, qTo);
  // «أكبر سوق للصادرات بقيمة 540 مليون دولار», «المصدر الأول لواردات البلاد بقيمة …»: one trading
  // partner's part of the trade, never the country's exports or imports.
  if (/^money:(exports|imports)$/.test(best.key) && tokens.slice(Math.max(0, best.at - 3), best.at).some((t) => PARTNER.test(t.norm))) return `${best.key}:partner`;
  // («وسجل الحساب الجاري عجزا بلغ 312 مليون دولار», «عجز الحساب الجاري»: the current account's gap, another measure than the trade's.)
  if (/^money:(deficit|surplus)$/.test(best.key) && currentAccountAt(tokens, best.at)) return `${best.key}:current-account`;
  // («خدمة الدين الخارجي», «لخدمة دينها»: what is paid on a debt in a year, not the debt itself;
  // «الدين قصير الأجل», «ديون قصيرة الأجل»: the part due within a year, «طويل الأجل» the rest.)
  if (/^money:debt$/.test(best.key)) {
    if (DEBT_SERVICE.test(tokens[best.at - 1]?.norm ?? '')) return `${best.key}:service`;
    const term = debtTermAt(tokens, best.at);
    if (term) return `${best.key}:${term}`;
  }
  // («بلغت صادرات مجموعة المنسوجات 1.52 مليار دولار»: one group of goods, not the whole trade.)
  if (/^money:(exports|imports)$/.test(best.key) && GOODS_GROUP.test(tokens[best.at + 1]?.norm ?? '')) return `${best.key}:group`;
  // («بلغت الواردات من X 1.28 مليار», «الصادرات إلى Y»: the trade with one country.)
  if (/^money:(exports|imports)$/.test(best.key) && withCountry(tokens, best.at + 1)) return `${best.key}:partner`;
  // «التحويلات النقدية» and «التحويلات الشخصية» (which hold the cash ones): two measures, each its own figure.
  // (An adjective agrees with a definite noun: «تحويلات الجالية» is whose, in construct, no kind.)
  if (best.key === 'money:remittance' && definite(tokens[best.at]) && REMITTANCE_KIND.test(tokens[best.at + 1]?.norm ?? '')) return `${best.key}:${tokens[best.at + 1].stem}`;
  if (best.key !== 'money:tranche') return best.key;
  const rank = tokens[best.at + 1]?.bare ?? '';
  if (/^(اولي|اول)$/.test(rank)) return 'money:tranche:1';
  if (/^(ثانيه|ثاني)$/.test(rank)) return 'money:tranche:2';
  return best.key;
}

const PARTNER = /^(ال)?(سوق|مصدر|شريك|وجهه)$/;
const FROM_OR_TO = /^(من|الي|نحو)$/;
/** «من X», «إلى Y» at `i`, X and Y countries: where the trade comes from or goes to. */
const withCountry = (tokens: Token[], i: number): boolean =>
  FROM_OR_TO.test(tokens[i]?.norm ?? '') && findEntities(tokens.slice(i + 1, i + 4)).some((h) => h.from === 0 && entityType(h.key) === 'country');
// («واردات المجموعة النفطية»: with its article, as an adjective names which group.)
const GOODS_GROUP = /^(ال)?(مجموعه|قطاع|قسم|فصل)$/;
// «بالأسعار الجارية»، «الثابتة»: the prices an economy's output is measured at, no price of a thing.
const BASIS = /^(ال)?(جاريه|ثابته)$/;
const CURRENT = /^(ال)?(جاريه|اسمي)$/;
const CONSTANT = /^(ال)?(ثابته|حقيقي)$/;

/**
 * ":current" or ":constant": the prices an output is measured at, the nearest word of them before
 * the figure in its sentence («بالأسعار الجارية», «الناتج الاسمي», «الحقيقي»), or right after it; "" when none is named.
 */
function basisOf(tokens: Token[], qFrom: number, qTo: number): string {
  const of = (t: Token | undefined): string => (!t ? '' : CURRENT.test(t.norm) ? ':current' : CONSTANT.test(t.norm) ? ':constant' : '');
  for (let i = qFrom - 1; i >= 0; i--) if (of(tokens[i])) return of(tokens[i]);
  // («58.3 مليار ريال الناتج الحقيقي»: a headline names it after the figure.)
  for (let i = qTo; i < qTo + BASIS_AFTER; i++) if (of(tokens[i])) return of(tokens[i]);
  return '';
}
const BASIS_AFTER = 3;
// A definite adjective of a remittance: «النقدية»، «الشخصية»، «العينية».
const REMITTANCE_KIND = /^ال\S{2,}يه$/;
const DEBT_SERVICE = /^(و|ل|ب)?(ال|لل)?خدمه$/;
const SHORT = /^(قصير|قصيره)$/;
const LONG = /^(طويل|طويله|متوسط|متوسطه)$/;
const TERM = /^(ال)?(اجل|مدي)$/;
// How far after the debt's noun its term may be named, past its adjective («الدين الخارجي طويل الأجل»).
const TERM_REACH = 3;
/** "short-term" or "long-term" where «قصير الأجل»/«طويل الأجل» follows the debt's noun at `at`, else ''. */
function debtTermAt(tokens: Token[], at: number): string {
  for (let k = at + 1; k <= at + TERM_REACH; k++) {
    if (tokens[k]?.type !== 'word' || !TERM.test(tokens[k + 1]?.norm ?? '')) continue;
    if (SHORT.test(tokens[k].norm)) return 'short-term';
    if (LONG.test(tokens[k].norm)) return 'long-term';
  }
  return '';
}

/** A word with the article («العمليات», «للتحويلات»). */
const definite = (t: Token): boolean => /^(و|ف|ب|ل)?(ال|لل)/.test(t.norm);

// «بنسبة 12%», «5 في المئة»: the rate a sum changed by, between its noun and the level it reached.
const BY_RATE = /^(بنسبه|بمقدار|بواقع)$/;
const PERCENT_WORD = /^(في|بال)?(ال)?(مايه|ميه)$/;

// «وبلغت إيرادات الغاز، عبر الأنابيب ومسالا، نحو 12.3 مليار»: an aside between two commas
// parts a verb of reaching and its sum's noun from the figure. (Only an aside a preposition opens,
// a few words long, and only the figure, or an approximation of it, after it.)
const ASIDE_OPENING = /^(عبر|في|من|بحسب|حسب|وفق|وفقا|خلال|مع|بما|منها|بينها)$/;
const STOOD_AT = /^(و|ف)?(بلغ|بلغت|سجل|سجلت|وصل|وصلت|ارتفع|ارتفعت|تراجع|تراجعت|انخفض|انخفضت|زاد|زادت|تجاوز|تجاوزت|قدر|قدرت)$/;
const ASIDE_WORDS = 6;
/** Where the aside that the comma at `comma` closes opens (its opening comma), or -1 when no such aside stands there. */
function pastAside(tokens: Token[], comma: number, from: number, stops: Uint8Array): number {
  if (!isComma(tokens[comma]) || !tokens.slice(comma + 1, from).every((t) => t.type === 'word' && LINK.test(t.norm))) return -1;
  let open = comma - 1;
  while (open >= 0 && comma - open <= ASIDE_WORDS + 1 && tokens[open].type === 'word' && !stops[open]) open--;
  if (!isComma(tokens[open]) || open === comma - 1 || !ASIDE_OPENING.test(tokens[open + 1].norm)) return -1;
  for (let i = open - 1; i >= Math.max(0, open - ASIDE_WORDS) && tokens[i].type === 'word' && !stops[i]; i--) if (STOOD_AT.test(tokens[i].norm)) return open;
  return -1;
}

/**
 * «تراجعت عائدات السياحة بنسبة 12% إلى 3.2 مليار دولار»: the level a sum reached after a change
 * by some rate is that sum's, named before the rate. Where the scan for the sum's noun starts:
 * before the rate when a percentage and «إلى» stand right before the figure, else at the figure.
 */
function pastChangeBy(tokens: Token[], qFrom: number, stops: Uint8Array): number {
  if (tokens[qFrom - 1]?.norm !== 'الي') return qFrom;
  let i = qFrom - 2;
  // («… 7.3% لتصل إلى 25.1 مليار», «… 4.2% على أساس سنوي إلى 18.4 مليار»: a verb of reaching, or
  // the change's base, between the change and the sum.)
  if (REACHING.test(tokens[i]?.norm ?? '')) i--;
  if (tokens[i - 1]?.norm === 'علي' && tokens[i]?.norm === 'اساس') i--;
  else if (tokens[i - 2]?.norm === 'علي' && tokens[i - 1]?.norm === 'اساس') i -= 3;
  let percent = false;
  while (i >= 0 && (stops[i] || (tokens[i].type === 'word' && PERCENT_WORD.test(tokens[i].norm)) || tokens[i].norm === 'في')) {
    percent ||= /[%٪]/.test(tokens[i].raw) || PERCENT_WORD.test(tokens[i].norm);
    i--;
  }
  if (!percent || !stops[i + 1]) return qFrom;
  // («بوتيرة أسرع بلغت 7.3%»: or the verb the change's pace reached it with.)
  if (i >= 0 && (BY_RATE.test(tokens[i].norm) || REACHED.test(tokens[i].norm))) i--;
  return i + 1;
}
const REACHING = /^(لتصل|ليصل|لتبلغ|ليبلغ|لترتفع|ليرتفع)$/;
const REACHED = /^(بلغت|بلغ|وصلت|وصل)$/;

const DISBURSE = /^(و|ب|ل)?(صرف|صرفا|صرفت|يصرف|سيصرف|ستصرف)$/;
// What may stand between a verb of paying out and its sum: an approximation («لنحو» too), and an
// adjective of the payment («صرفا فوريا لنحو 190 مليون دولار»).
const PAYMENT_TO_SUM = /^(ل|ب)?(نحو|حوالي|قرابه|زهاء|ما|يقارب|اكثر|من|فوريا|فوري|عاجلا|عاجل|مباشرا)$/;

/** The sum at `qFrom` is what a verb or verbal noun of paying out governs ("صرف نحو 250 مليون"). */
function disbursedAt(tokens: Token[], qFrom: number): boolean {
  let i = qFrom - 1;
  while (i >= 0 && qFrom - i <= 3 && tokens[i].type === 'word' && PAYMENT_TO_SUM.test(tokens[i].norm)) i--;
  return i >= 0 && tokens[i].type === 'word' && DISBURSE.test(tokens[i].norm);
}

// The unit a market price is quoted per, right after the sum: «للأوقية»، «للبرميل»، «للطن»، «للتر».
const PER_UNIT = /^لل(اوقيه|اونصه|برميل|طن|لتر|ليتر|كيلو|كيلوغرام|كيلوجرام|غرام|جرام|رطل|بوشل)$/;
// One unit, two spellings: «أونصة» is «أوقية», «ليتر» «لتر», «جرام» «غرام», «كيلوجرام» «كيلوغرام».
const UNIT_SPELLING: Record<string, string> = { اونصه: 'اوقيه', ليتر: 'لتر', جرام: 'غرام', كيلوجرام: 'كيلوغرام', كيلو: 'كيلوغرام' };
// «65 دولارا لبرميل النفط»: the unit in construct with its commodity, right after it.
const PER_UNIT_OF = /^ل(اوقيه|اونصه|برميل|طن|لتر|ليتر|كيلو|كيلوغرام|كيلوجرام|غرام|جرام|رطل|بوشل)$/;
const unitOf = (t: Token): string => { const u = t.norm.slice(PER_UNIT.test(t.norm) ? 2 : 1); return UNIT_SPELLING[u] ?? u; };
// Commodities priced per unit on markets, with the article (or «خام»/«برنت», which go without).
const COMMODITY = /^((و|ف|ب|ل)?(ال|لل)(ذهب|فضه|بلاتين|بلاديوم|نحاس|المنيوم|الومنيوم|حديد|صلب|نفط|خام|غاز|بنزين|سولار|ديزل|قمح|ذره|ارز|سكر|قطن|كاكاو|شعير|اسمنت)|(و|ل|ب)?(خام|برنت))$/;
const LEVEL = /^(و|ب|ل)?(ال)?(حاجز|مستوي|عتبه)$/;
const FUTURES = /^(ال)?(اجله|تسليم|لتسليم)$/;
const FUTURES_REACH = 3;
// «عقود الخام»، «العقود الآجلة للذهب»: contracts on a commodity are futures.
const CONTRACTS = /^(و|ف|ب|ل)?(ال)?(عقود|عقد)$/;
// How far before a month a commodity's contract may be named («عقود القمح الآجلة لشهر مايو»).
const DELIVERY_REACH = 5;

/**
 * True when the month named at token `i` is a commodity contract's delivery month («النحاس تسليم
 * مارس»، «عقود القمح لشهر مايو»): the contract's name, not the period a figure is of.
 */
export function isDeliveryMonth(tokens: Token[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - DELIVERY_REACH), i);
  const contract = before.some((t) => t.type === 'word' && (FUTURES.test(t.norm) || CONTRACTS.test(t.norm)));
  return contract && before.some((t) => t.type === 'word' && COMMODITY.test(t.norm));
}
// "مسجلا أدنى مستوى منذ 2010"، "وهو أضعف مستوى له": the day's low (or high), another moment's
// quote than the close or the latest.
const LOW = /^(ادني|اضعف|اقل)$/;
const HIGH = /^(اعلي|اقوي)$/;
const LEVEL_NOUN = /^(مستوي|مستويات|مستوياته|مستوياتها|مستواه|مستواها|سعر|اسعار)$/;
const RECORD_AFTER = 6;
const RECORD_BEFORE = 10;
// What ends the words about a quote after it: the next clause («بعدما نزل …»، «لكنه …»).
const NEXT_CLAUSE = /^(و|ف)?(بعد|بعدما|قبل|قبلما|بينما|فيما|لكن|لكنه|لكنها|ثم)$/;

/**
 * A commodity's quote per unit (`money:quote:COMMODITY:UNIT`, «1102 دولار للأوقية»): the
 * commodity is the nearest one the sentence names before it («وفقد البلاتين 5% وبلغ 942 دولارا
 * للأوقية»), whatever figures stand between; a futures contract's quote and the day's low or high
 * are kept apart (`:futures`, `:low`, `:high`). Null for a threshold («حاجز 1100 دولار للأوقية») or
 * a quote of nothing named (it stays out); undefined when the sum is not quoted per unit. A quote is
 * a day's: compare/quote-day.ts lets two reads' quotes meet only on one day.
 */
function unitPrice(tokens: Token[], qFrom: number, qTo: number, stops: Uint8Array): string | null | undefined {
  const per = tokens[qTo];
  if (!per || per.type !== 'word') return undefined;
  const construct = PER_UNIT_OF.test(per.norm) && COMMODITY.test(tokens[qTo + 1]?.norm ?? '');
  if (!construct && !PER_UNIT.test(per.norm)) return undefined;
  if (LEVEL.test(tokens[qFrom - 1]?.norm ?? '')) return null;
  let at = construct ? qTo + 1 : -1;
  for (let i = qFrom - 1; i >= 0 && at < 0; i--) if (tokens[i].type === 'word' && COMMODITY.test(tokens[i].norm)) at = i;
  if (at < 0) return null;
  // "العقود الآجلة للذهب … إلى 1106 دولارات": a futures contract's price, another than the spot price.
  const futures = tokens.slice(Math.max(0, at - FUTURES_REACH), qFrom).some((t) => FUTURES.test(t.norm)) || CONTRACTS.test(tokens[at - 1]?.norm ?? '');
  return `money:quote:${tokens[at].stem}:${unitOf(per)}${futures ? ':futures' : ''}${recordOf(tokens, qFrom, qTo, stops)}`;
}

/** ":low" or ":high" when the quote's own words call it the lowest or highest level, else "". */
function recordOf(tokens: Token[], qFrom: number, qTo: number, stops: Uint8Array): string {
  // ("أقل المعادن تضررا" is no level: the superlative takes «مستوى» or «سعر».)
  const mark = (t: Token, i: number): string => (!LEVEL_NOUN.test(tokens[i + 1]?.norm ?? '') ? '' : LOW.test(t.norm) ? ':low' : HIGH.test(t.norm) ? ':high' : '');
  for (let i = qTo + 1, n = 0; i < tokens.length && n < RECORD_AFTER && !stops[i]; i++) {
    const t = tokens[i];
    if (t.type === 'punct' && !/[،,()]/.test(t.raw)) break;
    if (t.type !== 'word') continue;
    if (NEXT_CLAUSE.test(t.norm)) break;
    if (mark(t, i)) return mark(t, i);
    n++;
  }
  for (let i = qFrom - 1, n = 0; i >= 0 && n < RECORD_BEFORE && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type === 'punct') break;
    if (mark(t, i)) return mark(t, i);
    if (t.type === 'word' && (NEXT_CLAUSE.test(t.norm) || COMMODITY.test(t.norm))) break;
    n++;
  }
  return '';
}

// Words that may join a sum to its equivalent in another currency: «(»، «أي ما يعادل»، «أو نحو».
const EQUIVALENT_JOIN = /^(\(|،|,|-|اي|ما|يعادل|يوازي|يساوي|او|نحو|حوالي)$/;
const EQUIVALENT_MARK = /^(\(|اي|يعادل|يوازي|يساوي)$/;

/**
 * "53 مليون جنيه (6.85 مليون دولار)"، "20 مليار جنيه، أي ما يعادل 400 مليون دولار": the sum right
 * after another, in brackets or after «يعادل», is that sum in another currency — the same figure,
 * whose cards then meet only figures of its own currency (compare/align.ts).
 */
export function isConvertedSum(tokens: Token[], prev: Located | null, loc: Located): boolean {
  if (!prev || prev.q.kind !== 'money' || loc.q.kind !== 'money' || !prev.q.unit || !loc.q.unit || prev.q.unit === loc.q.unit) return false;
  // (A currency's country may follow its name, «52 مليار شلن [بلده] (نحو 400 مليون دولار)»: still the first sum's.)
  const ofCountry = findEntities(tokens.slice(prev.qTo, prev.qTo + 1)).some((h) => h.to === 1 && entityType(h.key) === 'country');
  const between = tokens.slice(prev.qTo + (ofCountry ? 1 : 0), loc.qFrom);
  return between.length > 0 && between.length <= 4 && between.every((t) => EQUIVALENT_JOIN.test(t.type === 'word' ? t.norm : t.raw)) && between.some((t) => EQUIVALENT_MARK.test(t.type === 'word' ? t.norm : t.raw));
}

// A law's penalties: «يعاقب»، «المعاقبة» (the verb of a law; a court «عاقبت», «قضت»), or a bound
// of the sum («لا تقل عن»، «ولا تتجاوز»).
const PENAL_LAW = /^(و|ف)?(يعاقب|تعاقب|المعاقبه|بالمعاقبه|معاقبه)$/;
const BOUND = /^(تقل|يقل|تزيد|يزيد|تتجاوز|يتجاوز|تتعدي|يتعدي)$/;
const BOUND_REACH = 3;

/** The fine at `qFrom` is a law's penalty: its sentence speaks as a law does, or bounds the sum. */
function lawPenalty(tokens: Token[], qFrom: number, qTo: number): boolean {
  if (tokens.some((t) => t.type === 'word' && PENAL_LAW.test(t.norm))) return true;
  // (The bound may be read into the figure itself: «لا تقل عن 50 ألف ريال».)
  return tokens.slice(Math.max(0, qFrom - BOUND_REACH), qTo).some((t) => BOUND.test(t.norm));
}
