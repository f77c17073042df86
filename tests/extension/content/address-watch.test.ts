// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchAddress } from '../../../lib/extension/content/address-watch';

let stop: () => void = () => undefined;
let calls: string[];

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/article/1');
  calls = [];
  stop = watchAddress(window, (href) => calls.push(new URL(href).pathname), { pollMs: 1_000, settleMs: 1_500 });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('watchAddress', () => {
  it('ignores events a page dispatches while the address stays the same', () => {
    for (let i = 0; i < 20; i++) {
      window.dispatchEvent(new Event('popstate'));
      window.dispatchEvent(new Event('some-extension-id:content:wxt:locationchange'));
      document.dispatchEvent(new CustomEvent('some-extension-id:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'x' } }));
    }
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual([]);
  });

  it('reports a new address once it has held for a moment', () => {
    history.pushState(null, '', '/article/2');
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1_600);
    expect(calls).toEqual(['/article/2']);
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual(['/article/2']);
  });

  it('reads a page that keeps changing its address once, when it stops', () => {
    for (let i = 0; i < 20; i++) {
      history.pushState(null, '', `/article/flood-${i}`);
      vi.advanceTimersByTime(1_000);
    }
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(3_000);
    expect(calls).toEqual(['/article/flood-19']);
  });

  it('does not re-read for a hash change, or for an address that came back before it settled', () => {
    history.pushState(null, '', '/article/1#comments');
    vi.advanceTimersByTime(3_000);
    history.pushState(null, '', '/article/3');
    vi.advanceTimersByTime(1_000);
    history.pushState(null, '', '/article/1');
    vi.advanceTimersByTime(5_000);
    expect(calls).toEqual([]);
  });

  it('stops when asked', () => {
    stop();
    history.pushState(null, '', '/article/4');
    vi.advanceTimersByTime(5_000);
    expect(calls).toEqual([]);
  });
});
