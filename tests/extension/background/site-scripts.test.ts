// "Always read this site": the background registers the content script when the reader grants a
// site and unregisters it when the permission goes. fakeBrowser has no permissions or scripting
// APIs, so just those are stubbed: the permission events fire, and registrations are kept in a map.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, siteScriptId, watchSitePermissions, type SiteScriptsBrowser } from '../../../lib/extension/background/site-scripts';
import { NEWS_SITE_MATCHES } from '../../../lib/extension/sites';

type Listener = (p: { origins?: string[] }) => void;
interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
}

function stubBrowser(initiallyGranted: string[], initiallyRegistered: Registered[] = []) {
  const granted = new Set(initiallyGranted);
  const registered = new Map(initiallyRegistered.map((s) => [s.id, s]));
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const event = (list: Listener[]) => ({ addListener: (l: Listener) => void list.push(l) });
  const stub = {
    permissions: { getAll: async () => ({ origins: [...granted] }), onAdded: event(added), onRemoved: event(removed) },
    scripting: {
      async registerContentScripts(scripts: Registered[]) {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      async unregisterContentScripts(filter?: { ids?: string[] }) {
        for (const id of filter?.ids ?? [...registered.keys()]) {
          if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
      getRegisteredContentScripts: async () => [...registered.values()],
    },
  };
  Object.assign(fakeBrowser, stub);
  return {
    browser: fakeBrowser as unknown as SiteScriptsBrowser,
    registered,
    grant(origin: string) {
      granted.add(origin);
      for (const l of added) l({ origins: [origin] });
    },
    revoke(origin: string) {
      granted.delete(origin);
      for (const l of removed) l({ origins: [origin] });
    },
  };
}

beforeEach(() => fakeBrowser.reset());

describe('per-site content scripts', () => {
  it('grant → the content script is registered on that site; revoke → unregistered', async () => {
    const b = stubBrowser([]);
    const watcher = watchSitePermissions(b.browser);
    await watcher.idle();
    expect(b.registered.size).toBe(0);

    b.grant('https://akhbar.example/*');
    await watcher.idle();
    expect(b.registered.get(siteScriptId('https://akhbar.example/*'))).toMatchObject({ matches: ['https://akhbar.example/*'], js: [CONTENT_SCRIPT_FILE] });

    b.grant('https://sahifa.example/*');
    b.revoke('https://akhbar.example/*');
    await watcher.idle();
    expect([...b.registered.keys()]).toEqual([siteScriptId('https://sahifa.example/*')]);
  });

  it('at start-up, registrations follow the permissions the browser holds (granted or revoked while asleep)', async () => {
    const stale = { id: siteScriptId('https://revoked.example/*'), matches: ['https://revoked.example/*'], js: [CONTENT_SCRIPT_FILE] };
    const other = { id: 'someone-else', matches: ['https://x.example/*'] };
    // The manifest's own news sites appear among granted origins but need no extra registration.
    const b = stubBrowser(['https://kept.example/*', NEWS_SITE_MATCHES[0]], [stale, other]);
    const watcher = watchSitePermissions(b.browser);
    await watcher.idle();
    expect([...b.registered.keys()].sort()).toEqual([siteScriptId('https://kept.example/*'), 'someone-else'].sort());
  });

  it('a grant arriving during the start-up sync registers the site once', async () => {
    const b = stubBrowser(['https://twice.example/*']);
    const watcher = watchSitePermissions(b.browser);
    b.grant('https://twice.example/*');
    await watcher.idle();
    expect([...b.registered.keys()]).toEqual([siteScriptId('https://twice.example/*')]);
  });
});
