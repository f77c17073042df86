import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../lib/analyze';
import type { ArticleSnapshot } from '../lib/types';

const snap: ArticleSnapshot = {
  url: 'https://example.test/a',
  canonicalUrl: 'https://example.test/a',
  site: 'مثال',
  host: 'example.test',
  title: 'ارتفاع حصيلة ضحايا الزلزال في المغرب',
  byline: null,
  published: '2023-09-10',
  lang: 'ar',
  dir: 'rtl',
  text: 'ارتفاع حصيلة ضحايا الزلزال في المغرب\n\nأعلنت وزارة الداخلية ارتفاع عدد القتلى إلى 2000 قتيل، و1400 وفاة بإقليم الحوز.',
};

describe('analyzeArticle', () => {
  it('adds claims and story features and keeps the snapshot', () => {
    const a = analyzeArticle(snap);
    expect(a.url).toBe(snap.url);
    expect(a.text).toBe(snap.text);
    expect(a.claims.map((c) => c.value)).toEqual(expect.arrayContaining([2000, 1400]));
    expect(a.claims.find((c) => c.value === 1400)?.places).toEqual(['al-haouz']);
    expect(a.entities).toContain('morocco');
    expect(a.keywords.length).toBeGreaterThan(3);
  });

  it('is pure: the same snapshot gives the same result', () => {
    expect(analyzeArticle(snap)).toEqual(analyzeArticle(snap));
  });
});
