import { describe, expect, it } from 'vitest';
import { addAfterScale, addDecimalWords, addFraction, readSubunit } from '../../../lib/pipeline/quantities/joins';
import { readDashRange, readOpenedRange, readRangeJoined } from '../../../lib/pipeline/quantities/ranges';
import { readScore, readShare } from '../../../lib/pipeline/quantities/read-share-score';
import { at, scan } from './scan';

describe('joins', () => {
  it('adds a smaller number after a scale, a spelled decimal and an added fraction', () => {
    const ctx = scan('بلغ 42 ألفا و317 ثم سبعة فاصلة اثنين ثم مليون ونصف');
    const sum = ctx.readNumber(at(ctx, '42'))!;
    addAfterScale(ctx, sum);
    expect(sum.value).toBe(42317);
    const decimal = ctx.readNumber(at(ctx, 'سبعة'))!;
    addDecimalWords(ctx, decimal);
    expect(decimal.value).toBe(7.2);
    const half = ctx.readNumber(at(ctx, 'مليون'))!;
    addFraction(ctx, half);
    expect(half.value).toBe(1500000);
  });

  it('adds each bracketed group after a scale, as some papers write them', () => {
    const ctx = scan('بلغ مليونين و(415) ألفا و(276) ناخبا');
    const sum = ctx.readNumber(at(ctx, 'مليونين'))!;
    addAfterScale(ctx, sum);
    expect(sum.value).toBe(2415276);
    // The closing bracket is the figure's own.
    expect(ctx.tokens[sum.end].text).toBe('ناخبا');
  });

  it('reads a sub-unit after a sum in its currency, and not one worth a unit or more', () => {
    const ctx = scan('دولار و25 سنتا ثم دولار و250 سنتا');
    expect(readSubunit(ctx, at(ctx, 'و'), 'USD')).toEqual({ value: 0.25, end: at(ctx, 'سنتا') + 1 });
    expect(readSubunit(ctx, at(ctx, 'و', 1), 'USD')).toBeNull();
  });
});

describe('ranges', () => {
  it('reads a range opened by بين with the scale written once', () => {
    const ctx = scan('بين 40 و60 ألف نازح');
    expect(readOpenedRange(ctx, at(ctx, 'بين'), null)).toMatchObject({ value: 40000, min: 40000, max: 60000, qualifier: 'range' });
  });

  it('reads a change after a change verb as no range', () => {
    const ctx = scan('ارتفع العدد من 300 إلى 450');
    expect(readOpenedRange(ctx, at(ctx, 'من'), null)).toBeNull();
    const first = ctx.readNumber(at(ctx, '300'))!;
    expect(readRangeJoined(ctx, at(ctx, '300'), first)).toBeNull();
    // (The changed thing's name may take several words: «رفع المخصصات الطارئة للإغاثة وإعادة الإعمار من 25 إلى 40».)
    const far = scan('قررت الحكومة رفع المخصصات الطارئة للإغاثة وإعادة الإعمار من 35 إلى 55 مليون دولار');
    expect(readRangeJoined(far, at(far, '35'), far.readNumber(at(far, '35'))!)).toBeNull();
  });

  it('reads "إلى" and a hyphen between two numbers as ranges', () => {
    const ctx = scan('من 8 إلى 12 شهرا ثم 4-6 أيام');
    const eight = ctx.readNumber(at(ctx, '8'))!;
    expect(readRangeJoined(ctx, at(ctx, '8'), eight)).toMatchObject({ min: 8, max: 12, kind: 'duration' });
    const four = ctx.readNumber(at(ctx, '4'))!;
    expect(readDashRange(ctx, at(ctx, '4'), four)).toMatchObject({ min: 4, max: 6, qualifier: 'range' });
  });

  it('reads two close numbers joined by أو as one figure given as either', () => {
    const ctx = scan('أصيب 3 أو 4 عمال ثم خمسة أو ستة ثم 2 أو 200');
    const three = ctx.readNumber(at(ctx, '3'))!;
    expect(readRangeJoined(ctx, at(ctx, '3'), three)).toMatchObject({ min: 3, max: 4, qualifier: 'range' });
    const five = ctx.readNumber(at(ctx, 'خمسة'))!;
    expect(readRangeJoined(ctx, at(ctx, 'خمسة'), five)).toMatchObject({ min: 5, max: 6, qualifier: 'range' });
    // Too far apart to be one figure's two guesses.
    const two = ctx.readNumber(at(ctx, '2'))!;
    expect(readRangeJoined(ctx, at(ctx, '2'), two)).toBeNull();
  });
});

describe('read-share-score', () => {
  it('reads a share of a total as one label of the part', () => {
    const ctx = scan('ستة من كل عشرة شبان');
    const six = ctx.readNumber(at(ctx, 'ستة'))!;
    expect(readShare(ctx, six)).toMatchObject({ value: 6, decided: { kind: 'other' } });
  });

  it('reads a score only after a sports word, and marks the second number', () => {
    const ctx = scan('تغلب الفريق 3-2 ثم مرت 3-2 أيام');
    const i = at(ctx, '3');
    const score = readScore(ctx, i, ctx.readNumber(i)!);
    expect(score?.decided?.kind).toBe('other');
    expect(ctx.scoreToken).toBe(at(ctx, '2'));
    const j = at(ctx, '3', 1);
    expect(readScore(ctx, j, ctx.readNumber(j)!)).toBeNull();
  });
});
