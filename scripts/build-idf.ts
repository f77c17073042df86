// `npx tsx scripts/build-idf.ts`: the word-specificity table of lib/pipeline/story/data/idf.json, from
// the unrelated Arabic news of ../shared/stream (SaudiNewsNet). For every word stem (the stems
// story keywords use) and every country, organisation or gazetteer city key ("@" + key of lib/pipeline/text/entities) it keeps in how many articles the stem occurs; stems in fewer than MIN_DF
// articles are left out (the reader meets them as rare, i.e. specific). Only counts are shipped,
// never text. Licence of the derived table: CC BY-NC-SA 4.0, like its source (see data/README.md).
import fs from 'node:fs';
import path from 'node:path';
import { keywordStems } from '../lib/pipeline/text/normalize';
import { entityCounts } from '../lib/pipeline/story/features';
import { entityType } from '../lib/pipeline/text/entities';
import { loadStream } from '../eval/stream';

const MIN_DF = 5;
const OUT = path.resolve('lib/pipeline/story/data/idf.json');

const articles = loadStream();
if (articles.length === 0) {
  console.error('no stream found at ../shared/stream');
  process.exit(2);
}
const df = new Map<string, number>();
for (const a of articles) {
  const body = `${a.title}\n${a.text}`;
  // Countries, organisations and the data's cities (capitals, big cities: "city:" keys) as the
  // story features name them ("@" + key), counted like stems: how common each is says how little
  // sharing it means. Places found by pattern and people are not kept.
  const broad = [...entityCounts(body).keys()].filter((k) => ['country', 'org'].includes(entityType(k)) || k.startsWith('city:'));
  const keys = [...keywordStems(body), ...broad.map((k) => `@${k}`)];
  for (const s of new Set(keys)) df.set(s, (df.get(s) ?? 0) + 1);
}
// Grouped by count, stems space-separated: a third of the size of a {stem: count} object.
const byDf: Record<string, string> = {};
const kept = [...df.entries()].filter(([, n]) => n >= MIN_DF).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
for (const [s, n] of kept) byDf[n] = byDf[n] ? `${byDf[n]} ${s}` : s;
const table = {
  source: 'SaudiNewsNet (M. Alhagri 2015), github.com/parallelfold/SaudiNewsNet commit 4e39239966c2ae8a3faa591201acb9cd1f51199d, dataset/2015-07-21 … 2015-07-31; CC BY-NC-SA 4.0',
  documents: articles.length,
  minDf: MIN_DF,
  byDf,
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(table) + '\n');
console.log(`${articles.length} articles, ${df.size} stems, ${kept.length} kept (df ≥ ${MIN_DF}), ${fs.statSync(OUT).size} bytes → ${path.relative(process.cwd(), OUT)}`);
