// The shared read-only texts (../shared next to the repository), read by path at run time:
// nothing from them is copied into the repository.
// Where it is: the tests' one helper (TABAYYUN_SHARED, else ../shared beside the checkout).
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, CORPUS_HTML_DIR, SEEDS_DIR, SHARED_DIR } from '../../tests/fixtures/shared';

export { CORPUS_DIR, CORPUS_HTML_DIR, SEEDS_DIR, SHARED_DIR };

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
