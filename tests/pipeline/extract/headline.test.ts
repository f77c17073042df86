import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findMainHeading, headlineKey, namesOutlet, sameHeadline, stripOutlet } from '../../../lib/pipeline/extract/headline';

describe('sameHeadline', () => {
  it('ignores quotation marks, kashida, diacritics and punctuation', () => {
    expect(sameHeadline('«افتتـاح» الجسرِ الجديد: غداً', 'افتتاح الجسر الجديد غدا')).toBe(true);
    expect(sameHeadline('"Bridge opens" tomorrow', 'bridge opens tomorrow')).toBe(true);
  });
  it('accepts a kicker or an outlet name around the same words, not a different headline', () => {
    expect(sameHeadline('عاجل | افتتاح الجسر الجديد في المدينة غدا', 'افتتاح الجسر الجديد في المدينة غدا')).toBe(true);
    expect(sameHeadline('افتتاح الجسر الجديد في المدينة غدا', 'إغلاق الجسر القديم في المدينة غدا')).toBe(false);
    // A few shared words are not the same headline.
    expect(sameHeadline('المدينة غدا', 'افتتاح الجسر الجديد في المدينة غدا بحضور الوزير والمحافظ')).toBe(false);
  });
  it('headlineKey keeps letters and digits only', () => {
    expect(headlineKey('«مئة» ألفٍ — 2024!')).toBe('ميه الف 2024');
  });
});

describe('stripOutlet', () => {
  it('drops the outlet before or after the headline', () => {
    expect(stripOutlet('المنارة نيوز - افتتاح الجسر الجديد غدا', 'المنارة نيوز')).toBe('افتتاح الجسر الجديد غدا');
    expect(stripOutlet('افتتاح الجسر الجديد غدا - المنارة نيوز', 'المنارة نيوز')).toBe('افتتاح الجسر الجديد غدا');
    expect(stripOutlet('افتتاح الجسر الجديد غدا - المنارة | Almanara', 'Almanara News')).toBe('افتتاح الجسر الجديد غدا - المنارة');
    expect(stripOutlet('افتتاح الجسر الجديد غدا - المنارة | Almanara', 'Almanara News', '', 'افتتاح الجسر الجديد غدا')).toBe('افتتاح الجسر الجديد غدا');
  });
  it('recognises the outlet by its host when the page names none', () => {
    expect(stripOutlet('افتتاح الجسر الجديد غدا | AlManara.com', '', 'www.almanara.com.lb')).toBe('افتتاح الجسر الجديد غدا');
  });
  it('keeps a headline whose parts are not the outlet', () => {
    expect(stripOutlet('الوزير: افتتاح الجسر الجديد غدا', 'المنارة نيوز')).toBe('الوزير: افتتاح الجسر الجديد غدا');
    expect(namesOutlet('الوزير', 'المنارة نيوز')).toBe(false);
  });
});

describe('findMainHeading', () => {
  const doc = (body: string): Document => new JSDOM(`<body>${body}</body>`).window.document;
  it('finds the h1 that is the headline, not the logo h1', () => {
    const d = doc('<h1>المنارة</h1><div><h1>«افتتاح» الجسر الجديد غدا</h1></div>');
    expect(findMainHeading(d, ['المنارة - افتتاح الجسر الجديد غدا'])?.textContent).toBe('«افتتاح» الجسر الجديد غدا');
  });
  it('falls back to an h2 headline, then to the only h1 outside the chrome', () => {
    expect(findMainHeading(doc('<h2>افتتاح الجسر الجديد غدا</h2>'), ['افتتاح الجسر الجديد غدا'])?.tagName).toBe('H2');
    expect(findMainHeading(doc('<header><h1>المنارة</h1></header><main><h1>عنوان آخر تماما للخبر</h1></main>'), ['لا علاقة'])?.textContent).toBe('عنوان آخر تماما للخبر');
    expect(findMainHeading(doc('<h1>عنوان أول للخبر</h1><h1>عنوان ثان للخبر</h1>'), [])).toBeNull();
  });
});
