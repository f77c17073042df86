// `npx tsx eval/import-stream-gold.ts DIR [OUT]`: turns a reader's annotated story folders (corpus-dev
// layout, texts built from ../shared/stream by the rule of eval/stream-gold.ts `storyFileText`)
// into the repository's text-free form, eval/stream-gold/STORY.json: where each article is (zip,
// hash of its address), the hash of its text, and the gold by offsets. Quoted words (claim texts, notes, nouns,
// attributions) are dropped: the project keeps no third-party text.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { STREAM_GOLD_DIR, urlHash, type StreamGoldFile } from './stream-gold';

type Raw = Record<string, unknown>;

/** A note with its Arabic words (a quoted headline, a phrase) left out: «…» in their place. */
const withoutQuotes = (note: string): string => note.replace(/[«"“]?[\u0600-\u06ff][\u0600-\u06ff\s\d.,،:؛!؟?()\-–]*[»"”]?/g, '«…» ').replace(/\s+/g, ' ').trim();

const pick = (o: Raw, keys: string[]): Raw => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);

function importStory(dir: string): StreamGoldFile & Raw {
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as { story: string; articles: Raw[] };
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Raw;
  const articles = meta.articles.map((a) => {
    const text = fs.readFileSync(path.join(dir, String(a.file)), 'utf8');
    const ref = pick(a, ['file', 'zip', 'source', 'date_extracted']) as Omit<StreamGoldFile['articles'][number], 'sha1' | 'url_sha1'>;
    return { ...ref, url_sha1: urlHash(String(a.url)), sha1: createHash('sha1').update(text, 'utf8').digest('hex') };
  });
  const span = ['file', 'char_start', 'char_end', 'kind'];
  return {
    story: meta.story,
    articles,
    also_same_story: list(gold.also_same_story).map((a) => ({ zip: String(a.zip), url_sha1: urlHash(String(a.url)) })),
    // (A reader's notes may quote a headline: its Arabic words are dropped.)
    related_but_different: (Array.isArray(gold.related_but_different) ? gold.related_but_different : []).map((n) => (typeof n === 'string' ? withoutQuotes(n) : n)),
    claims: list(gold.claims).map((c) => pick(c, ['id', 'file', 'occurrence', 'char_start', 'char_end', 'in_title', 'value', 'qualifier', 'topic'])),
    differences: list(gold.differences).map((d) => pick(d, ['topic', 'values', 'claim_ids'])),
    agreements: list(gold.agreements).map((d) => pick(d, ['topic', 'values', 'claim_ids'])),
    non_comparable: list(gold.non_comparable).map((n) => pick(n, span)),
    vague_quantities: list(gold.vague_quantities).map((n) => pick(n, span)),
  };
}

const from = process.argv[2];
if (!from || !fs.existsSync(from)) {
  console.error('usage: npx tsx eval/import-stream-gold.ts DIR [OUT] (folders holding metadata.json and gold.json)');
  process.exit(2);
}
const OUT = process.argv[3] ?? STREAM_GOLD_DIR;
fs.mkdirSync(OUT, { recursive: true });
for (const name of fs.readdirSync(from).sort()) {
  const dir = path.join(from, name);
  if (!fs.existsSync(path.join(dir, 'gold.json'))) continue;
  const story = importStory(dir);
  fs.writeFileSync(path.join(OUT, `${story.story}.json`), JSON.stringify(story, null, 1) + '\n');
  console.log(`${story.story}: ${story.articles.length} articles, ${(story.claims as unknown[]).length} claims, ${(story.differences as unknown[]).length} differences`);
}
