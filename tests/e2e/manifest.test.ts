// The built Chrome manifest: least privilege, a strict CSP for extension pages, and the
// content script declared for the Arabic outlets with `*://` patterns (the browser contract).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser';

const manifest = () => JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

// Domains the issue names, one per outlet (seeds' outlets, then the major Arabic outlets).
const REQUIRED = [
  'almaghribtoday.net', 'aawsat.com', 'maghress.com',
  'aljazeera.net', 'alarabiya.net', 'bbc.com', 'skynewsarabia.com', 'arabic.cnn.com', 'france24.com', 'arabic.rt.com',
  'independentarabia.com', 'hespress.com', 'youm7.com', 'masrawy.com', 'ahram.org.eg', 'almasryalyoum.com', 'alkhaleej.ae',
  'annahar.com', 'alquds.co.uk',
];

describe('Chrome manifest', () => {
  it('asks for the least that works: no tabs, history, webRequest or host permissions up front', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('runs extension pages under a strict CSP: own scripts only, no remote connections', () => {
    const csp: string = manifest().content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('declares the content script for every named outlet with *:// patterns, at idle', () => {
    const [cs] = manifest().content_scripts;
    expect(cs.run_at).toBe('document_idle');
    for (const pattern of cs.matches as string[]) expect(pattern.startsWith('*://')).toBe(true);
    const hosts = (cs.matches as string[]).map((p) => p.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/.*$/, ''));
    for (const domain of REQUIRED) expect(hosts.some((h) => domain === h || domain.endsWith(`.${h}`) || h.endsWith(domain)), domain).toBe(true);
  });

  it('keeps Dexie and IndexedDB out of the content script (that would be the web page’s database)', () => {
    const [cs] = manifest().content_scripts;
    const code = (cs.js as string[]).map((f) => readFileSync(path.join(EXTENSION_DIR, f), 'utf8')).join('\n');
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toMatch(/indexedDB|Dexie/);
  });

  it('opens the side panel from the toolbar icon and ships its icons', () => {
    const m = manifest();
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.action).toBeDefined();
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });
});
