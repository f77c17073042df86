// A parliament's seats that no party holds: the whole the results are told out of («بـ89 مقعدا من
// أصل 226 مقعدا», «من مقاعد البرلمان الـ226»), those kept for the citizens abroad («يخصص 15 مقعدا
// لممثلي الجاليات في الخارج»), those a majority takes («الأغلبية البالغة 46 مقعدا») and several
// parties' seats summed («مجتمعة»); and a party's seats in partial results. Each is another measure
// than a party's (final) seats, or the seats of another list, which a card would otherwise set
// against them.
import type { Claim } from '../../types';
import type { Token } from '../text/tokens';
import type { Located } from './locate';
import { WHOLE } from './electorate';
import { bodyNameWords } from './body-name';
import { nounBeforeArticledNumber } from './definite-numeral';

// Those abroad: «في الخارج», «الجاليات», «المغتربين».
const ABROAD = /^(و|ب|ل|لل)?(ال)?(خارج|جاليه|جاليات|مغتربين)$/;
// Words read after the figure for those abroad the seats are kept for.
const ABROAD_REACH = 6;

// The seats a majority takes: «الأغلبية البالغة 46»، «يحتاج أي حزب إلى 19 مقعدا لتشكيل الحكومة».
const MAJORITY_BEFORE = /^(و|ب|ل|لل)?(ال)?(اغلبيه|غالبيه|نصاب|يحتاج|تحتاج|يحتاجها|تحتاجها|بحاجه|يلزم)$/;
const MAJORITY_NOUN = /^(و|ب|ل|لل)?(ال)?(اغلبيه|غالبيه)$/;
// (Not «أغلبية الحزب الحاكم»: a party's majority is its seats. Only the majority's own words after it.)
const MAJORITY_WORDS = /^(ال)?(مطلقه|بسيطه|بالغه|مطلوبه|لازمه|محدده|ثلثين|مريحه)$|^(الي|عند|ب|بـ|هي|وهي)$/;
// («فزنا بأغلبية مريحة تفوق 131 مقعدا»: a majority won is the winner's seats.)
const WON = /^(و|ف)?(حصل|حصلت|حصلنا|حصد|حصدت|حصدنا|نال|نالت|حقق|حققت|حققنا|انتزع|انتزعت|فاز|فازت|فزنا)$/;
// («يحتفظ بالأغلبية بـ47 مقعدا»: the majority kept, «بـ» the seats it is kept with.)
const KEPT = /^(و|ف)?(يحتفظ|تحتفظ|احتفظ|احتفظت|يحافظ|تحافظ|حافظ|حافظت)$/;
const wonMajority = (tokens: readonly Token[], i: number): boolean =>
  (!/^(و|ب|ل)?(ال|لل)/.test(tokens[i].norm) && tokens.slice(Math.max(0, i - 2), i).some((t) => t.type === 'word' && WON.test(t.norm))) ||
  (/^(ب|بـ)$/.test(tokens[i + 1]?.norm ?? '') && tokens.slice(Math.max(0, i - 2), i).some((t) => t.type === 'word' && (WON.test(t.norm) || KEPT.test(t.norm))));
// («على بعد مقعد واحد من الأغلبية بـ63 مقعدا»: the majority a party falls short of, «بـ» its seats.)
const NEAR = /^(بعد|قريبا|قريب|مقربه)$/;
const shortOf = (tokens: readonly Token[], i: number): boolean => tokens[i - 1]?.norm === 'من' && tokens.slice(Math.max(0, i - 5), i - 1).some((t) => t.type === 'word' && NEAR.test(t.norm));
const isMajorityCue = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].type === 'word' && MAJORITY_BEFORE.test(tokens[i].norm) && (!MAJORITY_NOUN.test(tokens[i].norm) || !tokens[i + 1] || tokens[i + 1].type !== 'word' || MAJORITY_WORDS.test(tokens[i + 1].norm)) && !(MAJORITY_NOUN.test(tokens[i].norm) && (wonMajority(tokens, i) || shortOf(tokens, i)));
const MAJORITY_AFTER = /^(ال)?(لازمه|ضروريه|مطلوبه)$|^(لتشكيل|لتحقيق|للاغلبيه|للغالبيه|لضمان|لانتزاع)$/;
const MAJORITY_REACH = 4;

// «مقاعد البرلمان الـ120»: a number with the article after the chamber counts all its seats.
const CHAMBER = /^(و|ب|ل|في)?(ال)?(برلمان|مجلس|جمعيه|كنيست|نواب|شيوخ|شوري)$/;
const CHAMBER_REACH = 3;
// («مقاعد الجمعية الوطنية البالغ عددها 193 مقعدا»: or the number its seats amount to.)
const AMOUNTING = /^(ال)?(بالغ|بالغه)$/;
const THEIR_NUMBER = /^عدد(ها|هم)$/;
const amountsTo = (tokens: readonly Token[], loc: Located): boolean => THEIR_NUMBER.test(tokens[loc.qFrom - 1]?.norm ?? '') && AMOUNTING.test(tokens[loc.qFrom - 2]?.norm ?? '');
const chamberSize = (tokens: readonly Token[], loc: Located): boolean => {
  const reach = amountsTo(tokens, loc) ? 2 : tokens[loc.qFrom - 1]?.norm === 'ال' ? 1 : 0;
  return reach > 0 && tokens.slice(Math.max(0, loc.qFrom - reach - CHAMBER_REACH), loc.qFrom - reach).some((t) => t.type === 'word' && CHAMBER.test(t.norm));
};

// Several parties' seats summed: «هذه الأحزاب مجتمعة تملك 52 مقعدا», «لا تملك مع حليفها سوى 29
// مقعدا», «ويملك الائتلاف مع شركائه، X وY، 52 مقعدا» — not one party's.
const TOGETHER = /^(و)?(مجتمعه|مجتمعين|مجتمعتين|مجتمعا|مجتمعون|مجتمعات)$/;
const HOLDS = /^(و|ف|فلا|ولا|لا)?(تملك|يملك|يملكان|تملكان|تحوز|يحوز|تشغل|يشغل|تسيطر|يسيطر)$/;
const PARTNERS = /^(شركايه|شركايها|حلفايه|حلفايها|شريكه|شريكها|حليفه|حليفها|شركاء|حلفاء)$/;
const COALITION = /^(و|ب|ل)?(ال)?(ايتلاف|ايتلافا)$/;
const TOGETHER_REACH = 4;
const WITH_REACH = 12;
function combined(tokens: readonly Token[], loc: Located): boolean {
  const near = tokens.slice(Math.max(0, loc.qFrom - TOGETHER_REACH), Math.min(tokens.length, loc.unitEnd + 1));
  if (near.some((t) => t.type === 'word' && TOGETHER.test(t.norm))) return true;
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - WITH_REACH); i--) {
    const t = tokens[i];
    if (t.type === 'punct' && !/^[،,]$/.test(t.raw)) return false;
    if (t.type !== 'word' || t.norm !== 'مع') continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    // («ائتلاف مع X وY بـ29 مقعدا»: a coalition with other parties, theirs summed.)
    const coalition = tokens[i + 1]?.type === 'word' && before.some((w) => w.type === 'word' && COALITION.test(w.norm));
    return coalition || before.some((w) => w.type === 'word' && HOLDS.test(w.norm)) || (tokens[i + 1]?.type === 'word' && PARTNERS.test(tokens[i + 1].norm));
  }
  return false;
}

// The seats in play: «تنافست 1800 قائمة على 5210 مقعدا», «يتنافس 900 مرشح لشغل 120 مقعدا».
const COMPETE = /^(و|ف|ل|لل)?(ال)?(تنافس|يتنافس|تتنافس|تنافست|تنافسوا|يتنافسون|تتنافسان|يتسابق|تتسابق|شغل)$/;
const COMPETE_REACH = 16;
const contested = (tokens: readonly Token[], loc: Located): boolean => {
  const before = tokens[loc.qFrom - 1]?.norm ?? '';
  if (!/^(علي|على)$/.test(before) && !/^ل?شغل$/.test(before)) return false;
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - COMPETE_REACH); i--) {
    const t = tokens[i];
    // (Not past a conjunct clause, «، وحركة X على 5 مقاعد», nor a verb that had its own object, «جرى التنافس عليها».)
    if (t.type === 'punct' && (!/^[،,]$/.test(t.raw) || /^و/.test(tokens[i + 1]?.norm ?? ''))) return false;
    if (t.type === 'word' && /^علي(ها|ه|هم)$/.test(t.norm)) return false;
    if (t.type === 'word' && COMPETE.test(t.norm)) return true;
  }
  return false;
};

// The seats shared out: «وتوزعت المقاعد الـ500 على النحو التالي», «توزيع المقاعد الـ90 بين
// القوائم» — the article before the number names all the seats the parties divide; not those an
// adjective after it narrows («المقاعد الـ500 المحسومة»: the decided ones, some left to a re-run).
const SHARED_OUT = /^(و|ف)?(توزعت|تتوزع|توزع|يتوزع|توزيع|وزعت|توزيعه)$/;
const SEATS_NOUN = /^المقاعد$/;
const sharedOut = (tokens: readonly Token[], loc: Located): boolean => {
  const noun = nounBeforeArticledNumber(tokens, loc);
  if (noun < 0) return false;
  const narrowed = tokens[loc.qTo]?.type === 'word' && /^ال/.test(tokens[loc.qTo].norm);
  return !narrowed && SEATS_NOUN.test(tokens[noun]?.norm ?? '') && SHARED_OUT.test(tokens[noun - 1]?.norm ?? '');
};

// «وفي دائرة X، تنافس 27 مرشحا على 3 مقاعد»: the seats in play, or the whole they are told out
// of, in one constituency the sentence names before them — not the chamber's.
const DISTRICT = /^(و|ف)?(ب|ل)?(ال)?دايره$/;
const inDistrict = (tokens: readonly Token[], loc: Located): boolean => tokens.slice(0, loc.qFrom).some((t) => t.type === 'word' && DISTRICT.test(t.norm));

// «بـ6 مقاعد بالحاصل الكامل وبمقعد سابع بأكبر الكسور»: seats won on the full quotient, or on the
// largest remainders, are some of a list's seats, not all of them.
const BY_QUOTIENT = /^(بالحاصل|بالكسر|بالكسور|بالبقايا)$/;
const BY_LARGEST = /^(باكبر|باعلي)$/;
const REMAINDERS = /^(ال)?(كسور|بقايا)$/;
const byQuotient = (tokens: readonly Token[], at: number): boolean =>
  BY_QUOTIENT.test(tokens[at]?.norm ?? '') || (BY_LARGEST.test(tokens[at]?.norm ?? '') && REMAINDERS.test(tokens[at + 1]?.norm ?? ''));

/** ':total', ':district', ':abroad', ':majority', ':combined' or ':part' for a seat count said to be the whole, one constituency's whole, the diaspora's, what a majority takes, several parties' sum or those won on the quotient; '' otherwise. */
export function seatStatus(tokens: readonly Token[], loc: Located, clauseEnd: number): '' | ':total' | ':district' | ':abroad' | ':majority' | ':combined' | ':part' {
  if (byQuotient(tokens, loc.unitEnd)) return ':part';
  if ((tokens[loc.qFrom - 2]?.norm === 'من' && WHOLE.test(tokens[loc.qFrom - 1]?.norm ?? '')) || contested(tokens, loc)) return inDistrict(tokens, loc) ? ':district' : ':total';
  if (chamberSize(tokens, loc) || sharedOut(tokens, loc)) return ':total';
  const after = tokens.slice(loc.unitEnd, Math.min(clauseEnd, loc.unitEnd + MAJORITY_REACH - 1));
  for (let i = Math.max(0, loc.qFrom - MAJORITY_REACH); i < loc.qFrom; i++) if (isMajorityCue(tokens, i)) return ':majority';
  if (after.some((t) => t.type === 'word' && MAJORITY_AFTER.test(t.norm))) return ':majority';
  if (tokens.slice(loc.unitEnd, Math.min(clauseEnd, loc.unitEnd + ABROAD_REACH)).some((t) => ABROAD.test(t.norm))) return ':abroad';
  return combined(tokens, loc) ? ':combined' : '';
}

// Local councils' seats: «في انتخابات المجالس المحلية … فاز الحزب بـ318 مقعدا», «البلديات».
const COUNCILS = /^(و|ب|ل|في|لل)?(ال)?(مجالس|مجلس)$/;
const LOCAL = /^(ال)?(محليه|بلديه)$/;
const MUNICIPALITIES = /^(و|ب|ل|في|لل)?(ال)?(بلديات)$/;
/** ':local' for seats of local or municipal councils the sentence names before the figure, '' otherwise. */
export function localSeats(tokens: readonly Token[], loc: Located): '' | ':local' {
  for (let i = loc.qFrom - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    // («وزارة الداخلية والبلديات»: a ministry's name names no councils, body-name.ts.)
    if ((MUNICIPALITIES.test(t.norm) && !bodyNameWords(tokens).has(t)) || (COUNCILS.test(t.norm) && LOCAL.test(tokens[i + 1]?.norm ?? ''))) return ':local';
  }
  return '';
}

// Partial results, some constituencies counted so far: «النتائج الجزئية», «في الدوائر المعلنة»,
// «في الدوائر التي أعلنت نتائجها» — a party's seats in them are another count than its final seats.
const RESULTS = /^(و|ب|ل|لل)?(ال)?(نتايج)$/;
const PARTIAL = /^(ال)?(جزييه|جزءيه)$/;
const DISTRICTS = /^(ال)?(دواير|مقاطعات|مكاتب)$/;
const DECLARED = /^(ال)?(معلنه|التي)$/;
const namesPartialResults = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      t.type === 'word' &&
      ((RESULTS.test(t.norm) && PARTIAL.test(tokens[i + 1]?.norm ?? '')) || (t.norm === 'في' && DISTRICTS.test(tokens[i + 1]?.norm ?? '') && DECLARED.test(tokens[i + 2]?.norm ?? ''))),
  );
// («تقدمت قوائمه في 163 بلدية», «ثانيا بتقدمه في 58 بلدية»: a list leading in municipalities, the
// count not done — not a party «ahead» with its seats, «تقدم الحزب بـ52 مقعدا», a final ranking too.)
const LEADING = /^(و|ف|ب)?(تقدم|تقدمت|يتقدم|تتقدم|تقدمه|تقدمها|متقدما|متقدمه)$/;
const leadsIn = (tokens: readonly Token[]): boolean => tokens.some((t) => t.type === 'word' && LEADING.test(t.norm));

// («أظهرت النتائج النهائية …، وكانت النتائج الجزئية تمنحه مقعدين أكثر»: the complete or final
// results named too, the partial ones are what they corrected.)
const COMPLETE = /^(ال)?(كامله|نهاييه)$/;
const namesCompleteResults = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => t.type === 'word' && RESULTS.test(t.norm) && [tokens[i + 1], tokens[i + 2]].some((w) => COMPLETE.test(w?.norm ?? '')));

/** A sentence of partial results: its parties' seats or municipalities become ':partial' (after their owners were read as any seats'). */
export function markPartialSeats(sentenceClaims: Claim[], tokens: readonly Token[]): void {
  // (Most sentences count no seats nor municipalities: their words are not read.)
  if (!sentenceClaims.some((c) => c.concept === 'seat' || c.concept === 'municipality')) return;
  const partial = namesPartialResults(tokens) && !namesCompleteResults(tokens);
  const leading = leadsIn(tokens);
  for (const c of sentenceClaims) if (c.concept === 'seat' ? partial : c.concept === 'municipality' && (partial || leading)) c.concept = `${c.concept}:partial`;
}
