// Real Firefox (Debian's firefox-esr) with the real built extension (.output/firefox-mv3),
// driven through WebDriver BiDi by puppeteer-core. Firefox has no host-resolver rules, so the
// fixture server is also its HTTP proxy: the outlets' real host names reach it, and the
// production match patterns are what is exercised.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createTabIn, storedReadsIn, waitForTabStateIn, type RunInPage, type StoredReadSummary, type TabStatus } from './in-page';
import type { FixtureServer, SeenRequest } from './server';

export const FIREFOX_EXTENSION_DIR = path.resolve(process.cwd(), '.output/firefox-mv3');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** FIREFOX_PATH, else Debian's firefox-esr or firefox; null when none is installed. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

// The extension's origin is moz-extension://<uuid>, random per profile unless fixed by a pref.
const EXTENSION_UUID = '5f0c8a52-7d1e-4b6a-9c3f-2e8d41a7b690';

// Firefox's own services (remote settings, updates, portal detection) live on Mozilla's
// domains, or on the placeholder host Puppeteer's test profile points some of them to; no
// page asks for them, and the extension has no reason to.
const FIREFOX_SERVICE = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net|dummy\.test)$/;

export interface FirefoxExtensionBrowser {
  browser: Browser;
  uuid: string;
  /** An extension page kept open to call extension APIs from (tabs, storage, IndexedDB). */
  control: Page;
  /** Where downloads (the export file) land. */
  downloadDir: string;
  /** http://host/path: the address a tab opens for a fixture page (through the proxy, no port). */
  urlOf(page: { host: string; path: string }): string;
  extensionUrl(file: string): string;
  /** Requests that left the browser from the extension, or from nowhere a page or Firefox explains. */
  extensionRequests(): string[];
  /** Firefox's own service traffic seen so far (kept apart, for the record). */
  browserOwnRequests(): string[];
  /** Uncaught errors from the extension's code (pages, background, content scripts), from the browser console. */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface BidiRequest {
  context: string | null;
  url: string;
  navigation: string | null;
  /** The document in that browsing context when the request started. */
  documentUrl: string | undefined;
}

/** Follows BiDi's browsing contexts and network events to tell who made each request. */
function watchNetwork(browser: Browser): BidiRequest[] {
  const documents = new Map<string, string>();
  const requests: BidiRequest[] = [];
  const connection = (browser as unknown as { connection: { on(event: string, fn: (e: any) => void): void } }).connection;
  const track = (e: { context: string; url: string }) => documents.set(e.context, e.url);
  connection.on('browsingContext.contextCreated', track);
  connection.on('browsingContext.navigationStarted', track);
  connection.on('browsingContext.load', track);
  connection.on('network.beforeRequestSent', (e: { context: string | null; navigation: string | null; request: { url: string } }) =>
    requests.push({ context: e.context, url: e.request.url, navigation: e.navigation, documentUrl: e.context ? documents.get(e.context) : undefined }),
  );
  return requests;
}

const isWebDocument = (url: string | undefined): boolean => !!url && /^(https?:|about:blank)/.test(url);

export type RequestSource = 'page' | 'browser' | 'extension';

/**
 * Who made each request that reached the proxy: a web page (its document, images, favicon:
 * BiDi saw it in a tab showing a web document), Firefox itself (no page asked, and it goes to
 * one of its services), or the extension (an extension page, a context BiDi does not show as
 * a tab such as the background page, or no page at all). Each BiDi record explains one request
 * only, so an extension fetching an address a page also loaded is still caught.
 */
export function attributeRequests(seen: SeenRequest[], bidi: BidiRequest[]): RequestSource[] {
  const key = (url: string): string | null => {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' ? `https://${u.hostname}` : u.href;
    } catch {
      return null;
    }
  };
  const unexplained = new Map<string, BidiRequest[]>();
  for (const r of bidi) {
    const k = key(r.url);
    if (k) unexplained.set(k, [...(unexplained.get(k) ?? []), r]);
  }
  return seen.map((s) => {
    const candidates = unexplained.get(s.kind === 'http' ? (key(s.url) ?? s.url) : `https://${s.host}`) ?? [];
    const fromPage = candidates.findIndex((r) => r.navigation !== null || isWebDocument(r.documentUrl));
    if (fromPage >= 0) {
      candidates.splice(fromPage, 1);
      return 'page';
    }
    if (candidates.length > 0) return 'extension';
    return FIREFOX_SERVICE.test(s.host) ? 'browser' : 'extension';
  });
}

export async function launchFirefoxWithExtension(opts: { server: FixtureServer; extensionDir?: string }): Promise<FirefoxExtensionBrowser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  const dir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension in ${dir}: run npm run build:firefox first.`);
  const geckoId = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'tabayyun-ff-downloads-'));
  const port = opts.server.port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    // No default viewport: puppeteer's setViewport also sends a screen-orientation command that
    // Firefox ESR 140 does not know (setViewportSize sets the size alone).
    defaultViewport: null,
    // Needed to open moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'intl.accept_languages': 'ar, en',
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  const bidi = watchNetwork(browser);
  await browser.installExtension(dir);
  const control = (await browser.pages())[0] ?? (await browser.newPage());
  await setViewportSize(browser, control, 1100, 900);
  const extensionUrl = (file: string) => `moz-extension://${EXTENSION_UUID}/${file}`;
  await gotoExtensionPage(control, extensionUrl('sidepanel.html?tabId=-1'));
  const byKind = (kind: RequestSource) => {
    const sources = attributeRequests(opts.server.requests, bidi);
    return opts.server.requests.filter((_, i) => sources[i] === kind).map((r) => r.url);
  };
  return {
    browser,
    uuid: EXTENSION_UUID,
    control,
    downloadDir,
    urlOf: (p) => `http://${p.host}${p.path}`,
    extensionUrl,
    extensionRequests: () => byKind('extension'),
    extensionErrors: () => extensionErrors(browser, EXTENSION_UUID),
    browserOwnRequests: () => byKind('browser'),
    async close() {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

type BidiConnection = { send(method: string, params: object): Promise<{ result: any }> };

/** A page's viewport set over BiDi alone (see `defaultViewport` above). */
export async function setViewportSize(browser: Browser, page: Page, width: number, height: number): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.setViewport', { context, viewport: { width, height } });
}

/**
 * Waits until `fn` holds in an extension page. puppeteer's waitForFunction builds its poller with
 * `Function()`, which the extension pages' CSP blocks in Firefox ESR 140; evaluate is not blocked.
 */
export async function waitInExtensionPage<A>(page: Page, fn: (arg: A) => boolean, arg: A, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(fn as (arg: unknown) => boolean, arg as unknown))) {
    if (Date.now() > end) throw new Error(`waited ${timeoutMs} ms in ${page.url()} for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let consoleUnreachableTold = false;

/**
 * Errors the browser console holds for scripts of the extension. BiDi reports no error from a
 * moz-extension:// page, so they are read from Firefox's console service in the browser's own
 * (chrome) context, which `--remote-allow-system-access` opens to the driver.
 */
async function extensionErrors(browser: Browser, uuid: string): Promise<string[]> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result.contexts as { context: string }[])[0]?.context;
  if (!context) throw new Error('no browser window to read the console from');
  const prefix = JSON.stringify(`moz-extension://${uuid}/`);
  // Firefox before 141 ignores `moz:scope` and answers with a web page, where the console service
  // is not reachable: the check is then not possible, and said so once, not passed in silence.
  const reachable = await connection.send('script.evaluate', { expression: `typeof Services !== 'undefined'`, target: { context }, awaitPromise: false });
  if ((reachable.result as { result?: { value?: boolean } }).result?.value !== true) {
    if (!consoleUnreachableTold) console.warn(`Firefox ${await browser.version()}: its console is not reachable over WebDriver BiDi (Firefox 141 or later with --remote-allow-system-access); the extension's uncaught errors are not read.`);
    consoleUnreachableTold = true;
    return [];
  }
  const answer = await connection.send('script.evaluate', {
    // Ci.nsIScriptError.warningFlag is 1, infoFlag 8: errors have neither.
    expression: `JSON.stringify(Services.console.getMessageArray().filter((m) => m instanceof Ci.nsIScriptError && (m.flags & 9) === 0 && m.sourceName.startsWith(${prefix})).map((m) => m.errorMessage + ' (' + m.sourceName.slice(${prefix}.length) + ':' + m.lineNumber + ')'))`,
    target: { context },
    awaitPromise: false,
  });
  const result = answer.result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (result.type !== 'success' || typeof result.result?.value !== 'string') throw new Error(`could not read the browser console: ${result.exceptionDetails?.text ?? result.type}`);
  return JSON.parse(result.result.value) as string[];
}

/**
 * Navigates to a moz-extension:// page. Over BiDi that navigation never reports done although
 * the page loads, so it is started without waiting and the page's address is polled.
 */
export async function gotoExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const href = await page.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');
    if (href === url) return;
    if (Date.now() > deadline) throw new Error(`${url} did not open (at ${href || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A Puppeteer page as the drivers' common way to run an in-page function. */
export function runInFirefox(page: Page): RunInPage {
  return (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg);
}

/** Opens `url` in a new tab from the extension (which learns the tab's id) and Puppeteer's handle on it. */
export async function openFirefoxTab(b: FirefoxExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const tabId = await b.control.evaluate(createTabIn, url);
  const target = await b.browser.waitForTarget((t) => t.url() === url, { timeout: 30_000 });
  const page = await target.page();
  if (!page) throw new Error(`no page for ${url}`);
  return { page, tabId };
}

export function waitForFirefoxTabState(b: FirefoxExtensionBrowser, tabId: number, timeoutMs = 30_000): Promise<TabStatus> {
  return waitForTabStateIn(runInFirefox(b.control), tabId, timeoutMs);
}

export function firefoxStoredReads(b: FirefoxExtensionBrowser): Promise<StoredReadSummary[]> {
  return b.control.evaluate(storedReadsIn);
}

/** Opens the panel for `tabId` (`?tabId=` as the tests drive it) and waits for a final state. */
export async function openFirefoxPanel(b: FirefoxExtensionBrowser, tabId: number, opts: { width?: number; lang?: 'ar' | 'en' } = {}): Promise<Page> {
  // Its own window, as the sidebar sits beside the page: the article's tab stays in front of its
  // window, so its smooth scrolling and animation frames run while the panel is used.
  const panel = await b.browser.newPage({ type: 'window' });
  await setViewportSize(b.browser, panel, opts.width ?? 400, 1000);
  await gotoExtensionPage(panel, b.extensionUrl(`sidepanel.html?tabId=${tabId}`));
  const ready = () => panel.waitForSelector('[data-testid="difference"], [data-testid="empty-state"]:not([data-kind="loading"])', { timeout: 30_000 });
  await ready();
  if (opts.lang && (await panel.evaluate(() => document.documentElement.lang)) !== opts.lang) {
    await panel.click('.tb-lang');
    await waitInExtensionPage(panel, (lang) => document.documentElement.lang === lang, opts.lang);
    await ready();
  }
  return panel;
}
