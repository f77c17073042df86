// Reads pages in order in the real browser, as a reader would, then opens the side panel
// for the last one and reads back what it shows. Shared by the demo, e2e tests and bench.
import type { Page } from 'playwright-core';
import { openTab, panelUrl, waitForTabState, type ExtensionBrowser } from './browser';
import { panelDifferencesIn, type PanelDifference, type PanelFigure } from './in-page';
import type { FixtureServer, ServedPage } from './server';

export type { PanelDifference, PanelFigure };

export interface ReadPage {
  page: Page;
  url: string;
  tabId: number;
  state: { status: string; readId?: number; reason?: string };
}

export async function readPagesInOrder(b: ExtensionBrowser, server: FixtureServer, pages: ServedPage[]): Promise<ReadPage[]> {
  const read: ReadPage[] = [];
  for (const p of pages) {
    const url = server.urlOf(p);
    const { page, tabId } = await openTab(b, url);
    const state = await waitForTabState(b, tabId);
    read.push({ page, url, tabId, state });
  }
  return read;
}

/** Opens the panel for `tabId` as a page and waits until it shows a final state. */
export async function openPanel(b: ExtensionBrowser, tabId: number, opts: { width?: number; colorScheme?: 'light' | 'dark'; lang?: 'ar' | 'en' } = {}): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: opts.width ?? 400, height: 1000 });
  if (opts.colorScheme) await panel.emulateMedia({ colorScheme: opts.colorScheme });
  await panel.goto(panelUrl(b, tabId));
  const ready = () => panel.waitForSelector('[data-testid="difference"], [data-testid="empty-state"]:not([data-kind="loading"])', { timeout: 30_000 });
  await ready();
  // The language is the reader's stored choice: switch it the way a reader does.
  if (opts.lang && (await panel.evaluate(() => document.documentElement.lang)) !== opts.lang) {
    await panel.locator('.tb-lang').click();
    await panel.waitForFunction((lang) => document.documentElement.lang === lang, opts.lang);
    await ready();
  }
  return panel;
}

/** What the panel shows, read from its DOM: the table the reader sees. */
export function readPanel(panel: Page): Promise<PanelDifference[]> {
  return panel.evaluate(panelDifferencesIn);
}

/** The panel's differences as a plain-text table for a terminal. */
export function formatPanelTable(diffs: PanelDifference[]): string {
  if (diffs.length === 0) return '(the panel shows no difference)';
  const lines: string[] = [];
  for (const d of diffs) {
    lines.push(`■ ${d.topic}  [${d.badges.join(' · ')}]`);
    for (const f of d.figures) {
      const who = f.attribution ? `  — ${f.attribution}` : '';
      lines.push(`   ${f.current ? '▶' : ' '} ${f.shown.padEnd(16)} ${f.outlet} · ${f.date}${who}`);
      lines.push(`       «${f.quote.length > 110 ? f.quote.slice(0, 107) + '…' : f.quote}»`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
