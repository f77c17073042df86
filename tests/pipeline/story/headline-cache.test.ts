// Headline stems are cached by the headline's text (lib/pipeline/story/similarity.ts): a store
// lookup gets new objects for the same reads each time. The cache must give exactly what
// keywordStems gives, follow a changed headline, and stay within its bound.
import { describe, expect, it } from 'vitest';
import { HEADLINE_CACHE_LIMIT, headlineCacheSize, headlineStems, storySimilarity } from '../../../lib/pipeline/story/similarity';
import { MAX_HEADLINE_LENGTH } from '../../../lib/pipeline/story/limits';
import { keywordStems } from '../../../lib/pipeline/text/normalize';

// Invented headlines about an invented town.
const title = 'حريق يلتهم سوق بلدة الوادي الأخضر';
const read = (t: string) => ({ keywords: ['حريق', 'سوق'], entities: [], title: t });

describe('headline stems cache', () => {
  it('gives the stems of the headline, the same for a new object with the same headline', () => {
    const first = headlineStems(read(title));
    expect([...first]).toEqual([...new Set(keywordStems(title))]);
    expect(headlineStems(read(title))).toBe(first);
  });

  it('follows a changed headline (a re-read whose title changed), and leaves a lead-long first line out', () => {
    const changed = 'ارتفاع خسائر حريق سوق الوادي الأخضر';
    expect([...headlineStems(read(changed))]).toEqual([...new Set(keywordStems(changed))]);
    expect(headlineStems(read(changed))).not.toEqual(headlineStems(read(title)));
    expect(headlineStems(read('كلمة '.repeat(MAX_HEADLINE_LENGTH))).size).toBe(0);
  });

  it('stays within its bound over a long session, with the same answers after it empties', () => {
    const before = storySimilarity(read(title), read('حريق سوق الوادي الأخضر'));
    for (let i = 0; i < HEADLINE_CACHE_LIMIT + 50; i++) headlineStems(read(`عنوان رقم ${i}`));
    expect(headlineCacheSize()).toBeLessThanOrEqual(HEADLINE_CACHE_LIMIT);
    expect(headlineCacheSize()).toBeGreaterThan(0);
    expect(storySimilarity(read(title), read('حريق سوق الوادي الأخضر'))).toBe(before);
  });
});
