// Files → article snapshots for the command line. A saved page (.html/.htm) goes through
// exactly the extraction the extension runs; a .txt file is "title line, then text", with
// outlet/date/address from a metadata.json beside it when that file lists it.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../lib/pipeline/extract/index';
import { normalizeLooseDate } from '../lib/pipeline/extract/dates';
import { arabicShare } from '../lib/pipeline/extract/script';
import type { ArticleSnapshot, ExtractResult } from '../lib/types';
import { CliError } from './errors';
import { checkInputFile, readInputText } from './input';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '').toLowerCase();
  } catch {
    return '';
  }
}

/** A saved web page through the extension's extraction: the article, or why the page is not one. */
export function extractHtmlFile(file: string): ExtractResult {
  const html = readInputText(file, { html: true });
  const url = pathToFileURL(path.resolve(file)).href;
  const dom = new JSDOM(html, { url });
  try {
    return extractArticle(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

/** A saved web page, extracted as the extension extracts it. */
export function loadHtmlArticle(file: string): ArticleSnapshot {
  const result = extractHtmlFile(file);
  if (!result.ok) throw new CliError(`${file}: not an article (${result.reason}${result.detail ? `: ${result.detail}` : ''})`);
  return result.article;
}

interface SideMetadata {
  outlet?: string;
  publication_date?: string;
  source_url?: string;
}

// metadata.json of each directory, by file name, read once per run (a batch may hold thousands
// of files of one directory); kept with its modification time so an edited file is read again.
const metadataByDir = new Map<string, { mtimeMs: number; files: Map<string, SideMetadata> }>();

/** The entry for `file` in a metadata.json beside it (corpus layout), or null. */
function sideMetadata(file: string): SideMetadata | null {
  const metaPath = path.join(path.dirname(file), 'metadata.json');
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(metaPath).mtimeMs;
  } catch {
    return null;
  }
  let cached = metadataByDir.get(metaPath);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const files = new Map<string, SideMetadata>();
    try {
      const data = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as { files?: ({ file?: string } & SideMetadata)[] };
      for (const f of data.files ?? []) if (f.file && !files.has(f.file)) files.set(f.file, f);
    } catch {
      // An unreadable metadata.json only loses the extra fields, not the article.
    }
    cached = { mtimeMs, files };
    metadataByDir.set(metaPath, cached);
  }
  return cached.files.get(path.basename(file)) ?? null;
}

/** Article text: every non-empty line a paragraph, paragraphs separated by blank lines. */
export function paragraphsOf(body: string): string {
  return body
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** A .txt article: first line the title, the rest the text. */
export function loadTextArticle(file: string): ArticleSnapshot {
  const raw = readInputText(file);
  const newline = raw.indexOf('\n');
  const title = (newline < 0 ? raw : raw.slice(0, newline)).replace(/\s+/g, ' ').trim();
  const text = paragraphsOf(newline < 0 ? '' : raw.slice(newline + 1));
  if (!title && !text) throw new CliError(`${file}: empty file`);
  const meta = sideMetadata(file);
  const fileUrl = pathToFileURL(path.resolve(file)).href;
  const url = meta?.source_url ?? fileUrl;
  const share = arabicShare(text);
  return {
    url,
    canonicalUrl: url,
    site: meta?.outlet ?? path.basename(file).replace(/\.[^.]+$/, ''),
    host: hostOf(url),
    title,
    byline: null,
    published: normalizeLooseDate(meta?.publication_date),
    lang: share >= 0.5 ? 'ar' : null,
    dir: text ? (share >= 0.5 ? 'rtl' : 'ltr') : null,
    text,
  };
}

/** How a file is read, by its extension; throws on anything else. */
export function articleFileKind(file: string): 'html' | 'txt' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt') return 'txt';
  throw new CliError(`${file}: unsupported file type "${ext || '(none)'}" (use .html, .htm or .txt)`);
}

/**
 * Checks every input before any is read, so a batch of thousands fails at once on a missing,
 * empty or misnamed file, not after minutes of work. Content (binary, UTF-8) is checked on reading.
 */
export function checkArticleFiles(files: string[]): void {
  for (const f of files) {
    checkInputFile(f);
    articleFileKind(f);
  }
}

/** Any supported article file, by extension. */
export function loadArticle(file: string): ArticleSnapshot {
  checkInputFile(file);
  return articleFileKind(file) === 'html' ? loadHtmlArticle(file) : loadTextArticle(file);
}
