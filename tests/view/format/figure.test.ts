import { describe, expect, it } from 'vitest';
import { compactArabic } from '../../../lib/view/format/compact';
import { formatDate } from '../../../lib/view/format/date';
import { formatFigure, formatNumber } from '../../../lib/view/format/figure';
import { textFragmentUrl } from '../../../lib/view/format/text-fragment';
import { translator } from '../../../lib/view/i18n/messages';

const ar = translator('ar');
const en = translator('en');

describe('formatFigure', () => {
  it.each([
    [{ value: 10000, min: 9000, max: 11000, qualifier: 'about' as const }, 'نحو 10,000', 'about 10,000'],
    [{ value: 8000, min: 8000, max: null, qualifier: 'more-than' as const }, 'أكثر من 8,000', 'more than 8,000'],
    [{ value: 3000, min: 3000, max: 3000, qualifier: 'exact' as const }, '3,000', '3,000'],
    [{ value: 20000, min: 20000, max: 30000, qualifier: 'range' as const }, 'بين 20,000 و30,000', 'between 20,000 and 30,000'],
    [{ value: 50, min: 50, max: null, qualifier: 'at-least' as const }, '50 على الأقل', 'at least 50'],
    [{ value: 50, min: null, max: 50, qualifier: 'at-most' as const }, '50 على الأكثر', 'at most 50'],
  ])('%o', (figure, arabic, english) => {
    expect(formatFigure(figure, ar, 'ar')).toBe(arabic);
    expect(formatFigure(figure, en, 'en')).toBe(english);
  });

  it('groups thousands and keeps two decimals unless asked for more', () => {
    expect(formatNumber(6.4e9)).toBe('6,400,000,000');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(0.3333333)).toBe('0.33');
    expect(formatNumber(0.3333333, 6)).toBe('0.333333');
  });
});

describe('formatDate', () => {
  it('names the month in the panel language and tolerates missing or broken dates', () => {
    expect(formatDate('2024-11-10T09:00:00Z', 'en')).toBe('10 November 2024');
    expect(formatDate('2024-11-10T09:00:00Z', 'ar')).toContain('نوفمبر');
    expect(formatDate(null, 'ar')).toBeNull();
    expect(formatDate('not a date', 'en')).toBeNull();
  });

  it('leaves out the year, or adds the time of day, when asked; a bare date is the day written', () => {
    expect(formatDate('2024-11-10T09:05:00Z', 'en', { year: false })).toBe('10 November');
    expect(formatDate('2024-11-10T09:05:00Z', 'en', { year: false, time: true })).toMatch(/^10 November\D+\d{2}:\d{2}$/);
    expect(formatDate('2024-11-10', 'en', { time: true })).toBe('10 November 2024');
  });
});

describe('textFragmentUrl', () => {
  it('links a short sentence whole and a long one by its first and last words, dropping any old hash', () => {
    expect(textFragmentUrl('https://a.test/x#top', 'قتل 30 شخصا')).toBe(`https://a.test/x#:~:text=${encodeURIComponent('قتل 30 شخصا')}`);
    const long = 'قالت الوزارة إن نحو 900 متطوع يعملون منذ الفجر في مخيمات الإيواء المؤقتة';
    const url = textFragmentUrl('https://a.test/x', long);
    expect(url).toBe(`https://a.test/x#:~:text=${encodeURIComponent('قالت الوزارة إن نحو')},${encodeURIComponent('في مخيمات الإيواء المؤقتة')}`);
  });

  it('escapes hyphens, which are syntax in text fragments', () => {
    expect(textFragmentUrl('https://a.test/x', 'طائرة إف-16')).toContain('%2D16');
  });
});

describe('compactArabic', () => {
  it.each([
    [500, '500'],
    [1000, 'ألف'],
    [2000, 'ألفان'],
    [3000, '3 آلاف'],
    [10000, '10 آلاف'],
    [15000, '15 ألف'],
    [2500, '2.5 ألف'],
    [1_200_000, '1.2 مليون'],
    [4_000_000, '4 ملايين'],
    [6.4e9, '6.4 مليار'],
  ])('%d → %s', (n, text) => expect(compactArabic(n)).toBe(text));
});
