// The reader's data through what a browser does to an extension: many tabs reading at once,
// the MV3 service worker stopped mid-work, the extension reloaded (as on an update), and
// private windows, which are never recorded.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, openTab, storedReads, waitForTabState, type ExtensionBrowser } from '../../scripts/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { describeShared } from '../fixtures/describe-shared';
import { buildCorpusPage, listCorpusStories, listSeedPages, type BuiltPage } from '../fixtures/pages';

type WorkerVersion = { versionId: string; scriptURL: string; runningStatus: string };

/** Follows the extension's service worker versions through DevTools' ServiceWorker domain. */
async function watchWorkers(cdp: CDPSession): Promise<Map<string, WorkerVersion>> {
  const latest = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
    for (const v of e.versions) latest.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  return latest;
}

/** Stops the extension's service worker the way Chrome does when it is idle (DevTools' "Stop"). */
async function stopServiceWorker(cdp: CDPSession, workers: Map<string, WorkerVersion>, control: Page): Promise<void> {
  // Wake it first (any message does), so there is a running worker to stop.
  await control.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ id: 0, type: 'panelState', data: { tabId: -1 }, timestamp: Date.now() }));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const running = [...workers.values()].find((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'running');
    if (running) {
      await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
      return;
    }
    if (Date.now() > deadline) throw new Error('the extension’s service worker is not running');
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Needs 25 distinct real articles: the seeds and the corpus.
describeShared('lifecycle: concurrency, worker restarts, reloads, private windows', () => {
  const corpus = listCorpusStories().flatMap((s) => s.files.map((f) => buildCorpusPage(s.story, f)));
  const pages: BuiltPage[] = [...listSeedPages(), ...corpus];
  const firstTwenty = pages.slice(0, 20);
  const nextFive = pages.slice(20, 25);
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let control: Page;
  let cdp: CDPSession;
  let workers: Map<string, WorkerVersion>;
  // The extension is loaded from a copy, so the update test can change its version in place.
  const extensionDir = mkdtempSync(path.join(tmpdir(), 'tabayyun-ext-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'tabayyun-profile-'));
  const launch = () => launchWithExtension({ hosts: [...new Set(pages.map((p) => p.host))], port: server.port, extensionDir, profile });

  beforeAll(async () => {
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    server = await serveFixtures(pages);
    browser = await launch();
    control = browser.control;
    cdp = await browser.context.newCDPSession(control);
    workers = await watchWorkers(cdp);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('twenty tabs reading at once lose no write', async () => {
    const tabs = await Promise.all(firstTwenty.map((p) => openTab(browser, server.urlOf(p))));
    const states = await Promise.all(tabs.map((t) => waitForTabState(browser, t.tabId, 60_000)));
    expect(states.map((s) => s.status)).toEqual(firstTwenty.map(() => 'read'));
    const stored = await storedReads(browser);
    expect(stored).toHaveLength(20);
    expect(new Set(stored.map((r) => r.canonicalUrl)).size).toBe(20);
    expect(new Set(states.map((s) => s.readId)).size).toBe(20);
  });

  it('a service worker stopped mid-work resumes without losing or duplicating a read', async () => {
    const opening = Promise.all(nextFive.map((p) => openTab(browser, server.urlOf(p))));
    // Keep stopping the worker while those pages load, extract and send their reads, so
    // some reads are in flight (or half handled) when it goes. Counted in stops that took
    // effect, not in seconds: a slow machine stops it as many times, only later.
    let stops = 0;
    for (let tries = 0; stops < 8 && tries < 40; tries++) {
      if (await stopServiceWorker(cdp, workers, control).then(() => true, () => false)) stops++;
      await new Promise((r) => setTimeout(r, 80));
    }
    expect(stops).toBe(8);
    const tabs = await opening;
    const states = await Promise.all(tabs.map((t) => waitForTabState(browser, t.tabId, 60_000)));
    expect(states.map((s) => s.status)).toEqual(nextFive.map(() => 'read'));
    const stored = await storedReads(browser);
    expect(stored).toHaveLength(25);
    expect(new Set(stored.map((r) => r.canonicalUrl)).size).toBe(25);
  });

  it('reading a page again after a worker restart updates it, never duplicates it', async () => {
    await stopServiceWorker(cdp, workers, control);
    const again = await openTab(browser, server.urlOf(firstTwenty[0]));
    expect((await waitForTabState(browser, again.tabId, 60_000)).status).toBe('read');
    expect(await storedReads(browser)).toHaveLength(25);
  });

  it('reading a tab on request without the reader’s permission is refused with a reason, and changes nothing', async () => {
    // Headless tests cannot click the toolbar icon (which grants activeTab), so the background
    // has no right to run a script in the tab: it must say so, not fail silently.
    const { tabId } = await openTab(browser, server.urlOf(firstTwenty[1]));
    const first = await waitForTabState(browser, tabId, 60_000);
    const before = await storedReads(browser);
    const answer = (await control.evaluate(
      (id) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ id: 1, type: 'readTab', data: { tabId: id }, timestamp: Date.now() }),
      tabId,
    )) as { res: { ok: boolean; error?: string; message?: string } };
    // One answer shape (lib/extension/messaging/protocol.ts): a failure with a code and the browser's reason.
    expect(answer.res).toMatchObject({ ok: false, error: 'failed' });
    expect(answer.res.message).toMatch(/permission/i);
    expect(await waitForTabState(browser, tabId)).toEqual(first);
    expect(await storedReads(browser)).toEqual(before);
  });

  it('an extension update (new version at the same place, browser restarted) keeps every read intact', async () => {
    const before = await storedReads(browser);
    const seen = browser.extensionRequests.length;
    expect(seen).toBe(0);
    await browser.close();
    const manifestPath = path.join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.version = '99.0.0';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    browser = await launch();
    const version = await browser.control.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.runtime.getManifest().version);
    expect(version).toBe('99.0.0');
    expect(await storedReads(browser)).toEqual(before);
  });

  it('a private window is never recorded', async () => {
    const before = (await storedReads(browser)).length;
    const url = server.urlOf(pages[25]);
    const result = await browser.control.evaluate(async (u) => {
      const chrome = (globalThis as unknown as { chrome: any }).chrome;
      const allowed = await chrome.extension.isAllowedIncognitoAccess();
      // Not allowed in private windows, the extension cannot even see the window it opened.
      const win = await chrome.windows.create({ url: u, incognito: true });
      return { allowed, visible: win !== null && win !== undefined };
    }, url);
    expect(result).toEqual({ allowed: false, visible: false });
    // Give a content script every chance to have run, then check nothing was stored.
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await storedReads(browser)).length).toBe(before);
    expect((await storedReads(browser)).some((r) => r.canonicalUrl === pages[25].meta.canonical)).toBe(false);
  });

  it('made no network request of its own', () => {
    expect(browser.extensionRequests).toEqual([]);
  });
});
