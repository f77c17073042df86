// Reads the article on the page once the page is idle, sends one snapshot to the
// background, and marks the figures that other outlets report differently.
import { extractArticle } from '../../lib/pipeline/extract/index';
import { clearHighlights, highlightFigures, reanchorOnMutation, scrollToFigure } from '../../lib/extension/highlight/index';
import { watchAddress } from '../../lib/extension/content/address-watch';
import { sendWithRetry } from '../../lib/extension/content/retry';
import { failure, onMessage, parseMessage, sendMessage } from '../../lib/extension/messaging/protocol';
import type { HighlightItem } from '../../lib/pipeline/report/types';
import { NEWS_SITE_MATCHES } from '../../lib/extension/sites';

const RAN = '__tabayyunContentScript';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // WXT's context (`main`'s argument) is deliberately unused: it announces itself to the page and
  // can be invalidated, and its location-change event fired, by events any page can dispatch.
  main() {
    // The toolbar click may inject this script into a page where it already runs: then the
    // running instance reads the page again. (The content script's own world: pages can't see it.)
    const w = window as unknown as Record<string, (() => Promise<void>) | undefined>;
    const running = w[RAN];
    if (running) {
      void running();
      return;
    }
    w[RAN] = readPage;

    let items: HighlightItem[] = [];
    /** The stored read this page is, once the background acknowledged it. */
    let readId: number | null = null;
    let stopWatching: (() => void) | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;

    function show(next: HighlightItem[]) {
      items = next;
      stopWatching?.();
      highlightFigures(document, items);
      stopWatching = items.length ? reanchorOnMutation(document, () => items, (current) => highlightFigures(document, current)) : undefined;
    }

    async function readPage() {
      clearTimeout(retry);
      try {
        const result = extractArticle(document, location.href);
        if (!result.ok) {
          await sendMessage('pageSkipped', { url: location.href, reason: result.reason, detail: result.detail });
          return;
        }
        const article = result.article;
        const ack = await sendWithRetry(() => sendMessage('articleRead', article));
        if (ack.ok) {
          readId = ack.readId;
          show(ack.highlights);
        }
        // This tab added a read moments ago: the background takes the page again after a while.
        else if (ack.error === 'too-soon' && ack.retryAfterMs) retry = setTimeout(() => void readPage(), ack.retryAfterMs + 100);
      } catch (e) {
        // A broken page never breaks the extension: report quietly and stop.
        await sendMessage('pageSkipped', { url: location.href, reason: 'failed', detail: String(e) }).catch(() => undefined);
      }
    }

    onMessage('scrollToFigure', ({ data }) => {
      const asked = parseMessage('scrollToFigure', data);
      if (!asked.ok) return failure(asked.problem);
      return scrollToFigure(asked.data.id) ? { ok: true } : failure('not-found');
    });
    // The story's report changed (a related read, a correction, a deletion, a re-analysis).
    onMessage('setHighlights', ({ data }) => {
      const update = parseMessage('setHighlights', data);
      if (!update.ok) return failure(update.problem);
      // Marks for another read than this page's (it navigated meanwhile) are not shown.
      if (update.data.readId !== readId) return failure('other-read');
      show(update.data.highlights);
      return { ok: true };
    });

    watchAddress(window, () => {
      readId = null;
      stopWatching?.();
      stopWatching = undefined;
      items = [];
      clearHighlights();
      void readPage();
    });

    const idle = (cb: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 4000 }) : setTimeout(cb, 200));
    idle(() => void readPage());
  },
});
