import { analyzeArticle } from '../lib/pipeline/analyze';
import { loadAllGold, storySnapshot, type Split } from './gold';
import { roundUpClaims } from '../lib/pipeline/compare/same-event';
import { bucketOf } from '../lib/pipeline/compare/topic';
import { enoughEvidence } from '../lib/pipeline/compare/evidence';
import { isEarlierMention } from '../lib/pipeline/claims/modality';
import type { Claim } from '../lib/types';
const splits = new Set((process.argv[2] ?? 'tune,corpus,seeds,invented-tune').split(',') as Split[]);
const usable = (c: Claim): boolean => c.comparable && c.concept !== null && !c.vague && enoughEvidence(c);
const earlier = (c: Claim): boolean => !!c.earlier || isEarlierMention(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart);
for (const s of loadAllGold(splits)) for (const f of s.files) {
  const a = analyzeArticle(storySnapshot(s, f));
  const u = a.claims.filter(usable);
  const ru = roundUpClaims(u, bucketOf, earlier);
  if (ru.size === 0) continue;
  console.log(`== ${s.split} ${s.name}/${f}  «${a.title}»`);
  for (const c of u) if (ru.has(c)) console.log(`   ${bucketOf(c)} | ${c.text} [${c.value} ${c.qualifier}] o=${(c.owners??[]).join(',')} p=${(c.places??[]).join(',')}${c.inTitle?' TITLE':''}${earlier(c)?' EARLIER':''} @${c.sentenceStart}: ${c.sentence.replace(/\s+/g,' ').slice(0,160)}`);
}
