// `tabayyun extract`: saved web pages → what the extension keeps from each (../shared/contract/cli.md):
// headline, outlet, byline, date, language, direction, text, and how many figures it would store.

import path from 'node:path';
import { analyzeArticle } from '../lib/pipeline/analyze';
import { CliError } from './errors';
import { shortDate } from './format';
import { checkInputFile, readInputText } from './input';
import { extractHtmlFile } from './load';

/** One line of `tabayyun extract --json`. */
export interface ExtractLine {
  file: string;
  ok: boolean;
  /** Why the page is not taken as an article ("not-readerable", "too-short"…), null when it is. */
  reason: string | null;
  title: string | null;
  site: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  dir: 'rtl' | 'ltr' | null;
  text: string | null;
  /** How many figures the extension would store for the article. */
  claims: number | null;
  /** The reason in words, when the page is not an article. */
  detail?: string;
}

/** Every file is a saved page that can be read, checked before any is (a batch fails at once, not at file 4,999). */
export function checkPageFiles(files: string[]): void {
  for (const file of files) {
    checkInputFile(file);
    const ext = path.extname(file).toLowerCase();
    if (ext === '.html' || ext === '.htm') continue;
    // Say first what is wrong with the bytes (binary, not UTF-8), then that it is no web page.
    readInputText(file);
    throw new CliError(`${file}: not a saved web page (extract reads .html and .htm files)`);
  }
}

/** Extracts one saved page; a file that cannot be read is a CliError (exit 2). */
export function extractFile(file: string): ExtractLine {
  checkPageFiles([file]);
  const result = extractHtmlFile(file);
  if (!result.ok) {
    return {
      file, ok: false, reason: result.reason, title: null, site: null, byline: null, published: null, lang: null, dir: null, text: null, claims: null,
      ...(result.detail ? { detail: result.detail } : {}),
    };
  }
  const a = result.article;
  return {
    file, ok: true, reason: null, title: a.title, site: a.site, byline: a.byline, published: a.published, lang: a.lang, dir: a.dir, text: a.text,
    claims: analyzeArticle(a).claims.length,
  };
}

/** JSON Lines: one object per file, in order. */
export function formatExtractJson(lines: ExtractLine[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
}

const PREVIEW = 160;

/** A short summary per file for a reader. */
export function formatExtractSummary(lines: ExtractLine[]): string {
  const blocks = lines.map((l) => {
    if (!l.ok) return `${l.file}\n  ليست مقالا: ${l.reason}${l.detail ? ` (${l.detail})` : ''}`;
    const text = l.text ?? '';
    const paragraphs = text ? text.split('\n\n').length : 0;
    const preview = text.replace(/\s+/g, ' ').slice(0, PREVIEW);
    return [
      l.file,
      `  العنوان: ${l.title}`,
      `  الموقع: ${l.site} · الكاتب: ${l.byline ?? '—'} · النشر: ${shortDate(l.published)} · ${l.lang ?? '—'}/${l.dir ?? '—'}`,
      `  النص: الحروف ${text.length} · الفقرات ${paragraphs} · الأرقام ${l.claims}`,
      `  «${preview}${text.length > PREVIEW ? '…' : ''}»`,
    ].join('\n');
  });
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}
