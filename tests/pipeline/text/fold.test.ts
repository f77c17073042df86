import { describe, expect, it } from 'vitest';
import { fold, foldChar, foldWithMap, toAsciiDigits, unfoldRange } from '../../../lib/pipeline/text/fold';

// The reference: one table lookup per character, concatenated.
const slowFold = (s: string) => [...Array(s.length).keys()].map((i) => foldChar(s.charCodeAt(i))).join('');

describe('fold', () => {
  it.each([
    ['نحوَ ١٠ آلافِ جنديٍّ', 'نحو 10 الاف جندي'],
    ['مستشفىٰ الـــمدينة', 'مستشفي المدينه'],
    ['۱۲٫۵٪', '12.5%'],
    ['أإآٱ ؤ ئ ى ة ک ی', 'اااا و ي ي ه ك ي'],
    ['1\u200b0\u202e آلاف', '10 الاف'],
    ['plain ascii 123', 'plain ascii 123'],
    ['', ''],
  ])('%s', (input, folded) => {
    expect(fold(input)).toBe(folded);
    expect(foldWithMap(input).folded).toBe(folded);
  });

  it('matches the per-character table on every code unit of the Arabic blocks and beyond', () => {
    let all = '';
    for (let c = 0x20; c < 0x2100; c++) all += String.fromCharCode(c);
    for (let c = 0xfb50; c < 0xffff; c++) all += String.fromCharCode(c);
    expect(fold(all)).toBe(slowFold(all));
    expect(foldWithMap(all).folded).toBe(slowFold(all));
  });

  it('keeps an exact map back to original offsets, also on long text', () => {
    const text = 'قُتِلَ ٣٥ شخصاً في الـمدينة. '.repeat(2000);
    const f = foldWithMap(text);
    expect(f.folded).toBe(fold(text));
    const at = f.folded.indexOf('35', 1000);
    const { start, end } = unfoldRange(f, at, at + 2);
    expect(text.slice(start, end)).toBe('٣٥');
    expect(f.map[f.folded.length]).toBe(text.length);
  });

  it('returns the same string object when nothing changes', () => {
    const s = 'لا تشكيل هنا ولا أرقام';
    expect(fold(s.replace('أ', 'ا'))).toBe(s.replace('أ', 'ا'));
  });

  it('toAsciiDigits changes digits only', () => {
    expect(toAsciiDigits('٣٬٥ مليون و۱۲')).toBe('3٬5 مليون و12');
  });
});
