import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/pipeline/text/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on . ؟ ! ؛ and line breaks, not on the Arabic comma', () => {
    expect(texts('وصل الوفد، ثم غادر. هل عاد؟ نعم! انتهى؛ وبعد\nسطر جديد')).toEqual([
      'وصل الوفد، ثم غادر.',
      'هل عاد؟',
      'نعم!',
      'انتهى؛',
      'وبعد',
      'سطر جديد',
    ]);
  });

  it('keeps decimals, abbreviations and quotes whole', () => {
    expect(texts('بلغت قوته 6.4 درجات (أ.ف.ب) في المنطقة. ثم هدأ')).toEqual(['بلغت قوته 6.4 درجات (أ.ف.ب) في المنطقة.', 'ثم هدأ']);
    expect(texts('قال الوزير «لن نتراجع. أبداً» ثم غادر. انتهى')).toEqual(['قال الوزير «لن نتراجع. أبداً» ثم غادر.', 'انتهى']);
    expect(texts('وقال: "هذا مهم. جدا" للصحفيين. تم')).toEqual(['وقال: "هذا مهم. جدا" للصحفيين.', 'تم']);
  });

  it('reports offsets that slice back to each sentence', () => {
    const src = '  أولى الجمل.   الثانية؟\n\n الثالثة  ';
    for (const s of splitSentences(src)) expect(src.slice(s.start, s.end)).toBe(s.text);
    expect(texts(src)).toEqual(['أولى الجمل.', 'الثانية؟', 'الثالثة']);
  });

  it('an unclosed quote does not swallow the rest of the line forever', () => {
    const long = 'كلمة '.repeat(120);
    expect(texts(`قال «${long}. ثم جملة أخرى.`)).toEqual([`قال «${long}.`, 'ثم جملة أخرى.']);
  });
});
