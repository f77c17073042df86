// Article text from Readability's content element: one paragraph per block (p, li, h2–h6,
// blockquote…), whitespace collapsed, page furniture dropped, paragraphs joined by "\n\n".

import { fold } from '../text/fold';
import { furnitureKind, isEndMarker, type BoilerplateContext } from './boilerplate';

export interface TextBlock {
  text: string;
  /** Share of the block's characters inside links. */
  linkDensity: number;
  /** Tag of the block element the text stands in ("P", "LI", "H2"…). */
  tag: string;
}

const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL', 'BIG', 'TT',
]);
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME',
  'SVG', 'svg', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'IMG', 'PICTURE',
  // NAV, ASIDE, FOOTER and FORM are not skipped: the pruning has removed those that were
  // furniture, and the ones left wrap the article (ASP.NET's page-wide <form>).
]);

/** Splits an element into text blocks, one per block element or <br>-separated run. */
export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buf = '';
  let linkChars = 0;
  let tag = 'P';

  const flush = (): void => {
    const raw = buf;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, linkDensity: raw.length ? Math.min(1, linkChars / raw.replace(/\s+/g, ' ').length) : 0, tag });
    buf = '';
    linkChars = 0;
  };

  const visit = (node: Node, inLink: boolean, blockTag: string): void => {
    if (node.nodeType === 3) {
      const data = node.nodeValue ?? '';
      if (!buf.trim()) tag = blockTag;
      buf += data;
      if (inLink) linkChars += data.replace(/\s+/g, ' ').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR' || name === 'HR') {
      flush();
      return;
    }
    if (INLINE.has(name)) {
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c, inLink || name === 'A', blockTag);
      return;
    }
    flush();
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c, false, name);
    flush();
  };

  visit(root, false, 'DIV');
  flush();
  return blocks;
}

const MIN_BODY_BEFORE_END = 150;

/** Drops page furniture from the blocks of an article. */
export function dropFurniture(blocks: TextBlock[], ctx: BoilerplateContext): TextBlock[] {
  const kept: TextBlock[] = [];
  const seen = new Set<string>();
  const titleKey = fold(ctx.title).replace(/\s+/g, ' ').trim();
  let bodyChars = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // "مقالات ذات صلة" / "الأكثر قراءة" after a real body: the rest is other stories.
    if (b.text.length <= 40 && bodyChars >= MIN_BODY_BEFORE_END && isEndMarker(b.text)) break;
    const kind = furnitureKind(b.text, b.linkDensity, ctx);
    if (kind) {
      // A list heading takes its list with it: the link lines and list items that follow.
      if (kind === 'list-heading') {
        while (i + 1 < blocks.length && isListEntry(blocks[i + 1])) i++;
      }
      continue;
    }
    // Repeated captions and the headline repeated inside the body (a paragraph far longer than
    // the headline is neither: it is not folded).
    const key = b.text.length <= titleKey.length + 20 ? fold(b.text) : b.text;
    if (seen.has(key) || (titleKey && key === titleKey)) continue;
    seen.add(key);
    kept.push(b);
    bodyChars += b.text.length;
  }
  return kept;
}

function isListEntry(b: TextBlock): boolean {
  return b.tag === 'LI' || b.linkDensity >= 0.5 || (b.text.length < 100 && !/[.!؟?]$/.test(b.text));
}

/** Article text: paragraphs of the content element, furniture dropped, joined by blank lines. */
export function articleText(content: Element, ctx: BoilerplateContext): string {
  return dropFurniture(collectBlocks(content), ctx)
    .map((b) => b.text)
    .join('\n\n');
}
