import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../lib/pipeline/quantities/read-number';
import { at, scan, textOf } from './scan';

describe('readNumber: the driver tries one reader per shape, in order', () => {
  it('reads digits, a word number and a sign-led number', () => {
    const ctx = scan('وصل 250 زائرا ثم ثلاثة آلاف ثم $40');
    expect(readNumber(ctx, at(ctx, '250'))?.value).toBe(250);
    const words = readNumber(ctx, at(ctx, 'ثلاثة'))!;
    expect(words.value).toBe(3000);
    expect(textOf(ctx, words.startToken, words.end)).toBe('ثلاثة آلاف');
    const money = readNumber(ctx, at(ctx, '$'))!;
    expect([money.value, money.currency]).toEqual([40, 'USD']);
  });

  it('a clitic before digits wins over a glued name: "بـ6" is six, "G7" a name', () => {
    const ctx = scan('فاز بـ6 أصوات في قمة G7');
    const six = readNumber(ctx, at(ctx, 'ب'))!;
    expect([six.value, six.decided]).toEqual([6, undefined]);
    const name = readNumber(ctx, at(ctx, 'G'))!;
    expect([name.value, name.decided?.kind]).toEqual([7, 'other']);
  });

  it('a reader that rules a number out stops the later ones (a month name, a lone الساعة)', () => {
    const ctx = scan('في تشرين الثاني عند الساعة');
    expect(readNumber(ctx, at(ctx, 'الثاني'))).toBeNull();
    expect(readNumber(ctx, at(ctx, 'الساعة'))).toBeNull();
  });

  it('an ordinal word is read before the cardinal reader', () => {
    const ctx = scan('حل في المركز الثالث');
    expect(readNumber(ctx, at(ctx, 'الثالث'))?.decided?.kind).toBe('ordinal');
  });

  it('a word the lexicon does not know, a counted noun and plain punctuation are no number', () => {
    const ctx = scan('قال المتحدث إن جنديا ، ثم');
    expect(readNumber(ctx, at(ctx, 'المتحدث'))).toBeNull();
    expect(ctx.hits[at(ctx, 'جنديا')]).toBeDefined();
    expect(readNumber(ctx, at(ctx, 'جنديا'))).toBeNull();
    expect(readNumber(ctx, at(ctx, '،'))).toBeNull();
  });
});
