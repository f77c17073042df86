// Builds small AnalyzedArticle records for store tests (invented text, no real reporting).
import type { AnalyzedArticle } from '../../lib/types';

export function makeArticle(over: Partial<AnalyzedArticle> & { canonicalUrl: string }): AnalyzedArticle {
  return {
    url: over.canonicalUrl,
    site: 'مثال',
    host: 'example.test',
    title: 'عنوان تجريبي',
    byline: null,
    published: null,
    lang: 'ar',
    dir: 'rtl',
    text: 'نص تجريبي',
    claims: [],
    keywords: [],
    entities: [],
    ...over,
  };
}
