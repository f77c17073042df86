// Stored reads follow the engine, in the real browser: reads marked as analysed by an older
// engine make the panel say «جارٍ تحديث تحليل قراءتين»; when the browser starts again (as after
// an extension update) the background re-analyses them from their stored text, keeping every
// read, its id and read time, and the reader's "not the same story" decision.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openTab, waitForTabState, type ExtensionBrowser } from '../../scripts/browser';
import { openPanel } from '../../scripts/read-story';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { inventedPages } from '../fixtures/invented-story';

const HOSTS = ['www.aljazeera.net', 'www.alarabiya.net'] as const;
const pages = inventedPages(HOSTS);

type Raw = { id: number; text: string; readAt: number; version: number; engine: number; claims: { value: number }[] };
type Tables = { reads: Raw[]; storyLinks: { a: number; b: number; same: boolean }[] };

/** Every read and story link, straight from the extension's IndexedDB. */
function dump(b: ExtensionBrowser): Promise<Tables> {
  return b.control.evaluate(
    () =>
      new Promise<Tables>((resolve, reject) => {
        const open = indexedDB.open('tabayyun');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['reads', 'storyLinks']);
          const reads = tx.objectStore('reads').getAll();
          const links = tx.objectStore('storyLinks').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ reads: reads.result, storyLinks: links.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** What an older release would have left: engine 0 and no claims. */
function markStale(b: ExtensionBrowser): Promise<void> {
  return b.control.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tabayyun');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reads', 'readwrite');
          const store = tx.objectStore('reads');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const r of all.result) store.put({ ...r, engine: 0, claims: [] });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('stored reads follow the engine', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const profile = mkdtempSync(path.join(tmpdir(), 'tabayyun-reanalysis-'));
  const launch = () => launchWithExtension({ hosts: [...HOSTS], port: server.port, profile });
  let before: Tables;
  let tabId: number;

  beforeAll(async () => {
    server = await serveFixtures(pages);
    browser = await launch();
    const ids: number[] = [];
    for (const p of pages) {
      tabId = (await openTab(browser, server.urlOf(p))).tabId;
      ids.push((await waitForTabState(browser, tabId)).readId!);
    }
    await browser.control.evaluate(
      ([readId, otherId]) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ id: 1, type: 'setSameStory', data: { readId, otherId, same: false }, timestamp: Date.now() }),
      ids,
    );
    before = await dump(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('the panel says how many reads are being updated', async () => {
    expect(before.reads).toHaveLength(2);
    expect(before.storyLinks).toEqual([expect.objectContaining({ same: false })]);
    expect(before.reads.every((r) => r.engine >= 1 && r.claims.length > 0)).toBe(true);
    await markStale(browser);
    const panel = await openPanel(browser, tabId);
    const status = panel.locator('[data-testid="updating"]');
    await status.waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toBe('جارٍ تحديث تحليل قراءتين');
    await panel.close();
  });

  it('after a restart the reads are analysed again, with every read, id, read time and decision kept', async () => {
    await browser.close();
    browser = await launch();
    const deadline = Date.now() + 30_000;
    let after = await dump(browser);
    while (after.reads.some((r) => r.engine === 0)) {
      if (Date.now() > deadline) throw new Error('the reads were not re-analysed');
      await new Promise((r) => setTimeout(r, 200));
      after = await dump(browser);
    }
    expect(after).toEqual(before);
    // A panel opened now (on a blank tab) has nothing left to update.
    const blank = (await browser.control.evaluate(async () => (await (globalThis as unknown as { chrome: any }).chrome.tabs.create({ url: 'about:blank' })).id)) as number;
    const panel = await openPanel(browser, blank);
    await panel.waitForSelector('[data-testid="view-article"]');
    expect(await panel.locator('[data-testid="updating"]').count()).toBe(0);
    await panel.close();
  });
});
