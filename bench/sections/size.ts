// Bundle sizes of the built extension (raw and gzip) and stored bytes per read.
// Baselines: the content script against Readability alone (minified, gzip: the library it must
// ship), and a stored read against its bare text (what storing the article alone would cost).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import type { Section } from '../util/section';
import { allTexts } from '../util/shared';
import { ratio, round } from '../util/stats';

const OUT = path.resolve(process.cwd(), '.output/chrome-mv3');
const KB = 1024;

interface Sized {
  files: string[];
  raw: number;
  gzip: number;
}

function sizeOf(files: string[]): Sized {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = fs.readFileSync(path.join(OUT, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** A file and every local file it loads (script src, stylesheet, static and dynamic imports). */
function withDependencies(start: string): string[] {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    const clean = rel.replace(/^\//, '').split(/[?#]/)[0];
    if (seen.has(clean) || !fs.existsSync(path.join(OUT, clean))) return;
    seen.add(clean);
    const body = fs.readFileSync(path.join(OUT, clean), 'utf8');
    const refs = [
      ...body.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g),
      ...body.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.(?:js|css))["']/g),
    ].map((m) => m[1]);
    for (const r of refs) {
      if (/^[a-z]+:/i.test(r)) continue;
      visit(r.startsWith('/') ? r : path.posix.join(path.posix.dirname(clean), r));
    }
  };
  visit(start);
  return [...seen];
}

const kb = (s: Sized) => ({ files: s.files, raw_kb: round(s.raw / KB, 1), gzip_kb: round(s.gzip / KB, 1) });

export const sizeSection: Section = {
  name: 'size',
  keys: ['content_script_gzip_kb', 'bytes_per_read'],
  async run(ctx) {
    const metrics: Record<string, number | null> = { content_script_gzip_kb: null, bytes_per_read: null };
    const details: Record<string, unknown> = {};
    const errors: string[] = [];

    if (!ctx.extensionBuilt) errors.push('no built extension in .output/chrome-mv3');
    else {
      const contentFiles = fs.readdirSync(path.join(OUT, 'content-scripts')).map((f) => `content-scripts/${f}`);
      const content = sizeOf(contentFiles);
      const background = sizeOf(withDependencies('background.js'));
      const panel = sizeOf(withDependencies('sidepanel.html'));
      const readabilityDir = path.resolve(process.cwd(), 'node_modules/@mozilla/readability');
      const readabilitySrc = ['Readability.js', 'Readability-readerable.js'].map((f) => fs.readFileSync(path.join(readabilityDir, f), 'utf8')).join('\n');
      const readabilityMin = (await transform(readabilitySrc, { minify: true, loader: 'js' })).code;
      const readabilityGzip = gzipSync(readabilityMin, { level: 9 }).length;
      metrics.content_script_gzip_kb = round(content.gzip / KB, 1);
      Object.assign(details, {
        content_script: kb(content),
        background: kb(background),
        panel: kb(panel),
        readability_min_gzip_kb: round(readabilityGzip / KB, 1),
        content_script_vs_readability_gzip: ratio(content.gzip, readabilityGzip),
      });
      ctx.log(`content script ${round(content.gzip / KB, 1)} KB gzip (Readability alone ${round(readabilityGzip / KB, 1)} KB), background ${round(background.gzip / KB, 1)} KB, panel ${round(panel.gzip / KB, 1)} KB`);
    }

    try {
      // Stored bytes: each shared text analyzed as the background does, as the record saveRead
      // writes (analysis + read times + version + hash), serialized as JSON.
      const { analyzeArticle } = await import('../../lib/pipeline/analyze');
      const texts = allTexts();
      let recordBytes = 0;
      let textBytes = 0;
      texts.forEach((t, i) => {
        const title = t.text.split('\n').find((l) => l.trim())?.trim() ?? '';
        const url = `https://www.example-outlet.com/news/${i}`;
        const analyzed = analyzeArticle({ url, canonicalUrl: url, site: 'example', host: 'example-outlet.com', title, byline: null, published: '2024-01-01T00:00:00Z', lang: 'ar', dir: 'rtl', text: t.text });
        const record = { ...analyzed, id: i + 1, firstReadAt: Date.now(), readAt: Date.now(), version: 1, textHash: '0123abcd:1kx' };
        recordBytes += Buffer.byteLength(JSON.stringify(record));
        textBytes += Buffer.byteLength(JSON.stringify(t.text));
      });
      metrics.bytes_per_read = Math.round(recordBytes / texts.length);
      Object.assign(details, { reads_measured: texts.length, text_bytes_per_read: Math.round(textBytes / texts.length), bytes_per_read_vs_text: ratio(recordBytes, textBytes) });
    } catch (e) {
      errors.push(`bytes_per_read: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (errors.length) {
      details.errors = errors;
      for (const e of errors) ctx.log(`error: ${e}`);
    }
    if (metrics.content_script_gzip_kb === null && metrics.bytes_per_read === null) throw new Error(errors.join('; '));
    return { metrics, details };
  },
};
