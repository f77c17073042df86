// "Always read this site": the content script is registered on every site the reader granted
// with the optional host permission, and unregistered when that permission goes (from the
// panel, or from the browser's extension settings). The background does it, from the
// permission events, WXT's documented way (scripting.registerContentScripts), so whoever
// grants or revokes, the registered scripts follow; at start-up both are brought in line.
// Not webext-dynamic-content-scripts: it unregisters through a map kept in memory, filled only
// when the extension starts, so a revoke after Chrome restarted the MV3 worker unregisters nothing.
import type { Browser } from 'wxt/browser';
import { NEWS_SITE_MATCHES } from '../sites';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
const PREFIX = 'site:';
export const siteScriptId = (origin: string) => `${PREFIX}${origin}`;

type Permissions = Browser.permissions.Permissions;
export interface SiteScriptsBrowser {
  permissions: Pick<typeof Browser.permissions, 'getAll' | 'onAdded' | 'onRemoved'>;
  scripting: Pick<typeof Browser.scripting, 'registerContentScripts' | 'unregisterContentScripts' | 'getRegisteredContentScripts'>;
}

/** Origins the reader added: granted host patterns the manifest does not already match. */
const readerOrigins = (p: Permissions) => (p.origins ?? []).filter((o) => !NEWS_SITE_MATCHES.includes(o));

export function watchSitePermissions(b: SiteScriptsBrowser): { idle(): Promise<void> } {
  async function register(origins: string[]): Promise<void> {
    if (origins.length === 0) return;
    const existing = new Set((await b.scripting.getRegisteredContentScripts()).map((s) => s.id));
    const scripts = origins
      .filter((o) => !existing.has(siteScriptId(o)))
      .map((o) => ({ id: siteScriptId(o), matches: [o], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const }));
    if (scripts.length) await b.scripting.registerContentScripts(scripts);
  }
  async function unregister(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const existing = new Set((await b.scripting.getRegisteredContentScripts()).map((s) => s.id));
    const present = ids.filter((id) => existing.has(id));
    if (present.length) await b.scripting.unregisterContentScripts({ ids: present });
  }
  /** Registered scripts equal granted origins: the browser may have changed either while we slept. */
  async function sync(): Promise<void> {
    const granted = readerOrigins(await b.permissions.getAll());
    const wanted = new Set(granted.map(siteScriptId));
    const registered = (await b.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(PREFIX));
    await unregister(registered.filter((id) => !wanted.has(id)));
    await register(granted);
  }

  // One change at a time: a grant arriving during the start-up sync must not register twice.
  let queue: Promise<void> = Promise.resolve();
  const then = (step: () => Promise<void>) => (queue = queue.then(step).catch(report));
  // Listeners first, synchronously, so a grant that wakes the worker is not missed.
  b.permissions.onAdded.addListener((p) => void then(() => register(readerOrigins(p))));
  b.permissions.onRemoved.addListener((p) => void then(() => unregister(readerOrigins(p).map(siteScriptId))));
  then(sync);
  return {
    /** Settles when every change asked for so far is done (tests wait on it). */
    idle: () => queue,
  };
}

function report(e: unknown): void {
  console.warn('Tabayyun: could not update the per-site content scripts', e);
}
