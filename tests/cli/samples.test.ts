// The invented demo articles (samples/) and the page builder both the demo and the fixtures use.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../cli/compare';
import { extractArticle } from '../../lib/pipeline/extract';
import { buildPage, escapeHtml } from '../../samples/page-builder';
import { listSamplePages, listSamples } from '../../samples/pages';
import { isCoveredHost } from '../fixtures/pages';

describe('sample articles', () => {
  const samples = listSamples();

  it('are four, all marked as invented, on covered hosts, 150–250 words each', () => {
    expect(samples).toHaveLength(4);
    for (const s of samples) {
      expect(s.invented).toBe(true);
      expect(s.site).toContain('نص مختلق');
      expect(isCoveredHost(s.host.replace(/^www\./, ''))).toBe(true);
      expect(Number.isNaN(Date.parse(s.published))).toBe(false);
      const words = [s.title, ...s.paragraphs].join(' ').split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(250);
    }
    const dates = samples.map((s) => Date.parse(s.published));
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  });

  it('build into pages that say they are invented and extract as articles', () => {
    for (const page of listSamplePages()) {
      expect(page.html).toContain('<html lang="ar" dir="rtl">');
      expect(page.html).toContain('name="tabayyun:invented"');
      const dom = new JSDOM(page.html, { url: page.url });
      const r = extractArticle(dom.window.document, page.url);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.article.site).toBe(page.meta.site);
        expect(r.article.title).toBe(page.meta.headline);
      }
    }
  }, 60_000);

  it('give the demo its difference: deaths 32 / about 40 / more than 55 / 61, no rescue teams or dates', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-samples-'));
    const files = listSamplePages().map((p, i) => {
      const f = path.join(dir, `${i}.html`);
      fs.writeFileSync(f, p.html);
      return f;
    });
    const report = await compareFiles(files);
    expect(report.current).toBe(3);
    expect(report.related.map((r) => r.article).sort()).toEqual([0, 1, 2]);
    const deaths = report.differences.find((d) => (d.unit ?? '').includes('قتيل'));
    expect(deaths?.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([32, 40, 55, 61]);
    for (const d of report.differences) {
      expect(['date', 'year', 'duration']).not.toContain(d.kind);
      expect(d.unit ?? '').not.toMatch(/فرق|سرير/);
      // No figure of the deaths difference is the 40 hospital beds or the 60 hours.
      if (d === deaths) for (const f of d.figures) expect(f.sentence).toContain('قتيل');
    }
  });
});

describe('page builder', () => {
  it('escapes text in elements, attributes and JSON-LD', () => {
    expect(escapeHtml(`<b a="1">'&'</b>`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
    const html = buildPage({
      host: 'www.example.com',
      path: '/x',
      site: 'موقع "تجريبي"',
      headline: 'عنوان </script><script>alert(1)</script>',
      published: '2024-01-02T03:04:05Z',
      blocks: [{ kind: 'p', text: 'فقرة <img src=x onerror=alert(1)>' }],
    });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script:not([type])').length).toBe(0);
    expect(doc.querySelector('img[onerror]')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe('عنوان </script><script>alert(1)</script>');
    expect(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('موقع "تجريبي"');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.headline).toBe('عنوان </script><script>alert(1)</script>');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.characterSet).toBe('UTF-8');
  });
});
