import { describe, expect, it } from 'vitest';
import { NO_NUMBER } from '../../../lib/pipeline/quantities/core';
import { readCardinalWords, readDualNoun, readFraction, readNegative, readVague, readZero } from '../../../lib/pipeline/quantities/read-words';
import { at, scan } from './scan';

describe('read-words', () => {
  it('reads a cardinal compound with its scale', () => {
    const ctx = scan('وصل ثلاثة آلاف وخمسمئة وأربعون متطوعا');
    const c = readCardinalWords(ctx, at(ctx, 'ثلاثة'));
    expect(c).toMatchObject({ value: 3540, lastScale: 1000 });
  });

  it('reads a definite cardinal with the plural scale after it («العشرة ملايين»)', () => {
    const ctx = scan('تجاوز الإنتاج العشرة ملايين برميل ووصل الخمسة آلاف جندي');
    expect(readCardinalWords(ctx, at(ctx, 'العشرة'))).toMatchObject({ value: 10_000_000, lastScale: 1e6 });
    expect(readCardinalWords(ctx, at(ctx, 'الخمسة'))).toMatchObject({ value: 5000, lastScale: 1000 });
    // Alone, the definite cardinal is its own value.
    const alone = scan('وصل الخمسة إلى المدينة');
    expect(readCardinalWords(alone, at(alone, 'الخمسة'))).toMatchObject({ value: 5 });
  });

  it('rules out a cardinal that is a verb before digits ("تسع" = holds)', () => {
    const ctx = scan('القاعة تسع 800 شخص');
    expect(readCardinalWords(ctx, at(ctx, 'تسع'))).toBe(NO_NUMBER);
  });

  it('reads a vague amount as an interval, multiplied by a plural scale after it', () => {
    const ctx = scan('نزح عشرات الآلاف ثم بضعة أشخاص');
    expect(readVague(ctx, at(ctx, 'عشرات'))).toMatchObject({ vague: true, low: 20000, high: 99999 });
    expect(readVague(ctx, at(ctx, 'بضعة'))).toMatchObject({ low: 3, high: 9 });
  });

  it('reads a dual noun as two of it', () => {
    const ctx = scan('استمر يومين وكلف دولارين');
    expect(readDualNoun(ctx, at(ctx, 'يومين'))).toMatchObject({ decided: { kind: 'duration', unit: 'يومين' } });
    expect(readDualNoun(ctx, at(ctx, 'دولارين'))).toMatchObject({ decided: { kind: 'money', unit: 'USD' } });
  });

  it('reads a dual after «أو» and its own singular as one or two, a vague amount', () => {
    const ctx = scan('تحمل سيارة أو سيارتين وقد يستغرق يوما أو يومين ثم دمرت سيارتين');
    expect(readDualNoun(ctx, at(ctx, 'سيارتين'))).toMatchObject({ vague: true, low: 1, high: 2 });
    expect(readDualNoun(ctx, at(ctx, 'يومين'))).toMatchObject({ vague: true, low: 1, high: 2 });
    expect(readDualNoun(ctx, at(ctx, 'سيارتين', 1))).toMatchObject({ value: 2, vague: false });
  });

  it('reads fractions of a scale and of a century, and leaves "خمس سنوات" to the cardinal', () => {
    const ctx = scan('نصف مليون خلال ربع قرن منذ خمس سنوات');
    expect(readFraction(ctx, at(ctx, 'نصف'))).toMatchObject({ value: 500000 });
    expect(readFraction(ctx, at(ctx, 'ربع'))).toMatchObject({ value: 25, decided: { kind: 'duration', unit: 'سنة' } });
    expect(readFraction(ctx, at(ctx, 'خمس'))).toBeNull();
  });

  it('reads zero only before what it can count, and a negative after سالب', () => {
    const ctx = scan('صفر إصابات في شهر صفر والحرارة سالب سبعة');
    expect(readZero(ctx, at(ctx, 'صفر'))).toMatchObject({ value: 0 });
    expect(readZero(ctx, at(ctx, 'صفر', 1))).toBeNull();
    expect(readNegative(ctx, at(ctx, 'سالب'))).toMatchObject({ value: -7 });
  });
});
