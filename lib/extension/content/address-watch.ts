// When to read a page again: only when the tab's address really changed (a single-page site
// moving to another article), decided by comparing `location.href` with the address last read.
// Events only prompt the comparison: a page can dispatch any event, including WXT's
// "locationchange" (whose name it learns from WXT's own announcement), but it cannot make the
// address differ without really navigating.

export interface AddressWatchOptions {
  /** How often the address is compared without an event (default 1 s). */
  pollMs?: number;
  /** How long a new address must hold before it is read (default 1.5 s): a page that keeps changing it is read once, when it stops. */
  settleMs?: number;
}

const withoutHash = (href: string) => href.split('#')[0];

/** Calls `onChanged` with the new address once it has settled; returns a function that stops watching. */
export function watchAddress(win: Window, onChanged: (href: string) => void, opts: AddressWatchOptions = {}): () => void {
  const pollMs = opts.pollMs ?? 1_000;
  const settleMs = opts.settleMs ?? 1_500;
  const current = () => withoutHash(win.location.href);
  let last = current();
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const settle = () => {
    timer = undefined;
    const now = current();
    if (now !== pending) return compare();
    pending = null;
    last = now;
    onChanged(win.location.href);
  };
  function compare(): void {
    const now = current();
    if (now === last) {
      // Back where it was read: nothing to do.
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = null;
      return;
    }
    if (now === pending) return;
    pending = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(settle, settleMs);
  }

  const onEvent = (e: Event) => {
    if (e.isTrusted) compare();
  };
  const interval = setInterval(compare, pollMs);
  // The Navigation API (Chromium) reports same-document navigations at once; polling covers the rest.
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('navigatesuccess', onEvent);
  win.addEventListener('popstate', onEvent);
  return () => {
    clearInterval(interval);
    if (timer !== undefined) clearTimeout(timer);
    navigation?.removeEventListener?.('navigatesuccess', onEvent);
    win.removeEventListener('popstate', onEvent);
  };
}
