// Loads the shared seeds and corpus by path at run time (never copied into the repository).
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleSnapshot } from '../../lib/types';
import { CORPUS_DIR, SEEDS_DIR } from '../fixtures/shared';

export function snapshot(file: string, published: string | null, url = 'file://' + file): ArticleSnapshot {
  const text = fs.readFileSync(file, 'utf8');
  const title = text.split('\n')[0].trim();
  return {
    url,
    canonicalUrl: url,
    site: path.basename(file),
    host: 'local',
    title,
    byline: null,
    published,
    lang: 'ar',
    dir: 'rtl',
    text,
  };
}

/** The five seeds in file order, with the dates seeds/README.md infers. */
export function seeds(): ArticleSnapshot[] {
  const dir = SEEDS_DIR;
  const dates: Record<string, string> = { '000': '2024-11-10', '001': '2024-11-10', '002': '2024-06-19', '003': '2024-11-06', '004': '2024-10-24' };
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => snapshot(path.join(dir, f), dates[f.slice(0, 3)] ?? null));
}

export const STORIES = [
  'morocco-earthquake-2023',
  'derna-floods-2023',
  'turkey-syria-earthquake-2023',
  'turkey-election-runoff-2023',
  'ras-el-hekma-deal-2024',
];

/** One corpus story's six articles in file order, dated from metadata.json. */
export function story(name: string): ArticleSnapshot[] {
  const dir = path.join(CORPUS_DIR, name);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as {
    files: { file: string; publication_date: string; source_url: string }[];
  };
  return meta.files.map((f) =>
    snapshot(path.join(dir, f.file), /^\d{4}-\d{2}(?:-\d{2})?/.exec(f.publication_date)?.[0] ?? null, f.source_url),
  );
}
