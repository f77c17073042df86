// Renders the toolbar icon (an SVG drawn here) to the PNG sizes browsers ask for, with
// headless Chromium. Run once after changing the drawing: `npx tsx scripts/make-icons.ts`.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './browser';

// The letter ت (Noto Naskh Arabic) over two bars of different heights: two outlets, two figures.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1a5fb4"/>
  <text x="64" y="78" text-anchor="middle" font-family="Noto Naskh Arabic, Noto Sans Arabic, serif" font-size="92" font-weight="700" fill="#ffffff">ت</text>
  <rect x="34" y="92" width="24" height="18" rx="4" fill="#f5c211"/>
  <rect x="70" y="84" width="24" height="26" rx="4" fill="#ffffff"/>
</svg>`;

async function main() {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--headless=new'] });
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 96, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.resolve('public/icon', `${size}.png`), omitBackground: true });
  }
  await browser.close();
}

void main();
