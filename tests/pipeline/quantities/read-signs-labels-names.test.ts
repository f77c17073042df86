import { describe, expect, it } from 'vitest';
import { NO_NUMBER } from '../../../lib/pipeline/quantities/core';
import { readClock } from '../../../lib/pipeline/quantities/read-clock';
import { readAreaCodePhone, readCuedLabel, readInternationalPhone } from '../../../lib/pipeline/quantities/read-labels';
import { readBrandModel, readGluedName, readHyphenName, readLatinName } from '../../../lib/pipeline/quantities/read-names';
import { readCurrencySymbol, readMinusTemperature, readPercentBefore } from '../../../lib/pipeline/quantities/read-signs';
import { at, scan, textOf } from './scan';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import { extractClaims } from '../../../lib/pipeline/claims/index';

describe('read-signs', () => {
  it('reads a currency symbol, a minus on a temperature and a percent sign typed first', () => {
    const ctx = scan('بلغ €12 والحرارة -3° ونسبة %9 ثم 5 -1');
    expect(readCurrencySymbol(ctx, at(ctx, '€'))).toMatchObject({ value: 12, currency: 'EUR' });
    expect(readMinusTemperature(ctx, at(ctx, '-'))).toMatchObject({ value: -3 });
    expect(readPercentBefore(ctx, at(ctx, '%'))).toMatchObject({ value: 9, decided: { kind: 'percent' } });
    expect(readMinusTemperature(ctx, at(ctx, '-', 1))).toBeNull();
  });
});

describe('read-labels', () => {
  it('reads phone numbers and digits after a label word as one label', () => {
    const ctx = scan('اتصل +20 2 345 6789 أو (012) 3456789 بشأن القرار رقم 4471');
    const intl = readInternationalPhone(ctx, at(ctx, '+'));
    expect(intl).toMatchObject({ value: 2023456789, decided: { kind: 'other' } });
    expect(readAreaCodePhone(ctx, at(ctx, '('))).toMatchObject({ value: 123456789 });
    expect(readCuedLabel(ctx, at(ctx, 'رقم'))).toMatchObject({ value: 4471, decided: { kind: 'other' } });
  });

  it('leaves a range after a label word to the range reader', () => {
    const ctx = scan('الرقم بين 20 و30');
    expect(readCuedLabel(ctx, at(ctx, 'الرقم'))).toBeNull();
  });
});

describe('read-names', () => {
  it('reads names with digits as labels', () => {
    const ctx = scan('قمة G20 وطائرة إف-35 وهاتف Pixel 9 وطائرة بوينغ 787');
    expect(readGluedName(ctx, at(ctx, 'G'))).toMatchObject({ value: 20, decided: { kind: 'other' } });
    const hyphen = readHyphenName(ctx, at(ctx, 'إف'));
    expect(hyphen && hyphen !== NO_NUMBER ? [hyphen.value, textOf(ctx, hyphen.startToken, hyphen.end)] : null).toEqual([35, 'إف-35']);
    expect(readLatinName(ctx, at(ctx, 'Pixel'))).toMatchObject({ value: 9 });
    expect(readBrandModel(ctx, at(ctx, 'بوينغ'))).toMatchObject({ value: 787 });
  });

  it('reads a word with a clitic glued to digits before a noun as a space left out, not a name', () => {
    const ctx = scan('وتم وإرسال35 شاحنة ومرض كوفيد19 في البلاد');
    expect(readGluedName(ctx, at(ctx, 'وإرسال'))).toBeNull();
    expect(readGluedName(ctx, at(ctx, 'كوفيد'))).toMatchObject({ value: 19, decided: { kind: 'other' } });
    const [q] = extractQuantities('وتم وإرسال35 شاحنة إلى المدينة');
    expect([q.value, q.kind, q.unit]).toEqual([35, 'count', 'شاحنة']);
    expect(extractClaims('وتم وإرسال35 شاحنة إلى المدينة.').find((c) => c.value === 35)?.comparable).toBe(true);
  });

  it('rules out a Latin function word or a month before digits as a name', () => {
    const ctx = scan('about 400 people in May 2030');
    expect(readLatinName(ctx, at(ctx, 'about'))).toBe(NO_NUMBER);
    expect(readLatinName(ctx, at(ctx, 'May'))).toBe(NO_NUMBER);
  });
});

describe('read-clock', () => {
  it('reads a time after الساعة, with an evening word adding twelve hours', () => {
    const ctx = scan('عند الساعة 9:30 ثم الساعة 8 مساء');
    expect(readClock(ctx, at(ctx, 'الساعة'))).toMatchObject({ value: 9.5, decided: { kind: 'date', unit: 'time' } });
    expect(readClock(ctx, at(ctx, 'الساعة', 1))).toMatchObject({ value: 20 });
  });
});
