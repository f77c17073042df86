import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeArabic, stem, stripClitics, keywordStem, keywordStems, setKeywordStemKnobs, STOPWORDS } from '../../../lib/pipeline/text/normalize';

describe('normalizeArabic', () => {
  it('folds diacritics, tatweel, letter forms and digits, lowercases and collapses spaces', () => {
    expect(normalizeArabic('وقَّعَ   الرئيسُ')).toBe('وقع الرييس');
    expect(normalizeArabic('جنـــود')).toBe('جنود');
    expect(normalizeArabic('أإآ ى ة')).toBe('ااا ي ه');
    expect(normalizeArabic('١٠ آلاف')).toBe('10 الاف');
    expect(normalizeArabic('  NATO\u00a0 ')).toBe('nato');
  });
});

describe('stem', () => {
  it.each([
    ['الروسية', 'روسيا'],
    ['أوكرانيا', 'الأوكرانية'],
    ['والزلزال', 'زلزال'],
    ['بالفيضانات', 'فيضانات'],
    ['بلندن', 'لندن'],
    ['ووفيات', 'الوفيات'],
    ['قتيلاً', 'قتيل'],
    ['للمصابين', 'مصابين'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps names that merely start with a clitic letter', () => {
    // Every word of the gazetteer's place names is kept whole.
    expect(stripClitics('لندن')).toBe('لندن');
    expect(stripClitics('كندا')).toBe('كندا');
    expect(stripClitics('وفاه')).toBe('وفاه');
    expect(stripClitics('بالمدينه')).toBe('مدينه');
    expect(stripClitics('بإقليم'.replace('إ', 'ا'))).toBe('اقليم');
  });

  it('keeps short words and numbers whole', () => {
    expect(stem('في')).toBe('في');
    expect(stem('2024')).toBe('2024');
  });
});

describe('keywordStems', () => {
  it('drops stopwords, numbers and common reporting words', () => {
    const t = keywordStems('وقال الرئيس إن 10 آلاف جندي وصلوا إلى روسيا في يونيو');
    expect(t).toContain(stem('جندي'));
    expect(t).toContain(stem('روسيا'));
    expect(t).not.toContain('10');
    expect(t).not.toContain(stem('قال'));
    expect(t).not.toContain(stem('يونيو'));
    expect(t.some((x) => STOPWORDS.has(x))).toBe(false);
  });
});

describe('keywordStem', () => {
  it('is stem() unless the extra steps are set for measuring', () => {
    for (const w of ['الفيروس', 'الحرائق', 'شخصاً', 'والكتيبة']) expect(keywordStem(w)).toBe(stem(w));
    expect(keywordStem('الحرائق')).not.toBe(keywordStem('حريق'));
  });
});

// The extra steps, off by default (eval/crossval.ts `--stems extra` measures them).
describe('keywordStem with its extra steps', () => {
  beforeAll(() => setKeywordStemKnobs({ extra: true }));
  afterAll(() => setKeywordStemKnobs({ extra: false }));

  it.each([
    // a word beginning with a clitic letter, with and without its article
    ['الفيروس', 'فيروس'],
    ['والكتيبة', 'كتيبة'],
    ['الورقة', 'ورقة'],
    ['لقرطيلة', 'القرطيلة'],
    // broken plurals فعائل / فعايا and their singular
    ['الحرائق', 'حريق'],
    ['دقائق', 'الدقيقة'],
    ['الضحايا', 'ضحية'],
    ['قضايا', 'القضية'],
    // accusative alif of a three-letter noun
    ['شخصاً', 'شخص'],
    ['نهراً', 'النهر'],
  ])('%s and %s share a keyword stem', (a, b) => {
    expect(keywordStem(a)).toBe(keywordStem(b));
  });

  it('leaves words of other patterns apart', () => {
    // «نهاية» (an -ية noun) is no plural; «رسالة» and «شخص» differ from «رسائل» and «شخصية».
    expect(keywordStem('نهاية')).not.toBe(keywordStem('نهي'));
    expect(keywordStem('الحرائق')).not.toBe(keywordStem('الحرارة'));
    expect(keywordStem('قضايا')).not.toBe(keywordStem('قضاة'));
  });
});

describe('keywordStems', () => {

  it('gives no keyword for a stopword with a glued preposition', () => {
    expect(keywordStems('وصل بعدد من الجنود ببعض القرى')).toEqual([keywordStem('وصل'), keywordStem('الجنود'), keywordStem('القرى')]);
  });

  it('gives no keyword for a number word in the accusative', () => {
    expect(keywordStems('وصل ألفاً من الجنود وآلافاً من اللاجئين')).toEqual([keywordStem('وصل'), keywordStem('الجنود'), keywordStem('اللاجئين')]);
  });
});
