// What the background stores from a message: named fields only, never the message spread over
// a record, so a sender cannot add or overwrite a field (a `status`, an `id`).
import type { TabState } from '../messaging/protocol';
import type { ArticleSnapshot, SkipReason } from '../../types';
import type { FiledAddresses } from '../../pipeline/extract/canonical';

const SKIP_REASONS: readonly SkipReason[] = ['not-readerable', 'too-short', 'not-arabic', 'too-large', 'failed'];
const MAX_URL_LENGTH = 2_000;
const MAX_DETAIL_LENGTH = 500;

const clip = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** The snapshot's article fields, filed under the addresses the background checked. */
export function snapshotFields(s: ArticleSnapshot, at: FiledAddresses): ArticleSnapshot {
  return {
    url: at.url,
    canonicalUrl: at.canonicalUrl,
    site: s.site,
    host: at.host,
    title: s.title,
    byline: s.byline,
    published: s.published,
    lang: s.lang,
    dir: s.dir === 'rtl' || s.dir === 'ltr' ? s.dir : null,
    text: s.text,
  };
}

/** A tab's "not an article" state from a content script's report; the tab's own address wins. */
export function skippedState(info: { url?: unknown; reason?: unknown; detail?: unknown }, senderUrl?: string): Extract<TabState, { status: 'skipped' }> {
  const reason = SKIP_REASONS.find((r) => r === info.reason) ?? 'failed';
  const state: Extract<TabState, { status: 'skipped' }> = { status: 'skipped', url: clip(senderUrl ?? info.url, MAX_URL_LENGTH), reason };
  if (typeof info.detail === 'string') state.detail = clip(info.detail, MAX_DETAIL_LENGTH);
  return state;
}
