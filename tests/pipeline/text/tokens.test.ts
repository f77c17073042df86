// Tokens with offsets: words, numbers and punctuation marks, each with its folded, bare and
// stemmed forms; which marks end a clause; the forms a word is looked up under. Invented text.
import { describe, expect, it } from 'vitest';
import { isClauseBreak, lexicalForms, tokensOf, type Token } from '../../../lib/pipeline/text/tokens';

const brief = (tokens: Token[]) => tokens.map((t) => [t.type, t.raw, t.start, t.end]);
const token = (word: string) => tokensOf(word)[0];

describe('tokensOf', () => {
  it('gives nothing for empty text or whitespace alone', () => {
    expect(tokensOf('')).toEqual([]);
    expect(tokensOf(' \n\t  \u00a0')).toEqual([]);
  });

  it('splits words, numbers and each punctuation mark, with UTF-16 offsets into the text', () => {
    const text = 'غرق 14 قاربا، قرب «الميناء».';
    const tokens = tokensOf(text);
    expect(brief(tokens)).toEqual([
      ['word', 'غرق', 0, 3],
      ['num', '14', 4, 6],
      ['word', 'قاربا', 7, 12],
      ['punct', '،', 12, 13],
      ['word', 'قرب', 14, 17],
      ['punct', '«', 18, 19],
      ['word', 'الميناء', 19, 26],
      ['punct', '»', 26, 27],
      ['punct', '.', 27, 28],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('adds the base to every offset (a sentence tokenised inside its article)', () => {
    const sentence = 'وصل 3 زوار.';
    const article = 'مقدمة قصيرة. ' + sentence;
    const base = article.indexOf(sentence);
    const tokens = tokensOf(sentence, base);
    expect(tokens.map((t) => t.start)).toEqual(tokensOf(sentence).map((t) => t.start + base));
    for (const t of tokens) expect(article.slice(t.start, t.end)).toBe(t.raw);
  });

  it('keeps a number whole with its inner separators and a percent sign, in any digit script', () => {
    expect(tokensOf('10,500 و1.25 و12.5% و١٠٬٥٠٠ و٣٫٧٥ و۱۲۳').filter((t) => t.type === 'num').map((t) => [t.raw, t.norm])).toEqual([
      ['10,500', '10,500'],
      ['1.25', '1.25'],
      ['12.5%', '12.5%'],
      ['١٠٬٥٠٠', '10,500'],
      ['٣٫٧٥', '3.75'],
      ['۱۲۳', '123'],
    ]);
  });

  it('leaves a separator that ends a number (or doubles) as punctuation', () => {
    expect(brief(tokensOf('بلغ 1.2. ثم 3,, ثم 4.'))).toEqual([
      ['word', 'بلغ', 0, 3],
      ['num', '1.2', 4, 7],
      ['punct', '.', 7, 8],
      ['word', 'ثم', 9, 11],
      ['num', '3', 12, 13],
      ['punct', ',', 13, 14],
      ['punct', ',', 14, 15],
      ['word', 'ثم', 16, 18],
      ['num', '4', 19, 20],
      ['punct', '.', 20, 21],
    ]);
  });

  it('never joins letters to digits: a conjunction before a number and a name ending in digits split', () => {
    expect(tokensOf('و١٠ نازحين').map((t) => [t.type, t.raw])).toEqual([['word', 'و'], ['num', '١٠'], ['word', 'نازحين']]);
    expect(tokensOf('طراز ن19').map((t) => [t.type, t.raw])).toEqual([['word', 'طراز'], ['word', 'ن'], ['num', '19']]);
  });

  it('keeps a word whole across diacritics, tatweel and zero-width joiners, and folds them out of its forms', () => {
    const [t, ...rest] = tokensOf('المُسْتَشفـيات');
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ type: 'word', raw: 'المُسْتَشفـيات', norm: 'المستشفيات', bare: 'مستشفيات', start: 0, end: 14 });
    expect(t.stem).toBe('مستشف');
    expect(tokensOf('مي\u200cلاد').map((t) => t.raw)).toEqual(['مي\u200cلاد']);
  });

  it('folds letter forms in norm and strips conjunction and article in bare, not in raw', () => {
    expect(tokensOf('والإغاثة').map((t) => [t.raw, t.norm, t.bare])).toEqual([['والإغاثة', 'والاغاثه', 'اغاثه']]);
    expect(tokensOf('Relief AGENCY').map((t) => [t.type, t.norm, t.bare, t.stem])).toEqual([
      ['word', 'relief', 'relief', 'relief'],
      ['word', 'agency', 'agency', 'agency'],
    ]);
  });

  it('keeps punctuation and numbers as they are in bare and stem', () => {
    for (const t of tokensOf('١٢ ، ؟')) {
      expect(t.bare).toBe(t.norm);
      expect(t.stem).toBe(t.norm);
    }
  });

  it('starts afresh on every call (the shared expression keeps no position)', () => {
    const first = tokensOf('جملة أولى طويلة');
    const second = tokensOf('ثانية');
    expect(second.map((t) => [t.raw, t.start])).toEqual([['ثانية', 0]]);
    expect(tokensOf('جملة أولى طويلة')).toEqual(first);
  });

  // Foreign names are written with ڤ, پ, گ, چ: cut in two, such a word once cut attributions
  // short («المتحدث باسم شركة ڤيرا للطيران» lost «ڤيرا للطيران»).
  it('keeps a word written with ڤ, پ, گ or چ whole', () => {
    for (const word of ['ڤيرا', 'پارا', 'گولف', 'چاي']) expect(tokensOf(word).map((t) => [t.type, t.raw])).toEqual([['word', word]]);
  });

  // Invisible format characters that lib/pipeline/text/fold drops (right-to-left mark, soft hyphen): as
  // tokens they once stopped attributions («وزارة» alone before «\u200f الصحة»).
  it('takes invisible format characters neither as tokens nor as word breaks', () => {
    expect(tokensOf('قتل\u200f 27\u200f شخصا').map((t) => t.norm)).toEqual(['قتل', '27', 'شخصا']);
    expect(tokensOf('مست\u00adشفى').map((t) => t.type)).toEqual(['word']);
  });

  // The Arabic percent sign stays with its number as "%" does.
  it('keeps the Arabic percent sign with its number as it keeps "%"', () => {
    expect(tokensOf('١٢٫٥٪').map((t) => [t.type, t.norm])).toEqual([['num', '12.5%']]);
  });

  it('drops the era letter written onto a year, and only there', () => {
    const raws = (text: string) => tokensOf(text).map((t) => t.raw);
    expect(raws('نهاية عام 2025م ارتفع')).toEqual(['نهاية', 'عام', '2025', 'ارتفع']);
    expect(raws('في 12 رجب 1447هـ')).toEqual(['في', '12', 'رجب', '1447']);
    // Metres, and a letter apart from its number, stay words.
    expect(raws('سباق 800م')).toEqual(['سباق', '800', 'م']);
    expect(raws('عام 2025 م')).toEqual(['عام', '2025', 'م']);
  });
});

describe('isClauseBreak', () => {
  it.each(['،', ',', ':', '؛', ';', '-', '–', '—', '(', ')', '[', ']', '«', '»', '"', '“', '”'])('%s closes a clause', (mark) => {
    const [t] = tokensOf(mark);
    expect(t.type).toBe('punct');
    expect(isClauseBreak(t)).toBe(true);
  });

  it.each(['.', '؟', '?', '!', '/', '…', '*'])('%s does not', (mark) => {
    expect(isClauseBreak(tokensOf(mark)[0])).toBe(false);
  });

  it('is false for words and numbers, whatever they contain', () => {
    expect(isClauseBreak(token('قال'))).toBe(false);
    expect(isClauseBreak(token('10,5'))).toBe(false);
    // A word token whose text is a mark can only be built by hand; the type decides.
    expect(isClauseBreak({ ...token('قال'), raw: '،' })).toBe(false);
  });
});

describe('lexicalForms', () => {
  it('lists the word as folded, then bare, then with each clitic cut in turn, without repeats', () => {
    expect(lexicalForms(token('وبالمستشفيات'))).toEqual(['وبالمستشفيات', 'مستشفيات', 'بالمستشفيات']);
    expect(lexicalForms(token('والمدينة'))).toEqual(['والمدينه', 'مدينه', 'المدينه']);
    expect(lexicalForms(token('بالمدرسة'))).toEqual(['بالمدرسه', 'مدرسه']);
  });

  it('keeps at least two letters: a clitic that would leave fewer is not cut', () => {
    expect(lexicalForms(token('بالك'))).toEqual(['بالك']);
    expect(lexicalForms(token('لل'))).toEqual(['لل']);
  });

  it('also offers the word without a leading و when more than two letters remain', () => {
    expect(lexicalForms(token('وهم'))).toEqual(['وهم', 'هم']);
    expect(lexicalForms(token('وزير'))).toContain('وزير');
    expect(lexicalForms(token('وزير'))).toContain('زير');
    expect(lexicalForms(token('وي'))).toEqual(['وي']);
  });

  it('offers a word with no clitic as itself only', () => {
    expect(lexicalForms(token('جسر'))).toEqual(['جسر']);
    expect(lexicalForms(token('bridge'))).toEqual(['bridge']);
  });

  it('answers a token built with another bare form from that form, not from the word met before', () => {
    // The forms are remembered per word; a hand-built token that keeps its clitic must not get them.
    expect(lexicalForms(token('بالمدرسة'))).toEqual(['بالمدرسه', 'مدرسه']);
    const kept: Token = { ...token('بالمدرسة'), bare: 'بالمدرسه' };
    expect(lexicalForms(kept)).toEqual(['بالمدرسه', 'مدرسه']);
    const other: Token = { ...token('بالمدرسة'), bare: 'لمدرسه' };
    expect(lexicalForms(other)).toEqual(['بالمدرسه', 'لمدرسه', 'مدرسه']);
  });
});

describe('tokensOf, a word met again', () => {
  it('gives the same forms in another text and at other offsets', () => {
    const first = tokensOf('وصلت المساعدات إلى المدينة');
    const again = tokensOf('نقلت المساعدات', 100);
    expect(again[1]).toEqual({ ...first[1], start: 105, end: 114 });
    expect(again[1].bare).toBe('مساعدات');
  });
});
