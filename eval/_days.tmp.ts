import fs from 'node:fs';
import { loadStream } from './stream';
import { incidentDays } from '../lib/pipeline/compare/incident-day';
const pub = new Map(loadStream(undefined, { dated: true }).map((a) => [a.url, a.published]));
const cards = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const fmt = (d: Set<number>) => [...d].map((x) => new Date(x * 864e5).toISOString().slice(5, 10)).join(',');
cards.forEach((c: any, i: number) => {
  const rows = c.figures.map((f: any) => {
    const p = pub.get(f.read) ?? null;
    const at = f.sentence.indexOf(f.text);
    const strict = incidentDays(f.sentence, p, at < 0 ? 0 : at + f.text.length);
    const dayWords = f.sentence.match(/(أمس|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)/g) ?? [];
    return { f, p, strict, dayWords };
  });
  if (rows.filter((r: any) => r.dayWords.length).length < 2) return;
  console.log(`#${i} ${c.title}`);
  for (const r of rows) console.log(`   ${r.f.text} pub=${(r.p ?? '').slice(0, 16)} strict=[${fmt(r.strict)}] words=${r.dayWords.join(',')} :: ${r.f.sentence.slice(0, 230)}`);
});
