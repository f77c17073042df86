// Clears page furniture out of a COPY of the page before Readability reads it: navigation,
// tickers, "related"/"most read" boxes, and the other full articles some outlets stack below
// the one being read (aawsat.com puts a second, unrelated story under every article).

import { isEndMarker, isListMarker } from './boilerplate';

const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const ALWAYS_REMOVE = ['script', 'style', 'noscript', 'template', 'iframe', 'button', 'select', 'textarea', 'marquee', 'figcaption', '[hidden]'].join(',');

// Usually furniture, but some sites wrap the whole page in one of these (ASP.NET's page-wide
// <form id="aspnetForm">, a theme's <div aria-hidden> behind a closed menu): removed unless
// they hold the headline or most of the article's text.
const USUALLY_FURNITURE = [
  'form', 'nav', 'aside', 'footer',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
  '[aria-hidden="true"]',
].join(',');

// Class/id words of furniture blocks (checked as whole words within class and id).
const FURNITURE_NAME =
  /(^|[\s_-])(ticker|marquee|breaking|newsbar|news-bar|breadcrumbs?|share|sharing|social|related|most-?read|mostread|popular|trending|comments?|newsletter|tags|widget|sidebar|promo|advert|ads|banner|masthead|site-header|site-footer|menu|navbar)($|[\s_-])/i;

// Each <p>'s collapsed text length, measured once per page: the same paragraphs are summed
// again for every box the pruning considers removing.
const paragraphLengths = new WeakMap<Element, number>();

function paragraphTextLength(el: Element): number {
  let n = 0;
  const ps = el.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    let len = paragraphLengths.get(p);
    if (len === undefined) {
      len = collapse(p.textContent).length;
      paragraphLengths.set(p, len);
    }
    n += len;
  }
  return n;
}

/** Removes `el` unless it holds the headline or most of the page's paragraph text. */
function makeRemover(doc: Document, mainHeading: Element | null): (el: Element) => boolean {
  const totalParagraphText = doc.body ? paragraphTextLength(doc.body) : 0;
  return (el: Element): boolean => {
    if (!el.isConnected || el === doc.body || el === doc.documentElement) return false;
    if (mainHeading && el.contains(mainHeading)) return false;
    if (totalParagraphText > 0 && paragraphTextLength(el) > totalParagraphText * 0.4) return false;
    el.remove();
    return true;
  };
}

/** Keeps one of several stacked <article> elements: the one with the headline, else the longest. */
function keepMainArticle(doc: Document, mainHeading: Element | null): void {
  const top = Array.from(doc.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article'));
  if (top.length < 2) return;
  const main =
    (mainHeading && top.find((a) => a.contains(mainHeading))) ??
    top.reduce((best, a) => (paragraphTextLength(a) > paragraphTextLength(best) ? a : best));
  for (const a of top) if (a !== main) a.remove();
}

function linkDensity(el: Element): number {
  const all = collapse(el.textContent).length;
  if (!all) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += collapse(a.textContent).length;
  return links / all;
}

/** Whether a block after a list heading is part of that list (links, list items, short lines). */
function isListLike(el: Element): boolean {
  if (/^(UL|OL|DL|MENU)$/.test(el.tagName)) return true;
  const text = collapse(el.textContent);
  if (!text) return true;
  return linkDensity(el) >= 0.5 || (text.length < 100 && !/[.!؟?]$/.test(text));
}

/**
 * After a "related"/"most read" box that follows the article at the article's own level, the
 * rest of that container is other stories (aawsat.com stacks a whole second article there).
 */
function removeStoriesAfter(box: Element, mainHeading: Element | null, remove: (el: Element) => boolean): void {
  const parent = box.parentElement;
  if (!parent || !mainHeading || !parent.contains(mainHeading)) return;
  // The heading must come before the box (DOCUMENT_POSITION_FOLLOWING = 4).
  if (!(mainHeading.compareDocumentPosition(box) & 4)) return;
  const siblings = Array.from(parent.children);
  const at = siblings.indexOf(box);
  const before = siblings.slice(0, at).reduce((n, el) => n + paragraphTextLength(el), 0);
  const after = siblings.slice(at + 1);
  if (after.reduce((n, el) => n + paragraphTextLength(el), 0) >= before) return;
  for (const el of after) remove(el);
}

/** Removes "related"/"most read" boxes found by their Arabic headings. */
function removeMarkedLists(doc: Document, mainHeading: Element | null, remove: (el: Element) => boolean): void {
  // Labels are short text nodes; walking text nodes avoids reading every div's textContent.
  const markers: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Paragraph-long text is never a label: skip it before any string work.
    if ((node.nodeValue?.length ?? 0) > 400) continue;
    const text = collapse(node.nodeValue);
    if (!text || text.length > 40 || !isListMarker(text)) continue;
    let el = node.parentElement;
    // Widen to the element whose whole text is the label ("<h3><span>اقرأ أيضا</span></h3>").
    while (el?.parentElement && collapse(el.parentElement.textContent) === collapse(el.textContent)) el = el.parentElement;
    if (el && collapse(el.textContent) === text) markers.push(el);
  }
  for (const marker of markers) {
    if (!marker.isConnected) continue;
    const label = collapse(marker.textContent);
    const end = isEndMarker(label);
    // Climb to the box the label heads: ancestors whose text starts with the label.
    let box: Element = marker;
    while (
      box.parentElement &&
      box.parentElement !== doc.body &&
      !/^(ARTICLE|MAIN)$/.test(box.parentElement.tagName) &&
      collapse(box.parentElement.textContent).startsWith(label)
    ) {
      box = box.parentElement;
    }
    if (box !== marker) {
      if (end) removeStoriesAfter(box, mainHeading, remove);
      remove(box);
      continue;
    }
    // A bare heading in the flow: the list is what follows it.
    if (end) removeStoriesAfter(marker, mainHeading, remove);
    let next = marker.nextElementSibling;
    remove(marker);
    while (next && isListLike(next)) {
      const after = next.nextElementSibling;
      remove(next);
      next = after;
    }
  }
}

/** Removes photo boxes: an image and a short caption in the same small container. */
function removePhotoBoxes(doc: Document, remove: (el: Element) => boolean): void {
  for (const img of Array.from(doc.querySelectorAll('img, picture'))) {
    const box = img.parentElement;
    if (!box || !img.isConnected || /^(P|ARTICLE|MAIN|BODY)$/.test(box.tagName)) continue;
    const text = collapse(box.textContent);
    if (text.length > 0 && text.length < 200 && box.children.length <= 3 && !box.querySelector('p, h1, h2, li')) remove(box);
  }
}

/**
 * Removes teaser lists: containers of several items that each carry a headline link
 * ("<h3><a>…</a></h3>" cards, "most read" boxes, endless "more stories" grids).
 * Guarded by the headline and by paragraph length: teasers are short, article paragraphs are not.
 */
function removeTeaserLists(doc: Document, mainHeading: Element | null): void {
  // For every element up to a few levels above a headline: how many headline links it holds.
  const hits = new Map<Element, number>();
  for (const a of Array.from(doc.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], h5 a[href]'))) {
    let el: Element | null = a.closest('h2,h3,h4,h5');
    for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) hits.set(el, (hits.get(el) ?? 0) + 1);
  }
  const lists = Array.from(hits.entries())
    .filter(([el, n]) => {
      if (n < 4 || el === doc.body || el === doc.documentElement) return false;
      // Most children are items with one headline link each. (Sibling walk: indexing a live
      // HTMLCollection is slow in jsdom.)
      let children = 0;
      let items = 0;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        children++;
        if (hits.get(c) === 1) items++;
      }
      return items >= 4 && items >= children * 0.6;
    })
    .map(([el]) => el);
  for (const list of lists) {
    if (!list.isConnected || (mainHeading && list.contains(mainHeading))) continue;
    const paragraphs = Array.from(list.querySelectorAll('p')).map((p) => collapse(p.textContent).length);
    const average = paragraphs.length ? paragraphs.reduce((x, y) => x + y, 0) / paragraphs.length : 0;
    if (average < 160) list.remove();
  }
}

/** Prepares a copy of the page for Readability. Mutates `doc`: pass a clone, never the live page. */
export function pruneForReadability(doc: Document, mainHeading: Element | null): void {
  for (const el of Array.from(doc.querySelectorAll(ALWAYS_REMOVE))) {
    if (el.isConnected && !(mainHeading && el.contains(mainHeading))) el.remove();
  }
  const remove = makeRemover(doc, mainHeading);
  for (const el of Array.from(doc.querySelectorAll(USUALLY_FURNITURE))) remove(el);
  // Site headers (not the article's own header with the headline).
  for (const el of Array.from(doc.querySelectorAll('header'))) {
    if (el.isConnected && !el.querySelector('h1') && !el.closest('article')) remove(el);
  }
  keepMainArticle(doc, mainHeading);
  removeTeaserLists(doc, mainHeading);
  for (const el of Array.from(doc.body?.querySelectorAll('[class],[id]') ?? [])) {
    if (!el.isConnected) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(name)) remove(el);
  }
  removeMarkedLists(doc, mainHeading, remove);
  removePhotoBoxes(doc, remove);
}
