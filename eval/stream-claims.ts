// `npx tsx eval/stream-claims.ts TEXT…`: every comparable claim (concept, scope, evidence, sentence)
// of the sampled stream articles (the 1,000 the evaluation reads) whose title contains one of the
// texts — to see why an unrelated article shows a card (`eval/same-event.ts --details` names them).
import { analyzeArticle } from '../lib/pipeline/analyze';
import { loadStream, sampleStream } from './stream';

const wanted = process.argv.slice(2);
if (wanted.length === 0) {
  console.error('usage: npx tsx eval/stream-claims.ts TITLE-TEXT…');
  process.exit(1);
}
for (const s of sampleStream(loadStream(), 1000)) {
  if (!wanted.some((w) => s.title.includes(w))) continue;
  console.log(`\n=== ${s.title}`);
  for (const c of analyzeArticle(s).claims) {
    if (!c.comparable) continue;
    const scope = `owners=${(c.owners ?? []).join(',')} places=${(c.places ?? []).join(',')}${c.adminPlace ? ' (admin)' : ''}`;
    console.log(`  ${c.text} [${c.concept}] unit=${c.unit} ${scope} evidence=${JSON.stringify(c.evidence)}${c.earlier ? ' earlier' : ''}`);
    console.log(`      ${c.sentence.replace(/\s+/g, ' ').slice(0, 400)}`);
  }
}
