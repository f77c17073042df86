// Pages for the browser sections: the seed articles (the project's fixture builders when they
// exist, simple article pages otherwise), the saved CNN Arabic page and a generated 1 MB page.
// All served on loopback under outlet host names the content script matches.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServedPage } from '../../scripts/server';
import { corpusHtmlPages, corpusTexts, seedTexts, type SharedText } from './shared';

export interface BenchPage extends ServedPage {
  /** Short label for tables. */
  label: string;
  /** An ordinary article page (goal: no long task), as opposed to the generated large page. */
  ordinary: boolean;
}

// Outlets whose whole domain the content script matches (lib/extension/sites.ts).
const HOSTS = ['www.aljazeera.net', 'www.alarabiya.net', 'www.skynewsarabia.com', 'www.hespress.com', 'www.youm7.com', 'www.masrawy.com', 'www.al-ain.com', 'www.aletihad.ae'];

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain article page around a text: headline from its first line, one <p> per paragraph. */
export function articlePage(t: SharedText, host: string, pagePath: string, published: string): string {
  const lines = t.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const title = lines[0] ?? 'خبر';
  const paras = lines.slice(1).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(title)}">
<meta property="article:published_time" content="${published}"><link rel="canonical" href="https://${host}${pagePath}">
</head><body><header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/sport">رياضة</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1>
${paras}
</article></main><footer><p>جميع الحقوق محفوظة</p></footer></body></html>`;
}

/** The seed pages in reading order: tests/fixtures/pages.ts when present, else simple pages. */
export async function seedPages(): Promise<{ pages: BenchPage[]; source: string }> {
  try {
    const mod = (await import(pathToFileURL(path.resolve(process.cwd(), 'tests/fixtures/pages.ts')).href)) as {
      listSeedPages?: () => (ServedPage & { meta?: { site?: string } })[];
    };
    if (typeof mod.listSeedPages === 'function') {
      const list = mod.listSeedPages();
      if (list.length > 0) {
        return {
          pages: list.map((p, i) => ({ host: p.host, path: p.path, html: p.html, label: `seed ${i} (${p.meta?.site ?? p.host})`, ordinary: true })),
          source: 'tests/fixtures/pages.ts listSeedPages()',
        };
      }
    }
  } catch {
    // Fixture builders not written yet: fall back to simple pages.
  }
  const pages = seedTexts().map((t, i) => {
    const host = HOSTS[i % HOSTS.length];
    const p = `/bench/seed-${i}.html`;
    return { host, path: p, html: articlePage(t, host, p, `2024-11-0${i + 1}T10:00:00Z`), label: `seed ${i}`, ordinary: true };
  });
  return { pages, source: 'bench/util/pages.ts (simple article pages around the seed texts)' };
}

/** The saved real pages (CNN Arabic), served under their own host. */
export function realHtmlPages(): BenchPage[] {
  return corpusHtmlPages().map((p, i) => ({ host: 'arabic.cnn.com', path: `/bench/real-${i}.html`, html: p.html, label: path.basename(p.name, '.html'), ordinary: true }));
}

/**
 * A news page of about `bytes` of HTML: one article from the corpus amid the chrome of a big
 * portal (menus, a long related-links box, a comment thread of thousands of messages).
 */
export function largePage(bytes = 1_000_000): BenchPage {
  const texts = corpusTexts();
  // The longest corpus article: the page's text is a real story, not a stub.
  const article = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const host = 'www.youm7.com';
  const p = '/bench/large.html';
  const head = articlePage(article, host, p, '2023-09-10T10:00:00Z');
  const sentences = texts.flatMap((t) => t.text.split(/(?<=[.؟!])\s+|\n+/)).map((s) => s.trim()).filter((s) => s.length > 20);
  const menu = Array.from({ length: 300 }, (_, i) => `<li><a href="/section/${i}">${escapeHtml(sentences[i % sentences.length].slice(0, 30))}</a></li>`).join('');
  const related = Array.from({ length: 400 }, (_, i) => `<li class="related"><a href="/news/${i}"><img alt="" src="data:,"><span>${escapeHtml(sentences[(i * 7) % sentences.length].slice(0, 90))}</span></a></li>`).join('');
  const parts: string[] = [];
  const target = bytes - Buffer.byteLength(head) - Buffer.byteLength(menu) - Buffer.byteLength(related) - 400;
  for (let i = 0, size = 0; size < target; i++) {
    const c = `<div class="comment"><span class="user">قارئ ${i}</span><p>${escapeHtml(sentences[(i * 13) % sentences.length])}</p></div>\n`;
    parts.push(c);
    size += Buffer.byteLength(c);
  }
  const comments = parts.join('');
  const html = head
    .replace('<header><nav>', `<header><nav><ul class="menu">${menu}</ul>`)
    .replace('</main>', `<aside><ul>${related}</ul></aside><section id="comments">${comments}</section></main>`);
  return { host, path: p, html, label: `large page (${Math.round(Buffer.byteLength(html) / 1024)} KB)`, ordinary: false };
}

export const hostsOf = (pages: ServedPage[]): string[] => [...new Set(pages.map((p) => p.host))];
