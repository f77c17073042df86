// Headlines as pages write them: the <h1>, og:title, JSON-LD and <title> of one article differ
// by quotation marks, kashida, diacritics, punctuation and the outlet's name. These helpers
// compare them by their words and strip the outlet's name from a title.

import { fold } from '../text/fold';

/** Letters and digits only, folded, lower case, single spaces: what two spellings of one headline share. */
export function headlineKey(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `part` names the outlet: its key is the site's key, or contains it, or is a word of it. */
export function namesOutlet(part: string, site: string): boolean {
  const p = headlineKey(part);
  const s = headlineKey(site);
  if (!p || !s) return false;
  if (p === s || p.includes(s) || s.includes(p)) return true;
  // "CNNArabic.com" for the outlet "CNNArabic": the same name without spaces.
  const ps = p.replace(/ /g, '');
  const ss = s.replace(/ /g, '');
  return ps.includes(ss) || (ps.length >= 4 && ss.includes(ps));
}

/**
 * Whether two strings are the same headline: equal keys, or one the other with an outlet
 * name or a few words of kicker around it (at least 60 % of the longer one).
 */
export function sameHeadline(a: string, b: string): boolean {
  return sameHeadlineKey(headlineKey(a), headlineKey(b));
}

/** `sameHeadline` on keys already computed with `headlineKey`. */
function sameHeadlineKey(ka: string, kb: string): boolean {
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 10 && short.length >= long.length * 0.6 && ` ${long} `.includes(` ${short} `);
}

// " - صحيفة اليوم", " | الشرق الأوسط", " :: Site": separators between headline and outlet.
const TITLE_SEPARATOR = /\s+[-|–—:»·•]{1,2}\s+|\s*[|]\s*/g;

/**
 * A title without the outlet's name before or after it ("المدينة نيوز - …", "… - اليوم السابع",
 * "… - الصباح | Assabah"). A part counts as the outlet when it names `site` or `host`, or when
 * the rest is exactly the page's own headline (`heading`).
 */
export function stripOutlet(title: string, site: string, host = '', heading = ''): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const isOutlet = (part: string): boolean =>
    (!!site && namesOutlet(part, site)) || (!!host && namesOutlet(part, hostName(host)));
  for (let round = 0; round < 3; round++) {
    const seps = Array.from(t.matchAll(TITLE_SEPARATOR));
    if (!seps.length) break;
    const last = seps[seps.length - 1];
    const before = t.slice(0, last.index).trim();
    const after = t.slice((last.index ?? 0) + last[0].length).trim();
    const first = seps[0];
    const head = t.slice(0, first.index).trim();
    const rest = t.slice((first.index ?? 0) + first[0].length).trim();
    if (before.length >= 10 && (isOutlet(after) || (heading && sameHeadlineExactly(before, heading)))) t = before;
    else if (rest.length >= 10 && (isOutlet(head) || (heading && sameHeadlineExactly(rest, heading)))) t = rest;
    else break;
  }
  return t;
}

function sameHeadlineExactly(a: string, b: string): boolean {
  return headlineKey(a) === headlineKey(b);
}

/** "www.alyaum.com" → "alyaum"; "arabic.cnn.com" → "cnn": the part of a host a reader calls the outlet. */
function hostName(host: string): string {
  const labels = host.toLowerCase().replace(/^www\./, '').split('.');
  // Drop the public suffix (one or two short labels: "com", "com.tn", "co.uk").
  while (labels.length > 1 && labels[labels.length - 1].length <= 3) labels.pop();
  return labels[labels.length - 1] ?? '';
}

// Headings that belong to the site's chrome, never the article's headline.
const CHROME = 'header:not(article header), nav, footer, aside, a, [role="banner"], [role="navigation"], [role="contentinfo"]';

/**
 * The page's own headline element: the first <h1> (else <h2>) that is the same headline as one
 * of `titles` (og:title, JSON-LD, <title>), else the <h1> of the article, else the only <h1>
 * outside the site's chrome.
 */
export function findMainHeading(doc: Document, titles: string[]): Element | null {
  const wanted = titles.map(headlineKey).filter((k) => k.length >= 6);
  const h1s = Array.from(doc.getElementsByTagName('h1'));
  for (const list of [h1s, Array.from(doc.getElementsByTagName('h2'))]) {
    const match = list.find((h) => {
      const text = h.textContent ?? '';
      if (text.length >= 400) return false;
      const key = headlineKey(text);
      return wanted.some((k) => sameHeadlineKey(key, k));
    });
    if (match) return match;
  }
  const inArticle = h1s.find((h) => h.closest('article'));
  if (inArticle) return inArticle;
  const outside = h1s.filter((h) => headlineKey(h.textContent ?? '').length >= 6 && !h.closest(CHROME));
  return outside.length === 1 ? outside[0] : null;
}
