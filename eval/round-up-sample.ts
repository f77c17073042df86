// `npx tsx eval/round-up-sample.ts [--from-date D --to-date D] [--limit N] --out FILE`: every group
// of figures roundUpClaims (same-event.ts) keeps out of cards, per stream article of one window:
// topic, scope, each figure with its sentence — to judge the round-up detector's precision by hand
// on news nobody tuned on (README §1 "Same event", "Round-up precision"). Writes JSON, prints a count.
import fs from 'node:fs';
import type { Claim } from '../lib/types';
import { analyzeArticle } from '../lib/pipeline/analyze';
import { roundUpClaims } from '../lib/pipeline/compare/same-event';
import { bucketOf } from '../lib/pipeline/compare/topic';
import { enoughEvidence } from '../lib/pipeline/compare/evidence';
import { isEarlierMention } from '../lib/pipeline/claims/modality';
import { wholeGroupConcepts } from '../lib/pipeline/compare/whole-group';
import { loadStream, sampleStream } from './stream';

const arg = (name: string, d = ''): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : d;
};
const from = arg('--from-date', '2015-07-21');
const to = arg('--to-date', '2015-07-25');
const limit = Number(arg('--limit', '100000'));
const out = arg('--out');
if (!out) throw new Error('--out FILE is required');

// As compare/index.ts reads a claim: usable, earlier.
const usable = (c: Claim): boolean => c.comparable && c.concept !== null && !c.vague && enoughEvidence(c);
const earlier = (c: Claim): boolean => !!c.earlier || isEarlierMention(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart);

const groups: unknown[] = [];
const articles = sampleStream(loadStream(undefined, { from, to }), limit);
for (const s of articles) {
  const a = analyzeArticle(s);
  const whole = wholeGroupConcepts(a.claims, usable);
  const claims = a.claims.map((c) => (whole.has(c) ? { ...c, concept: whole.get(c) as string } : c)).filter(usable);
  const kept = roundUpClaims(claims, bucketOf, earlier, a.title);
  if (kept.size === 0) continue;
  const byTopic = new Map<string, Claim[]>();
  for (const c of kept) {
    const k = bucketOf(c);
    byTopic.set(k, [...(byTopic.get(k) ?? []), c]);
  }
  for (const [topic, cs] of byTopic)
    groups.push({
      url: s.url,
      title: a.title,
      topic,
      figures: cs.map((c) => ({ text: c.text, value: c.value, qualifier: c.qualifier, owners: c.owners ?? [], places: c.places ?? [], earlier: earlier(c), attribution: c.attribution ?? null, sentence: c.sentence.replace(/\s+/g, ' ') })),
    });
}
fs.writeFileSync(out, JSON.stringify(groups, null, 1));
console.log(`${articles.length} articles, ${groups.length} round-up groups (by topic) → ${out}`);
