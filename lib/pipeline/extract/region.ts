// The part of the page that holds the article: the smallest ancestor of the headline that holds
// most of the page's running text. Readability and the pruning then work on a copy of that part
// only, instead of a copy of the whole page with its menus, tickers, sidebars and comments —
// which is where most of the extraction's time went.

// A text node this long is running text (a sentence or more), not a label or a link.
const RUNNING_TEXT = 80;
// Share of the page's running text the region must hold.
const MOST = 0.6;
const NON_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;

/** The headline's ancestor that holds most of the running text, or null when none does (then: the whole page). */
export function articleRegion(doc: Document, heading: Element | null): Element | null {
  const body = doc.body;
  if (!heading || !body || !body.contains(heading)) return null;
  // The headline's ancestors, each with the running text found under it (and no nearer ancestor).
  const chain = new Map<Node, number>();
  for (let el = heading.parentElement; el && el !== body; el = el.parentElement) chain.set(el, 0);
  let total = 0;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (length < RUNNING_TEXT) continue;
    const parent = node.parentElement;
    if (!parent || NON_TEXT.test(parent.tagName)) continue;
    const text = (node.nodeValue ?? '').trim().length;
    if (text < RUNNING_TEXT) continue;
    total += text;
    for (let el: Node | null = parent; el && el !== body; el = el.parentNode) {
      const own = chain.get(el);
      if (own !== undefined) {
        chain.set(el, own + text);
        break;
      }
    }
  }
  if (total === 0) return null;
  let under = 0;
  for (const [el, own] of chain) {
    under += own;
    if (under >= total * MOST) return el as Element;
  }
  return null;
}

/** A new document holding a copy of `region` (with the page's <title>, language and direction). */
export function documentOf(doc: Document, region: Element): Document {
  const copy = doc.implementation.createHTMLDocument(doc.title);
  for (const attr of ['lang', 'dir']) {
    const v = doc.documentElement.getAttribute(attr);
    if (v) copy.documentElement.setAttribute(attr, v);
  }
  copy.body.appendChild(copy.importNode(region, true));
  return copy;
}
