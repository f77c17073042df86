// `npx tsx eval/crossval.ts [--configs a,b+c,…] [--stems extra] [--stream N] [--min-precision P] [--quiet]`: what the
// same-story score gets on a story never seen, by leave-one-story-out cross-validation over the
// development part (tune + corpus + seeds; check is never loaded). Pairs are those of the
// same-story curve (eval/linking.ts pairScores: every story article against its story's earlier
// articles, every other story's articles and N unrelated stream reads, 1,000 by default). For each
// story left out, the threshold is chosen on the pairs of the other stories by the rule of
// lib/pipeline/compare/README.md §1 (operatingPoint: the highest recall at precision ≥ 0.95, or
// --min-precision), and
// the left-out story's pairs — its own same-story pairs, its articles against the other stories'
// and against the stream reads — are scored at that threshold. Printed per configuration: each
// story's chosen threshold and result, the pooled precision / recall (a pair of two stories is a
// test pair of both folds, so it can count twice among the false pairs), the spread of the chosen
// thresholds, and for reference the in-sample operating point and the figures at
// SAME_STORY_THRESHOLD.
//
// Configurations are knobs of lib/pipeline/story/similarity.ts (setSimilarityKnobs) and
// features.ts (setStoryFeatureKnobs), named below and joined with "+"; the first is always the
// rules in use. `--stems extra` runs every configuration with keywordStem's extra steps (broken
// plurals, clitic letters after the article, a short noun's accusative alif) and the specificity
// table's word stems recounted with them from ../shared/stream, as
// scripts/build-idf.ts counts them (the stemmer must be set before anything is stemmed, hence
// the dynamic imports).
import { setKeywordStemKnobs } from '../lib/pipeline/text/normalize';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const extraStems = opt('--stems', 'stem') === 'extra';
const streamSize = Number(opt('--stream', '1000'));
const quiet = args.includes('--quiet');
const minPrecision = Number(opt('--min-precision', '0.95'));

/** Named knob settings; `prose` is the one knob of the analysis (its articles are analysed again when it changes). */
const CONFIGS: Record<string, { similarity?: Record<string, unknown>; prose?: boolean }> = {
  today: {},
  'cover-off': { similarity: { cover: 'off' } },
  'cover-blend': { similarity: { cover: 'blend' } },
  'city-flat': { similarity: { citySpecificity: false } },
  'headline-off': { similarity: { headline: 'off' } },
  'headline-flat': { similarity: { headline: 'flat' } },
  'headline-prose': { prose: true },
  'date-x0.5': { similarity: { sameDays: 5, halfDays: 7.5 } },
  'date-x2': { similarity: { sameDays: 20, halfDays: 30 } },
  'date-off': { similarity: { sameDays: 1e9 } },
  'families-off': { similarity: { families: false } },
  'series-off': { similarity: { seriesSame: 10, seriesHalf: 15 } },
};
const DEFAULT_CONFIGS = Object.keys(CONFIGS).join(',');

async function main(): Promise<void> {
  if (extraStems) setKeywordStemKnobs({ extra: true });
  const { analyzeArticle } = await import('../lib/pipeline/analyze');
  const sim = await import('../lib/pipeline/story/similarity');
  const { setStoryFeatureKnobs } = await import('../lib/pipeline/story/features');
  const { setBackgroundStemFrequencies } = await import('../lib/pipeline/story/specificity');
  const { keywordStems } = await import('../lib/pipeline/text/normalize');
  const { loadAllGold, storySnapshot } = await import('./gold');
  const { curve, leaveOneStoryOut, operatingPoint, pairScores } = await import('./linking');
  const { loadStream, sampleStream } = await import('./stream');
  type Split = import('./gold').Split;
  type LinkItem = import('./linking').LinkItem;

  const DEV = new Set<Split>(['tune', 'corpus', 'seeds']);
  const streamAll = loadStream();
  if (extraStems) {
    // The table's word stems as scripts/build-idf.ts would have counted them with this stemmer.
    const df = new Map<string, number>();
    for (const a of streamAll) for (const s of new Set(keywordStems(`${a.title}\n${a.text}`))) df.set(s, (df.get(s) ?? 0) + 1);
    setBackgroundStemFrequencies(df);
  }
  const stories = loadAllGold(DEV);
  const snapshots = stories.flatMap((s) => s.files.map((f) => ({ story: s.name, split: s.split, snap: storySnapshot(s, f) })));
  const streamSample = sampleStream(streamAll, streamSize);
  const defaults = sim.similarityKnobs();

  let analysedWithProse: boolean | null = null;
  let items: LinkItem[] = [];
  let stream: ReturnType<typeof analyzeArticle>[] = [];
  const analyse = (prose: boolean) => {
    if (analysedWithProse === prose) return;
    setStoryFeatureKnobs({ headlineProse: prose });
    items = snapshots.map((x) => ({ story: x.story, split: x.split, article: analyzeArticle(x.snap) }));
    stream = streamSample.map(analyzeArticle);
    analysedWithProse = prose;
  };

  const names = stories.map((s) => s.name);
  const fmt = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3));

  console.log(`leave-one-story-out over ${names.length} development stories, ${streamSize} unrelated reads, threshold rule: highest recall at precision ≥ ${minPrecision}${extraStems ? ', stems: keywordStem with its extra steps (table recounted)' : ''}`);
  const summary: string[] = [];
  for (const name of opt('--configs', DEFAULT_CONFIGS).split(',')) {
    const parts = name.split('+').map((n) => {
      const c = CONFIGS[n];
      if (!c) throw new Error(`unknown configuration ${n}: one of ${Object.keys(CONFIGS).join(', ')}`);
      return c;
    });
    sim.setSimilarityKnobs({ ...defaults, ...Object.assign({}, ...parts.map((c) => c.similarity ?? {})) });
    analyse(parts.some((c) => c.prose === true));
    const scored = pairScores(items, stream, DEV);

    const { folds, pooled } = leaveOneStoryOut(scored, names, minPrecision);
    const positivesOf = (n: string) => scored.filter((p) => p.same && p.story === n).length;
    const rows = folds.map((f) => `  ${f.story.padEnd(34)} ${f.threshold.toFixed(2)}  ${String(f.result.truePairs).padStart(3)}/${String(positivesOf(f.story)).padEnd(3)} false ${f.result.falseStream}/${f.result.falseStory}`);
    const sorted = folds.map((f) => f.threshold).sort((a, b) => a - b);
    const spread = [...new Set(sorted)].map((t) => `${t.toFixed(2)}×${sorted.filter((x) => x === t).length}`).join(' ');
    const all = curve('all', scored);
    const inSample = operatingPoint(all, minPrecision);
    const fixed = all.points.find((p) => p.threshold === sim.SAME_STORY_THRESHOLD)!;
    const { truePairs: tp, falseStream: fs, falseStory: fo } = pooled;
    const pos = all.positives;
    const cvP = pooled.precision;
    const line = `${name.padEnd(28)} CV ${fmt(cvP)} / ${fmt(pos ? tp / pos : null)} (${tp}/${pos} pairs, false ${fs}/${fo})  thresholds ${spread}  | in-sample ${inSample.threshold.toFixed(2)}: ${fmt(inSample.precision)} / ${fmt(inSample.recall)} | at ${sim.SAME_STORY_THRESHOLD}: ${fmt(fixed.precision)} / ${fmt(fixed.recall)} (${fixed.falseStream}/${fixed.falseStory})`;
    summary.push(line);
    console.log(`\n${line}`);
    if (!quiet) console.log('  left-out story                     threshold  linked/pairs  false (stream/other story)\n' + rows.join('\n'));
  }
  console.log('\nconfiguration                CV precision / recall (true/positive pairs, false stream/other story)  thresholds chosen  | in-sample operating point | at the threshold in use');
  console.log(summary.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
