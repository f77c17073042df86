import { describe, expect, it } from 'vitest';
import { readAfterClitic, readCharacterReference, readDigits, readDigitToken } from '../../../lib/pipeline/quantities/read-digits';
import { NO_NUMBER } from '../../../lib/pipeline/quantities/core';
import { extractQuantities } from '../../../lib/pipeline/quantities';
import { at, scan, textOf } from './scan';

describe('readDigits', () => {
  it('decides the separator from context: Maghreb thousands dot, decimal before a scale', () => {
    const ctx = scan('فتح 7.500 منصب بقيمة 6.4 مليار');
    expect(readDigits(ctx, at(ctx, '7')).value).toBe(7500);
    const scaled = readDigits(ctx, at(ctx, '6'));
    expect([scaled.value, scaled.lastScale]).toEqual([6.4e9, 1e9]);
  });

  it('scales a decimal without binary noise, so two outlets\' «64,6 مليون» and «64.6 مليون» are one value', () => {
    const values = ['بلغت 64,6 مليون عملية', 'بلغت 64.6 مليون عملية', 'نحو 0.07 مليار', 'بين 4.1 و5 ملايين'].map((s) => extractQuantities(s)[0].value);
    expect(values).toEqual([64_600_000, 64_600_000, 70_000_000, 4_100_000]);
  });

  it('marks a plain four-digit number as a year candidate, not a grouped one', () => {
    const ctx = scan('في 2031 وصل 2,031 مسافرا');
    expect(readDigits(ctx, at(ctx, '2031')).plainFourDigits).toBe(true);
    expect(readDigits(ctx, at(ctx, '2')).plainFourDigits).toBe(false);
  });

  it('reads a numeric date, an English ordinal date and a Hijri year as decided kinds', () => {
    const ctx = scan('يوم 12/3/2029 ثم 17th, March 2029 وعام 1447 هـ');
    expect(readDigits(ctx, at(ctx, '12')).decided?.kind).toBe('date');
    const english = readDigits(ctx, at(ctx, '17'));
    expect([english.value, english.decided?.kind, textOf(ctx, english.startToken, english.end)]).toEqual([17, 'date', '17th, March 2029']);
    expect(readDigits(ctx, at(ctx, '1447')).decided?.kind).toBe('year');
  });

  it('reads a phone number with a leading zero as one label', () => {
    const ctx = scan('اتصل على 050 123 4567 الآن');
    const phone = readDigits(ctx, at(ctx, '050'));
    expect([phone.value, phone.decided?.kind, textOf(ctx, phone.startToken, phone.end)]).toEqual([501234567, 'other', '050 123 4567']);
  });

  it('reads the second number of a score just read as a label', () => {
    const ctx = scan('فاز 4-2');
    ctx.scoreToken = at(ctx, '2');
    expect(readDigitToken(ctx, at(ctx, '2')).decided?.kind).toBe('other');
    expect(readDigitToken(ctx, at(ctx, '4')).decided).toBeUndefined();
  });
});

describe('readAfterClitic', () => {
  it('leaves the proclitic out of the number and makes "الـ12" after المركز an ordinal', () => {
    const ctx = scan('حل في المركز الـ12 بعد وصول 9');
    const ordinal = readAfterClitic(ctx, at(ctx, 'ال'))!;
    expect([ordinal.value, ordinal.decided?.kind, ordinal.startToken]).toEqual([12, 'ordinal', at(ctx, '12')]);
    expect(readAfterClitic(ctx, at(ctx, 'وصول'))).toBeNull();
  });

  it('reads a character reference a feed left encoded as no number, and a spaced one as digits', () => {
    const ctx = scan('وصل &#8220;ثلاثون&#8221; زائرا و # 40 ;');
    expect(readCharacterReference(ctx, at(ctx, '8220'))).toBe(NO_NUMBER);
    expect(readCharacterReference(ctx, at(ctx, '40'))).toBeNull();
    expect(extractQuantities('انطلقت &#8220;سبع&#8221; حافلات').map((q) => q.value)).toEqual([7]);
  });
});

describe('digits set off before their scale word, years after «منذ», days of «the month»', () => {
  const one = (text: string, v: number) => extractQuantities(text).find((q) => q.value === v);

  it('reads quoted or bracketed digits with the scale word after them', () => {
    expect(one('وقالت إن الغارات قتلت أكثر من «4» آلاف مسلح.', 4000)?.kind).toBe('count');
    expect(one('وسجلت الشركة "7" ملايين رحلة.', 7_000_000)?.kind).toBe('count');
  });

  it('reads four digits after «منذ» as a year whatever word follows, but not before a counted noun', () => {
    expect(one('ألغيت القرارات الصادرة منذ 2007 تتضمن عقوبات.', 2007)?.kind).toBe('year');
    expect(one('وسجلت البلاد منذ 2019 قتيلا في الحوادث.', 2019)?.kind).toBe('count');
  });

  it('reads four digits after «في» as a year before a noun no lexicon counts, a count before one it does', () => {
    expect(one('بعد أن رفض الناخبون في 2021 مقترحين حكوميين.', 2021)?.kind).toBe('year');
    expect(one('وتسببت الموجة في 2030 حالة وفاة.', 2030)?.kind).toBe('count');
  });

  it('reads a day «of the current month» or «of every month» as a date', () => {
    expect(one('وانقطعت أخبارهم منذ 14 من الشهر الحالي.', 14)?.kind).toBe('date');
    expect(one('وتعلن الأسعار في 27 من كل شهر.', 27)?.kind).toBe('date');
    expect(one('وقتل 14 من الجنود.', 14)?.kind).toBe('count');
  });
});
