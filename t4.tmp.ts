import { seeds, story } from './tests/claims/load';
import { extractClaims } from './lib/claims/index';
const which = process.argv[2] ?? 'seeds';
const arts = which === 'seeds' ? seeds() : story(which);
arts.forEach((a, i) => {
  console.log(`=== ${i} ${a.site}`);
  for (const c of extractClaims(a.text)) {
    if (process.argv[3] !== 'all' && !c.comparable) { console.log(`   - [${c.kind}] ${c.text}`); continue; }
    console.log(`${c.comparable?'*':'-'} [${c.kind}|${c.qualifier}] ${c.text} =${c.value} (${c.min},${c.max}) u=${c.unit} concept=${c.concept} own=${c.owners} pl=${c.places} rate=${c.rate} mod=${c.modality} attr=${c.attribution} label=${c.label}`);
  }
});
