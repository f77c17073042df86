// Anchoring: quotes from the extracted article text → DOM Ranges in the live page.
// Split as in hypothesis/client: describe (text → selector), match-quote (selector → offsets
// in page text), text-range (offsets ↔ DOM).

import type { TextQuoteSelector } from './describe';
import { matchQuoteIn, prepareText } from './match-quote';
import { rangeFromOffsets, textOfNode } from './text-range';

export { describeQuote, type TextQuoteSelector } from './describe';
export { matchQuote, matchQuoteIn, prepareText, type QuoteMatch, type PreparedText } from './match-quote';
export { rangeFromOffsets, textOfNode, type TextIndex } from './text-range';

/** Anchors every selector under `root`; the page text is indexed and folded once for all. */
export function anchorQuotes(root: Element, selectors: TextQuoteSelector[]): (Range | null)[] {
  if (selectors.length === 0) return [];
  const doc = root.ownerDocument;
  const index = textOfNode(root);
  const prepared = prepareText(index.text);
  return selectors.map((selector) => {
    const match = matchQuoteIn(prepared, selector);
    return match ? rangeFromOffsets(index, match.start, match.end, doc) : null;
  });
}
