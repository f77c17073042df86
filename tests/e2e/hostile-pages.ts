// A corpus of hostile and broken pages, generated at test time: each must get a clear, quiet
// outcome (read, or skipped with a reason) and must never break the extension or lose what
// it already stored. All text here is invented.
import { buildPage, escapeHtml, type Block } from '../../samples/page-builder';
import { buildHomePage } from '../fixtures/pages';

export const HOSTILE_HOST = 'www.hespress.com';

export interface HostilePage {
  name: string;
  path: string;
  html: string;
  /** What the background must end up saying about the tab; 'any' where either is right. */
  expect: 'read' | 'skipped' | 'any';
  /** When read: a figure the stored claims must contain. */
  figure?: number;
}

const PARAGRAPHS = [
  'أعلنت السلطات المحلية في مدينة وادي الرمال أن الفيضانات التي ضربت المنطقة أدت إلى مقتل 27 شخصا وإصابة أكثر من 140 آخرين، بحسب حصيلة أولية.',
  'وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن مفقودين في الأحياء المنخفضة، مشيرا إلى أن الأمطار تواصلت طوال الليل.',
  'وأضاف أن نحو 3 آلاف أسرة نقلت إلى مراكز إيواء مؤقتة في المدارس والملاعب، وأن المساعدات بدأت تصل من المحافظات المجاورة.',
  'وأكدت وزارة الصحة أن المستشفيات استقبلت المصابين وأن حالات عدد منهم حرجة، داعية المواطنين إلى التبرع بالدم في أقرب مركز.',
  'ويعد هذا الفيضان الأعنف في المنطقة منذ عقود، وفق خبراء الأرصاد الذين حذروا من أمطار جديدة خلال اليومين المقبلين.',
];

const paragraphs = (texts: string[] = PARAGRAPHS): Block[] => texts.map((text) => ({ kind: 'p' as const, text }));

function article(name: string, over: Partial<Parameters<typeof buildPage>[0]> = {}): string {
  return buildPage({
    host: HOSTILE_HOST,
    path: `/h/${name}`,
    site: 'هسبريس (صفحة اختبار مختلقة)',
    headline: 'فيضانات وادي الرمال: ارتفاع الحصيلة',
    published: '2025-03-02T09:00:00Z',
    blocks: paragraphs(),
    ...over,
  });
}

const bare = (body: string, head = '') => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}<title>صفحة</title></head><body>${body}</body></html>`;
const articleBody = (texts: string[] = PARAGRAPHS) => `<article><h1>فيضانات وادي الرمال</h1>${texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('')}</article>`;

/** A page of `count` elements, about `bytes` large: extraction must give up, not hang. */
function hugePage(count: number): string {
  const cell = '<div class="c"><span>خبر قصير</span></div>';
  return bare(`${articleBody()}<section>${cell.repeat(count / 2)}</section>`);
}

export function hostilePages(): HostilePage[] {
  const pages: Omit<HostilePage, 'path'>[] = [
    // Not articles.
    { name: 'home-page', html: buildHomePage('semantic').html, expect: 'skipped' },
    { name: 'section-front', html: buildHomePage('plain', 'long').html, expect: 'skipped' },
    {
      name: 'search-results',
      html: bare(`<h1>نتائج البحث عن: فيضانات</h1><ul>${Array.from({ length: 25 }, (_, i) => `<li><h3><a href="/a/${i}">فيضانات في المدينة رقم ${i + 1}</a></h3><span>منذ ${i + 1} ساعات</span></li>`).join('')}</ul>`),
      expect: 'skipped',
    },
    { name: 'video-page', html: bare('<h1>فيديو: لحظة وصول السيول</h1><video src="/v.mp4" controls></video><p>شاهد الفيديو.</p>'), expect: 'skipped' },
    { name: 'empty-body', html: bare(''), expect: 'skipped' },
    { name: 'whitespace-only', html: bare('   \n\n\t  '), expect: 'skipped' },
    { name: 'ten-thousand-links', html: bare(`<nav>${Array.from({ length: 10_000 }, (_, i) => `<a href="/l/${i}">رابط ${i}</a>`).join(' ')}</nav>`), expect: 'skipped' },
    { name: 'template-and-noscript-only', html: bare(`<template>${articleBody()}</template><noscript>${articleBody()}</noscript>`), expect: 'skipped' },
    { name: 'shadow-dom-article', html: bare(`<div id="host"></div><script>document.getElementById('host').attachShadow({mode:'open'}).innerHTML = ${JSON.stringify(articleBody())};</script>`), expect: 'skipped' },
    { name: 'english-article', html: bare(`<article><h1>Floods</h1>${Array.from({ length: 6 }, () => '<p>Floods in the valley killed 27 people and injured more than 140 others, officials said on Sunday, adding that rescue teams were still searching.</p>').join('')}</article>`, '<meta property="og:type" content="article">'), expect: 'skipped' },
    // Too large: 100k elements, about 5 MB; and a 10 MB one.
    { name: 'hundred-thousand-nodes', html: hugePage(100_000), expect: 'skipped' },
    // About 10 MB: 70k paragraphs of 70 Arabic letters each.
    { name: 'ten-megabytes', html: bare(`${articleBody()}<div>${`<p>${'نص خبر قديم '.repeat(6)}</p>`.repeat(70_000)}</div>`), expect: 'skipped' },
    // Broken or hostile, but articles all the same.
    { name: 'malformed-html', html: `<html lang="ar"><head><title>فيضانات</title><body><article><h1>فيضانات وادي الرمال</h1><p>${PARAGRAPHS.map(escapeHtml).join('<p>')}</span></div></b><table><td>خلية</article>`, expect: 'read', figure: 27 },
    { name: 'script-in-headline', html: article('script-in-headline', { headline: '<script>alert(1)</script> فيضانات "><img src=x onerror=alert(1)>' }), expect: 'read', figure: 27 },
    { name: 'markup-in-text', html: article('markup-in-text', { blocks: paragraphs([...PARAGRAPHS, '<b>نص</b> <img src=x onerror="alert(1)"> &lt;script&gt; يظهر كما هو.']) }), expect: 'read', figure: 27 },
    { name: 'bidi-override', html: article('bidi-override', { blocks: paragraphs(PARAGRAPHS.map((p) => p.replace('27 شخصا', '\u202e27\u202c شخصا'))) }), expect: 'read' },
    { name: 'zero-width-in-number', html: article('zero-width-in-number', { blocks: paragraphs(PARAGRAPHS.map((p) => p.replace('27 شخصا', '2\u200b7 شخصا'))) }), expect: 'read', figure: 27 },
    { name: 'nul-and-lone-surrogates', html: article('nul-and-lone-surrogates', { blocks: paragraphs(PARAGRAPHS.map((p, i) => (i === 1 ? `${p} \ud800 \u0000` : p))) }), expect: 'read', figure: 27 },
    { name: 'broken-json-ld', html: article('broken-json-ld').replace('</head>', '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head>'), expect: 'read', figure: 27 },
    { name: 'no-metadata', html: bare(articleBody()), expect: 'read', figure: 27 },
    { name: 'javascript-canonical', html: article('javascript-canonical', { canonical: 'javascript:alert(1)' }), expect: 'read', figure: 27 },
    { name: 'foreign-base-href', html: article('foreign-base-href').replace('<head>', '<head><base href="https://elsewhere.invalid/">'), expect: 'read', figure: 27 },
    { name: 'huge-title', html: article('huge-title', { headline: 'فيضانات '.repeat(20_000) }), expect: 'any' },
    { name: 'deep-nesting', html: bare(`${'<div>'.repeat(3000)}${articleBody()}${'</div>'.repeat(3000)}`), expect: 'any' },
    { name: 'one-megabyte-paragraph', html: bare(`<article><h1>نص طويل</h1><p>${escapeHtml(PARAGRAPHS.join(' ').repeat(1800))}</p></article>`), expect: 'any' },
    {
      name: 'prototype-polluted',
      html: article('prototype-polluted').replace(
        '</head>',
        `<script>Array.prototype.map = function () { throw new Error('polluted'); }; JSON.stringify = () => '{}'; String.prototype.replace = function () { return 'x'; }; Object.prototype.toJSON = () => ({});</script></head>`,
      ),
      expect: 'read',
      figure: 27,
    },
    {
      name: 'fake-extension-messages',
      html: article('fake-extension-messages').replace(
        '</head>',
        `<script>setInterval(() => { window.postMessage({ type: 'articleRead', data: { text: 'مزور 999 قتيلا' } }, '*'); try { chrome.runtime.sendMessage('x', { type: 'deleteRead', data: { readId: 1 } }); } catch (e) {} }, 50);</script></head>`,
      ),
      expect: 'read',
      figure: 27,
    },
    {
      name: 'dom-replaced-after-load',
      html: bare('<p>جار التحميل…</p>', `<script>addEventListener('load', () => setTimeout(() => { document.body.innerHTML = ${JSON.stringify(articleBody())}; }, 30));</script>`),
      expect: 'any',
    },
    {
      name: 'replaces-dom-repeatedly',
      html: article('replaces-dom-repeatedly').replace('</body>', `<script>let n = 0; const t = setInterval(() => { const p = document.querySelector('article p'); if (p) p.textContent = p.textContent + ''; if (++n > 40) clearInterval(t); }, 25);</script></body>`),
      expect: 'read',
      figure: 27,
    },
    { name: 'article-in-iframe', html: bare(`<iframe srcdoc="${escapeHtml(bare(articleBody()))}" width="600" height="400"></iframe>`), expect: 'skipped' },
    { name: 'navigates-away-mid-read', html: article('navigates-away-mid-read').replace('</body>', `<script>setTimeout(() => { location.href = '/h/no-metadata'; }, 5);</script></body>`), expect: 'any' },
    { name: 'throws-on-load', html: article('throws-on-load').replace('</body>', '<script>throw new Error("page error");</script><script>undefinedFunction();</script></body>'), expect: 'read', figure: 27 },
    { name: 'strict-csp', html: article('strict-csp').replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'">`), expect: 'read', figure: 27 },
  ];
  return pages.map((p) => ({ ...p, path: `/h/${p.name}` }));
}
