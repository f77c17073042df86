// Unrelated real articles from ../shared/stream (SaudiNewsNet zips of JSON, read at run time with
// the system's `unzip`; nothing is copied into the project). Skips what the content script would
// skip (too short, not Arabic) and repeats (same address or same text), then takes a
// deterministic sample spread over the whole stream.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { paragraphsOf } from '../cli/load';
import { DEFAULT_MIN_LENGTH } from '../lib/pipeline/extract/index';
import { arabicShare } from '../lib/pipeline/extract/script';
import { textHash } from '../lib/store/hash';
import type { ArticleSnapshot } from '../lib/types';
import { STREAM_DIR } from '../tests/fixtures/shared';
import { streamGoldUrls, urlHash } from './stream-gold';

interface StreamItem {
  source?: string;
  url?: string;
  title?: string;
  author?: string;
  content?: string;
  date_extracted?: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '').toLowerCase();
  } catch {
    return '';
  }
}

/** FNV-1a: a stable order that does not follow the files' own order. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Every usable stream article as a snapshot. Publication dates are left unknown on purpose: the
 * stream is from 2015 and the stories from 2021–2024, and a date that far away would separate
 * them for free; a reader's real history is from the same weeks as the story. `dated` keeps the
 * stream's own extraction time as the publication date, for reading the stream by itself in
 * publication order (eval/stream-audit.ts). `from`/`to` (YYYY-MM-DD, inclusive) keep one window of
 * days: a zip (named by its day) outside it is never opened, and an article extracted outside it is
 * skipped — another window may be kept apart as an evaluation set.
 */
export function loadStream(dir = STREAM_DIR, { dated = false, from = '', to = '', exclude = streamGoldUrls() } = {}): ArticleSnapshot[] {
  if (!fs.existsSync(dir)) return [];
  const seenUrl = new Set<string>();
  const seenText = new Set<string>();
  const out: ArticleSnapshot[] = [];
  const inWindow = (day: string): boolean => (!from || day >= from) && (!to || day <= to);
  const zips = fs.readdirSync(dir).filter((f) => f.endsWith('.zip') && inWindow(f.slice(0, 10)));
  for (const zip of zips.sort()) {
    const json = execFileSync('unzip', ['-p', path.join(dir, zip)], { maxBuffer: 1 << 30 }).toString('utf8');
    for (const item of JSON.parse(json) as StreamItem[]) {
      const text = paragraphsOf(item.content ?? '');
      const url = item.url ?? '';
      if (!url || text.length < DEFAULT_MIN_LENGTH || arabicShare(text) < 0.5) continue;
      if ((from || to) && !inWindow((item.date_extracted ?? '').slice(0, 10))) continue;
      const hash = textHash(text);
      // The fresh stories' articles (eval/stream-gold.ts) are a story, never an unrelated read.
      if (seenUrl.has(url) || seenText.has(hash) || (exclude.size > 0 && exclude.has(urlHash(url)))) continue;
      seenUrl.add(url);
      seenText.add(hash);
      out.push({
        url,
        canonicalUrl: url,
        site: item.source ?? hostOf(url),
        host: hostOf(url),
        title: (item.title ?? '').replace(/\s+/g, ' ').trim(),
        byline: item.author?.trim() || null,
        published: dated && item.date_extracted ? `${item.date_extracted.replace(' ', 'T')}Z` : null,
        lang: 'ar',
        dir: 'rtl',
        text,
      });
    }
  }
  return out;
}

/** `n` articles in a stable pseudo-random order (the same on every run and machine). */
export function sampleStream(all: ArticleSnapshot[], n: number): ArticleSnapshot[] {
  return [...all].sort((a, b) => fnv(a.url) - fnv(b.url) || (a.url < b.url ? -1 : 1)).slice(0, n);
}
