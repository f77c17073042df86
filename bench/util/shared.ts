// The shared read-only texts (../shared next to the repository), read by path at run time:
// nothing from them is copied into the repository. Where they are and which files are texts:
// tests/fixtures/shared.ts, the one place that knows.
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, CORPUS_HTML_DIR, SEEDS_DIR, SHARED_DIR, textFiles } from '../../tests/fixtures/shared';

export interface SharedText {
  /** Path relative to the shared folder, e.g. seeds/000_….txt. */
  name: string;
  text: string;
}

const read = (file: string): SharedText => ({ name: path.relative(SHARED_DIR, file), text: fs.readFileSync(file, 'utf8') });

export function seedTexts(): SharedText[] {
  return textFiles(SEEDS_DIR).map(read);
}

export function corpusTexts(): SharedText[] {
  return textFiles(CORPUS_DIR).map(read);
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
