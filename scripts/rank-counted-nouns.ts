// `npx tsx scripts/rank-counted-nouns.ts [--out FILE] [--limit N]`: which nouns Arabic news counts
// with a number, ranked by how many articles of ../shared/stream (SaudiNewsNet, ~14,000 unrelated
// 2015 articles: a background corpus, never the test stories) count them, read by the engine's own
// claims (analyzeArticle: the same quantities, units and concepts the extension keeps). It is how
// the counted-noun lexicon of lib/pipeline/claims/concepts.ts is grown from data: the top of the
// ranking shows which counted things news repeats (and which fall back to `unit:X`), and whether
// each is a figure readers compare across outlets or a detail (ages, points, goals, episodes).
//
// Output (default /tmp/counted-nouns.tsv, not committed): one row per concept key of comparable
// count claims — articles, claims, the concept, the three commonest written units and one sentence
// — most articles first. `unit:` rows are the nouns the lexicon does not know yet.
import fs from 'node:fs';
import { analyzeArticle } from '../lib/pipeline/analyze';
import { loadStream } from '../eval/stream';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const OUT = arg('--out') ?? '/tmp/counted-nouns.tsv';
const LIMIT = Number(arg('--limit') ?? Infinity);

interface Row {
  docs: number;
  claims: number;
  units: Map<string, number>;
  example: string;
}

const articles = loadStream();
if (articles.length === 0) {
  console.error('no stream found at ../shared/stream');
  process.exit(2);
}
const rows = new Map<string, Row>();
let read = 0;
for (const a of articles.slice(0, LIMIT)) {
  const seen = new Set<string>();
  for (const c of analyzeArticle(a).claims) {
    // Counts only: percentages, sums and measures are named by their own rules.
    if (!c.comparable || c.kind !== 'count' || !c.concept) continue;
    // The thing counted, without the kind of measure ("unit:X:active", "death:new" → its noun).
    const key = c.concept.startsWith('unit:') ? c.concept.split(':').slice(0, 2).join(':') : c.concept.split(':')[0];
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { docs: 0, claims: 0, units: new Map(), example: c.sentence.replace(/\s+/g, ' ').slice(0, 160) }));
    row.claims++;
    const unit = c.unit ?? '—';
    row.units.set(unit, (row.units.get(unit) ?? 0) + 1);
    if (!seen.has(key)) row.docs++;
    seen.add(key);
  }
  if (++read % 2000 === 0) console.error(`${read} articles…`);
}
const ranked = [...rows.entries()].sort((a, b) => b[1].docs - a[1].docs || b[1].claims - a[1].claims);
const lines = ['rank\tarticles\tclaims\tconcept\tunits\texample'];
ranked.forEach(([key, r], i) => {
  const units = [...r.units.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([u, n]) => `${u} (${n})`).join(', ');
  lines.push(`${i + 1}\t${r.docs}\t${r.claims}\t${key}\t${units}\t${r.example}`);
});
fs.writeFileSync(OUT, lines.join('\n') + '\n');
const unknown = ranked.filter(([k]) => k.startsWith('unit:'));
console.log(`${read} articles, ${ranked.length} concepts (${unknown.length} unit:), ${unknown.reduce((n, [, r]) => n + r.claims, 0)} unit: claims → ${OUT}`);
