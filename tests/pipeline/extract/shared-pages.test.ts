// The real saved pages in ../shared/pages and ../shared/corpus/html, read by path. What a
// reader finds in each page was decided by reading the page: which element holds the headline,
// the body and the byline (selectors below), the printed date. The extraction must agree.

import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { extractArticle } from '../../../lib/pipeline/extract';
import { describeShared } from '../../fixtures/describe-shared';
import { CNN_HTML, PAGES_DIR, SHARED_DIR } from '../../fixtures/shared';

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

interface PageTruth {
  file: string;
  /** The page's address when it was saved. */
  url: string;
  /** The headline element. */
  title: string | ((doc: Document) => Element | null | undefined);
  /** Elements that hold the article body, in order (scripts inside them are not text). */
  body: string;
  /** Lines inside `body` that are not article text (the byline line of an interview). */
  notBody?: RegExp;
  /** The byline element, and what to cut from its text to leave the name; null: the page names no author. */
  byline: { selector: string; cut?: RegExp } | null;
  /** The date printed under the headline. */
  date: string;
  /** Outlet: the page's og:site_name, else the host. */
  host: string;
  /** Page furniture that must stay out: every element these select. */
  furniture: string;
}

const PAGES: PageTruth[] = [
  {
    file: 'pages/01_youm7.html', url: 'https://www.youm7.com/story/2020/8/24/x', title: 'article h1', body: '#articleBody > p',
    byline: { selector: 'span.writeBy', cut: /^\S+\s+/ }, date: '2020-08-24', host: 'youm7.com',
    furniture: '#nt-title a, .breadcumb a, .img-cap, .writeBy, .NewShareBtn, .BGCommentSBar, .news-dev8, .titleComment, .shortUrl, .TrendingNewBlock a, .most-read h3 a, .newFooterMenu a, .copyright',
  },
  {
    file: 'pages/02_alyaum.html', url: 'https://www.alyaum.com/articles/6291787', title: '.aksa-to1-main > h1', body: 'article[id^="post-"] > .font-grey',
    byline: { selector: 'a.aksa-byline', cut: /\s+-\s+\S+$/ }, date: '2020-12-01', host: 'alyaum.com',
    furniture: '.article-section-info a, .row-inner-title a, .aksa-date, .rsbtn_text, .article-bx a.article-title, .aksa-title, .article-publishtime',
  },
  {
    file: 'pages/03_albayan.html', url: 'https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3872046', title: 'article h1.title', body: '#articledetails > p',
    notBody: /عبر غوغل نيوز$/, byline: null, date: '2020-06-03', host: 'albayan.ae',
    furniture: '.breadcrumb span, .widget.poll h2, .widget.poll h3, .metadata .source, .metadata .publish-date',
  },
  {
    file: 'pages/06_sputnikarabic.html', url: 'https://arabic.sputniknews.com/arab_world/202003171044893040/', title: 'h1[itemprop="headline"]',
    body: '.b-article__lead > p, [itemprop="articleBody"] > p',
    byline: null, date: '2020-03-17', host: 'arabic.sputniknews.com',
    furniture: '.b-breakingnews-double__list a, .b-article__header-copy, .b-article__refs-rubric, .b-article__refs-getshorturl, .b-article__refs-story-label, .b-article__refs-story-title, [itemprop="articleBody"] > div',
  },
  {
    file: 'pages/07_elbaladtv.html', url: 'https://elbaladtv.net/317359', title: 'h1.jeg_post_title', body: '.content-inner > p',
    byline: { selector: '.jeg_meta_author a' }, date: '2020-12-25', host: 'elbaladtv.net',
    furniture: '#breadcrumbs a, .jeg_meta_date, .jeg_sharelist span, .jeg_postblock_21 .jeg_block_title, .jeg_postblock_21 .jeg_post_title a, .jeg_postblock_21 .jeg_meta_date',
  },
  {
    file: 'pages/09_assabah.html', url: 'http://www.assabah.com.tn/article/164913', title: 'h1#page-title',
    // The deck under the headline (.field-name-field-op-subtitle) repeats quotes of the interview: not body.
    body: '.field-name-body .field-item > p', notBody: /^حوار\s*:/,
    byline: { selector: '.field-name-body .field-item > p:first-child', cut: /^حوار\s*:\s*/ }, date: '2019-02-08', host: 'assabah.com.tn',
    furniture: '#main-menu a, .date-display-single, .beacon9-social a',
  },
  {
    file: 'corpus/html/cnnarabic-2013-syria-clashes.html', url: 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html', title: (doc) => doc.querySelector('.cnn_stryathrtmp')?.previousElementSibling,
    body: '.cnn_strycntntrgt > p', notBody: /^(ترحب شبكة|الآراء الواردة)/,
    byline: null, date: '2013-08-28', host: 'arabic.cnn.com',
    furniture: '.cnn_strytmstmp, h2 a',
  },
];

/** Text of an element without its scripts and styles. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const s of Array.from(copy.querySelectorAll('script, style, noscript'))) s.remove();
  return squash(copy.textContent);
}

describeShared('real saved pages: extract finds what a reader finds', () => {
  it('covers every page in pages/ and corpus/html/', () => {
    const onDisk = [
      ...fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).map((f) => `pages/${f}`),
      path.relative(SHARED_DIR, CNN_HTML),
    ];
    expect(PAGES.map((p) => p.file).sort()).toEqual(onDisk.sort());
  });

  for (const truth of PAGES) {
    it(truth.file, () => {
      const html = fs.readFileSync(path.join(SHARED_DIR, truth.file), 'utf8');
      const page = new JSDOM(html, { url: truth.url }).window.document;
      const result = extractArticle(new JSDOM(html, { url: truth.url }).window.document, truth.url);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const a = result.article;

      const titleEl = typeof truth.title === 'string' ? page.querySelector(truth.title) : truth.title(page);
      expect(titleEl?.tagName).toBe('H1');
      expect(squash(a.title)).toBe(squash(titleEl?.textContent));
      const ogSite = page.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
      expect(a.site).toBe(squash(ogSite) || truth.host);
      const bylineEl = truth.byline ? page.querySelector(truth.byline.selector) : null;
      const byline = truth.byline ? squash(bylineEl?.textContent).replace(truth.byline.cut ?? /^$/, '') : null;
      if (truth.byline) expect(byline).toBeTruthy();
      expect(a.byline).toBe(byline);
      // The printed day; where the page also gives a time, it is written in the page's zone.
      expect(a.published?.slice(0, 10)).toBe(truth.date);
      expect(a.lang).toBe('ar');
      expect(a.dir).toBe('rtl');

      // The body, all of it and nothing else, in order.
      const body = Array.from(page.querySelectorAll(truth.body))
        .map(visibleText)
        .filter((t) => t && !(truth.notBody && truth.notBody.test(t)));
      expect(body.length).toBeGreaterThan(0);
      expect(a.text.split('\n\n').length).toBeGreaterThan(1);
      // <br>-separated lines run together in textContent: compare without whitespace.
    const want = body.join('').replace(/\s+/g, '');
    const got = a.text.replace(/\s+/g, '');
    if (got !== want) {
      let i = 0;
      while (i < got.length && got[i] === want[i]) i++;
      expect(got.slice(Math.max(0, i - 40), i + 80)).toBe(want.slice(Math.max(0, i - 40), i + 80));
    }

      // Furniture: no paragraph is a furniture line, and no furniture line of some length is in the text
      // (short ones, a menu's "الرئيسية", are also ordinary words).
      const furniture = Array.from(page.querySelectorAll(truth.furniture)).map(visibleText).filter(Boolean);
      expect(furniture.length).toBeGreaterThan(0);
      const paragraphs = new Set(a.text.split('\n\n'));
      for (const f of furniture) {
        expect(paragraphs.has(f)).toBe(false);
        if (f.length >= 20) expect(squash(a.text)).not.toContain(f);
      }
    }, 30_000);
  }
});
