// Plain headless Chromium (no extension) for the sections that time code in a page. Every
// host is mapped to loopback or to nowhere, so no page request leaves the machine.
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../scripts/browser';

export async function launchPlain(port: number, hosts: string[]): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', `--host-resolver-rules=${rules}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** The browser's version string ("Chromium 156.0…"), or null without a browser. */
export async function browserVersion(): Promise<string | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const b = await chromium.launch({ executablePath, headless: true, args: ['--headless=new', '--no-sandbox'] });
  try {
    return `Chromium ${b.version()}`;
  } finally {
    await b.close();
  }
}
