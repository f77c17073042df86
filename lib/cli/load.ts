// Files → article snapshots for the command line. A saved page (.html/.htm) goes through
// exactly the extraction the extension runs; a .txt file is "title line, then text", with
// outlet/date/address from a metadata.json beside it when that file lists it.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../extract/index';
import { normalizeLooseDate } from '../extract/dates';
import { arabicShare } from '../extract/script';
import type { ArticleSnapshot, ExtractResult } from '../types';
import { CliError } from './errors';

function readText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new CliError(`${file}: not a regular file`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '').toLowerCase();
  } catch {
    return '';
  }
}

/** A saved web page through the extension's extraction: the article, or why the page is not one. */
export function extractHtmlFile(file: string): ExtractResult {
  const html = readText(file);
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

/** The entry for `file` in a metadata.json beside it (corpus layout), or null. */
function sideMetadata(file: string): SideMetadata | null {
  const metaPath = path.join(path.dirname(file), 'metadata.json');
  if (!fs.existsSync(metaPath)) return null;
  try {
    const data = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as { files?: ({ file?: string } & SideMetadata)[] };
    return data.files?.find((f) => f.file === path.basename(file)) ?? null;
  } catch {
    // An unreadable metadata.json only loses the extra fields, not the article.
    return null;
  }
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
  const raw = readText(file).replace(/^\uFEFF/, '');
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

/** Any supported article file, by extension. */
export function loadArticle(file: string): ArticleSnapshot {
  if (!fs.existsSync(file)) throw new CliError(`${file}: no such file`);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return loadHtmlArticle(file);
  if (ext === '.txt') return loadTextArticle(file);
  throw new CliError(`${file}: unsupported file type "${ext || '(none)'}" (use .html, .htm or .txt)`);
}
