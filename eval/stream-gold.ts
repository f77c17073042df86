// Held-out sets of the stream's own news: real multi-outlet stories of ../shared/stream annotated
// by careful readers who never ran the program and never read its code — the `fresh` split
// (eval/stream-gold/: zips 2015-07-27 and 2015-07-31) and the `fresh2` split (eval/stream-gold-2/:
// zip 2015-07-26, annotated a round later, after every rule it is measured on), and one development
// set in the same form, `stream-tune` (eval/stream-gold-dev/: zips 2015-07-22 and 2015-07-23). The repository keeps no article
// text: each story's JSON says where its articles are (zip and the hash of the address), the SHA-1 of each text,
// and the gold located by code-point offsets. The texts are rebuilt here from the zips by the rule
// the annotator's files were made with, checked against the hashes, and written to a temporary
// folder in the corpus-dev layout so that every eval tool reads them like any other story.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STREAM_DIR } from '../tests/fixtures/shared';

const EVAL_DIR = path.dirname(new URL(import.meta.url).pathname);
export const STREAM_GOLD_DIR = path.resolve(EVAL_DIR, 'stream-gold');
/** Each batch of annotated stream stories and its split. */
export const STREAM_GOLD_BATCHES = [
  { split: 'fresh', dir: STREAM_GOLD_DIR },
  { split: 'fresh2', dir: path.resolve(EVAL_DIR, 'stream-gold-2') },
  // Development, not held out: the stream's stories of 21–23 July, annotated to develop on.
  { split: 'stream-tune', dir: path.resolve(EVAL_DIR, 'stream-gold-dev') },
  // Development too: the stream's stories of 20–25 July, annotated in the next round (before any rule was written on them).
  { split: 'stream-tune2', dir: path.resolve(EVAL_DIR, 'stream-gold-dev2') },
  // Development too: more of the stream's stories of 21–25 July, annotated on 2026-12-02 (measured once before that round's rules).
  { split: 'stream-tune3', dir: path.resolve(EVAL_DIR, 'stream-gold-dev3') },
] as const;

interface StreamArticleRef {
  file: string;
  zip: string;
  /** SHA-1 of the article's address (addresses of Arabic outlets spell out their headlines). */
  url_sha1: string;
  source: string;
  date_extracted: string;
  sha1: string;
}

export interface StreamGoldFile {
  story: string;
  articles: StreamArticleRef[];
  /** Other stream articles telling the same story, left unannotated: never an "unrelated" read. */
  also_same_story: { zip: string; url_sha1: string }[];
}

interface StreamItem {
  url?: string;
  title?: string;
  content?: string;
}

// Python's str.strip() set (the annotator's files were built with it), so that offsets match.
const PY_SPACE = '[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+';
const pyStrip = (s: string): string => s.replace(new RegExp(`^${PY_SPACE}|${PY_SPACE}$`, 'g'), '');

/** The file text of one stream article: the headline, then its non-empty lines as paragraphs. */
export function storyFileText(title: string, content: string): string {
  const lines = content.split('\n').map(pyStrip).filter(Boolean);
  return `${pyStrip(title)}\n${lines.join('\n\n')}`;
}

export function streamGoldFiles(dir = STREAM_GOLD_DIR): StreamGoldFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as StreamGoldFile);
}

export const urlHash = (url: string): string => createHash('sha1').update(url, 'utf8').digest('hex');

/** Address hashes of every stream article an annotated story of any batch holds or names: kept out of the unrelated history. */
export function streamGoldUrls(dirs: readonly string[] = STREAM_GOLD_BATCHES.map((b) => b.dir)): Set<string> {
  return new Set(dirs.flatMap((dir) => streamGoldFiles(dir).flatMap((s) => [...s.articles.map((a) => a.url_sha1), ...s.also_same_story.map((a) => a.url_sha1)])));
}

const zipCache = new Map<string, StreamItem[]>();
function zipItems(zip: string): StreamItem[] {
  let items = zipCache.get(zip);
  if (!items) {
    const json = execFileSync('unzip', ['-p', path.join(STREAM_DIR, `${zip}.zip`)], { maxBuffer: 1 << 30 }).toString('utf8');
    items = JSON.parse(json) as StreamItem[];
    zipCache.set(zip, items);
  }
  return items;
}

// One folder per process (tests and evaluations run side by side), removed when it exits (one
// exit handler per folder, however often the batch is rebuilt).
const temps = new Set<string>();
function processTemp(name: string): string {
  const dir = path.join(os.tmpdir(), `tabayyun-${name}-${process.pid}`);
  if (!temps.has(dir)) {
    temps.add(dir);
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

/**
 * Writes every story of one batch (`dir`) as a corpus-dev folder (texts, metadata.json,
 * gold.json) under the system's temporary folder (one per process) and returns the folders. Throws, naming the file, when a rebuilt text
 * does not match its hash: the gold's offsets would point at the wrong words.
 */
export function materializeStreamGold(dir = STREAM_GOLD_DIR, into = processTemp(path.basename(dir))): string[] {
  if (!fs.existsSync(STREAM_DIR)) return [];
  const out: string[] = [];
  for (const story of streamGoldFiles(dir)) {
    const storyDir = path.join(into, story.story);
    fs.rmSync(storyDir, { recursive: true, force: true });
    fs.mkdirSync(storyDir, { recursive: true });
    const files: { file: string; outlet: string; source_url: string; publication_date: string }[] = [];
    for (const a of story.articles) {
      const item = zipItems(a.zip).find((i) => i.url !== undefined && urlHash(i.url) === a.url_sha1);
      if (!item) throw new Error(`stream-gold ${story.story}/${a.file}: its article is not in ${a.zip}.zip`);
      const text = storyFileText(item.title ?? '', item.content ?? '');
      const sha1 = createHash('sha1').update(text, 'utf8').digest('hex');
      if (sha1 !== a.sha1) throw new Error(`stream-gold ${story.story}/${a.file}: rebuilt text does not match its hash`);
      fs.writeFileSync(path.join(storyDir, a.file), text);
      files.push({ file: a.file, outlet: a.source, source_url: item.url!, publication_date: `${a.date_extracted.replace(' ', 'T')}Z` });
    }
    fs.writeFileSync(path.join(storyDir, 'metadata.json'), JSON.stringify({ files }, null, 1));
    fs.copyFileSync(path.join(dir, `${story.story}.json`), path.join(storyDir, 'gold.json'));
    out.push(storyDir);
  }
  return out;
}
