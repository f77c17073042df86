// `npx tsx eval/calibrate.ts`: the same-story curve alone (faster than the whole evaluation).
import { analyzeArticle } from '../lib/pipeline/analyze';
import { loadAllGold, storySnapshot } from './gold';
import { closestOtherStories, curve, developmentItems, formatCurve, operatingPoint, pairScores, weakestWithin, type LinkItem } from './linking';
import { loadStream, sampleStream } from './stream';

const stories = loadAllGold();
const items: LinkItem[] = stories.flatMap((s) => s.files.map((f) => ({ story: s.name, split: s.split, article: analyzeArticle(storySnapshot(s, f)) })));
const stream = sampleStream(loadStream(), Number(process.argv[2] ?? 1000)).map(analyzeArticle);
const dev = curve('development (tune + corpus + seeds)', pairScores(items, stream, new Set(['tune', 'corpus', 'seeds'])));
const point = operatingPoint(dev);
console.log(formatCurve(dev, 0.01, point.threshold));
console.log(formatCurve(curve('held-out (check)', pairScores(items, stream, new Set(['check']))), 0.05, point.threshold));
console.log('closest different stories (development part):\n  ' + closestOtherStories(developmentItems(items)).join('\n  '));
console.log('weakest same-story pair (development part):\n  ' + weakestWithin(developmentItems(items)).slice(0, 12).map((w) => `${w.score.toFixed(3)} ${w.story}`).join('\n  '));
