// The content script's context says nothing to the page and cannot be stopped by it, where WXT's
// own context announces itself and stops on a forged announcement (checked here too, so the test
// notices if WXT changes how it announces and the override no longer covers it).
// A page from jsdom set as globals, in the node environment: in the jsdom test environment
// loading WXT's context module fails (esbuild's TextEncoder check).
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '../../../lib/extension/content/quiet-context';

const NAME = 'content';
let posted: MessageEvent[];
let dispatched: string[];
const onMessage = (e: MessageEvent) => void posted.push(e);

/** The announcement WXT's own context makes on start (its event name is private to WXT). */
async function wxtAnnouncement(): Promise<{ events: string[]; messages: unknown[] }> {
  const wxt = new WxtContentScriptContext(NAME);
  await settle();
  wxt.abort();
  const seen = { events: [...dispatched], messages: posted.map((e) => e.data) };
  dispatched.length = 0;
  posted.length = 0;
  return seen;
}

/** What a page can do: send the announcement WXT sends for a newer copy of the script. */
async function forgeAnnouncement(events: string[]): Promise<void> {
  expect(events).not.toEqual([]);
  const detail = { contentScriptName: NAME, messageId: 'forged-by-page' };
  for (const type of events) {
    document.dispatchEvent(new page.window.CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }
  await settle();
}

/** Lets window.postMessage deliver (it is asynchronous). */
const settle = () => new Promise((r) => setTimeout(r, 10));

let page: JSDOM;
let window: Window;
let document: Document;

beforeEach(() => {
  page = new JSDOM('<!doctype html><p>صفحة مختلقة</p>', { url: 'https://outlet.test/a/1' });
  window = page.window as unknown as Window;
  document = window.document;
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  vi.stubGlobal('CustomEvent', page.window.CustomEvent);
  posted = [];
  dispatched = [];
  window.addEventListener('message', onMessage);
  const dispatch = document.dispatchEvent.bind(document);
  vi.spyOn(document, 'dispatchEvent').mockImplementation((e: Event) => {
    dispatched.push(e.type);
    return dispatch(e);
  });
});
afterEach(() => {
  window.removeEventListener('message', onMessage);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  page.window.close();
});

describe('quiet ContentScriptContext', () => {
  it('starts without posting a message or dispatching an event the page could read', async () => {
    const ctx = new ContentScriptContext(NAME);
    await settle();
    expect(posted).toEqual([]);
    expect(dispatched).toEqual([]);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('WXT’s own context does announce itself, by event and by message (what the override removes)', async () => {
    const { events, messages } = await wxtAnnouncement();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/wxt:content-script-started$/);
    expect(messages).toEqual([{ type: events[0], contentScriptName: NAME, messageId: expect.any(String) }]);
  });

  it('keeps running when the page forges the announcement of a newer script', async () => {
    const { events } = await wxtAnnouncement();
    const ctx = new ContentScriptContext(NAME);
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    await forgeAnnouncement(events);
    expect(ctx.signal.aborted).toBe(false);
    expect(invalidated).not.toHaveBeenCalled();
  });

  it('the same forgery stops WXT’s own context', async () => {
    const { events } = await wxtAnnouncement();
    const wxt = new WxtContentScriptContext(NAME);
    await settle();
    expect(wxt.signal.aborted).toBe(false);
    await forgeAnnouncement(events);
    expect(wxt.signal.aborted).toBe(true);
  });

  it('still stops when the extension invalidates it, and clears its timers then', async () => {
    vi.useFakeTimers();
    try {
      const ctx = new ContentScriptContext(NAME);
      const invalidated = vi.fn();
      const tick = vi.fn();
      ctx.onInvalidated(invalidated);
      ctx.setTimeout(tick, 1_000);
      ctx.notifyInvalidated();
      vi.advanceTimersByTime(2_000);
      expect(invalidated).toHaveBeenCalledTimes(1);
      expect(tick).not.toHaveBeenCalled();
      expect(ctx.isValid).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
