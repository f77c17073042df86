// Dev helper: crops a tall screenshot into viewable slices (`npx tsx scripts/crop-shot.ts IN.png OUT_PREFIX [height]`).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './browser';

async function main() {
  const [input, prefix, h = '1000'] = process.argv.slice(2);
  const height = Number(h);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--headless=new'] });
  const page = await browser.newPage();
  const data = readFileSync(input).toString('base64');
  await page.setContent(`<body style="margin:0"><img id="i" src="data:image/png;base64,${data}"></body>`);
  const { w, hh } = await page.$eval('#i', (img) => ({ w: (img as HTMLImageElement).naturalWidth, hh: (img as HTMLImageElement).naturalHeight }));
  await page.setViewportSize({ width: w, height: Math.min(height, hh) });
  for (let y = 0, n = 0; y < hh; y += height, n++) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.screenshot({ path: `${prefix}-${n}.png` });
  }
  await browser.close();
}

void main();
