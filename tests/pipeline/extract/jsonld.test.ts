import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLdArticle } from '../../../lib/pipeline/extract/jsonld';

const page = (...scripts: string[]): Document =>
  new JSDOM(`<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`).window
    .document;

describe('readJsonLdArticle', () => {
  it('reads a plain NewsArticle', () => {
    const doc = page(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'افتتاح جسر جديد فوق النهر',
        datePublished: '2024-03-02T09:00:00+02:00',
        author: [{ '@type': 'Person', name: 'سعاد المحرر' }, { '@type': 'Person', name: 'كريم الكاتب' }],
        publisher: { '@type': 'Organization', name: 'صحيفة تجريبية' },
      }),
    );
    expect(readJsonLdArticle(doc)).toEqual({
      headline: 'افتتاح جسر جديد فوق النهر',
      datePublished: '2024-03-02T09:00:00+02:00',
      author: 'سعاد المحرر، كريم الكاتب',
      publisher: 'صحيفة تجريبية',
    });
  });

  it('finds the article inside @graph and with an array @type', () => {
    const doc = page(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'موقع' },
          { '@type': ['ReportageNewsArticle', 'Thing'], headline: 'عنوان من الرسم البياني', datePublished: '2024-01-05', author: 'فريق التحرير' },
        ],
      }),
    );
    const a = readJsonLdArticle(doc);
    expect(a?.headline).toBe('عنوان من الرسم البياني');
    expect(a?.datePublished).toBe('2024-01-05');
    expect(a?.author).toBe('فريق التحرير');
    expect(a?.publisher).toBeNull();
  });

  it('skips broken scripts quietly and uses the next good one', () => {
    const doc = page('{"@type": "NewsArticle", "headline": ', '{ not json', JSON.stringify({ '@type': 'Article', headline: 'سليم' }));
    expect(readJsonLdArticle(doc)?.headline).toBe('سليم');
  });

  it('tolerates raw line breaks inside strings', () => {
    const doc = page('{"@type": "NewsArticle", "headline": "سطر أول\nسطر ثان"}');
    expect(readJsonLdArticle(doc)?.headline).toBe('سطر أول سطر ثان');
  });

  it('returns null when no article object exists', () => {
    expect(readJsonLdArticle(page(JSON.stringify({ '@type': 'Organization', name: 'x' })))).toBeNull();
    expect(readJsonLdArticle(page())).toBeNull();
  });
});
