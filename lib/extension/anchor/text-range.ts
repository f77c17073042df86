// The visible text of a DOM subtree as one string, with the text nodes it came from, so that
// offsets found in that string can be turned back into a DOM Range. Numeric node constants keep
// this independent of any global `Node` (it runs in the page, jsdom and linkedom alike).

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose text is never shown as page text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'SELECT']);

export interface TextIndex {
  /** Concatenated data of `nodes`, in document order. */
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text`. */
  starts: number[];
}

function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.nodeName.toUpperCase())) return true;
  // Attribute checks only: computed styles would cost a layout per element.
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Walks the text nodes under `root` (skipping scripts, styles and hidden subtrees). */
export function textOfNode(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    }
  };

  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE) {
    visit(root);
  } else if (!(root.nodeType === ELEMENT_NODE && isSkipped(root as Element))) {
    // Iterative depth-first walk: pages can nest deeper than a comfortable recursion.
    let node: Node | null = root.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === ELEMENT_NODE) descend = !isSkipped(node as Element) && node.firstChild !== null;
      else visit(node);
      if (descend) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      if (!node || node === root) break;
      node = node.nextSibling;
    }
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the last node whose start is <= offset (nodes are non-empty and in order). */
function nodeAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range over index.text[start, end), or null when the offsets are outside the text. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number, doc: Document): Range | null {
  if (index.nodes.length === 0 || start < 0 || end > index.text.length || start >= end) return null;
  // The start lies in the node that contains character `start`; the end in the node that
  // contains character `end - 1`, so neither boundary lands at the edge of a neighbour.
  const si = nodeAt(index.starts, start);
  const ei = nodeAt(index.starts, end - 1);
  const range = doc.createRange();
  range.setStart(index.nodes[si], start - index.starts[si]);
  range.setEnd(index.nodes[ei], end - index.starts[ei]);
  return range;
}
