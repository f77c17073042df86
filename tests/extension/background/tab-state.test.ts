// What the background knows about each tab, kept in session storage under `tab:<id>`: read
// back by a fresh instance (a restarted service worker), forgotten on request, and the tabs
// showing a stored read listed for their highlights. WXT's fake browser; invented addresses.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionTabStates } from '../../../lib/extension/background/tab-state';
import { SHELVED_REPORTS_KEY, tabStateKey, type TabState } from '../../../lib/extension/messaging/protocol';

const READ: TabState = { status: 'read', url: 'https://outlet.test/a/1', readId: 41 };
const SKIPPED: TabState = { status: 'skipped', url: 'https://outlet.test/', reason: 'not-readerable', detail: 'صفحة رئيسية' };
const PAUSED: TabState = { status: 'paused', url: 'https://paused.test/a', host: 'paused.test' };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sessionTabStates', () => {
  it('knows nothing of a tab it was never told about', async () => {
    expect(await sessionTabStates().get(7)).toEqual({ status: 'unknown' });
  });

  it('keeps each tab’s state under tab:<id> in session storage, where the panel watches it', async () => {
    const tabs = sessionTabStates();
    await tabs.set(7, READ);
    await tabs.set(8, SKIPPED);
    expect(tabStateKey(7)).toBe('tab:7');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'tab:7': READ, 'tab:8': SKIPPED });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await tabs.get(7)).toEqual(READ);
    expect(await tabs.get(8)).toEqual(SKIPPED);
  });

  it('replaces a tab’s state, leaving other tabs alone', async () => {
    const tabs = sessionTabStates();
    await tabs.set(7, SKIPPED);
    await tabs.set(9, PAUSED);
    await tabs.set(7, READ);
    expect(await tabs.get(7)).toEqual(READ);
    expect(await tabs.get(9)).toEqual(PAUSED);
  });

  it('is read back by a new instance, as after the service worker restarts', async () => {
    await sessionTabStates().set(3, PAUSED);
    expect(await sessionTabStates().get(3)).toEqual(PAUSED);
  });

  it('forgets a closed tab: its key is removed and its state is unknown again', async () => {
    const tabs = sessionTabStates();
    await tabs.set(7, READ);
    await tabs.set(8, READ);
    await tabs.forget(7);
    expect(await tabs.get(7)).toEqual({ status: 'unknown' });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab:8']);
    // Forgetting a tab it never knew changes nothing.
    await tabs.forget(99);
    expect(await tabs.get(8)).toEqual(READ);
  });

  describe('readTabs', () => {
    it('is empty when no tab shows a read', async () => {
      expect(await sessionTabStates().readTabs()).toEqual(new Map());
      await sessionTabStates().set(1, SKIPPED);
      await sessionTabStates().set(2, PAUSED);
      await sessionTabStates().set(3, { status: 'unknown' });
      expect(await sessionTabStates().readTabs()).toEqual(new Map());
    });

    it('maps each tab showing a read to its read id, and only those', async () => {
      const tabs = sessionTabStates();
      await tabs.set(12, READ);
      await tabs.set(13, SKIPPED);
      await tabs.set(14, { status: 'read', url: 'https://outlet.test/a/2', readId: 5 });
      await tabs.set(15, PAUSED);
      expect(await tabs.readTabs()).toEqual(new Map([[12, 41], [14, 5]]));
    });

    it('ignores other session keys that look like a read, and tabs kept elsewhere', async () => {
      await fakeBrowser.storage.session.set({
        'tab:x': READ,
        'tab:3:old': READ,
        'tab:': READ,
        'mytab:4': READ,
        // The report shelf shares session storage.
        [SHELVED_REPORTS_KEY]: { status: 'read', readId: 41 },
      });
      await fakeBrowser.storage.local.set({ 'tab:6': READ });
      await sessionTabStates().set(2, { status: 'read', url: 'https://outlet.test/a/3', readId: 9 });
      expect(await sessionTabStates().readTabs()).toEqual(new Map([[2, 9]]));
    });

    it('no longer lists a tab once it is forgotten or shows something else', async () => {
      const tabs = sessionTabStates();
      await tabs.set(1, READ);
      await tabs.set(2, READ);
      await tabs.forget(1);
      await tabs.set(2, SKIPPED);
      expect(await tabs.readTabs()).toEqual(new Map());
    });
  });
});
