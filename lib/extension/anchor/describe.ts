// Describes a span of the extracted article text by its own words and their surroundings,
// so that it can be found again in the live page, whose text differs in whitespace and marks.

/** A quote with the text just before and after it (W3C Web Annotation TextQuoteSelector). */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Selector for text[start, end) with up to `context` characters of prefix and suffix. */
export function describeQuote(text: string, start: number, end: number, context = 32): TextQuoteSelector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const c = Math.max(0, context);
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - c), s),
    suffix: text.slice(e, e + c),
  };
}
