// Dev-only: builds realistic Arabic news pages (masthead, navigation, ticker, breadcrumbs, the
// article with JSON-LD and og: tags, related lists, "most read", comment policy, footer) around
// a given text. Used by the test fixtures (tests/fixtures) and the demo (samples/). Every piece
// of page furniture here is invented; all text is HTML-escaped.

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  /** A photo with its caption. */
  | { kind: 'caption'; text: string }
  /** Inline links to other stories inside the body. */
  | { kind: 'links'; items: string[] }
  /** A bullet list that belongs to the article (summary points). */
  | { kind: 'list'; items: string[]; label?: string }
  | { kind: 'quote'; text: string };

export interface LinkBox {
  title: string;
  items: string[];
  /** Short teaser under each link (related-story cards). */
  teasers?: (string | null)[];
}

export interface SecondArticle {
  headline: string;
  caption?: string;
  blocks: Block[];
}

export interface PageSpec {
  host: string;
  /** Path starting with "/". */
  path: string;
  /** Outlet name as the page states it (og:site_name, masthead); '' for a page that names no outlet. */
  site: string;
  headline: string;
  kicker?: string;
  byline?: string | null;
  /** ISO 8601 publication time (or date). */
  published: string;
  description?: string;
  section?: string;
  breadcrumbs?: string[];
  ticker?: string[];
  nav?: string[];
  /** Line at the top of the body ("موسكو - المغرب اليوم"). */
  dateline?: string;
  blocks: Block[];
  /** Lists under the article, in the main column ("مقالات ذات صلة"). */
  afterArticle?: LinkBox[];
  /** Side column boxes ("الأكثر قراءة"). */
  sidebar?: LinkBox[];
  /** A second, unrelated full article stacked below (as aawsat.com pages do). */
  secondArticle?: SecondArticle;
  /** Comment policy under the article; false for none. */
  commentPolicy?: string | false;
  footer?: string[];
  /** `semantic` uses nav/aside/footer/article tags and telling class names; `plain` uses bare divs. */
  markup?: 'semantic' | 'plain';
  /** JSON-LD flavour: one object, a @graph array, a broken script followed by a good one, or none. */
  jsonLd?: 'object' | 'graph' | 'broken' | 'none';
  /** Canonical address; defaults to https://host/path. */
  canonical?: string;
  /** Marks the page as invented demo material (a meta tag and a visible notice). */
  invented?: boolean;
}

// A plain newspaper look, so screenshots of fixture pages read like a news site. (Pictures
// are not served: they are hidden rather than shown broken.)
const PAGE_CSS = [
  "body{font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;margin:0;background:#fafaf7;color:#1b1b1b;line-height:1.8}",
  'header,#top{background:#7a1f1f;color:#fff;padding:.6em 1.5em;display:flex;align-items:center;gap:2em}',
  'header a,#top a{color:#fff;text-decoration:none}.logo{font-size:1.6em;font-weight:700}',
  'nav ul,.mn{display:flex;gap:1.2em;list-style:none;margin:0;padding:0;font-size:.9em}',
  '.ticker,.bar{background:#222;color:#eee;padding:.3em 1.5em;font-size:.85em;white-space:nowrap;overflow:hidden}.ticker a,.bar a{color:#eee}',
  '.wrap{display:flex;gap:2.5em;max-width:1100px;margin:1.2em auto;padding:0 1.5em}.main{flex:3;min-width:0}.side{flex:1;font-size:.9em}',
  'h1{font-size:1.9em;line-height:1.4;margin:.3em 0}p{font-size:1.1em}img,picture{display:none}',
  'footer,#btm{background:#eee;padding:1em 1.5em;font-size:.85em;color:#555}',
].join('');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** JSON for a <script> element: "<" escaped so "</script>" in text cannot close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/</g, '\\u003c');
}

const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** "10 نوفمبر 2024" (and " - 08:15" when the ISO value has a time). */
export function arabicDisplayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  const date = `${d ? `${Number(d)} ` : ''}${MONTHS_AR[Number(mo) - 1]} ${y}`;
  return hh ? `${date} - ${hh}:${mm}` : date;
}

/** Invented page furniture shared by every built page. */
export const DEFAULT_NAV = ['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'منوعات', 'فيديو'];
export const DEFAULT_TICKER = [
  'ارتفاع أسعار الذهب 3 بالمئة في ختام تعاملات الأسبوع',
  'افتتاح 12 مدرسة جديدة في المناطق الجنوبية',
  'منتخب الشباب يفوز 2-1 في مباراة ودية',
  'تمديد معرض الكتاب 5 أيام إضافية بسبب الإقبال',
];
export const DEFAULT_MOST_READ: LinkBox = {
  title: 'الأكثر قراءة',
  items: [
    'طقس نهاية الأسبوع: أمطار رعدية وانخفاض الحرارة 6 درجات',
    'البنك المركزي يبقي سعر الفائدة عند 4.5 بالمئة',
    'إغلاق 3 طرق رئيسية للصيانة حتى نهاية الشهر',
    'نجم الفريق يوقع عقدا جديدا لمدة 4 مواسم',
    'مهرجان الأغنية يستقبل 200 ألف زائر في دورته الجديدة',
  ],
};
export const DEFAULT_COMMENT_POLICY =
  'التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر عن رأي الموقع. يرجى الالتزام بإرشادات الاستخدام وتجنب الإساءة، وسيتم حذف أي تعليق مخالف لسياسة التعليقات.';
export const DEFAULT_FOOTER = ['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا'];

const slug = (i: number): string => `/story/${1000 + i}`;

function renderBlock(b: Block, plain: boolean): string {
  switch (b.kind) {
    case 'p':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'h2':
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case 'quote':
      return `<blockquote><p>${escapeHtml(b.text)}</p></blockquote>`;
    case 'caption':
      return plain
        ? `<div class="pic"><img src="/img/photo.jpg" alt="" width="640" height="360"><div class="pic-txt">${escapeHtml(b.text)}</div></div>`
        : `<figure><img src="/img/photo.jpg" alt="" width="640" height="360"><figcaption>${escapeHtml(b.text)}</figcaption></figure>`;
    case 'links':
      return `<ul class="${plain ? 'lst' : 'inline-related'}">${b.items
        .map((t, i) => `<li><a href="${slug(i + 50)}">${escapeHtml(t)}</a></li>`)
        .join('')}</ul>`;
    case 'list':
      return `${b.label ? `<p><strong>${escapeHtml(b.label)}</strong></p>` : ''}<ul>${b.items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`;
  }
}

function renderBox(box: LinkBox, plain: boolean, offset: number): string {
  const items = box.items
    .map((t, i) => {
      const teaser = box.teasers?.[i];
      return `<li><a href="${slug(offset + i)}">${escapeHtml(t)}</a>${teaser ? `<p>${escapeHtml(teaser)}</p>` : ''}</li>`;
    })
    .join('');
  const cls = plain ? 'blk' : 'related-box';
  const tag = plain ? 'div' : 'section';
  return `<${tag} class="${cls}"><h3>${escapeHtml(box.title)}</h3><ul>${items}</ul></${tag}>`;
}

function jsonLdScripts(spec: PageSpec, canonical: string): string {
  const flavour = spec.jsonLd ?? 'object';
  if (flavour === 'none') return '';
  const article = {
    '@type': 'NewsArticle',
    headline: spec.headline,
    datePublished: spec.published,
    mainEntityOfPage: canonical,
    inLanguage: 'ar',
    ...(spec.byline ? { author: { '@type': 'Person', name: spec.byline } } : spec.site ? { author: { '@type': 'Organization', name: spec.site } } : {}),
    ...(spec.site ? { publisher: { '@type': 'Organization', name: spec.site, logo: { '@type': 'ImageObject', url: `https://${spec.host}/logo.png` } } } : {}),
  };
  const breadcrumb = {
    '@type': 'BreadcrumbList',
    itemListElement: (spec.breadcrumbs ?? []).map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
  };
  const script = (v: unknown): string => `<script type="application/ld+json">${scriptJson(v)}</script>`;
  if (flavour === 'graph') {
    return script({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: spec.site || spec.host }, breadcrumb, article] });
  }
  const good = script({ '@context': 'https://schema.org', ...article });
  // Real pages often carry a truncated or hand-edited block before the good one.
  return flavour === 'broken' ? `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "</script>${good}` : good;
}

/** A complete UTF-8 article page. */
export function buildPage(spec: PageSpec): string {
  const plain = spec.markup === 'plain';
  const canonical = spec.canonical ?? `https://${spec.host}${spec.path}`;
  const nav = spec.nav ?? DEFAULT_NAV;
  const ticker = spec.ticker ?? DEFAULT_TICKER;
  const e = escapeHtml;
  // A page that names no outlet shows its address in the masthead, as such sites do.
  const masthead = spec.site || spec.host.replace(/^www\./, '');
  const navHtml = nav.map((n, i) => `<li><a href="/section/${i}">${e(n)}</a></li>`).join('');
  const tickerHtml = ticker.map((t, i) => `<a href="${slug(i + 200)}">${e(t)}</a>`).join(' <span>|</span> ');
  const crumbs = (spec.breadcrumbs ?? ['الرئيسية', spec.section ?? 'أخبار'])
    .map((c, i) => `<a href="/section/${i}">${e(c)}</a>`)
    .join(' » ');
  const body = spec.blocks.map((b) => renderBlock(b, plain)).join('\n');
  const after = (spec.afterArticle ?? []).map((b, i) => renderBox(b, plain, 300 + i * 20)).join('\n');
  const side = (spec.sidebar ?? [DEFAULT_MOST_READ]).map((b, i) => renderBox(b, plain, 400 + i * 20)).join('\n');
  const policy = spec.commentPolicy === false ? '' : spec.commentPolicy ?? DEFAULT_COMMENT_POLICY;
  const footer = (spec.footer ?? DEFAULT_FOOTER).map((f, i) => `<a href="/page/${i}">${e(f)}</a>`).join(' | ');
  const year = spec.published.slice(0, 4);
  const byline = spec.byline ? `<span class="${plain ? 'nm' : 'author'}">${e(spec.byline)}</span>` : '';
  const time = `<time datetime="${e(spec.published)}">${e(arabicDisplayDate(spec.published))}</time>`;
  const inventedNote = spec.invented
    ? `<p class="${plain ? 'note' : 'demo-notice'}"><small>${e('نص مختلق لأغراض العرض التجريبي، وليس تغطية صحفية حقيقية.')}</small></p>`
    : '';

  const second = spec.secondArticle
    ? `<${plain ? 'div class="item"' : 'article class="story"'}>
<h2 class="${plain ? 'ttl' : 'story-title'}"><a href="${slug(900)}">${e(spec.secondArticle.headline)}</a></h2>
${spec.secondArticle.caption ? renderBlock({ kind: 'caption', text: spec.secondArticle.caption }, plain) : ''}
<div class="${plain ? 'txt' : 'story-body'}">${spec.secondArticle.blocks.map((b) => renderBlock(b, plain)).join('\n')}</div>
</${plain ? 'div' : 'article'}>`
    : '';

  const head = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(spec.headline)}${spec.site ? ` - ${e(spec.site)}` : ''}</title>
<link rel="canonical" href="${e(canonical)}">
<meta property="og:type" content="article">
${spec.site ? `<meta property="og:site_name" content="${e(spec.site)}">` : ''}
<meta property="og:title" content="${e(spec.headline)}">
<meta property="og:url" content="${e(canonical)}">
<meta property="og:locale" content="ar_AR">
${spec.description ? `<meta property="og:description" content="${e(spec.description)}">\n<meta name="description" content="${e(spec.description)}">` : ''}
<meta property="article:published_time" content="${e(spec.published)}">
${spec.section ? `<meta property="article:section" content="${e(spec.section)}">` : ''}
${spec.byline ? `<meta name="author" content="${e(spec.byline)}">` : ''}
${spec.invented ? '<meta name="tabayyun:invented" content="true">' : ''}
${jsonLdScripts(spec, canonical)}
<style>${PAGE_CSS}</style>
</head>`;

  if (plain) {
    return `${head}
<body>
<div id="top"><div class="logo"><a href="/">${e(masthead)}</a></div><ul class="mn">${navHtml}</ul></div>
<div class="bar"><b>${e('عاجل')}</b> ${tickerHtml}</div>
<div class="wrap">
<div class="main">
<div class="crumb">${crumbs}</div>
<div class="post">
${spec.kicker ? `<div class="sup">${e(spec.kicker)}</div>` : ''}
<h1>${e(spec.headline)}</h1>
<div class="inf">${byline} ${time}</div>
${inventedNote}
<div class="txt">
${spec.dateline ? `<p>${e(spec.dateline)}</p>` : ''}
${body}
</div>
<div class="shr"><a href="#">${e('فيسبوك')}</a> <a href="#">${e('تويتر')}</a> <a href="#">${e('واتساب')}</a> <a href="#">${e('طباعة')}</a></div>
</div>
${after}
<div class="pol"><p>${e(policy)}</p></div>
${second}
</div>
<div class="side">${side}</div>
</div>
<div id="btm"><div>${footer}</div><p>${e(`© ${year} ${masthead}. جميع الحقوق محفوظة`)}</p></div>
</body>
</html>`;
  }

  return `${head}
<body>
<header class="site-header"><div class="logo"><a href="/">${e(masthead)}</a></div>
<nav><ul>${navHtml}</ul></nav></header>
<div class="ticker"><strong>${e('عاجل')}</strong> ${tickerHtml}</div>
<div class="wrap">
<main class="main">
<div class="breadcrumbs">${crumbs}</div>
<article class="article">
<header>
${spec.kicker ? `<p class="kicker">${e(spec.kicker)}</p>` : ''}
<h1>${e(spec.headline)}</h1>
<div class="meta">${byline} ${time}</div>
</header>
${inventedNote}
<div class="article-body">
${spec.dateline ? `<p class="dateline">${e(spec.dateline)}</p>` : ''}
${body}
</div>
<div class="share"><a href="#">${e('فيسبوك')}</a> <a href="#">${e('تويتر')}</a> <a href="#">${e('واتساب')}</a></div>
</article>
${after}
<section class="comments-policy"><p>${e(policy)}</p></section>
${second}
</main>
<aside class="sidebar">${side}</aside>
</div>
<footer><div>${footer}</div><p>${e(`© ${year} ${masthead}. جميع الحقوق محفوظة`)}</p></footer>
</body>
</html>`;
}

export interface SectionFrontSpec {
  host: string;
  site: string;
  title: string;
  sections: LinkBox[];
  markup?: 'semantic' | 'plain';
}

/** A home page / section front: many short link blocks, no article. */
export function buildSectionFront(spec: SectionFrontSpec): string {
  const e = escapeHtml;
  const plain = spec.markup === 'plain';
  const navHtml = DEFAULT_NAV.map((n, i) => `<li><a href="/section/${i}">${e(n)}</a></li>`).join('');
  const cards = spec.sections
    .map(
      (box, k) => `<div class="${plain ? 'blk' : 'section-block'}"><h2>${e(box.title)}</h2>${box.items
        .map(
          (t, i) =>
            `<div class="card"><h3><a href="${slug(k * 30 + i)}">${e(t)}</a></h3>${box.teasers?.[i] ? `<p>${e(box.teasers[i] as string)}</p>` : ''}</div>`,
        )
        .join('')}</div>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>${e(spec.title)} - ${e(spec.site)}</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="${e(spec.site)}">
<link rel="canonical" href="https://${e(spec.host)}/"></head>
<body>
<${plain ? 'div id="top"' : 'header'}><div class="logo"><a href="/">${e(spec.site)}</a></div><ul>${navHtml}</ul></${plain ? 'div' : 'header'}>
<div class="ticker">${DEFAULT_TICKER.map((t, i) => `<a href="${slug(i + 200)}">${e(t)}</a>`).join(' | ')}</div>
<${plain ? 'div class="main"' : 'main'}>
<h1>${e(spec.title)}</h1>
${cards}
</${plain ? 'div' : 'main'}>
<${plain ? 'div id="btm"' : 'footer'}>${DEFAULT_FOOTER.map((f) => `<a href="#">${e(f)}</a>`).join(' | ')}</${plain ? 'div' : 'footer'}>
</body>
</html>`;
}
