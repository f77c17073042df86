// The shared read-only texts (../shared next to the repository), read by path at run time:
// nothing from them is copied into the repository.
import fs from 'node:fs';
import path from 'node:path';

function findSharedDir(): string {
  const fromEnv = process.env.TABAYYUN_SHARED;
  if (fromEnv) return path.resolve(fromEnv);
  return path.resolve(process.cwd(), '../shared');
}

export const SHARED_DIR = findSharedDir();
export const SEEDS_DIR = path.join(SHARED_DIR, 'seeds');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const CORPUS_HTML_DIR = path.join(CORPUS_DIR, 'html');

export interface SharedText {
  /** Path relative to the shared folder, e.g. seeds/000_….txt. */
  name: string;
  text: string;
}

export function seedTexts(): SharedText[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `seeds/${f}`, text: fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8') }));
}

export function corpusTexts(): SharedText[] {
  const out: SharedText[] = [];
  for (const story of fs.readdirSync(CORPUS_DIR).sort()) {
    const dir = path.join(CORPUS_DIR, story);
    if (!fs.statSync(dir).isDirectory() || story === 'html') continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      out.push({ name: `corpus/${story}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return out;
}

export function allTexts(): SharedText[] {
  return [...seedTexts(), ...corpusTexts()];
}

/** The saved real pages in corpus/html. */
export function corpusHtmlPages(): { name: string; html: string }[] {
  if (!fs.existsSync(CORPUS_HTML_DIR)) return [];
  return fs
    .readdirSync(CORPUS_HTML_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: `corpus/html/${f}`, html: fs.readFileSync(path.join(CORPUS_HTML_DIR, f), 'utf8') }));
}
