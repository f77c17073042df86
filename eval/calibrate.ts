// `npx tsx eval/calibrate.ts [N] [--dev]`: the same-story curve alone (faster than the whole
// evaluation). `--dev` loads the development part only (tune + corpus + seeds) and prints no
// held-out curve: use it while choosing rules.
import { analyzeArticle } from '../lib/pipeline/analyze';
import { loadAllGold, storySnapshot, type Split } from './gold';
import { closestOtherStories, curve, developmentItems, formatCurve, operatingPoint, pairScores, weakestWithin, type LinkItem } from './linking';
import { loadStream, sampleStream } from './stream';

const args = process.argv.slice(2);
const devOnly = args.includes('--dev');
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const stories = loadAllGold(devOnly ? new Set<Split>(['tune', 'corpus', 'seeds']) : undefined);
const items: LinkItem[] = stories.flatMap((s) => s.files.map((f) => ({ story: s.name, split: s.split, article: analyzeArticle(storySnapshot(s, f)) })));
const stream = sampleStream(loadStream(), n).map(analyzeArticle);
const dev = curve('development (tune + corpus + seeds)', pairScores(items, stream, new Set(['tune', 'corpus', 'seeds'])));
const point = operatingPoint(dev);
console.log(formatCurve(dev, 0.01, point.threshold));
if (!devOnly) console.log(formatCurve(curve('held-out (check)', pairScores(items, stream, new Set(['check']))), 0.05, point.threshold));
console.log('closest different stories (development part):\n  ' + closestOtherStories(developmentItems(items)).join('\n  '));
console.log('weakest same-story pair (development part):\n  ' + weakestWithin(developmentItems(items)).slice(0, 12).map((w) => `${w.score.toFixed(3)} ${w.story}`).join('\n  '));
