// Page → article: decides whether a page is a news article and extracts its text and metadata.
// Runs in the content script (live page) and in Node (jsdom); never modifies the page it is given.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleSnapshot, ExtractResult } from '../types';
import { normalizeMachineDate } from './dates';
import { readJsonLdArticle } from './jsonld';
import { cleanByline, metaContent, readPageMeta } from './metadata';
import { pruneForReadability } from './prune';
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
function hasArticleMarkup(doc: Document): boolean {
  if ((metaContent(doc, 'og:type') ?? '').toLowerCase() === 'article') return true;
  if (readJsonLdArticle(doc)) return true;
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

/** The element of `clone` at the place of `el` in the page it was cloned from (the n-th of its tag). */
function sameElementIn(clone: Document, el: Element | null): Element | null {
  if (!el) return null;
  const all = el.ownerDocument.getElementsByTagName(el.tagName);
  for (let i = 0; i < all.length; i++) if (all[i] === el) return clone.getElementsByTagName(el.tagName)[i] ?? null;
  return null;
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
    const articleMarkup = hasArticleMarkup(doc);
    if (!articleMarkup && !isProbablyReaderable(doc)) {
      return { ok: false, reason: 'not-readerable', detail: 'no long paragraphs and no article markup' };
    }

    const { meta, heading } = readPageMeta(doc, url);
    const clone = doc.cloneNode(true) as Document;
    pruneForReadability(clone, sameElementIn(clone, heading));
    const parsed = new Readability<Element>(clone, {
      charThreshold: Math.min(minLength, 500),
      maxElemsToParse: maxNodes,
      serializer: (node) => node as Element,
      // Work Readability would do for nothing here: we read text, not class names, and the
      // page's JSON-LD is already read by readMetadata.
      keepClasses: true,
      disableJSONLD: true,
    }).parse();
    if (!parsed?.content) return { ok: false, reason: 'not-readerable', detail: 'Readability found no content' };

    const title = meta.title || (parsed.title ?? '').trim();
    const text = articleText(parsed.content, { site: meta.site, title, byline: meta.byline });
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
      byline: meta.byline ?? cleanByline(parsed.byline, meta.site),
      published: meta.published ?? normalizeMachineDate(parsed.publishedTime),
      dir: articleDirection(share, hasLetters, meta.dir),
      lang: articleLanguage(share, hasLetters, meta.lang),
      text,
    };
    return { ok: true, article };
  } catch (err) {
    return { ok: false, reason: 'failed', detail: err instanceof Error ? err.message : String(err) };
  }
}
