// Dev-only: the invented demo articles of this folder as realistic news pages.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './page-builder';

export interface Sample {
  /** Always true: these articles are invented for the demo. */
  invented: true;
  file: string;
  site: string;
  host: string;
  path: string;
  published: string;
  title: string;
  byline: string | null;
  paragraphs: string[];
}

export interface SamplePage {
  host: string;
  path: string;
  url: string;
  html: string;
  meta: { file: string; site: string; headline: string; published: string; byline: string | null; canonical: string };
}

export const SAMPLES_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The sample articles in reading order (file name order; the last is the current article). */
export function listSamples(): Sample[] {
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter((f) => /^\d\d_.+\.json$/.test(f))
    .sort()
    .map((file) => {
      const data = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8')) as Omit<Sample, 'file'>;
      if (data.invented !== true) throw new Error(`${file}: sample articles must be marked "invented": true`);
      return { ...data, file };
    });
}

/** One sample as a full page, with its invented-text notice. */
export function buildSamplePage(sample: Sample): SamplePage {
  const canonical = `https://${sample.host}${sample.path}`;
  return {
    host: sample.host,
    path: sample.path,
    url: canonical,
    html: buildPage({
      host: sample.host,
      path: sample.path,
      site: sample.site,
      headline: sample.title,
      byline: sample.byline,
      published: sample.published,
      section: 'أخبار محلية',
      blocks: sample.paragraphs.map((text) => ({ kind: 'p' as const, text })),
      invented: true,
    }),
    meta: { file: sample.file, site: sample.site, headline: sample.title, published: sample.published, byline: sample.byline, canonical },
  };
}

export function listSamplePages(): SamplePage[] {
  return listSamples().map(buildSamplePage);
}
