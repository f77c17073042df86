import { describe, expect, it } from 'vitest';
import { commaYear, readCuedYear, readDecade, readMonthYear, readSeason } from '../../../lib/pipeline/quantities/read-years';
import { at, scan, textOf } from './scan';

describe('read-years', () => {
  it('reads a season of two consecutive years, and not two unrelated ones', () => {
    const ctx = scan('موسم 2030/31 ثم 2030/2035');
    const season = readSeason(ctx, at(ctx, '2030'))!;
    expect([season.value, season.high, season.decided?.kind]).toEqual([2030, 2031, 'year']);
    expect(readSeason(ctx, at(ctx, '2030', 1))).toBeNull();
  });

  it('reads a decade of a century, and a decade of life as an age', () => {
    const ctx = scan('منذ ثلاثينيات القرن الماضي وهو في الخمسينيات من عمره');
    const years = readDecade(ctx, at(ctx, 'ثلاثينيات'));
    expect(years).toMatchObject({ value: 1930, high: 1939, decided: { kind: 'year' } });
    const age = readDecade(ctx, at(ctx, 'الخمسينيات'));
    expect(age).toMatchObject({ value: 50, high: 59, decided: { kind: 'age' } });
  });

  it('reads a year after its cue word with the cue in the text, and a pair of years', () => {
    const ctx = scan('في عام 2034 وبين عامي 2026 و2028');
    const one = readCuedYear(ctx, at(ctx, 'عام'))!;
    expect([one.value, textOf(ctx, one.startToken, one.end)]).toEqual([2034, 'عام 2034']);
    const two = readCuedYear(ctx, at(ctx, 'عامي'))!;
    expect([two.value, two.high]).toEqual([2026, 2028]);
  });

  it('reads a month with a year as a date whose value is the year', () => {
    const ctx = scan('منذ أغسطس 2033 وحتى أغسطس المقبل');
    expect(readMonthYear(ctx, at(ctx, 'أغسطس'))).toMatchObject({ value: 2033, decided: { kind: 'date' } });
    expect(readMonthYear(ctx, at(ctx, 'أغسطس', 1))).toBeNull();
  });

  it('reads "1,987" as a possible year but not "1,987,5" or "12,345"', () => {
    const ctx = scan('1,987 ثم 1,987,5 ثم 12,345');
    expect(commaYear(ctx, 0)).toBe(1987);
    expect(commaYear(ctx, at(ctx, '1', 1))).toBe(0);
    expect(commaYear(ctx, at(ctx, '12'))).toBe(0);
  });
});
