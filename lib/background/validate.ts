// A snapshot comes from a content script running inside an arbitrary web page: check its
// shape and bound its size before anything is analysed or stored.
import type { ArticleSnapshot } from '../types';

export const MAX_TEXT_LENGTH = 400_000;
export const MAX_FIELD_LENGTH = 2_000;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOptionalText = (v: unknown, max: number) => v === null || isText(v, max);

/** Null when the snapshot can be stored; otherwise a short reason. */
export function checkSnapshot(s: ArticleSnapshot): string | null {
  if (typeof s !== 'object' || s === null) return 'not-an-object';
  if (!isText(s.text, MAX_TEXT_LENGTH) || s.text.trim().length === 0) return 'bad-text';
  for (const field of ['url', 'canonicalUrl', 'site', 'host', 'title'] as const) {
    if (!isText(s[field], MAX_FIELD_LENGTH)) return `bad-${field}`;
  }
  for (const field of ['byline', 'published', 'lang'] as const) {
    if (!isOptionalText(s[field], MAX_FIELD_LENGTH)) return `bad-${field}`;
  }
  if (!/^https?:/i.test(s.canonicalUrl)) return 'bad-canonicalUrl';
  return null;
}
