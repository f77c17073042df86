// A link that opens an article scrolled to a quoted sentence (URL text fragments).
const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

/** `url#:~:text=start,end` for long sentences, `#:~:text=sentence` for short ones. */
export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.split('#')[0];
  const words = sentence.trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return base;
  const fragment = words.length <= 8 ? enc(words.join(' ')) : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  return `${base}#:~:text=${fragment}`;
}
