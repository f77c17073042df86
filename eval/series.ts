// `npx tsx eval/series.ts [--grid families/same/half,…]`: the same-story curve on the development
// part (tune + corpus + seeds, 1,000 unrelated reads; check never loaded) for the series knobs of
// lib/pipeline/story/similarity.ts — economic kinds as one family, and the slower date factor of a
// series read weeks apart — with the linked share of each story's pairs at the threshold.
import { analyzeArticle } from '../lib/pipeline/analyze';
import { SAME_STORY_THRESHOLD, setSimilarityKnobs, storySimilarity } from '../lib/pipeline/story/similarity';
import { loadAllGold, storySnapshot, type Split } from './gold';
import { curve, pairScores, type LinkItem } from './linking';
import { loadStream, sampleStream } from './stream';

const DEV = new Set<Split>(['tune', 'corpus', 'seeds']);
const gridArg = process.argv.indexOf('--grid');
const grid = (gridArg > 0 ? process.argv[gridArg + 1] : 'no/10/15,yes/10/15,no/30/40,yes/30/40').split(',').map((g) => {
  const [fam, same, half] = g.split('/');
  return { label: g, families: fam === 'yes', seriesSame: Number(same), seriesHalf: Number(half) };
});
const stories = loadAllGold(DEV);
const items: LinkItem[] = stories.flatMap((s) => s.files.map((f) => ({ story: s.name, split: s.split, article: analyzeArticle(storySnapshot(s, f)) })));
const stream = sampleStream(loadStream(), 1000).map(analyzeArticle);
const thresholds = [0.2, 0.22, 0.23, 0.24, 0.25, 0.26, 0.28, 0.3];
console.log('families/series same days/series half days: precision recall (false stream/other story) at each threshold; per-story pair recall at the threshold');
for (const g of grid) {
  setSimilarityKnobs(g);
  const c = curve('dev', pairScores(items, stream, DEV), thresholds);
  console.log(`\n${g.label}`);
  for (const p of c.points) console.log(`  ${p.threshold.toFixed(2)}  ${p.precision?.toFixed(3)} ${p.recall?.toFixed(3)} (${p.falseStream}/${p.falseStory})`);
  const per = new Map<string, [number, number]>();
  items.forEach((a, i) => items.forEach((b, j) => {
    if (j >= i || a.story !== b.story) return;
    const r = per.get(a.story) ?? [0, 0];
    r[1]++;
    if (storySimilarity(a.article, b.article) >= SAME_STORY_THRESHOLD) r[0]++;
    per.set(a.story, r);
  }));
  console.log('  ' + [...per].filter(([, r]) => r[0] < r[1]).map(([s, r]) => `${s} ${r[0]}/${r[1]}`).join(' · '));
}
