// Page metadata: where the article lives, who published it, when, in which language.
// Reads the live document without changing it; each field falls back through the usual sources.

import type { ArticleMeta } from '../types';
import { normalizeMachineDate, parseArabicDateline } from './dates';
import { readJsonLdArticle } from './jsonld';
import { arabicShare, pageDirection } from './script';

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const orNull = (s: string | null | undefined): string | null => clean(s) || null;

/** Content of the first <meta> whose property/name/itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (!wanted.has(key)) continue;
    const v = clean(el.getAttribute('content'));
    if (v) return v;
  }
  return null;
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

// " - اسم الموقع", " | الشرق الأوسط", " :: Site": separators between headline and outlet in a <title>.
const TITLE_SEPARATOR = /\s+[-|–—:»·•]{1,2}\s+/g;

/** Strips the outlet suffix (or prefix) from a <title>. */
export function stripSiteFromTitle(title: string, site: string | null): string {
  const t = clean(title);
  const seps = Array.from(t.matchAll(TITLE_SEPARATOR));
  if (!seps.length) return t;
  const looksLikeSite = (p: string): boolean =>
    (!!site && (p.includes(site) || site.includes(p))) || p.split(' ').length <= 4;
  const last = seps[seps.length - 1];
  const before = t.slice(0, last.index);
  const after = t.slice((last.index ?? 0) + last[0].length);
  if (looksLikeSite(after) && before.length >= 10) return before;
  const first = seps[0];
  const head = t.slice(0, first.index);
  if (site && head.includes(site)) return t.slice((first.index ?? 0) + first[0].length);
  return t;
}

/** Drops a trailing " - Outlet" from a headline when it names the known outlet. */
function stripKnownSite(title: string | null, site: string): string | null {
  if (!title || !site) return title;
  const seps = Array.from(title.matchAll(TITLE_SEPARATOR));
  const last = seps[seps.length - 1];
  if (!last) return title;
  const after = title.slice((last.index ?? 0) + last[0].length);
  const before = title.slice(0, last.index).trim();
  return after.includes(site) && before.length >= 10 ? before : title;
}

function cleanByline(raw: string | null | undefined): string | null {
  const v = clean(raw)
    .replace(/^(بقلم|كتب|كتبت|إعداد|اعداد|تحرير|by)\s*[:：]?\s*/i, '')
    .trim();
  if (!v || /^https?:\/\//i.test(v) || v.length > 100) return null;
  return v;
}

/** Where a dateline may sit: elements whose class/id names a date, near the headline. */
function datelineCandidates(doc: Document): Element[] {
  const scope = doc.querySelector('article') ?? doc.body;
  if (!scope) return [];
  const named = Array.from(scope.querySelectorAll('[class],[id]')).filter((el) => {
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    return /date|time|tmstmp|publish|posted|dateline/i.test(key) && clean(el.textContent).length <= 120;
  });
  return named.slice(0, 20);
}

function publishedTime(doc: Document, ld: ReturnType<typeof readJsonLdArticle>): string | null {
  const fromMeta = normalizeMachineDate(metaContent(doc, 'article:published_time', 'og:published_time'));
  if (fromMeta) return fromMeta;
  const fromLd = normalizeMachineDate(ld?.datePublished);
  if (fromLd) return fromLd;
  // <time datetime> inside the article first, then one marked as the publication date anywhere.
  const times = [
    ...Array.from(doc.querySelectorAll('article time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]')),
  ];
  for (const t of times) {
    const v = normalizeMachineDate(t.getAttribute('datetime'));
    if (v) return v;
  }
  const fromOtherMeta = normalizeMachineDate(
    metaContent(doc, 'pubdate', 'publishdate', 'publish-date', 'date', 'datePublished', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'),
  );
  if (fromOtherMeta) return fromOtherMeta;
  const anyTime = doc.querySelector('main time[datetime], time[datetime]');
  const fromAnyTime = normalizeMachineDate(anyTime?.getAttribute('datetime'));
  if (fromAnyTime) return fromAnyTime;
  // Last resort: a human dateline such as "الأربعاء، 28 آب/اغسطس 2013".
  for (const el of datelineCandidates(doc)) {
    const v = parseArabicDateline(el.textContent ?? '');
    if (v) return v;
  }
  return null;
}

function language(doc: Document): string | null {
  const htmlLang = clean(doc.documentElement?.getAttribute('lang'));
  if (htmlLang) return htmlLang.toLowerCase();
  const locale = metaContent(doc, 'og:locale');
  if (locale) return locale.replace('_', '-').split('-')[0].toLowerCase();
  const httpLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  if (httpLang) return clean(httpLang).split(/[,;]/)[0].toLowerCase();
  return null;
}

/** Reads the article metadata of a page (never modifies it). */
export function readMetadata(doc: Document, url: string): ArticleMeta {
  const ld = readJsonLdArticle(doc);
  const canonicalUrl = canonicalUrlOf(doc, url);
  const host = hostOf(url) || hostOf(canonicalUrl);

  const site =
    metaContent(doc, 'og:site_name') ?? orNull(ld?.publisher) ?? metaContent(doc, 'application-name') ?? '';

  const h1 = clean(doc.querySelector('article h1, h1')?.textContent);
  const title =
    stripKnownSite(metaContent(doc, 'og:title'), site) ??
    stripKnownSite(orNull(ld?.headline), site) ??
    (h1 || stripSiteFromTitle(doc.title ?? '', site || null));

  const byline = cleanByline(metaContent(doc, 'author', 'article:author', 'byl')) ?? cleanByline(ld?.author);

  // An organisation byline that only repeats the outlet name says nothing more.
  const namedByline = byline && site && byline === site ? null : byline;
  const lang = language(doc);
  const bodyText = doc.body?.textContent ?? '';
  return {
    url,
    canonicalUrl,
    site: site || host,
    host,
    title: title || '',
    byline: namedByline,
    published: publishedTime(doc, ld),
    lang: lang ?? (arabicShare(bodyText) >= 0.5 ? 'ar' : null),
    dir: pageDirection(doc, bodyText),
  };
}
