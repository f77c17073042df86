// Which address a read is filed under. A page names its canonical address itself, so a page on
// one outlet could name another outlet's article and overwrite it: a declared canonical counts
// only on the page's own site (registrable domain, from the Public Suffix List), else the
// page's own address does. Applied in the background, which knows the tab's real address (the
// list is 50 KB gzipped, too big for the content script; the CLI reads saved files, whose own
// addresses are file paths).
import { getDomain } from 'tldts';

function webAddress(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The registrable domain ("news.example.co.uk" → "example.co.uk"); the host itself for IPs and local names. */
export function siteOf(url: URL): string {
  // Private suffixes count (a.github.io and b.github.io are two sites).
  return getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname.toLowerCase();
}

export function sameSite(a: string, b: string): boolean {
  const x = webAddress(a);
  const y = webAddress(b);
  return !!x && !!y && siteOf(x) === siteOf(y);
}

const withoutHash = (url: URL) => {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
};

/** Host name without "www.", as reads store it. */
const hostOf = (url: URL) => url.hostname.replace(/^www\./i, '').toLowerCase();

export interface FiledAddresses {
  url: string;
  canonicalUrl: string;
  host: string;
}

/**
 * The addresses to store for a read the page reported as `reported`, in a tab whose real address
 * is `pageUrl` (the sender's; the reported one when unknown). The reported address counts only on
 * the page's own site; the canonical only on the same site as that. Null when neither is a web address.
 */
export function fileUnder(reported: { url: string; canonicalUrl: string }, pageUrl: string = reported.url): FiledAddresses | null {
  const page = webAddress(pageUrl);
  if (!page) return null;
  const claimed = webAddress(reported.url);
  const url = claimed && siteOf(claimed) === siteOf(page) ? claimed : page;
  const canonical = webAddress(reported.canonicalUrl);
  const canonicalUrl = canonical && siteOf(canonical) === siteOf(url) ? canonical.href : withoutHash(url);
  return { url: url.href, canonicalUrl, host: hostOf(url) };
}
