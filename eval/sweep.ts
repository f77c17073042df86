// The shared part of the knob sweeps (eval/cardlink.ts, eval/same-event.ts): one store with N
// unrelated reads, every story read in it under each setting, and one printed row per setting.
import { analyzeArticle } from '../lib/pipeline/analyze';
import { loadAllGold, type Split } from './gold';
import { loadStream, sampleStream } from './stream';
import { noiseTotals, totals } from './summary';
import { EvalStore, runStory, type StoryRun } from './views';

export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const pct = (x: number | null): string => (x === null ? '   —  ' : `${(100 * x).toFixed(1).padStart(5)} %`);

export interface SweepRow {
  runs: StoryRun[];
  /** The row's figures, as printed. */
  line: string;
  /** Shown and mixed per split, as printed under the row. */
  bySplit: string;
}

/**
 * Reads `--split`, `--stream`, `--probes`; fills the store; then for each setting applies it,
 * reads every story and hands the printed row to `print`. The store is closed at the end.
 */
export async function sweep<K>(settings: K[], apply: (k: K) => void, header: string, print: (k: K, row: SweepRow) => void): Promise<void> {
  const splits = new Set(option('--split', 'tune,corpus,seeds').split(',') as Split[]);
  const streamSize = Number(option('--stream', '1000'));
  const probeCount = Number(option('--probes', '40'));
  const stories = loadAllGold(splits);
  const store = new EvalStore();
  if (streamSize > 0) await store.addBackground(sampleStream(loadStream(), streamSize).map(analyzeArticle));
  console.log(`on ${[...splits].join(' + ')} (${store.background.length} unrelated reads, ${probeCount} viewed after each story)`);
  console.log(header);
  for (const k of settings) {
    apply(k);
    const runs: StoryRun[] = [];
    for (const [i, s] of stories.entries()) {
      const from = (i * probeCount) % Math.max(1, store.background.length);
      runs.push(await runStory(store, s, store.background.slice(from, from + probeCount)));
    }
    const t = totals(runs);
    const n = noiseTotals(runs.flatMap((r) => r.unrelated));
    const bySplit = [...splits]
      .map((sp) => {
        const st = totals(runs.filter((r) => r.story.split === sp));
        return `${sp} ${st.shown}/${st.expected} mixed ${st.mixedCards}/${st.cards}`;
      })
      .join('; ');
    const line = `${pct(t.recall)} ${`${t.shown}/${t.expected}`.padEnd(8)} ${pct(t.mixedShare)} ${`${t.mixedCards}/${t.cards}`.padEnd(8)} ${pct(t.earlierLinkedShare)} ${`${t.earlierLinked}/${t.earlierRead}`.padEnd(8)}  ${`${t.viewsWithUnrelated}/${t.views}`.padEnd(22)}  ${pct(n.anyCardShare)} ${n.withAnyCard}/${n.views}`;
    print(k, { runs, line, bySplit: `${bySplit}; figures on story cards ${t.figures}, last article ${t.lastShown}/${t.lastExpected}` });
  }
  store.close();
}

export function runMain(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
