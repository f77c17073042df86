// Figures given at an hour of polling day ("حتى الساعة 11", "قبل ثلاث ساعات من إغلاق مراكز
// الاقتراع", "حتى منتصف النهار") or for one day of a vote held over several ("في اليوم الأول من
// الاقتراع") are interim counts: another measure than the final turnout or
// the final number of voters. A sentence that goes on with the same speaker ("وقال إن …",
// "وأضاف أن …") and names no hour of its own speaks of the same hour.

import type { Token } from '../text/tokens';

/** ":at:11" where the sentence gives a figure at a time of day, an interim count; '' otherwise. */
export function timeOfDay(tokens: Token[]): string {
  const i = tokens.findIndex((t, k) => /^(و|ب|ل|في)?(ال)?ساعه$/.test(t.norm) && tokens[k + 1]?.type === 'num');
  if (i >= 0) return `:at:${afternoon(Number(tokens[i + 1].norm.split(/[.:,]/)[0]), tokens, i + 2)}`;
  // "عند الساعة الواحدة زوالا"، "حتى الساعة الحادية عشرة صباحا": the hour in words.
  // ("عند إغلاق الصناديق في الساعة السابعة"، "بعد ساعة من غلق الصناديق، أي في الساعة السادسة":
  // an hour said after the close is the final count's, no interim.)
  const w = tokens.findIndex((t, k) => HOUR_WORD.test(t.norm) && HOUR_WORDS[tokens[k + 1]?.norm ?? ''] !== undefined && !tokens.slice(0, k).some((x) => CLOSE.test(x.norm)));
  if (w >= 0) {
    const teen = /^عشر(ه)?$/.test(tokens[w + 2]?.norm ?? '');
    const hour = HOUR_WORDS[tokens[w + 1].norm] + (teen ? 10 : 0);
    return `:at:${afternoon(hour, tokens, w + (teen ? 3 : 2))}`;
  }
  // "قبل ثلاث ساعات من غلق مراكز الاقتراع": an interim figure too.
  if (tokens.some((t, k) => CLOSE.test(t.norm) && tokens.slice(Math.max(0, k - 4), k).some((w) => /ساعات|ساعتين/.test(w.norm)))) return ':at:before-close';
  // "في اليوم الأول من الاقتراع": one day of a vote held over several.
  const day = tokens.findIndex((t, k) => /^(في|خلال)?(ال)?يوم$/.test(t.norm) && ORDINAL_DAY.test(tokens[k + 1]?.norm ?? '') && tokens.slice(k + 2, k + 6).some((w) => VOTING.test(w.norm)));
  if (day >= 0) return `:at:day${DAY_NUMBER[ORDINAL_DAY.exec(tokens[day + 1].norm)?.[1] ?? 'اول']}`;
  return tokens.some((t) => /^(منتصف|ظهرا|الظهر|صباحا|عصرا|العصر|ظهيره|الظهيره|زوالا|الزوال)$/.test(t.norm)) ? ':at:day' : '';
}

const HOUR_WORD = /^(و|ب|ل|في|عند|حتي)?(ال)?ساعه$/;
const HOUR_WORDS: Record<string, number> = { الواحده: 1, الثانيه: 2, الثالثه: 3, الرابعه: 4, الخامسه: 5, السادسه: 6, السابعه: 7, الثامنه: 8, التاسعه: 9, العاشره: 10, الحاديه: 1 };
// "الواحدة زوالا"، "الثالثة عصرا"، "الخامسة مساء": an hour after noon, on the 24-hour clock.
const AFTER_NOON = /^(زوالا|الزوال|ظهرا|عصرا|العصر|مساء|مساءا)$/;
const afternoon = (hour: number, tokens: Token[], next: number): number => (hour < 12 && AFTER_NOON.test(tokens[next]?.norm ?? '') ? hour + 12 : hour);

const ORDINAL_DAY = /^ال(اول|ثاني|ثالث)$/;
const DAY_NUMBER: Record<string, number> = { اول: 1, ثاني: 2, ثالث: 3 };
const VOTING = /^(و|ب|ل)?(ال)?(اقتراع|تصويت|انتخابات|انتخاب|تصويتيه)$/;

const CLOSE = /^(غلق|اغلاق|الغلق|الاغلاق)$/;
// "حتى إغلاق مراكز الاقتراع", "النتائج النهائية": the sentence speaks of the close or the final count.
const FINAL = /^(و|ب|ل)?(ال)?(نهاييه|نهايي|النهاييه|نهايه|انتهاء|اختتام)$/;
// A sentence opening with a reporting verb and no new speaker goes on with the previous one.
const GOES_ON = /^(و|ف)(قال|اضاف|تابع|اوضح|اشار|لفت|بين|ذكر|اكد)$/;

/** True where the sentence opens with a reporting verb and no new speaker ("وقال إن …"). */
export function goesOnWithSpeaker(tokens: Token[]): boolean {
  const first = tokens.find((t) => t.type === 'word');
  return !!first && GOES_ON.test(first.norm);
}

/** The interim hour a sentence inherits from the previous one, or '' (see the header). */
export function carriedTimeOfDay(tokens: Token[], previous: string): string {
  if (!previous || !goesOnWithSpeaker(tokens)) return '';
  if (tokens.some((t) => FINAL.test(t.norm) || CLOSE.test(t.norm))) return '';
  return previous;
}
