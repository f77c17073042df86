// `npx tsx eval/prefilter.ts`: how often the store's candidate prefilter (lib/store/reads.ts
// candidateIds, as lib/store/related.ts calls it) leaves an earlier read of the story out of
// the candidates the same-story score ever sees. Development part only (tune + corpus + seeds),
// with 1,000 unrelated reads of ../shared/stream in the store. Env LIMIT / BUDGET override
// CANDIDATE_LIMIT / POSTINGS_BUDGET.
import { analyzeArticle } from '../lib/pipeline/analyze';
import { SAME_STORY_THRESHOLD, storySimilarity } from '../lib/pipeline/story/index';
import { keywordFrequencies } from '../lib/store/keyword-stats';
import { CANDIDATE_LIMIT, candidateIds, deleteRead, POSTINGS_BUDGET } from '../lib/store/reads';
import type { AnalyzedArticle } from '../lib/types';
import { loadAllGold, storySnapshot, type Split } from './gold';
import { loadStream, sampleStream } from './stream';
import { EvalStore } from './views';

const limit = Number(process.env.LIMIT ?? CANDIDATE_LIMIT);
const budget = Number(process.env.BUDGET ?? POSTINGS_BUDGET);
const stories = loadAllGold(new Set<Split>(['tune', 'corpus', 'seeds']));
const store = new EvalStore();
await store.addBackground(sampleStream(loadStream(), 1000).map(analyzeArticle));
let earlier = 0;
let missing = 0;
let missingLinkable = 0;
for (const s of stories) {
  const ids: number[] = [];
  const arts: AnalyzedArticle[] = [];
  for (const f of s.files) {
    const a = analyzeArticle(storySnapshot(s, f));
    const r = await store.read(a);
    // As findRelatedReads asks: counts without the current read itself.
    const freq = await keywordFrequencies(store.db, r.keywords);
    const others = new Map([...freq].map(([k, n]) => [k, Math.max(0, n - 1)]));
    const found = new Set(await candidateIds(store.db, r.keywords, r.id, limit, budget, others));
    ids.forEach((id, i) => {
      earlier++;
      if (found.has(id)) return;
      missing++;
      const score = storySimilarity(a, arts[i]);
      if (score >= SAME_STORY_THRESHOLD) missingLinkable++;
      console.log(`  ${s.name} ${f}: ${s.files[i]} not among the candidates (pair score ${score.toFixed(3)})`);
    });
    ids.push(r.id);
    arts.push(a);
  }
  for (const id of ids) await deleteRead(store.db, id);
}
store.close();
console.log(`earlier reads of a story: ${earlier}; not among the candidates: ${missing}, of which scoring at or above the threshold: ${missingLinkable} (limit ${limit}, postings budget ${budget})`);
