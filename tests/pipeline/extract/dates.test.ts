import { describe, expect, it } from 'vitest';
import { normalizeLooseDate, normalizeMachineDate, parseArabicDateline } from '../../../lib/pipeline/extract/dates';

describe('normalizeMachineDate', () => {
  it.each([
    ['2024-11-10T10:45:00+03:00', '2024-11-10T07:45:00.000Z'],
    ['2024-11-10T10:45:00+0300', '2024-11-10T07:45:00.000Z'],
    ['2024-11-10T10:45:00Z', '2024-11-10T10:45:00.000Z'],
    ['2024-11-10 10:45', '2024-11-10T10:45:00.000Z'],
    ['2024-11-10T10:45:00.123+01:00', '2024-11-10T09:45:00.000Z'],
    ['٢٠٢٤-١١-١٠', '2024-11-10'],
    ['2024-11-10', '2024-11-10'],
    ['2024-05', '2024-05'],
    ['Sun, 10 Nov 2024 08:15:00 GMT', '2024-11-10T08:15:00.000Z'],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeMachineDate(raw)).toBe(iso);
  });

  it.each(['', 'غدا', '2024-13-01', '2024-02-30', '10/11/2024', 'Invalid Date'])('rejects %j', (raw) => {
    expect(normalizeMachineDate(raw)).toBeNull();
  });
});

describe('parseArabicDateline', () => {
  it.each([
    ['الأربعاء، 12 آب/اغسطس 2015، آخر تحديث 09:30', '2015-08-12'],
    ['الأحد 3 نوفمبر (تشرين الثاني) 2024', '2024-11-03'],
    ['نُشر في 7 حزيران 2023', '2023-06-07'],
    ['5 جوان 2022', '2022-06-05'],
    ['الجمعة 02 شتنبر 2022 - 16:13', '2022-09-02'],
    ['نشر في صحيفة ما يوم 21 - 03 - 2021', '2021-03-21'],
    ['2020/12/31', '2020-12-31'],
    ['١٤ أيلول ٢٠١٩', '2019-09-14'],
  ])('%s → %s', (raw, iso) => {
    expect(parseArabicDateline(raw)).toBe(iso);
  });

  it.each(['قتل 12 شخصا في 2024', 'منذ 3 ساعات', '31 فبراير 2024', 'بلغ عدد الزوار 40 ألفا'])('finds no date in %s', (raw) => {
    expect(parseArabicDateline(raw)).toBeNull();
  });
});

describe('normalizeLooseDate', () => {
  it('reads metadata-file dates with remarks after them', () => {
    expect(normalizeLooseDate('2024-02-29 (approximate)')).toBe('2024-02-29');
    expect(normalizeLooseDate('2013-08-28 per on-page dateline')).toBe('2013-08-28');
    expect(normalizeLooseDate('2024-05')).toBe('2024-05');
    expect(normalizeLooseDate(null)).toBeNull();
    expect(normalizeLooseDate('unknown')).toBeNull();
  });
});
