// Page → article: decides whether a page is a news article and extracts its text and metadata.
// Runs in the content script (live page) and in Node (jsdom); never modifies the page it is given.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleSnapshot, ExtractResult } from '../../types';
import { readJsonLdArticle, type JsonLdArticle } from './jsonld';
import { metaContent, readPageMeta } from './metadata';
import { pruneForReadability } from './prune';
import { articleRegion, documentOf } from './region';
import { arabicShare, articleDirection, articleLanguage } from './script';
import { articleText } from './text';

export { readMetadata } from './metadata';

export interface ExtractOptions {
  /** Fewest characters of article text for a page to count as an article (default 250). */
  minLength?: number;
  /** Most elements a page may have before we give up (default 60 000). */
  maxNodes?: number;
  /** Least share of Arabic letters in the article text (default 0.3; 0 accepts any language). */
  minArabicShare?: number;
}

export const DEFAULT_MIN_LENGTH = 250;
export const DEFAULT_MAX_NODES = 60_000;

/** Markup that says "this page is one article": og:type=article, a JSON-LD article, an <article> with an h1. */
function hasArticleMarkup(doc: Document, ld: JsonLdArticle | null): boolean {
  if ((metaContent(doc, 'og:type') ?? '').toLowerCase() === 'article') return true;
  if (ld) return true;
  if (doc.querySelector('[itemtype*="NewsArticle" i], [itemtype$="/Article" i]')) return true;
  const articles = doc.querySelectorAll('article');
  return articles.length === 1 && !!articles[0].querySelector('h1');
}

/** Characters of headline links (h1–h4 > a): a home page or section front is mostly these. */
function headlineLinkChars(doc: Document): number {
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('h1 a, h2 a, h3 a, h4 a'))) n += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return n;
}

/** The copy of `el` in `copyRoot`, a deep copy of `root`: the n-th element of its tag in both. */
function copyOf(root: Document | Element, el: Element | null, copyRoot: Document | Element | null): Element | null {
  if (!el || !copyRoot) return null;
  const all = root.getElementsByTagName(el.tagName);
  for (let i = 0; i < all.length; i++) if (all[i] === el) return copyRoot.getElementsByTagName(el.tagName)[i] ?? null;
  return null;
}

/** Readability on a copy of the page (or of its article region), pruned first. Mutates `copy`. */
function readContent(copy: Document, heading: Element | null, opts: { minLength: number; maxNodes: number }): Element | null {
  pruneForReadability(copy, heading);
  const parsed = new Readability<Element>(copy, {
    charThreshold: Math.min(opts.minLength, 500),
    maxElemsToParse: opts.maxNodes,
    serializer: (node) => node as Element,
    // Work Readability would do for nothing here: we read text, not class names, and the
    // page's JSON-LD is already read by readMetadata.
    keepClasses: true,
    disableJSONLD: true,
  }).parse();
  return parsed?.content ?? null;
}

/** Extracts the article of a page, or says why the page is not taken as one. */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractResult {
  const minLength = opts.minLength ?? DEFAULT_MIN_LENGTH;
  const maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
  const minArabic = opts.minArabicShare ?? 0.3;
  try {
    // Counting is cheap; Readability on a huge page (infinite feeds) is not.
    const nodes = doc.getElementsByTagName('*').length;
    if (nodes > maxNodes) return { ok: false, reason: 'too-large', detail: `${nodes} elements (limit ${maxNodes})` };

    // Short Arabic articles (3–4 paragraphs) score under Readability's heuristic; the page's
    // own article markup is the other way to qualify.
    const ld = readJsonLdArticle(doc);
    const articleMarkup = hasArticleMarkup(doc, ld);
    if (!articleMarkup && !isProbablyReaderable(doc)) {
      return { ok: false, reason: 'not-readerable', detail: 'no long paragraphs and no article markup' };
    }

    const { meta, heading } = readPageMeta(doc, url, ld);
    const readOptions = { minLength, maxNodes };
    // The part of the page around the headline first; the whole page when that part gives no article.
    const region = articleRegion(doc, heading);
    const context = { site: meta.site, title: meta.title, byline: meta.byline };
    let text = '';
    if (region) {
      const copy = documentOf(doc, region);
      const content = readContent(copy, copyOf(region, heading, copy.body.firstElementChild), readOptions);
      if (content) text = articleText(content, context);
    }
    if (text.length < minLength) {
      const copy = doc.cloneNode(true) as Document;
      const content = readContent(copy, copyOf(doc, heading, copy), readOptions);
      if (!content) return { ok: false, reason: 'not-readerable', detail: 'Readability found no content' };
      text = articleText(content, context);
    }
    const title = meta.title;
    if (text.length < minLength) {
      return { ok: false, reason: 'too-short', detail: `${text.length} characters of article text (minimum ${minLength})` };
    }
    // Without article markup, a page with more headline-link text than article text is a front page.
    if (!articleMarkup && headlineLinkChars(doc) > text.length) {
      return { ok: false, reason: 'not-readerable', detail: 'more headline links than text: a home page or section front' };
    }
    const share = arabicShare(text);
    const hasLetters = /\p{L}/u.test(text);
    if (minArabic > 0 && share < minArabic) {
      return { ok: false, reason: 'not-arabic', detail: `${Math.round(share * 100)}% Arabic letters` };
    }

    const article: ArticleSnapshot = {
      ...meta,
      title,
      byline: meta.byline,
      published: meta.published,
      dir: articleDirection(share, hasLetters, meta.dir),
      lang: articleLanguage(share, hasLetters, meta.lang),
      text,
    };
    return { ok: true, article };
  } catch (err) {
    return { ok: false, reason: 'failed', detail: err instanceof Error ? err.message : String(err) };
  }
}
