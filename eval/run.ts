// `npm run eval`: the project's accuracy evaluation. Reads every gold story (development set
// tune/check, ../shared/corpus, our seed fixture, the stream's own annotated stories of
// eval/stream-gold.ts) as a reader would, in one store holding unrelated real articles from
// ../shared/stream, and scores what the panel would show.
// Options: --stream N (unrelated reads in the history, default 1000; 0 for none),
// --probes N (unrelated articles viewed again after each story, default 40),
// --split tune,check,corpus,seeds,stream-tune,stream-tune2,stream-tune3,fresh,fresh2,invented-tune,invented-check, --details (every miss, mix, stray), --out FILE,
// --unknown-period apart|off (lib/pipeline/compare/period-gate.ts, for measuring),
// --earlier-timeline on|off (EARLIER_TIMELINE of lib/pipeline/compare/index.ts, for measuring),
// --days, --places, --tallies, --means, --clocks apart|off (SEPARATE_DAYS, SEPARATE_PLACES, SEPARATE_TALLIES,
// SEPARATE_MEANS, SEPARATE_CLOCKS of lib/pipeline/compare/same-event.ts, for measuring),
// --countries off|headline|fallback|sentence and --country-context headline|text (SEPARATE_COUNTRIES,
// COUNTRY_CONTEXT of same-event.ts), --lead-context none|places,days,means (LEAD_CONTEXT of same-event.ts),
// --fates apart|off (SEPARATE_FATES of compare/fate.ts), for measuring,
// --agreement GAP/ABOUT/BOUND (the knobs of lib/pipeline/compare/agreement.ts, for measuring: eval/agreement.ts).
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../lib/pipeline/analyze';
import { SAME_STORY_THRESHOLD } from '../lib/pipeline/story/index';
import { loadAllGold, storySnapshot, type Split } from './gold';
import { closestOtherStories, curve, developmentItems, formatCurve, operatingPoint, pairScores, weakestWithin, type LinkItem } from './linking';
import { loadStream, sampleStream } from './stream';
import { noiseTotals, splitTable, totals } from './summary';
import { EvalStore, runStory, type StoryRun } from './views';
import { setPeriodKnobs } from '../lib/pipeline/compare/period-gate';
import { setTimelineKnobs } from '../lib/pipeline/compare/index';
import { countryRule, leadGates, setSameEventKnobs } from '../lib/pipeline/compare/same-event';
import { setFateKnobs } from '../lib/pipeline/compare/fate';
import { matchRuleOf } from '../lib/pipeline/compare/round-up-match';
import { setAgreementKnobs, type AboutRule, type BoundRule } from '../lib/pipeline/compare/agreement';

interface Options {
  stream: number;
  probes: number;
  splits: Set<Split> | undefined;
  details: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { stream: 1000, probes: 40, splits: undefined, details: false, out: path.resolve('eval/results.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--stream') o.stream = Number(next());
    else if (a === '--probes') o.probes = Number(next());
    else if (a === '--split') o.splits = new Set(next().split(',') as Split[]);
    else if (a === '--details') o.details = true;
    else if (a === '--out') o.out = path.resolve(next());
    else if (a === '--unknown-period') setPeriodKnobs({ unknownPeriod: next() === 'apart' ? 'apart' : 'off' });
    else if (a === '--earlier-timeline') setTimelineKnobs({ earlierTimeline: next() === 'on' });
    else if (a === '--days') setSameEventKnobs({ days: next() === 'apart' });
    else if (a === '--agreement') {
      const [gap, about, bound] = next().split('/');
      setAgreementKnobs({ gap: Number(gap), about: about as AboutRule, bound: bound as BoundRule });
    }
    else if (a === '--places') setSameEventKnobs({ places: next() === 'apart' });
    else if (a === '--place-context') setSameEventKnobs({ placeContext: next() === 'text' ? 'text' : 'headline' });
    else if (a === '--countries') setSameEventKnobs({ countries: countryRule(next()) });
    else if (a === '--country-context') setSameEventKnobs({ countryContext: next() === 'text' ? 'text' : 'headline' });
    else if (a === '--fates') setFateKnobs({ fates: next() === 'apart' });
    else if (a === '--tallies') setSameEventKnobs({ tallies: next() === 'apart' });
    else if (a === '--means') setSameEventKnobs({ means: next() === 'apart' });
    else if (a === '--lead-context') setSameEventKnobs({ leadContext: leadGates(next()) });
    else if (a === '--clocks') setSameEventKnobs({ clocks: next() === 'apart' });
    else if (a === '--round-up-match') setSameEventKnobs({ roundUpMatch: matchRuleOf(next()) });
    else if (a === '--disputed') setSameEventKnobs({ disputedCounts: next() === 'on' });
    else if (a === '--breakdowns') setSameEventKnobs({ breakdowns: next() === 'on' });
    else if (a === '--round-up-sources') {
      const v = next();
      if (v !== 'sentence' && v !== 'read' && v !== 'read-same-context' && v !== 'back-reference') throw new Error(`unknown --round-up-sources ${v}`);
      setSameEventKnobs({ roundUpSources: v });
    }
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const SPLITS: Split[] = ['tune', 'check', 'corpus', 'seeds', 'stream-tune', 'stream-tune2', 'stream-tune3', 'fresh', 'fresh2', 'invented-tune', 'invented-check'];

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const stories = loadAllGold(o.splits);
  const stream = o.stream > 0 ? sampleStream(loadStream(), o.stream) : [];
  const history = stream.map(analyzeArticle);
  const store = new EvalStore();
  await store.addBackground(history);
  console.log(`history: ${store.background.length} unrelated reads from ../shared/stream (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const runs: StoryRun[] = [];
  for (const [i, story] of stories.entries()) {
    // Each story views its own slice of the history again, so every probe is a different article.
    const from = (i * o.probes) % Math.max(1, store.background.length);
    const probes = store.background.slice(from, from + o.probes);
    runs.push(await runStory(store, story, probes));
  }
  store.close();

  const bySplit = Object.fromEntries(SPLITS.map((s) => [s, runs.filter((r) => r.story.split === s)])) as Record<Split, StoryRun[]>;
  for (const s of SPLITS) if (bySplit[s].length) console.log(`\n${splitTable(s, bySplit[s], o.details)}`);
  const noise = noiseTotals(runs.flatMap((r) => r.unrelated));
  console.log(
    `\nstream noise (${store.background.length} unrelated reads in the history): story views with a card holding an unrelated figure ${runs.flatMap((r) => r.views).filter((v) => v.unrelated.length > 0).length} / ${runs.flatMap((r) => r.views).length} (target 0); unrelated articles showing any card ${noise.withAnyCard} / ${noise.views} (${noise.anyCardShare === null ? '—' : (100 * noise.anyCardShare).toFixed(1)} %, target ≤ 1 %), of which with a story's figure ${noise.withStoryCard}`,
  );
  // The same-story score's curve: operating point chosen on the development part, shown on check.
  const items: LinkItem[] = stories.flatMap((s) => s.files.map((f) => ({ story: s.name, split: s.split, article: analyzeArticle(storySnapshot(s, f)) })));
  const devCurve = curve('development (tune + corpus + seeds)', pairScores(items, history, new Set<Split>(['tune', 'corpus', 'seeds'])));
  const checkCurve = curve('held-out (check)', pairScores(items, history, new Set<Split>(['check'])));
  const freshCurve = curve('held-out (fresh: the stream\'s own stories)', pairScores(items, history, new Set<Split>(['fresh'])));
  const fresh2Curve = curve('held-out (fresh2: the stream\'s own stories, annotated a round later)', pairScores(items, history, new Set<Split>(['fresh2'])));
  const chosen = operatingPoint(devCurve);
  console.log(`
${formatCurve(devCurve, 0.05, SAME_STORY_THRESHOLD)}
${formatCurve(checkCurve, 0.05, SAME_STORY_THRESHOLD)}
${formatCurve(freshCurve, 0.05, SAME_STORY_THRESHOLD)}${bySplit.fresh2.length ? `\n${formatCurve(fresh2Curve, 0.05, SAME_STORY_THRESHOLD)}` : ''}`);
  console.log(`highest recall at precision ≥ 0.95 on the development part: ${chosen.threshold.toFixed(2)}; SAME_STORY_THRESHOLD is ${SAME_STORY_THRESHOLD} (the highest of that curve that links no more of the stream's own pairs: lib/pipeline/compare/README.md §1)`);
  const devItems = developmentItems(items);
  console.log(`closest pairs of different stories (development part):\n  ${closestOtherStories(devItems).join('\n  ')}`);
  const weakest = weakestWithin(devItems);
  console.log(`weakest pair within a story (development part):\n  ${weakest.slice(0, 8).map((w) => `${w.score.toFixed(3)}  ${w.story}`).join('\n  ')}`);
  if (o.details) {
    for (const u of runs.flatMap((r) => r.unrelated).filter((x) => x.cards > 0)) {
      console.log(`  card on an unrelated article: «${u.title}» ← ${(u.related ?? []).join(' | ')}`);
      for (const card of u.cardFigures ?? []) for (const [i, f] of card.entries()) console.log(`    ${i === 0 ? '•' : ' '} ${f}`);
    }
  }
  const result = {
    generated: new Date().toISOString(),
    options: { stream: store.background.length, probes: o.probes },
    seconds: Math.round((Date.now() - t0) / 1000),
    splits: Object.fromEntries(SPLITS.filter((s) => bySplit[s].length).map((s) => [s, totals(bySplit[s])])),
    development: totals([...bySplit.tune, ...bySplit.corpus]),
    noise,
    linking: { threshold: SAME_STORY_THRESHOLD, chosenOnDevelopment: chosen, development: devCurve, check: checkCurve, fresh: freshCurve, fresh2: fresh2Curve, closestOtherStories: closestOtherStories(devItems), weakestWithin: weakest },
    stories: runs.map((r) => ({ story: r.story.name, split: r.story.split, totals: totals([r]), views: r.views, unrelated: noiseTotals(r.unrelated) })),
  };
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, JSON.stringify(result, null, 1) + '\n');
  console.log(`\nwritten ${path.relative(process.cwd(), o.out)} in ${result.seconds} s`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
