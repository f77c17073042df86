import { describe, expect, it } from 'vitest';
import { NO_NUMBER } from '../../../lib/pipeline/quantities/core';
import { readOrdinalOnOne, readOrdinalWord } from '../../../lib/pipeline/quantities/read-ordinals';
import { at, scan } from './scan';

describe('read-ordinals', () => {
  it('reads compound ordinals', () => {
    const ctx = scan('في اليوم الخامس والعشرين ثم الواحد والثلاثين');
    expect(readOrdinalWord(ctx, at(ctx, 'الخامس'))).toMatchObject({ value: 25, decided: { kind: 'ordinal' } });
    expect(readOrdinalOnOne(ctx, at(ctx, 'الواحد'))).toMatchObject({ value: 31, decided: { kind: 'ordinal' } });
  });

  it('reads a feminine ordinal before a part of the day as a clock hour', () => {
    const ctx = scan('في الثالثة ظهرا');
    expect(readOrdinalWord(ctx, at(ctx, 'الثالثة'))).toMatchObject({ value: 15, decided: { kind: 'date', unit: 'time' } });
  });

  it('reads an age and a day of a month', () => {
    const ctx = scan('طفل في الثامنة من عمره منذ التاسع من مايو');
    expect(readOrdinalWord(ctx, at(ctx, 'الثامنة'))).toMatchObject({ value: 8, decided: { kind: 'age' } });
    expect(readOrdinalWord(ctx, at(ctx, 'التاسع'))).toMatchObject({ value: 9, decided: { kind: 'date' } });
  });

  it('rules out the ordinal of a month name', () => {
    const ctx = scan('في كانون الثاني');
    expect(readOrdinalWord(ctx, at(ctx, 'الثاني'))).toBe(NO_NUMBER);
  });
});
