// Pages built the way real sites build them (tests/fixtures/markup-pages.ts): the article,
// its headline, outlet, author, date, language and direction come out; the furniture does not.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { extractArticle } from '../../../lib/pipeline/extract';
import type { ArticleSnapshot } from '../../../lib/types';
import { aspNetFormPage, MARKUP_PAGES, type MarkupPage, wordpressPage } from '../../fixtures/markup-pages';

function extract(page: MarkupPage): ArticleSnapshot {
  const dom = new JSDOM(page.html, { url: page.url });
  const r = extractArticle(dom.window.document, page.url);
  if (!r.ok) throw new Error(`${page.name}: ${r.reason} (${r.detail})`);
  return r.article;
}

describe('pages built as real sites build them', () => {
  for (const build of MARKUP_PAGES) {
    const page = build();
    it(`${page.name}: headline, outlet, author, date, language, direction`, () => {
      const a = extract(page);
      expect(a.title).toBe(page.expected.title);
      expect(a.site).toBe(page.expected.site);
      expect(a.byline).toBe(page.expected.byline);
      expect(a.published).toBe(page.expected.published);
      expect(a.lang).toBe(page.expected.lang);
      expect(a.dir).toBe(page.expected.dir);
    });
    it(`${page.name}: the article's paragraphs, in order, and nothing else`, () => {
      const a = extract(page);
      expect(a.text.split('\n\n')).toEqual(page.expected.paragraphs);
      for (const f of page.expected.furniture) expect(a.text).not.toContain(f);
    });
  }

  it('the ASP.NET page is lost without the form guard: every paragraph sits inside <form>', () => {
    const page = aspNetFormPage();
    const doc = new JSDOM(page.html).window.document;
    const form = doc.getElementById('aspnetForm');
    expect(form).not.toBeNull();
    for (const p of Array.from(doc.querySelectorAll('p'))) expect(form!.contains(p)).toBe(true);
    // The headline in the page and in og:title differ by quotes, kashida and the outlet's name.
    expect(doc.querySelector('h1')!.textContent).not.toBe(page.expected.title);
  });

  it('a title with the outlet around it gives no headline figure from the outlet name', () => {
    const page = wordpressPage();
    const pageTitle = new JSDOM(page.html).window.document.title;
    // The outlet's name reads as an ordinal ("the third") when left in the title.
    expect(extractClaims(pageTitle).some((c) => c.text.includes('ثالثة'))).toBe(true);
    const analyzed = analyzeArticle(extract(page));
    expect(analyzed.claims.some((c) => c.text.includes('ثالثة'))).toBe(false);
  });
});
