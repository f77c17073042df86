// extractArticle on realistic pages: the five seed pages, every corpus page, the real CNN Arabic
// page, and front pages that must be rejected. Texts are read from ../shared at run time.

import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/pipeline/extract';
import type { ArticleSnapshot } from '../../../lib/types';
import { DEFAULT_COMMENT_POLICY, DEFAULT_FOOTER, DEFAULT_MOST_READ, DEFAULT_TICKER } from '../../../samples/page-builder';
import {
  buildCorpusPage,
  buildHomePage,
  buildSeedPage,
  listCorpusStories,
  listSeedPages,
  outletName,
  readCorpusText,
  type BuiltPage,
} from '../../fixtures/pages';
import { seedInfo, seedLayout, SEED_READING_ORDER } from '../../fixtures/seeds';
import { describeShared } from '../../fixtures/describe-shared';
import { CNN_HTML, CORPUS_DIR, readSeedLines } from '../../fixtures/shared';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function extract(page: BuiltPage): ArticleSnapshot {
  const dom = new JSDOM(page.html, { url: page.url });
  const result = extractArticle(dom.window.document, page.url);
  if (!result.ok) throw new Error(`${page.meta.file}: not an article (${result.reason}: ${result.detail})`);
  return result.article;
}

/** Lines of a seed dump that give the troop figure ("… آلاف جندي …"). */
function troopLines(prefix: string): string[] {
  return readSeedLines(seedInfo(prefix).file)
    .map(squash)
    .filter((l) => l.includes('آلاف جندي'))
    .map((l) => l.replace(/^-\s*/, ''));
}

describeShared('seed pages', () => {
  it('are listed in reading order 004, 003, 002, 000, 001', () => {
    expect(listSeedPages().map((p) => p.meta.file.slice(0, 3))).toEqual(['004', '003', '002', '000', '001']);
    expect(SEED_READING_ORDER).toEqual(['004', '003', '002', '000', '001']);
  });

  for (const markup of [undefined, 'semantic', 'plain'] as const) {
    describe(`markup ${markup ?? 'as the seed has it'}`, () => {
      for (const prefix of SEED_READING_ORDER) {
        it(`${prefix}: article with the right headline, outlet, date and no furniture`, () => {
          const page = buildSeedPage(prefix, { markup });
          const layout = seedLayout(prefix);
          const a = extract(page);
          expect(a.title).toBe(layout.headline);
          expect(a.site).toBe(page.meta.site);
          expect(a.published).toBe(new Date(seedInfo(prefix).published).toISOString());
          expect(a.dir).toBe('rtl');
          expect(a.lang).toBe('ar');
          expect(a.canonicalUrl).toBe(new URL(page.meta.canonical).href);

          const text = squash(a.text);
          for (const line of troopLines(prefix)) expect(text).toContain(line);
          // Ticker, related lists, most read, comment policy, footer.
          for (const t of layout.ticker ?? DEFAULT_TICKER) expect(text).not.toContain(t);
          for (const box of [...(layout.afterArticle ?? []), ...(layout.sidebar ?? [DEFAULT_MOST_READ])]) {
            expect(text).not.toContain(box.title);
            for (const item of box.items) expect(text).not.toContain(item);
            for (const teaser of box.teasers ?? []) if (teaser) expect(text).not.toContain(teaser);
          }
          expect(text).not.toContain(DEFAULT_COMMENT_POLICY.slice(0, 40));
          for (const f of DEFAULT_FOOTER) expect(text).not.toContain(f);
          expect(text).not.toContain('جميع الحقوق محفوظة');
          // Paragraphs, not one blob.
          expect(a.text.split('\n\n').length).toBeGreaterThan(1);
          expect(a.text).not.toMatch(/\n{3,}/);
        });
      }
    });
  }

  it('000 and 001 carry the troop figure; 002 does not', () => {
    expect(troopLines('000').length).toBeGreaterThan(0);
    expect(troopLines('001').length).toBeGreaterThan(0);
    expect(extract(buildSeedPage('002')).text).not.toContain('آلاف جندي');
  });

  it('001: the unrelated plane-crash article below is not taken', () => {
    for (const markup of ['semantic', 'plain'] as const) {
      const layout = seedLayout('001');
      const text = squash(extract(buildSeedPage('001', { markup })).text);
      expect(text).not.toContain('إمبراير 190');
      expect(layout.secondArticle).toBeDefined();
      expect(text).not.toContain(layout.secondArticle!.headline);
      for (const b of layout.secondArticle!.blocks) if (b.kind === 'p') expect(text).not.toContain(b.text);
    }
  });

  it('002: the aggregator ticker full of numbers stays out, the article body is in', () => {
    const layout = seedLayout('002');
    expect(layout.ticker!.length).toBeGreaterThan(10);
    const a = extract(buildSeedPage('002'));
    expect(a.byline).toBe('الأيام 24');
    for (const t of layout.ticker!) expect(a.text).not.toContain(t);
    const paragraphs = layout.blocks.filter((b) => b.kind === 'p' && b.text.length > 120);
    for (const p of paragraphs) if (p.kind === 'p') expect(squash(a.text)).toContain(p.text);
    // The dateline, captions and the "click here" line are furniture.
    expect(a.text).not.toMatch(/^نشر في/m);
    expect(a.text).not.toMatch(/^Reuters/m);
    expect(a.text).not.toContain('انقر هنا');
  });

  it('000: breadcrumbs, photo caption and the city–outlet dateline are not article text', () => {
    const layout = seedLayout('000');
    const a = extract(buildSeedPage('000'));
    expect(a.text).not.toContain(layout.dateline!);
    expect(a.text.startsWith(squash(readSeedLines(seedInfo('000').file)[1]))).toBe(false);
    for (const crumb of layout.breadcrumbs!) expect(a.text.split('\n\n')).not.toContain(crumb);
    expect(a.text).not.toContain(layout.breadcrumbs!.join(' » '));
    expect(a.byline).toBeNull();
  });

  it('an outlet the page does not name is shown by its host, never a file number', () => {
    for (const prefix of ['003', '004']) {
      const page = buildSeedPage(prefix);
      const a = extract(page);
      expect(a.site).toBe(page.host.replace(/^www\./, ''));
    }
  });

  it('000 is dated earlier than 001 on the same day', () => {
    const a = extract(buildSeedPage('000'));
    const b = extract(buildSeedPage('001'));
    expect(a.published!.slice(0, 10)).toBe(b.published!.slice(0, 10));
    expect(Date.parse(a.published!)).toBeLessThan(Date.parse(b.published!));
  });

  it('a long "more stories" grid of headline cards below the article stays out', () => {
    const page = buildSeedPage('004');
    const cards = Array.from(
      { length: 300 },
      (_, i) => `<div class="c"><h3><a href="/s/${i}">خبر منوع رقم ${i + 1} عن أسعار الخضر</a></h3><p>ملخص قصير للخبر رقم ${i + 1}.</p><img src="/i/${i}.jpg"></div>`,
    ).join('');
    const html = page.html.replace('</body>', `<div class="x">${cards}</div></body>`);
    const a = extract({ ...page, html });
    expect(a.text).not.toContain('خبر منوع');
    expect(a.text).not.toContain('ملخص قصير');
    for (const line of troopLines('004')) expect(squash(a.text)).toContain(line);
  });

  it('does not modify the live page', () => {
    const page = buildSeedPage('001');
    const dom = new JSDOM(page.html, { url: page.url });
    const before = dom.window.document.documentElement.outerHTML;
    extractArticle(dom.window.document, page.url);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });
});

describeShared('corpus pages', () => {
  const stories = listCorpusStories();
  it('lists the five stories with six files each', () => {
    expect(stories.length).toBe(5);
    for (const s of stories) expect(s.files.length).toBe(6);
  });

  for (const { story, files } of stories) {
    for (const file of files) {
      it(`${story}/${file}`, () => {
        const page = buildCorpusPage(story, file);
        const a = extract(page);
        const { title, paragraphs } = readCorpusText(story, file);
        const meta = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, story, 'metadata.json'), 'utf8')).files.find(
          (f: { file: string }) => f.file === file,
        );
        expect(a.title).toBe(title);
        expect(a.site).toBe(outletName(meta.outlet));
        expect(a.published?.slice(0, 7)).toBe(meta.publication_date.slice(0, 7));
        expect(a.canonicalUrl).toBe(new URL(meta.source_url).href);
        const text = squash(a.text);
        // Every real paragraph is kept (short dateline lines such as "city – outlet" may go),
        // nothing of the page furniture is.
        for (const p of paragraphs) if (p.length >= 80) expect(text).toContain(p);
        const total = paragraphs.reduce((n, p) => n + p.length, 0);
        expect(text.length).toBeGreaterThan(total * 0.85);
        for (const t of DEFAULT_TICKER) expect(text).not.toContain(t);
        for (const t of DEFAULT_MOST_READ.items) expect(text).not.toContain(t);
        expect(text).not.toContain('جميع الحقوق محفوظة');
      });
    }
  }
});

describeShared('the real CNN Arabic page', () => {
  const html = fs.readFileSync(CNN_HTML, 'utf8');
  const info = JSON.parse(fs.readFileSync(path.join(path.dirname(CNN_HTML), 'metadata.json'), 'utf8')).pages[0];
  const dom = new JSDOM(html, { url: info.source.original_url });
  const result = extractArticle(dom.window.document, info.source.original_url);

  it('is an article with its headline, outlet and on-page date', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(info.title);
    expect(result.article.site).toContain('CNN');
    expect(result.article.published).toBe(info.publication_date.slice(0, 10));
    expect(result.article.dir).toBe('rtl');
  });

  it('has the seven paragraphs and none of the most-read box, comment policy or footer', () => {
    if (!result.ok) throw new Error('not an article');
    const paragraphs = result.article.text.split('\n\n');
    expect(paragraphs.length).toBe(7);
    const doc = dom.window.document;
    const mostRead = Array.from(doc.querySelectorAll('h2 a')).map((a) => squash(a.textContent ?? ''));
    expect(mostRead.length).toBeGreaterThanOrEqual(5);
    for (const t of mostRead) expect(result.article.text).not.toContain(t);
    expect(result.article.text).not.toContain('الآراء الواردة');
    expect(result.article.text).not.toContain('Cable News Network');
  });
});

describe('front pages', () => {
  for (const markup of ['semantic', 'plain'] as const) {
    for (const teasers of ['short', 'long'] as const) {
      it(`a home page (${markup}, ${teasers} teasers) is not an article`, () => {
        const page = buildHomePage(markup, teasers);
        const dom = new JSDOM(page.html, { url: page.url });
        const r = extractArticle(dom.window.document, page.url);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toBe('not-readerable');
      });
    }
  }
});
