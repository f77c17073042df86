// Functions that run inside the browser (passed to a page's `evaluate`), shared by the
// Chromium (Playwright) and Firefox (Puppeteer) drivers. Each is self-contained: the drivers
// send its source text, so it may use only its argument and the page's globals (no imports,
// no named inner functions, which bundlers may wrap in helpers the page does not have).

// Extension pages have the WebExtension API as `chrome` in both browsers.
declare const chrome: any;

export type TabStatus = { status: string; readId?: number; reason?: string };

/** In an extension page: what the background recorded for tab `id` (status 'unknown' if nothing yet). */
export async function tabStateIn(id: number): Promise<TabStatus> {
  const key = `tab:${id}`;
  return ((await chrome.storage.session.get(key))[key] ?? { status: 'unknown' }) as TabStatus;
}

/** In an extension page: opens `url` in a new tab and returns the tab's id. */
export async function createTabIn(url: string): Promise<number> {
  return (await chrome.tabs.create({ url, active: true })).id as number;
}

export interface StoredReadSummary {
  id: number;
  canonicalUrl: string;
  url: string;
  site: string;
  title: string;
  published: string | null;
  readAt: number;
  textLength: number;
  claims: { text: string; value: number; sentence: string; comparable: boolean }[];
}

/** In an extension page: every read in the extension's own IndexedDB. */
export function storedReadsIn(): Promise<StoredReadSummary[]> {
  return new Promise<StoredReadSummary[]>((resolve, reject) => {
    const open = indexedDB.open('tabayyun');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('reads').objectStore('reads').getAll();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        type Raw = Omit<StoredReadSummary, 'textLength'> & { text: string };
        resolve(
          (req.result as Raw[]).map((r) => ({
            id: r.id,
            canonicalUrl: r.canonicalUrl,
            url: r.url,
            site: r.site,
            title: r.title,
            published: r.published,
            readAt: r.readAt,
            textLength: r.text.length,
            claims: r.claims.map((c) => ({ text: c.text, value: c.value, sentence: c.sentence, comparable: c.comparable })),
          })),
        );
        open.result.close();
      };
    };
  });
}

export interface StoredVersion {
  readId: number;
  version: number;
  text: string;
}

/** In an extension page: every earlier version of a read in the extension's own IndexedDB. */
export function storedVersionsIn(): Promise<StoredVersion[]> {
  return new Promise<StoredVersion[]>((resolve, reject) => {
    const open = indexedDB.open('tabayyun');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('versions').objectStore('versions').getAll();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        resolve((req.result as StoredVersion[]).map((v) => ({ readId: v.readId, version: v.version, text: v.text })));
        open.result.close();
      };
    };
  });
}

export interface PanelFigure {
  value: number;
  shown: string;
  outlet: string;
  date: string;
  attribution: string | null;
  quote: string;
  current: boolean;
}

export interface PanelDifference {
  topic: string;
  conflict: boolean;
  badges: string[];
  figures: PanelFigure[];
}

/** In the panel: the difference cards it shows, read from its DOM (the table the reader sees). */
export function panelDifferencesIn(): PanelDifference[] {
  return [...document.querySelectorAll('[data-testid="difference"]')].map((card) => ({
    topic: card.querySelector('.tb-topic')?.textContent?.trim() ?? '',
    conflict: card.getAttribute('data-conflict') === 'true',
    badges: [...card.querySelectorAll('.tb-badge')].map((b) => b.textContent?.trim() ?? ''),
    figures: [...card.querySelectorAll('[data-testid="figure"]')].map((f) => ({
      value: Number(f.getAttribute('data-value')),
      shown: f.querySelector('.tb-value')?.textContent?.trim() ?? '',
      outlet: [...f.querySelectorAll('.tb-source .tb-outlet, .tb-source .tb-outlet-name')].map((e) => e.textContent?.trim()).join(' '),
      date: f.querySelector('time')?.textContent?.trim() ?? '',
      attribution: f.querySelector('.tb-attribution')?.textContent?.trim() ?? null,
      quote: f.querySelector('.tb-quote')?.textContent?.trim() ?? '',
      current: f.classList.contains('tb-current'),
    })),
  }));
}

/**
 * Marks are told apart by priority, never by name: names are random per page load so that a
 * page cannot recognise them (lib/extension/highlight/registry.ts). Other differences 0, conflicts 1,
 * the "show in page" flash 2.
 */
export const MARK_PRIORITY = { differ: 0, conflict: 1, flash: 2 } as const;

export interface MarkedRange {
  priority: number;
  text: string;
  /** Top of the range in the viewport, and the viewport's height. */
  top: number;
  viewport: number;
}

/** In a web page: every CSS custom highlight range, with its highlight's priority. */
export function highlightsIn(): MarkedRange[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
  if (!registry) return [];
  return [...registry.values()].flatMap((h) =>
    [...h].map((r) => ({ priority: h.priority, text: r.toString(), top: r.getBoundingClientRect().top, viewport: window.innerHeight })),
  );
}

/** In a web page: whether some highlight of priority `priority` marks anything. */
export function hasMark(priority: number): boolean {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
  return [...(registry?.values() ?? [])].some((h) => h.priority === priority && h.size > 0);
}

/** In a web page: whether a highlight range of priority `priority` containing `text` is in the viewport. */
export function markInView(want: { priority: number; text: string }): boolean {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range> & { priority: number }> }).highlights;
  return [...(registry?.values() ?? [])]
    .filter((h) => h.priority === want.priority)
    .some((h) =>
      [...h].some((r) => {
        const top = r.getBoundingClientRect().top;
        return r.toString().includes(want.text) && top >= 0 && top <= window.innerHeight;
      }),
    );
}

/** In a web page: what the page's own script can learn about the marks on its text (names, ranges, style elements). */
export function marksAsPageSees(): { names: string[]; marked: string[]; styleIds: string[]; pageMentions: boolean } {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const names = [...(registry?.keys() ?? [])];
  const marked = names.flatMap((n) => [...registry!.get(n)!].map((r) => r.toString()));
  const styles = [...document.querySelectorAll('style')].filter((s) => (s.textContent ?? '').includes('::highlight('));
  return { names, marked, styleIds: styles.map((s) => s.id), pageMentions: document.documentElement.outerHTML.toLowerCase().includes('tabayyun') };
}

/**
 * In a web page, as the page's own script: fires `times` times, `everyMs` apart, every event
 * WXT's content-script context listens for (location changes, "a newer copy of this script
 * started: stop"), named with the extension's id `id`; with `changeText`, the toll changes each time.
 */
export async function forgeContentScriptEvents(arg: { id: string; times: number; everyMs: number; changeText: boolean }): Promise<void> {
  const prefix = `${arg.id}:content:`;
  const p = document.querySelector('article p, p')!;
  for (let i = 0; i < arg.times; i++) {
    if (arg.changeText) p.textContent = (p.textContent ?? '').replace(/\d+ شخصا/, `${40 + i} شخصا`);
    window.dispatchEvent(new Event(`${prefix}wxt:locationchange`));
    window.dispatchEvent(new PopStateEvent('popstate'));
    (window as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('navigatesuccess'));
    document.dispatchEvent(new CustomEvent(`${prefix}wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: `forged-${i}` } }));
    window.postMessage({ type: `${prefix}wxt:content-script-started`, contentScriptName: 'content', messageId: `forged-${i}` }, '*');
    await new Promise((r) => setTimeout(r, arg.everyMs));
  }
}

// ---- Node side: the same calls for either driver ----

/** Runs one of the functions above in a page (each driver wraps its page's `evaluate`). */
export type RunInPage = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** Asks `probe` every `everyMs` until `ok` holds or `timeoutMs` passes; returns the last answer either way. */
export async function pollUntil<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Waits until the background has read (or skipped) the page in tab `tabId`. */
export async function waitForTabStateIn(run: RunInPage, tabId: number, timeoutMs = 30_000): Promise<TabStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await run(tabStateIn, tabId);
    if (state.status !== 'unknown') return state;
    if (Date.now() > deadline) throw new Error(`Tab ${tabId} was not read within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The first highlight range of priority `priority` whose text contains `text`, once it stops moving (smooth scrolling). */
export async function settledMark(run: RunInPage, priority: number, text: string): Promise<MarkedRange | undefined> {
  const find = async () => (await run(highlightsIn, undefined)).find((m) => m.priority === priority && m.text.includes(text));
  let mark = await find();
  for (let i = 0; i < 30 && mark; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const next = await find();
    if (next && Math.abs(next.top - mark.top) < 1) return next;
    mark = next;
  }
  return mark;
}

/**
 * In a web page, as a single-page site does: moves to another article at `path` (new address,
 * canonical and og:url) whose toll now reads 58.
 */
export function moveToAnotherArticle(path: string): void {
  history.pushState(null, '', path);
  document.querySelector('link[rel="canonical"]')!.setAttribute('href', `https://${location.hostname}${path}`);
  document.querySelector('meta[property="og:url"]')?.setAttribute('content', `https://${location.hostname}${path}`);
  const p = document.querySelector('article p, p')!;
  p.textContent = (p.textContent ?? '').replace(/\d+ شخصا/, '58 شخصا');
}
