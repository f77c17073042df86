// Labels that must fit a small space are cut between words, never inside one: Arabic letters
// join, so half a word reads as another word. The full text stays available on hover and to
// screen readers.

const WORD = new Intl.Segmenter('ar', { granularity: 'word' });

/** `text` cut to at most `max` characters at a word boundary, with "…" where it was cut. */
export function shortenAtWord(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if ([...t].length <= max) return t;
  let out = '';
  for (const { segment, isWordLike } of WORD.segment(t)) {
    if ([...(out + segment)].length > max - 1) {
      // Nothing fits whole: a single long word is shown whole rather than cut.
      return out ? `${out.trimEnd()}…` : isWordLike ? `${segment}…` : '…';
    }
    out += segment;
  }
  return out;
}
