// Which story the demo reads: the five seed articles when ../shared is beside the checkout,
// otherwise the invented sample articles shipped in samples/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listSamplePages } from '../samples/pages';
import { listSeedPages } from '../tests/fixtures/pages';
import { sharedAvailable } from '../tests/fixtures/shared';
import type { ServedPage } from './server';

export interface DemoPage extends ServedPage {
  site: string;
  title: string;
}

export interface DemoStory {
  description: string;
  pages: DemoPage[];
  /** The same pages saved as .html files, for the command-line fallback. */
  files: string[];
}

export function demoStory(): DemoStory {
  const fromSeeds = sharedAvailable();
  const built = fromSeeds ? listSeedPages() : listSamplePages();
  const pages = built.map((p) => ({ host: p.host, path: p.path, html: p.html, site: p.meta.site, title: p.meta.headline }));
  const dir = mkdtempSync(path.join(tmpdir(), 'tabayyun-demo-'));
  const files = pages.map((p, i) => {
    const file = path.join(dir, `${String(i + 1).padStart(2, '0')}.html`);
    writeFileSync(file, p.html);
    return file;
  });
  return {
    description: fromSeeds
      ? 'the five seed articles (../shared/seeds): North Korean troops in Russia, told by five outlets'
      : 'four short sample articles written for this demo (samples/, invented, not real reporting)',
    pages,
    files,
  };
}
