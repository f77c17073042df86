// `tabayyun extract` (../shared/contract/cli.md): JSON Lines per saved page, a summary without
// --json, exit 2 with one line for a file that cannot be read.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExtractLine } from '../../cli/extract';
import { analyzeArticle } from '../../lib/pipeline/analyze';
import { extractArticle } from '../../lib/pipeline/extract';
import { describeShared } from '../fixtures/describe-shared';
import { MARKUP_PAGES } from '../fixtures/markup-pages';
import { CNN_HTML, PAGES_DIR } from '../fixtures/shared';
import { errorLines, runCli } from './helpers';

const FIELDS = ['file', 'ok', 'reason', 'title', 'site', 'byline', 'published', 'lang', 'dir', 'text', 'claims'];

function writePages(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-extract-'));
  return MARKUP_PAGES.map((build, i) => {
    const file = path.join(dir, `page-${i}.html`);
    fs.writeFileSync(file, build().html);
    return file;
  });
}

function jsonLines(stdout: string): ExtractLine[] {
  return stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ExtractLine);
}

describe('tabayyun extract --json', () => {
  const files = writePages();
  const notArticle = path.join(path.dirname(files[0]), 'menu.html');
  fs.writeFileSync(notArticle, '<html><body><nav><a href="/">الرئيسية</a> <a href="/a">أخبار</a></nav></body></html>');
  const r = runCli(['extract', '--json', ...files, notArticle]);

  it('prints one line per file, in order, with the contract fields in order', () => {
    expect(r.status).toBe(0);
    expect(errorLines(r)).toEqual([]);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([...files, notArticle]);
    for (const l of lines) expect(Object.keys(l).slice(0, FIELDS.length)).toEqual(FIELDS);
  }, 60_000);

  it('gives what a reader finds in each page', () => {
    const lines = jsonLines(r.stdout);
    MARKUP_PAGES.forEach((build, i) => {
      const { expected } = build();
      const l = lines[i];
      expect(l).toMatchObject({
        ok: true, reason: null, title: expected.title, site: expected.site, byline: expected.byline,
        published: expected.published, lang: expected.lang, dir: expected.dir, text: expected.paragraphs.join('\n\n'),
      });
    });
  });

  it('counts the figures the extension would store', () => {
    const lines = jsonLines(r.stdout);
    MARKUP_PAGES.forEach((build, i) => {
      const page = build();
      const result = extractArticle(new JSDOM(page.html, { url: page.url }).window.document, page.url);
      if (!result.ok) throw new Error(page.name);
      // The same article as in the extension, except the address (a file here).
      expect(lines[i].claims).toBe(analyzeArticle(result.article).claims.length);
    });
    expect(lines[0].claims).toBeGreaterThan(0);
  });

  it('says why a page is not an article, and goes on', () => {
    const last = jsonLines(r.stdout).at(-1)!;
    expect(last).toMatchObject({ ok: false, reason: 'not-readerable', title: null, text: null, claims: null });
  });
});

describe('tabayyun extract (summary and bad input)', () => {
  it('prints a short summary per file without --json', () => {
    const [file] = writePages();
    const { expected } = MARKUP_PAGES[0]();
    const r = runCli(['extract', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(file);
    expect(r.stdout).toContain(expected.title);
    expect(r.stdout).toContain(expected.byline!);
    expect(r.stdout).toContain(expected.published);
    expect(r.stdout).not.toContain('{');
  }, 60_000);

  it.each([
    [['extract'], /no files given/],
    [['extract', 'no/such/page.html'], /no\/such\/page\.html: no such file/],
    [['extract', 'README.md'], /README\.md: not a saved web page/],
  ])('%j exits 2 with one line', (args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  }, 60_000);
});

describeShared('tabayyun extract on the real saved pages', () => {
  const pages = [
    ...fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(PAGES_DIR, f)),
    CNN_HTML,
  ];
  // Article dates as the pages print them (pages/README.md lists them too).
  const dates: Record<string, string> = {
    '01_youm7.html': '2020-08-24', '02_alyaum.html': '2020-12-01', '03_albayan.html': '2020-06-03', '06_sputnikarabic.html': '2020-03-17',
    '07_elbaladtv.html': '2020-12-25', '09_assabah.html': '2019-02-08', 'cnnarabic-2013-syria-clashes.html': '2013-08-28',
  };

  it('reads every page as the extension does', () => {
    const r = runCli(['extract', '--json', ...pages]);
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual(pages);
    for (const l of lines) {
      const html = fs.readFileSync(l.file, 'utf8');
      const url = `file://${l.file}`;
      const own = extractArticle(new JSDOM(html, { url }).window.document, url);
      if (!own.ok) throw new Error(`${l.file}: ${own.reason}`);
      expect(l).toMatchObject({ ok: true, title: own.article.title, site: own.article.site, byline: own.article.byline, text: own.article.text, lang: 'ar', dir: 'rtl' });
      expect(l.published?.slice(0, 10)).toBe(dates[path.basename(l.file)]);
      expect(l.title).toBeTruthy();
      expect(l.text!.split('\n\n').length).toBeGreaterThan(1);
    }
  }, 120_000);
});
