// `npx tsx eval/evidence.ts [--stream N] [--split …]`: the curves of the card-evidence knobs
// (lib/compare/evidence.ts) — the share of gold differences shown and of cards mixing topics for
// each minimum evidence a figure needs to enter a card, and for each largest ratio between two
// figures of one card that are not both fully evidenced — on the development part (tune + corpus
// + seeds) by default, without unrelated reads (`--stream 0`). Choose the operating point here;
// run check once with `npm run eval`.
import { analyzeArticle } from '../lib/pipeline/analyze';
import { MAX_VALUE_RATIO, MIN_CARD_EVIDENCE, RATIO_WINDOW_DAYS, setEvidenceKnobs } from '../lib/pipeline/compare/evidence';
import { loadAllGold, type GoldStory, type Split } from './gold';
import { loadStream, sampleStream } from './stream';
import { totals } from './summary';
import { EvalStore, runStory, type StoryRun } from './views';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const pct = (x: number | null): string => (x === null ? '   —  ' : `${(100 * x).toFixed(1).padStart(5)} %`);

async function row(store: EvalStore, stories: GoldStory[], label: string, chosen: boolean): Promise<string> {
  const runs: StoryRun[] = [];
  for (const s of stories) runs.push(await runStory(store, s, []));
  const t = totals(runs);
  return `  ${label.padStart(8)}  ${pct(t.recall)} ${`${t.shown}/${t.expected}`.padEnd(8)}  ${pct(t.mixedShare)} ${`${t.mixedCards}/${t.cards}`.padEnd(8)}  ${String(t.figures).padStart(5)}${chosen ? '   ← chosen' : ''}`;
}

async function main(): Promise<void> {
  const splits = new Set(option('--split', 'tune,corpus,seeds').split(',') as Split[]);
  const streamSize = Number(option('--stream', '0'));
  const stories = loadAllGold(splits);
  const store = new EvalStore();
  if (streamSize > 0) await store.addBackground(sampleStream(loadStream(), streamSize).map(analyzeArticle));
  const header = '  shown (recall)      mixed cards        figures on cards';
  console.log(`on ${[...splits].join(' + ')} (${store.background.length} unrelated reads)`);
  console.log(`\nminimum evidence to enter a card (MAX_VALUE_RATIO ${MAX_VALUE_RATIO})\n   minimum${header}`);
  for (const level of [0, 1, 2, 3, 4]) {
    setEvidenceKnobs({ minEvidence: level, maxRatio: MAX_VALUE_RATIO });
    console.log(await row(store, stories, String(level), level === MIN_CARD_EVIDENCE));
  }
  console.log(`\nlargest ratio between two figures of a card not both fully evidenced, in reports at most W days apart or undated (MIN_CARD_EVIDENCE ${MIN_CARD_EVIDENCE})\n  W, ratio${header}`);
  for (const windowDays of [1, 3, 7, Infinity])
    for (const r of [Infinity, 10, 6, 4, 3, 2]) {
      if (r === Infinity && windowDays !== Infinity) continue;
      setEvidenceKnobs({ minEvidence: MIN_CARD_EVIDENCE, maxRatio: r, windowDays });
      const label = r === Infinity ? 'none' : `${windowDays === Infinity ? 'any' : windowDays}, ${r}`;
      console.log(await row(store, stories, label, r === MAX_VALUE_RATIO && windowDays === RATIO_WINDOW_DAYS));
    }
  setEvidenceKnobs({ minEvidence: MIN_CARD_EVIDENCE, maxRatio: MAX_VALUE_RATIO, windowDays: RATIO_WINDOW_DAYS });
  store.close();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
