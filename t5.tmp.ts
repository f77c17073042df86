import { seeds, story } from './tests/claims/load';
import { analyzeArticle } from './lib/analyze';
import { compareArticles } from './lib/compare/index';
import { findRelated } from './lib/story/index';
const which = process.argv[2] ?? 'seeds';
const arts = (which === 'seeds' ? seeds() : story(which)).map(analyzeArticle);
for (let cur = 0; cur < arts.length; cur++) {
  const rel = findRelated(arts[cur], arts.slice(0, cur)).map(r => r.index);
  const relAll = process.argv[3] === 'all' ? arts.map((_, i) => i).filter(i => i !== cur) : rel;
  const diffs = compareArticles(arts, cur, relAll);
  console.log(`=== current ${cur} related [${relAll}]`);
  for (const d of diffs) console.log(`  ${d.conflict ? 'CONFLICT' : 'differ  '} ${d.topic} [${d.kind}] :: ` + d.figures.map(f => `${f.article}:${f.text}${f.modality ? '(' + f.modality + ')' : ''}${f.attribution ? ' <' + f.attribution + '>' : ''}`).join(' | '));
}
