// Debug only (not committed): each gold claim of a story with the engine's claim at its span.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../lib/analyze';
import { loadTextArticle } from '../lib/cli/load';
import { loadAllGold } from './gold';
import { fileSpan, mapFile } from './offsets';
const [storyName] = process.argv.slice(2);
const story = loadAllGold().find((s) => s.name === storyName)!;
for (const file of story.files) {
  const a = analyzeArticle(loadTextArticle(path.join(story.dir, file)));
  const map = mapFile(fs.readFileSync(path.join(story.dir, file), 'utf8'));
  const used = new Set<number>();
  for (const g of story.claims.filter((c) => c.file === file)) {
    let found = '';
    a.claims.forEach((c, i) => {
      const sp = fileSpan(map, c.inTitle === true, c.start, c.end);
      if (sp && g.start !== null && Math.min(sp.end, g.end!) > Math.max(sp.start, g.start)) {
        used.add(i);
        found += `[${c.text}] concept=${c.concept} own=${(c.owners ?? []).join(',')} pl=${(c.places ?? []).join(',')}${c.adminPlace ? '(admin)' : ''} mod=${c.modality} rate=${c.rate} cmp=${c.comparable} vague=${c.vague ?? false} label=${c.label}`;
      }
    });
    console.log(`${file.slice(0, 12)} ${g.valueKey.padEnd(8)} «${g.topic}» → ${found || 'NOT FOUND'}`);
  }
  for (const [i, c] of a.claims.entries()) if (!used.has(i) && c.comparable && c.concept && !c.vague) console.log(`${file.slice(0, 12)} EXTRA ${c.value} [${c.text}] concept=${c.concept} own=${(c.owners ?? []).join(',')} pl=${(c.places ?? []).join(',')} | ${c.sentence.slice(0, 90)}`);
}
