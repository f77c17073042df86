// Real Chromium with the real built extension loaded, for end-to-end tests, the demo and
// the benchmarks. Fixture sites are served on 127.0.0.1 and the outlets' host names are
// mapped there, so the production match patterns are what is exercised.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { createTabIn, storedReadsIn, waitForTabStateIn, type RunInPage, type StoredReadSummary, type TabStatus } from './in-page';

export type { StoredReadSummary, TabStatus };

export const EXTENSION_DIR = path.resolve(process.cwd(), '.output/chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** CHROME_PATH, else the usual install paths; null when no browser is installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /**
   * An extension page kept open to call extension APIs from (tabs, storage, IndexedDB): unlike
   * the MV3 service worker, it does not go away when Chrome stops the worker.
   */
  control: Page;
  /** Requests the extension itself made (service worker or extension pages), for the privacy check. */
  extensionRequests: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(opts: {
  hosts: string[];
  port: number;
  extensionDir?: string;
  /** Reuse a browser profile (to restart the browser over the same data); kept on close. */
  profile?: string;
}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build first.`);
  const profile = opts.profile ?? mkdtempSync(path.join(tmpdir(), 'tabayyun-profile-'));
  const rules = [...opts.hosts.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 900 },
    locale: 'ar',
    args: [
      '--headless=new',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const extensionRequests: string[] = [];
  const fromExtension = (request: Request): boolean => {
    if (request.serviceWorker()) return true;
    try {
      return request.frame().url().startsWith('chrome-extension://');
    } catch {
      return false;
    }
  };
  context.on('request', (request) => {
    const url = request.url();
    if (fromExtension(request) && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) extensionRequests.push(url);
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=-1`);
  return {
    context,
    extensionId,
    worker,
    control,
    extensionRequests,
    async close() {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new tab from an extension page, which learns the tab's id
 * (the extension has no `tabs` permission, so it cannot look tabs up by URL), and returns
 * Playwright's handle on the same tab.
 */
export async function openTab(b: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const known = new Set(b.context.pages());
  const tabId = await b.control.evaluate(createTabIn, url);
  const page = await newPageAt(b.context, known, url);
  // A tab that parsed its document before Playwright attached to it reports «load» but never
  // «domcontentloaded» (seen once in CI: 60 s lost, the suite failed); either says it is parsed.
  await Promise.any([page.waitForLoadState('domcontentloaded', { timeout: 60_000 }), page.waitForLoadState('load', { timeout: 60_000 })]);
  return { page, tabId };
}

// How long a new tab may take to show its URL to Playwright, how often to look, and after how
// long the one new tab is taken whatever it shows (a page that navigates away at once).
const NEW_PAGE_TIMEOUT_MS = 30_000;
const NEW_PAGE_POLL_MS = 100;
const ONLY_NEW_PAGE_MS = 2_000;

/**
 * The page, not among `known`, that shows `url` — or, once it has had time to, the one new page
 * there is: a tab that navigated away before Playwright looked at it («navigates-away-mid-read»)
 * never shows `url`. (The «page» event's URL, «about:blank» or `url` at that instant, had missed
 * such a tab and left a suite waiting its whole timeout, twice on plain clones.)
 */
async function newPageAt(context: BrowserContext, known: ReadonlySet<Page>, url: string): Promise<Page> {
  const started = Date.now();
  // (As the browser writes it: a path of Arabic letters percent-encoded, a bare host with its «/».)
  const href = new URL(url).href;
  for (;;) {
    const fresh = context.pages().filter((p) => !known.has(p));
    const page = fresh.find((p) => p.url() === href) ?? (fresh.length === 1 && Date.now() - started > ONLY_NEW_PAGE_MS ? fresh[0] : undefined);
    if (page) return page;
    if (Date.now() - started > NEW_PAGE_TIMEOUT_MS) throw new Error(`no new tab showed ${url} within ${NEW_PAGE_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, NEW_PAGE_POLL_MS));
  }
}

/** Waits until the background has read (or skipped) the page in tab `tabId`. */
export function waitForTabState(b: ExtensionBrowser, tabId: number, timeoutMs = 30_000): Promise<TabStatus> {
  return waitForTabStateIn(runIn(b.control), tabId, timeoutMs);
}

export function panelUrl(b: ExtensionBrowser, tabId: number): string {
  return `chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`;
}

/** Every read in the extension's own IndexedDB, read from one of its pages. */
export function storedReads(b: ExtensionBrowser): Promise<StoredReadSummary[]> {
  return b.control.evaluate(storedReadsIn);
}

/** A Playwright page as the drivers' common way to run an in-page function. */
export function runIn(page: Page): RunInPage {
  // Playwright's typing unboxes handles in the argument; ours are plain JSON values.
  return (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg);
}

/**
 * Scrolls the first figure marked in the page (any CSS highlight, whatever its name) to the
 * middle of the view, waiting until one is marked. False when nothing got marked in time.
 */
export async function scrollToFirstMark(page: Page, timeoutMs = 15_000): Promise<boolean> {
  type Registry = { highlights: Map<string, Set<Range>> };
  const marked = await page
    .waitForFunction(() => [...(CSS as unknown as Registry).highlights.values()].some((h) => h.size > 0), null, { timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  if (!marked) return false;
  await page.evaluate(() => {
    const ranges = [...(CSS as unknown as Registry).highlights.values()].flatMap((h) => [...h]);
    const first = ranges.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
    first?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  });
  return true;
}
