import { describe, expect, it } from 'vitest';
import { COMPARABLE_FIGURES, countPhrase, EARLIER_READS, READS_BEING_UPDATED } from '../../../lib/view/i18n/plural';
import { MESSAGES } from '../../../lib/view/i18n/messages';

describe('countPhrase', () => {
  it.each([
    [0, 'لا قراءات سابقة', '0 earlier reads'],
    [1, 'قراءة سابقة واحدة', '1 earlier read'],
    [2, 'قراءتان سابقتان', '2 earlier reads'],
    [4, '4 قراءات سابقة', '4 earlier reads'],
    [10, '10 قراءات سابقة', '10 earlier reads'],
    [11, '11 قراءة سابقة', '11 earlier reads'],
    [103, '103 قراءات سابقة', '103 earlier reads'],
  ])('%d reads', (n, ar, en) => {
    expect(countPhrase(n, EARLIER_READS, 'ar')).toBe(ar);
    expect(countPhrase(n, EARLIER_READS, 'en')).toBe(en);
  });

  it('agrees the adjective with the counted figures', () => {
    expect(countPhrase(1, COMPARABLE_FIGURES, 'ar')).toBe('رقم واحد قابل للمقارنة');
    expect(countPhrase(2, COMPARABLE_FIGURES, 'ar')).toBe('رقمان قابلان للمقارنة');
    expect(countPhrase(25, COMPARABLE_FIGURES, 'ar')).toBe('25 رقمًا قابلًا للمقارنة');
    // Hundreds and thousands take the genitive singular, without the accusative's tanween.
    expect(countPhrase(100, COMPARABLE_FIGURES, 'ar')).toBe('100 رقم قابل للمقارنة');
    expect(countPhrase(2000, COMPARABLE_FIGURES, 'ar')).toBe('2000 رقم قابل للمقارنة');
    expect(countPhrase(105, COMPARABLE_FIGURES, 'ar')).toBe('105 أرقام قابلة للمقارنة');
    expect(countPhrase(111, COMPARABLE_FIGURES, 'ar')).toBe('111 رقمًا قابلًا للمقارنة');
  });

  it('says how many reads are being updated, after «جارٍ تحديث تحليل» / "Updating"', () => {
    const say = (n: number, lang: 'ar' | 'en') => `${MESSAGES[lang].updating} ${countPhrase(n, READS_BEING_UPDATED, lang)}`;
    expect(say(1, 'ar')).toBe('جارٍ تحديث تحليل قراءة واحدة');
    expect(say(2, 'ar')).toBe('جارٍ تحديث تحليل قراءتين');
    expect(say(7, 'ar')).toBe('جارٍ تحديث تحليل 7 قراءات');
    expect(say(40, 'ar')).toBe('جارٍ تحديث تحليل 40 قراءة');
    expect(say(1, 'en')).toBe('Updating 1 read');
    expect(say(40, 'en')).toBe('Updating 40 reads');
  });
});
