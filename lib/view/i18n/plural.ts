// Counted nouns as Arabic says them. Which form a number takes is CLDR's plural rule for
// Arabic (Intl.PluralRules): zero, one and two have their own phrases, 3–10 (and 103…) take
// the plural, 11–99 the singular accusative ("11 رقمًا"), 100, 1000… the singular genitive.
// English only tells one from many.
import type { Lang } from './messages';

const arabicRule = new Intl.PluralRules('ar');
const englishRule = new Intl.PluralRules('en');

export interface ArabicForms {
  one: string;
  two: string;
  /** 3–10, after the number. */
  few: string;
  /** 11–99 (and 111…), after the number: singular accusative. */
  many: string;
  /** 100, 1000, 102…, after the number: singular genitive (unvocalised, as `many` without its alif of tanween). */
  other: string;
  /** None. */
  zero: string;
}

export interface CountWords {
  ar: ArabicForms;
  en: { one: string; other: string };
}

export function countPhrase(n: number, words: CountWords, lang: Lang): string {
  if (lang === 'en') return `${n} ${englishRule.select(n) === 'one' ? words.en.one : words.en.other}`;
  const f = words.ar;
  const category = arabicRule.select(n);
  if (category === 'zero' || category === 'one' || category === 'two') return f[category];
  return `${n} ${f[category as 'few' | 'many' | 'other']}`;
}

export const EARLIER_READS: CountWords = {
  ar: { zero: 'لا قراءات سابقة', one: 'قراءة سابقة واحدة', two: 'قراءتان سابقتان', few: 'قراءات سابقة', many: 'قراءة سابقة', other: 'قراءة سابقة' },
  en: { one: 'earlier read', other: 'earlier reads' },
};

export const COMPARABLE_FIGURES: CountWords = {
  ar: { zero: 'لا أرقام قابلة للمقارنة', one: 'رقم واحد قابل للمقارنة', two: 'رقمان قابلان للمقارنة', few: 'أرقام قابلة للمقارنة', many: 'رقمًا قابلًا للمقارنة', other: 'رقم قابل للمقارنة' },
  en: { one: 'comparable figure', other: 'comparable figures' },
};

export const READS_STORED: CountWords = {
  ar: { zero: 'لا قراءات محفوظة', one: 'قراءة محفوظة واحدة', two: 'قراءتان محفوظتان', few: 'قراءات محفوظة', many: 'قراءة محفوظة', other: 'قراءة محفوظة' },
  en: { one: 'read stored', other: 'reads stored' },
};

export const EARLIER_VERSIONS: CountWords = {
  ar: { zero: 'لا نسخ سابقة', one: 'نسخة سابقة واحدة', two: 'نسختان سابقتان', few: 'نسخ سابقة', many: 'نسخة سابقة', other: 'نسخة سابقة' },
  en: { one: 'earlier version', other: 'earlier versions' },
};

/** After «جارٍ تحديث تحليل» / "Updating": the reads being analysed again. */
export const READS_BEING_UPDATED: CountWords = {
  ar: { zero: 'لا قراءات', one: 'قراءة واحدة', two: 'قراءتين', few: 'قراءات', many: 'قراءة', other: 'قراءة' },
  en: { one: 'read', other: 'reads' },
};
