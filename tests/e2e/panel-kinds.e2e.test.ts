// Each kind of difference as the reader sees it, in the real browser: a contradiction (same-day
// vote shares that cannot all be true), an update (a toll rising over days) and different
// sources (authorities with their own counts), each read as a story of real corpus articles.
// One screenshot per language and theme puts the three cards side by side
// (test-results/panel-kinds-ar.png, panel-kinds-en-dark.png; copied to docs/ for the README).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { openPanel, readPagesInOrder, type ReadPage } from '../../scripts/read-story';
import { serveFixtures, type FixtureServer } from '../../scripts/server';
import { translator, type Lang } from '../../lib/view/i18n/messages';
import { REASON_WORDS } from '../../lib/view/i18n/reasons';
import type { DifferenceReason } from '../../lib/types';
import { describeShared } from '../fixtures/describe-shared';
import { buildCorpusPage, listCorpusStories, type BuiltPage } from '../fixtures/pages';

const SHOTS = path.resolve(process.cwd(), 'test-results');
/** A corpus story whose last article's panel shows a card of each kind (found with `tabayyun compare --json`). */
const STORY_OF: Record<DifferenceReason, string> = {
  contradiction: 'turkey-election-runoff-2023',
  updated: 'turkey-syria-earthquake-2023',
  'different-sources': 'derna-floods-2023',
};
const KINDS = Object.keys(STORY_OF) as DifferenceReason[];

const storyPages = (story: string): BuiltPage[] => listCorpusStories().find((s) => s.story === story)!.files.map((f) => buildCorpusPage(story, f));

interface CardView {
  badges: string[];
  outlets: string[];
  dates: string[];
  /** The number line's labels as drawn, and each figure's full label (its tooltip). */
  drawn: string[];
  full: string[];
  text: string;
}

/** The first card of `reason` in the panel, as the reader sees it. */
function cardView(panel: Page, reason: DifferenceReason): Promise<CardView> {
  return panel.$eval(`[data-testid="difference"][data-reason="${reason}"]`, (card) => {
    const texts = (sel: string) => [...card.querySelectorAll(sel)].map((e) => (e.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim());
    return {
      badges: texts('.tb-badge'),
      outlets: texts('[data-testid="figure"] .tb-outlet, [data-testid="figure"] .tb-outlet-name'),
      dates: texts('[data-testid="figure"] time'),
      drawn: texts('svg .tb-label'),
      full: [...card.querySelectorAll('svg .tb-figure > title')].map((e) => (e.textContent ?? '').split(': ')[0].trim()),
      text: (card as HTMLElement).innerText,
    };
  });
}

/** A label is its full text, or whole words of it followed by "…": never cut inside a word. */
function cutAtWord(drawn: string, full: string[]): boolean {
  const name = drawn.split(' · ')[0].trim();
  if (!name.endsWith('…')) return full.some((f) => f.startsWith(name));
  const kept = name.slice(0, -1).trimEnd();
  return full.some((f) => f.startsWith(kept) && (f.length === kept.length || /[\s،,]/.test(f[kept.length])));
}

describeShared('each kind of difference in the panel', () => {
  const stories = Object.fromEntries(KINDS.map((k) => [k, storyPages(STORY_OF[k])])) as Record<DifferenceReason, BuiltPage[]>;
  const all = KINDS.flatMap((k) => stories[k]);
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let reads: ReadPage[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFixtures(all);
    browser = await launchWithExtension({ hosts: [...new Set(all.map((p) => p.host))], port: server.port });
    reads = await readPagesInOrder(browser, server, all);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const lastTab = (kind: DifferenceReason) => reads[all.indexOf(stories[kind][stories[kind].length - 1])].tabId;

  for (const [lang, scheme] of [
    ['ar', 'light'],
    ['en', 'dark'],
  ] as [Lang, 'light' | 'dark'][]) {
    it(`shows a contradiction, an update and different sources, each saying so (${lang}, ${scheme}); screenshot saved`, async () => {
      const t = translator(lang);
      const shots: Buffer[] = [];
      for (const kind of KINDS) {
        const panel = await openPanel(browser, lastTab(kind), { lang, colorScheme: scheme });
        const card = await cardView(panel, kind);
        // The badge says which kind it is, in the panel's language.
        expect(card.badges[0]).toBe(t(REASON_WORDS[kind].badge));
        // Contradictions come first.
        const order = await panel.$$eval('[data-testid="difference"]', (cards) => cards.map((c) => c.getAttribute('data-reason')));
        expect(order.indexOf('contradiction') <= 0 || order.slice(0, order.indexOf('contradiction')).every((r) => r === 'contradiction')).toBe(true);
        // Who says each figure: an outlet's name or host, never a file number or an unnamed source.
        expect(card.outlets.length).toBeGreaterThan(1);
        for (const outlet of card.outlets) {
          expect(outlet).toMatch(/\p{L}/u);
          expect(outlet).not.toMatch(/^\d+$|\(\d{3}\)|غير مسم|unnamed/i);
        }
        // When: every figure is dated (an update reads as a timeline).
        expect(card.dates.every((d) => /\d/.test(d))).toBe(true);
        // Labels on the number line are whole words; no doubled brackets anywhere on the card.
        expect(card.drawn.length).toBeGreaterThan(1);
        for (const label of card.drawn) expect(cutAtWord(label, card.full), label).toBe(true);
        expect(card.text).not.toMatch(/\(\s*\(|\)\s*\)|«\s*«|»\s*»/);
        const locator = panel.locator(`[data-testid="difference"][data-reason="${kind}"]`).first();
        await locator.scrollIntoViewIfNeeded();
        shots.push(await locator.screenshot());
        await panel.close();
      }
      // The three cards side by side, in the panel's own background.
      const sheet = await browser.context.newPage();
      await sheet.emulateMedia({ colorScheme: scheme });
      await sheet.setViewportSize({ width: 3 * 400 + 4 * 16, height: 600 });
      const images = shots.map((s) => `<img src="data:image/png;base64,${s.toString('base64')}" style="width:400px;align-self:flex-start">`).join('');
      await sheet.setContent(
        `<html dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><body style="margin:0;padding:16px;display:flex;gap:16px;background:${scheme === 'dark' ? '#17181a' : '#f7f6f3'}">${images}</body></html>`,
      );
      await sheet.screenshot({ path: path.join(SHOTS, `panel-kinds-${lang}${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
      await sheet.close();
    });
  }

  it('made no network request of its own', () => {
    expect(browser.extensionRequests).toEqual([]);
  });
});
