// `npx tsx eval/cardlink.ts [--stream N] [--probes N] [--split …] [--grid …]`: the curve of the
// card-link knobs (lib/pipeline/story/card-link.ts) — for each score floor and minimum
// specificity of the rarest keyword both reads share that a related read needs to give its
// figures to cards: the share of gold differences shown and of cards mixing topics,
// earlier reads listed, and the stream noise (story views with an unrelated figure on a card,
// unrelated articles viewed after a story that show any card). Development part (tune + corpus +
// seeds) with 1,000 unrelated reads by default. Choose the operating point here; run check once
// with `npm run eval`.
import { analyzeArticle } from '../lib/pipeline/analyze';
import { CARD_LINK_THRESHOLD, MIN_SHARED_SPECIFICITY, setCardLinkKnobs } from '../lib/pipeline/story/card-link';
import { loadAllGold, type Split } from './gold';
import { loadStream, sampleStream } from './stream';
import { noiseTotals, totals } from './summary';
import { EvalStore, runStory, type StoryRun } from './views';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const pct = (x: number | null): string => (x === null ? '   —  ' : `${(100 * x).toFixed(1).padStart(5)} %`);

async function main(): Promise<void> {
  const splits = new Set(option('--split', 'tune,corpus,seeds').split(',') as Split[]);
  const streamSize = Number(option('--stream', '1000'));
  const probeCount = Number(option('--probes', '40'));
  // Settings: score floor/minimum shared specificity, e.g. 0.24/0.6.
  const settings = option('--grid', '0/0,0.24/0,0.27/0,0.30/0,0.36/0,0/0.5,0/0.55,0/0.57,0.24/0.55,0.26/0.55,0.24/0.6,0.24/0.7')
    .split(',')
    .map((g) => g.split('/').map(Number))
    .map(([threshold, minShared]) => ({ threshold, minShared }));
  const stories = loadAllGold(splits);
  const store = new EvalStore();
  if (streamSize > 0) await store.addBackground(sampleStream(loadStream(), streamSize).map(analyzeArticle));
  console.log(`on ${[...splits].join(' + ')} (${store.background.length} unrelated reads, ${probeCount} viewed after each story)`);
  console.log('  card link   shown (recall)     mixed cards       earlier linked     views w/ unrelated fig.   unrelated w/ card');
  console.log('  floor/rare: score floor / minimum specificity of the rarest keyword both reads share');
  for (const k of settings) {
    setCardLinkKnobs(k);
    const runs: StoryRun[] = [];
    for (const [i, s] of stories.entries()) {
      const from = (i * probeCount) % Math.max(1, store.background.length);
      runs.push(await runStory(store, s, store.background.slice(from, from + probeCount)));
    }
    const t = totals(runs);
    const n = noiseTotals(runs.flatMap((r) => r.unrelated));
    const bySplit = [...splits].map((sp) => {
      const st = totals(runs.filter((r) => r.story.split === sp));
      return `${sp} ${st.shown}/${st.expected} mixed ${st.mixedCards}/${st.cards}`;
    });
    const label = `${k.threshold}/${k.minShared}`;
    const chosen = k.threshold === CARD_LINK_THRESHOLD && k.minShared === MIN_SHARED_SPECIFICITY;
    console.log(
      `  ${label.padStart(15)}  ${pct(t.recall)} ${`${t.shown}/${t.expected}`.padEnd(8)} ${pct(t.mixedShare)} ${`${t.mixedCards}/${t.cards}`.padEnd(8)} ${pct(t.earlierLinkedShare)} ${`${t.earlierLinked}/${t.earlierRead}`.padEnd(8)}  ${`${t.viewsWithUnrelated}/${t.views}`.padEnd(22)}  ${pct(n.anyCardShare)} ${n.withAnyCard}/${n.views}${chosen ? '   ← chosen' : ''}`,
    );
    console.log(`              ${bySplit.join('; ')}`);
  }
  setCardLinkKnobs({ threshold: CARD_LINK_THRESHOLD, minShared: MIN_SHARED_SPECIFICITY });
  store.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
