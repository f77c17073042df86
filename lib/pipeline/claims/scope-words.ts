// One-token tests the scope reader (scope.ts) and its helpers use on the words around a figure:
// the prepositions and glued letters of a place phrase, "منها/بينهم" of a part, "وحدها" of one
// place alone, "قرب/قبالة سواحل" of a place beside the figure's.

import type { Token } from '../text/tokens';
import { isKnownForm, townCountries } from '../text/gazetteer';
import { STOPWORDS } from '../text/normalize';
import { isNameWord } from '../text/people';

/** The word is a place's own name beginning with «ب» («بلجيكا», «بروناي», «بنغازي»), «و» aside. */
const ownBa = (t: Token): boolean => {
  const name = t.norm.replace(/^و(?=ب)/, '');
  return isKnownForm(name) || townCountries().has(name);
};
/** A glued «ب» («بإقليم X», «ببلجيكا»): where, not a name that begins with the letter. */
export const startsWithBa = (t: Token): boolean => /^و?ب/.test(t.norm) && !/^و?ب(ين|عد)$/.test(t.norm) && !ownBa(t);
export const startsWithLam = (t: Token): boolean => /^و?ل[^ل]/.test(t.norm) && !t.norm.startsWith('ال');
/** "وحده/وحدها": one part of a larger figure ("وإن ولاية X سجلت وحدها 16 حريقا"). */
export const ALONE = /^(و|ل)?(لوحده|لوحدها|وحده|وحدها|وحدهم|وحدهما)$/;
// "منها/منهم": the figure (or the one before it) is a part of a larger count.
export const OF_THEM = /^(و)?(منها|منهم|بينهم|بينها)$/;
/** Letters glued before a word ("وب" in "وبإقليم", "ل" in "لإقليم"). */
export const cliticsOf = (t: Token): string => t.norm.slice(0, t.norm.length - t.bare.length);
// "و" opening a new item of a list ("وفي", "وبإقليم", "وثلاثة"), not a word's own first letter ("وفاة").
export const startsWithWa = (t: Token): boolean => t.norm === 'و' || t.norm === 'وفي' || (t.norm.startsWith('و') && t.bare !== t.norm);
export const isOpenBracket = (t: Token | undefined): boolean => !!t && t.type === 'punct' && /^[(\[]$/.test(t.raw);
export const ASIDE = /^(و)?(معظمهم|اغلبهم|غالبيتهم|جلهم|اكثرهم)$/;
// "قرب الحدود مع النرويج", «المجاورة للحدود الكندية», "بالتعاون مع كندا": a country beside the figure's, not its owner.
// "قبالة سواحل كندا": the coast a figure happened off is where, never whose.
export const beside = (tokens: Token[], i: number): boolean => /^(مع|ومع|قرب|بمحاذاه|حدود|الحدود)$/.test(tokens[i - 1]?.norm ?? '') || /^(سواحل|ساحل|شواطي|شاطي|قباله|قبال|مياه|حدود)$/.test(tokens[i - 1]?.bare ?? '');
// «انفصاليون موالون لكندا», «الميليشيات الموالية للنرويج», «القوات المؤيدة لX», «المدعومين من X»:
// the country a side is loyal to or backed by, never whose figure it is nor where.
export const sidesWith = (tokens: Token[], i: number): boolean =>
  (/^(موال|مويد|داعم)$/.test(tokens[i - 1]?.stem ?? '') && /^و?ل/.test(tokens[i]?.norm ?? '') && !tokens[i].norm.startsWith('ال')) || (tokens[i - 1]?.norm === 'من' && /^مدعوم/.test(tokens[i - 2]?.bare ?? ''));
// «تتقدم X على منافسها Y … بحصولها على 62%», «فاز X على Y بـ…»: the one led or beaten is never
// whose figure it is (a rival's noun before the name, or a verb of leading or winning before «على»).
const RIVAL = /^(منافس|منافسه|منافسها|منافسيه|منافسيها|خصم|خصمه|خصمها|غريمه|غريمها)$/;
const LEAD_VERB = /^(و|ف)?(تقدم|يتقدم|تتقدم|تقدمت|متقدم|متقدما|متقدمه|تفوق|تفوقت|يتفوق|تتفوق|متفوقا|متفوقه|فاز|فازت|يفوز|تفوز)$/;
export function outrun(tokens: Token[], i: number): boolean {
  const rival = RIVAL.test(tokens[i - 1]?.norm ?? '');
  const ala = rival ? i - 2 : i - 1;
  if (tokens[ala]?.norm !== 'علي' && tokens[ala]?.norm !== 'على') return false;
  return rival || tokens.slice(Math.max(0, ala - 6), ala).some((t) => LEAD_VERB.test(t.norm));
}
// «قال في مؤتمر صحفي في X إن …», «في كلمة ألقاها في X»: where someone spoke, never where a figure is.
const SPOKE = /^(صحفي|صحافي|موتمر|مؤتمر|تصريحات|تصريح|كلمه|خطاب|القاها)$/;
export const spokeAt = (tokens: Token[], i: number): boolean => (isFi(tokens[i - 1]) && SPOKE.test(tokens[i - 2]?.norm ?? '')) || (/^ب/.test(tokens[i]?.norm ?? '') && SPOKE.test(tokens[i - 1]?.norm ?? ''));
export const isFi = (t: Token | undefined): boolean => !!t && (t.norm === 'في' || t.norm === 'وفي' || t.norm === 'فى');
// Words that may stand between في and the place: "في جنوب شرق كندا", "في محافظات حلب", «في ولايات X الثلاث»; a
// place's council, «في المجلس البلدي لمدينة X».
export const PLACE_FILLERS = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'مناطق', 'منطقه', 'محافظات', 'مدن', 'مدينه', 'اقصي', 'انحاء', 'مختلف', 'عاصمه', 'دايره', 'اطراف', 'ضواحي', 'محيط', 'احياء', 'جنوبيه', 'شماليه', 'شرقيه', 'غربيه', 'مجلس', 'بلدي', 'محلي', 'ولايات', 'مقاطعات', 'اقاليم', 'عموم', 'جميع', 'كافه', 'سائر']);

/** True where the entity starting at token i is introduced by في, allowing direction words between. */
export function fiBefore(tokens: Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 4); k--) {
    if (isFi(tokens[k])) return true;
    if (!PLACE_FILLERS.has(tokens[k].bare)) return false;
  }
  return false;
}

/** A compass word («شمال», «جنوبي»): where a place lies from another, or where a figure is. */
export const DIRECTION = /^(جنوب|شمال|شرق|غرب|وسط|جنوبي|شمالي|شرقي|غربي)$/;

/**
 * The bearing a distance's words give right after it, from token `i` («شمال شرقي», «إلى الشمال
 * من»), in one spelling («شمال شرق»); null when none follows.
 */
export function bearingAt(tokens: readonly Token[], i: number): string | null {
  let k = tokens[i]?.norm === 'الي' ? i + 1 : i;
  const words: string[] = [];
  for (; words.length < 2; k++) {
    const w = (tokens[k]?.bare ?? '').replace(/^ال/, '');
    if (!DIRECTION.test(w) || w === 'وسط') break;
    words.push(w.replace(/ي$/, ''));
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** A distance concept carrying its bearing («distance:km:شمال شرق», concept-of.ts). */
export const hasBearing = (concept: string): boolean => /^distance:(km|mile):(شمال|جنوب|شرق|غرب)/.test(concept);

/**
 * "محافظة X جنوب شرقي Y", "ولاية X شرقي Y", "مدينة X في شمال Y": a country named after a
 * direction word right after another place says where that place lies; it is no subject or owner
 * of the figure. `ends` holds the token index each other name ends at.
 */
export function locatesPrevious(tokens: Token[], i: number, ends: ReadonlySet<number>): boolean {
  let k = i - 1;
  let directions = 0;
  while (k >= 0 && directions < 3 && DIRECTION.test(tokens[k]?.bare ?? '')) {
    k--;
    directions++;
  }
  if (directions === 0) return false;
  if (isFi(tokens[k])) k--;
  // («أبحر من سواحل X غربي Y»: or after a name no gazetteer holds, a town's, without the article.)
  const unknownName = tokens[k]?.type === 'word' && !ends.has(k + 1) && isNameWord(tokens[k], true) && !/^(و|ف|ب|ل)?ال/.test(tokens[k].norm) && tokens[k].norm === tokens[k].bare;
  return ends.has(k + 1) || (unknownName && PLACE_BEFORE_NAME.test(tokens[k - 1]?.norm ?? ''));
}
// What a town's name follows when it names where something lies or left from: «سواحل X», «مدينة X», «من X».
const PLACE_BEFORE_NAME = /^(و|ب|ل)?(ال)?(سواحل|ساحل|مدينه|بلده|قريه|ميناء|من|قرب)$/;

// One person a nationality may describe: «الشاب الـX», «قياديا X», «للرئيس الـX», «المواطنة
// الـX» (title words of people.ts among them). Stem forms, article and clitics aside.
const ONE_PERSON = /^(شاب|شابا|رجل|رجلا|امراه|سيده|فتاه|فتي|طفل|طفله|مواطن|مواطنا|مواطنه|مقيم|مقيما|مقيمه|طالب|طالبه|سايق|سايقا|مسلح|مسلحا|جاني|منفذ|مهاجم|مهاجما|انتحاري|انتحاريا|مشتبه|متهم|متهما|قيادي|قياديا|مسوول|مسوولا|عنصر|عنصرا|لاعب|لاعبا|مدرب|صحفي|صحفيا|ناشط|ناشطا|داعيه|رييس|رييسه|وزير|وزيره|متحدث|ناطق|سفير|زعيم|قايد|مبعوث|مندوب|ملك|امير|جنرال|ضابط|ضابطا)$/;

// A kunya or patronymic opens one person's name: «أبو X», «ابن X».
const KUNYA = /^(و)?(ابو|ابي|ابا|ام|ابن|بن|بنت)$/;
// Words of a name between a word for one person and their nationality («القيادي X Y الـZ»).
const NAME_REACH = 2;

/**
 * The country hit starting at token i is a nationality describing one person named just before it
 * («الشاب الـX الـY المولد», «قياديا X», «القيادي X Y الـZ», «أبو X الـZ»; a chain
 * of nationalities too): whose that person is, never whose a figure of the sentence counts.
 * `starts` holds the token index each other name starts at.
 */
export function describesOnePerson(tokens: Token[], i: number, starts: ReadonlySet<number>): boolean {
  let k = i - 1;
  // «الـX الـY»: back over the nationalities chained before it.
  while (k >= 0 && starts.has(k) && k > i - 4) k--;
  const person = (t: Token | undefined): boolean => !!t && t.type === 'word' && ONE_PERSON.test(t.bare.replace(/^(لل|ال)/, ''));
  if (person(tokens[k])) return true;
  // A name of one or two words after the word for the person or a kunya: no function word, no other name.
  for (let n = 0; n < NAME_REACH && k - n >= 1; n++) {
    const w = tokens[k - n];
    if (w.type !== 'word' || STOPWORDS.has(w.norm) || starts.has(k - n)) return false;
    const before = tokens[k - n - 1];
    if (person(before) || (before.type === 'word' && KUNYA.test(before.norm))) return true;
  }
  return false;
}

/** A campaign («حملة», «الحملات»): of vaccination, of aid, of arrests. */
export const CAMPAIGN = /^(و|ب|ل)?(ال)?(حمله|حملات)$/;

/** A verb of an event's people falling between their count and its place («إن قتيلين سقطا في X»). */
export const FELL = /^(سقط|سقطا|سقطوا|سقطت|قتلوا|قتلا|توفوا|توفيا|قضوا|قضيا)$/;

// «15 منها سُجلت في X», «منها كانت في X»: the verb of recording between «of them» and its place.
export const RECORDED_IN = /^(سجلت|سجل|وقعت|وقع|كانت|كان)$/;
