// Page metadata: where the article lives, who published it, when, in which language.
// Reads the live document without changing it; each field falls back through the usual sources.

import type { ArticleMeta } from '../../types';
import { findMainHeading, namesOutlet, sameHeadline, stripOutlet } from './headline';
import { readJsonLdArticle, type JsonLdArticle } from './jsonld';
import { choosePublished, machineDate, visibleDateline } from './published';

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const orNull = (s: string | null | undefined): string | null => clean(s) || null;

type MetaIndex = Map<string, { content: string; at: number }>;

/** Every <meta> key (property, name or itemprop, lower case) → its first non-empty content and position. */
function buildMetaIndex(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i];
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (!key || index.has(key)) continue;
    const v = clean(el.getAttribute('content'));
    if (v) index.set(key, { content: v, at: i });
  }
  return index;
}

// The index of the document being read by readPageMeta: one pass over the <meta> tags instead
// of one per field. Only valid during that call (the page may change between two reads).
let current: { doc: Document; index: MetaIndex } | null = null;

/** Content of the first <meta> whose property/name/itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = current?.doc === doc ? current.index : buildMetaIndex(doc);
  let best: { content: string; at: number } | undefined;
  for (const k of keys) {
    const hit = index.get(k.toLowerCase());
    if (hit && (!best || hit.at < best.at)) best = hit;
  }
  return best?.content ?? null;
}

/** An absolute web address, or null: a page may declare `javascript:` or `data:` as canonical. */
function resolve(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '').toLowerCase();
  } catch {
    return '';
  }
}

/** Canonical address: link[rel=canonical], og:url, else the address without its hash. */
export function canonicalUrlOf(doc: Document, url: string): string {
  const link = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  return resolve(link, url) ?? resolve(metaContent(doc, 'og:url'), url) ?? withoutHash(url);
}

/** Strips the outlet suffix (or prefix) from a <title>. */
export function stripSiteFromTitle(title: string, site: string | null): string {
  const t = stripOutlet(title, site ?? '');
  if (t !== clean(title)) return t;
  // No outlet named: a last part of at most four words after a separator is taken for one.
  const seps = Array.from(t.matchAll(/\s+[-|–—:»·•]{1,2}\s+/g));
  const last = seps[seps.length - 1];
  if (!last) return t;
  const before = t.slice(0, last.index).trim();
  const after = t.slice((last.index ?? 0) + last[0].length);
  return after.split(' ').length <= 4 && before.length >= 10 ? before : t;
}

/**
 * The headline: og:title, JSON-LD or <title> without the outlet's name; the page's own <h1>
 * where that title is the same headline with a kicker or an outlet name around it.
 */
function headlineOf(doc: Document, ld: JsonLdArticle | null, site: string, host: string, heading: Element | null): string {
  const h1 = clean(heading?.textContent);
  const og = metaContent(doc, 'og:title') ?? orNull(ld?.headline);
  if (og) {
    const t = stripOutlet(og, site, host, h1);
    if (h1 && t.length > h1.length && sameHeadline(t, h1)) return h1;
    return t;
  }
  if (h1) return h1;
  return stripSiteFromTitle(doc.title ?? '', site || null);
}

// What comes before an author's name: "بقلم:", "كتبت", "حوار:", "By".
const BYLINE_PREFIX = /^(بقلم|كتبته|كتبت|كتبه|كتب|إعداد|اعداد|تحرير|حوار|تقرير|متابعة|متابعه|by|par)(?![\p{L}])\s*[:：]?\s*/iu;

/** An author's name from a byline line, or null for an outlet credit, a date or a link. */
export function cleanByline(raw: string | null | undefined, site = ''): string | null {
  let v = clean(raw).replace(BYLINE_PREFIX, '').replace(/^[-–—:|]\s*/, '').trim();
  if (!v || v.length > 60 || v.split(' ').length > 8) return null;
  if (/^https?:\/\//i.test(v) || /\d{3,}|\d:\d/.test(v) || /[.!؟?()]/.test(v)) return null;
  // An outlet credit ("أبوظبي - البيان", "Sputnik") names no author.
  if (site && v.split(/\s+[-–—]\s+/).some((part) => namesOutlet(part, site))) return null;
  // "سامي يوسف - العاصمة": the city of the dateline is not part of the name.
  v = v.replace(/\s+[-–—]\s+\S+$/, '').trim();
  return v || null;
}

// Where pages print the author: class and id names of byline elements.
const BYLINE_NAME = /(^|[\s_-])(byline|by-line|author|authors|writer|writeby|meta_author|post-author|article-author|auther|kateb|reporter)($|[\s_-])/i;

/** The author as the page prints it: meta tags, JSON-LD, microdata, byline elements, then a "كتب …" line after the headline. */
function bylineOf(doc: Document, ld: JsonLdArticle | null, site: string, heading: Element | null): string | null {
  const fromMeta = cleanByline(metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator'), site) ?? cleanByline(ld?.author, site);
  if (fromMeta) return fromMeta;
  const scope = heading?.closest('article, main, [role="main"]') ?? heading?.parentElement?.parentElement ?? doc.querySelector('article') ?? doc.body;
  if (!scope) return null;
  for (const el of Array.from(scope.querySelectorAll('[itemprop~="author"], [rel~="author"]'))) {
    const named = el.querySelector('[itemprop~="name"]') ?? el;
    const v = cleanByline(named.getAttribute('content') ?? named.textContent, site);
    if (v) return v;
  }
  for (const el of Array.from(scope.querySelectorAll('[class],[id]'))) {
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!BYLINE_NAME.test(key)) continue;
    const text = clean(el.textContent);
    if (text.length > 80) continue;
    const v = cleanByline(text, site);
    if (v) return v;
  }
  return heading ? bylineLineAfter(doc, heading, site) : null;
}

/** A short "كتب فلان" / "حوار: فلان" line among the first lines after the headline. */
function bylineLineAfter(doc: Document, heading: Element, site: string): string | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = heading;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 20; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length > 300) break;
    if (heading.contains(node) || !/\S/.test(raw)) continue;
    seen++;
    if (raw.length > 80) continue;
    const text = clean(raw);
    // The prefix may stand in its own element ("<span>كتب</span> <a>فلان</a>"): then the line is the parent's.
    if (text.length > 60 || !BYLINE_PREFIX.test(text)) continue;
    const parentText = node.parentElement?.textContent ?? '';
    const line = parentText.length <= 120 ? clean(parentText) : text;
    if (line.length <= 60 && !/^(by|par)$/i.test(line)) {
      const v = cleanByline(line, site);
      if (v) return v;
    }
  }
  return null;
}

/** The primary language subtag the page declares ("ar" for "ar-EG", "ar_AR"), or null. */
function declaredLanguage(doc: Document): string | null {
  const htmlLang = clean(doc.documentElement?.getAttribute('lang'));
  const locale = metaContent(doc, 'og:locale');
  const httpLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const raw = htmlLang || locale || clean(httpLang).split(/[,;]/)[0];
  const primary = raw.split(/[-_]/)[0].toLowerCase();
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

function dirAttr(el: Element | null | undefined): 'rtl' | 'ltr' | null {
  const v = el?.getAttribute('dir')?.trim().toLowerCase();
  return v === 'rtl' || v === 'ltr' ? v : null;
}

/** What the page's markup says, before the article's own text is read. */
export interface PageMeta {
  meta: ArticleMeta;
  /** The headline element of the live page, or null. */
  heading: Element | null;
}

/** Reads the article metadata of a page (never modifies it). `lang` and `dir` are what the markup declares. */
export function readPageMeta(doc: Document, url: string, ld: JsonLdArticle | null = readJsonLdArticle(doc)): PageMeta {
  current = { doc, index: buildMetaIndex(doc) };
  try {
    return readPageMetaIndexed(doc, url, ld);
  } finally {
    current = null;
  }
}

function readPageMetaIndexed(doc: Document, url: string, ld: JsonLdArticle | null): PageMeta {
  const canonicalUrl = canonicalUrlOf(doc, url);
  const host = hostOf(url) || hostOf(canonicalUrl);

  const site =
    metaContent(doc, 'og:site_name') ?? orNull(ld?.publisher) ?? metaContent(doc, 'application-name') ?? '';

  const heading = findMainHeading(doc, [metaContent(doc, 'og:title'), ld?.headline, doc.title].filter((t): t is string => !!t));
  const title = headlineOf(doc, ld, site, host, heading);
  const byline = bylineOf(doc, ld, site || host, heading);
  const published = choosePublished(visibleDateline(doc, heading), machineDate(doc, ld));
  return {
    heading,
    meta: {
      url,
      canonicalUrl,
      site: site || host,
      host,
      title: title || '',
      byline,
      published,
      lang: declaredLanguage(doc),
      dir: dirAttr(doc.documentElement) ?? dirAttr(doc.body),
    },
  };
}

/** Reads the article metadata of a page (never modifies it). */
export function readMetadata(doc: Document, url: string): ArticleMeta {
  return readPageMeta(doc, url).meta;
}
