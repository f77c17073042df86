// Addresses rendered as links in extension pages: only web addresses. Stored addresses are
// checked when saved and imported; checked again here, where a `javascript:` link would run.

/** `url` when it is an http(s) address, else null (render the text without a link). */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
