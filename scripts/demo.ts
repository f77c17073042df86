// `npm run demo`: the main job, headless, end to end. Builds the extension, serves a story's
// articles on loopback, reads them in order in Chromium with the extension loaded, prints
// the differences the side panel shows and saves a screenshot of the panel.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { compareFiles, formatCompareTable } from '../cli/compare';
import { findChromium, launchWithExtension, scrollToFirstMark } from './browser';
import { demoStory } from './demo-story';
import { formatPanelTable, openPanel, readPagesInOrder, readPanel } from './read-story';
import { serveFixtures } from './server';

const OUT = path.resolve(process.cwd(), 'demo-output');

async function main() {
  const story = demoStory();
  console.log(`Tabayyun demo — ${story.description}`);
  console.log(`Articles, in reading order:\n${story.pages.map((p, i) => `  ${i + 1}. ${p.site} — ${p.title}`).join('\n')}\n`);

  if (!findChromium()) {
    console.log('No Chromium found. Install one to see the extension itself:');
    console.log('  sudo apt-get install -y chromium fonts-noto-core   (or set CHROME_PATH to a Chrome/Chromium binary)\n');
    console.log('Meanwhile, the same comparison from the command line (the same lib/ the extension runs):\n');
    console.log(formatCompareTable(await compareFiles(story.files)));
    return;
  }

  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension (wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }

  const server = await serveFixtures(story.pages);
  const browser = await launchWithExtension({ hosts: [...new Set(story.pages.map((p) => p.host))], port: server.port });
  try {
    console.log('Reading the articles in headless Chromium with the extension loaded…');
    const reads = await readPagesInOrder(browser, server, story.pages);
    for (const [i, r] of reads.entries()) console.log(`  ${story.pages[i].site}: ${r.state.status}${r.state.reason ? ` (${r.state.reason})` : ''}`);
    const panel = await openPanel(browser, reads[reads.length - 1].tabId);
    const table = await readPanel(panel);
    console.log(`\nWhat the side panel shows for «${story.pages[story.pages.length - 1].title}»:\n`);
    console.log(formatPanelTable(table));
    mkdirSync(OUT, { recursive: true });
    const shot = path.join(OUT, 'panel.png');
    await panel.screenshot({ path: shot, fullPage: true });
    const pageShot = path.join(OUT, 'page-highlighted.png');
    const current = reads[reads.length - 1].page;
    // The picture shows the marked figure, not the top of the page.
    if (!(await scrollToFirstMark(current))) console.log('Note: no figure was marked in the page.');
    await current.screenshot({ path: pageShot });
    console.log(`Panel screenshot: ${shot}`);
    console.log(`Page with its figures highlighted: ${pageShot}`);
    if (browser.extensionRequests.length) console.log(`Warning: the extension made network requests: ${browser.extensionRequests.join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
