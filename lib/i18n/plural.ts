// Counted nouns as Arabic says them: one and two have their own forms, 3–10 take the plural,
// 11 and above the singular accusative ("11 رقمًا"). English only tells one from many.
import type { Lang } from './messages';

export interface ArabicForms {
  one: string;
  two: string;
  /** 3–10, after the number. */
  few: string;
  /** 11 and above, after the number. */
  many: string;
  /** None. */
  zero: string;
}

export interface CountWords {
  ar: ArabicForms;
  en: { one: string; other: string };
}

export function countPhrase(n: number, words: CountWords, lang: Lang): string {
  if (lang === 'en') return `${n} ${n === 1 ? words.en.one : words.en.other}`;
  const f = words.ar;
  if (n === 0) return f.zero;
  if (n === 1) return f.one;
  if (n === 2) return f.two;
  const tens = n % 100;
  return tens >= 3 && tens <= 10 ? `${n} ${f.few}` : `${n} ${f.many}`;
}

export const EARLIER_READS: CountWords = {
  ar: { zero: 'لا قراءات سابقة', one: 'قراءة سابقة واحدة', two: 'قراءتان سابقتان', few: 'قراءات سابقة', many: 'قراءة سابقة' },
  en: { one: 'earlier read', other: 'earlier reads' },
};

export const COMPARABLE_FIGURES: CountWords = {
  ar: { zero: 'لا أرقام قابلة للمقارنة', one: 'رقم واحد قابل للمقارنة', two: 'رقمان قابلان للمقارنة', few: 'أرقام قابلة للمقارنة', many: 'رقمًا قابلًا للمقارنة' },
  en: { one: 'comparable figure', other: 'comparable figures' },
};

export const READS_STORED: CountWords = {
  ar: { zero: 'لا قراءات محفوظة', one: 'قراءة محفوظة واحدة', two: 'قراءتان محفوظتان', few: 'قراءات محفوظة', many: 'قراءة محفوظة' },
  en: { one: 'read stored', other: 'reads stored' },
};

export const EARLIER_VERSIONS: CountWords = {
  ar: { zero: 'لا نسخ سابقة', one: 'نسخة سابقة واحدة', two: 'نسختان سابقتان', few: 'نسخ سابقة', many: 'نسخة سابقة' },
  en: { one: 'earlier version', other: 'earlier versions' },
};
