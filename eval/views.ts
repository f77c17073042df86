// Reading each story as a reader would, in one real store (Dexie on fake-indexeddb): the
// stream's unrelated reads are the reader's history, then the story's articles are read one by
// one, each shown through `buildStoryReport` — the function the panel and the CLI's compare run,
// store prefilter included. After a story, some unrelated articles are viewed again with the
// story in the store, then the story's reads are deleted so every story meets the same history.
import fs from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { analyzeArticle } from '../lib/pipeline/analyze';
import { buildStoryReport } from '../lib/pipeline/report/build';
import { openDatabase, type StoredRead, type TabayyunDB } from '../lib/store/db';
import { deleteRead, saveRead } from '../lib/store/reads';
import type { StoryReport } from '../lib/pipeline/report/types';
import type { AnalyzedArticle } from '../lib/types';
import { storySnapshot, type GoldStory } from './gold';
import { mapFile } from './offsets';
import { StoryScorer, type FigureSource, type ViewContext, type ViewScore } from './score';
import { NoCardExplainer } from './explain';

const MINUTE = 60_000;

export interface UnrelatedView {
  story: string;
  url: string;
  /** Cards shown for an unrelated article, and how many hold a figure of the story. */
  cards: number;
  storyCards: number;
  /** Title of the viewed article and of the reads it was linked to (score), when it shows a card. */
  title?: string;
  related?: string[];
  /** Each card's figures (read title, value, concept, scope, sentence), when it shows a card. */
  cardFigures?: string[][];
}

export interface StoryRun {
  story: GoldStory;
  views: ViewScore[];
  unrelated: UnrelatedView[];
}

export class EvalStore {
  readonly db: TabayyunDB;
  private clock = Date.UTC(2026, 0, 1);
  readonly background: StoredRead[] = [];

  constructor() {
    this.db = openDatabase(`eval-${process.pid}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  }

  private tick(): number {
    this.clock += MINUTE;
    return this.clock;
  }

  async read(a: AnalyzedArticle): Promise<StoredRead> {
    return (await saveRead(this.db, a, this.tick())).read;
  }

  /** The reader's history: unrelated articles read before any story. */
  async addBackground(articles: AnalyzedArticle[]): Promise<void> {
    for (const a of articles) this.background.push(await this.read(a));
  }

  report(id: number): Promise<StoryReport | null> {
    return buildStoryReport(this.db, id);
  }

  close(): void {
    this.db.close();
  }
}

/** Reads one story in the store, scoring each view; then views `probes` unrelated reads again. */
export async function runStory(store: EvalStore, story: GoldStory, probes: StoredRead[]): Promise<StoryRun> {
  const maps = new Map(story.files.map((f) => [f, mapFile(fs.readFileSync(path.join(story.dir, f), 'utf8'))]));
  const scorer = new StoryScorer(story, maps);
  const fileOfRead = new Map<number, string>();
  const claimsOfRead = new Map<number, AnalyzedArticle>();
  const views: ViewScore[] = [];
  const saved: number[] = [];
  try {
    for (const file of story.files) {
      const analyzed = analyzeArticle(storySnapshot(story, file));
      const read = await store.read(analyzed);
      saved.push(read.id);
      fileOfRead.set(read.id, file);
      claimsOfRead.set(read.id, analyzed);
      const report = await store.report(read.id);
      if (!report) throw new Error(`${story.name}/${file}: read not found after saving`);
      const earlier = story.files.slice(0, story.files.indexOf(file));
      const linked = report.related.filter((r) => fileOfRead.has(report.articles[r.article].readId)).length;
      const source = (article: number, claim: number): FigureSource => {
        const id = report.articles[article].readId;
        const own = claimsOfRead.get(id);
        if (own) return { file: fileOfRead.get(id) ?? null, claim: own.claims[claim] };
        const other = store.background.find((b) => b.id === id);
        if (!other) throw new Error(`read ${id} is neither the story's nor the history's`);
        return { file: null, claim: other.claims[claim] };
      };
      const linkedFiles = new Set(report.related.flatMap((r) => fileOfRead.get(report.articles[r.article].readId) ?? []));
      const claimsOf = (f: string) => [...claimsOfRead].find(([id]) => fileOfRead.get(id) === f)?.[1].claims;
      const context: ViewContext = { claimsOf, linkedFiles, agreements: report.agreements.map((a) => a.figures) };
      let view = scorer.score(file, earlier, linked, report.differences, source, context);
      if (view.why.includes('no-card')) {
        // Scored again with the comparison's trace, only where two figures never met on a card.
        const explainer = await NoCardExplainer.of(store.db, read);
        const readOf = (f: string) => [...fileOfRead].find(([, g]) => g === f)?.[0] ?? -1;
        view = scorer.score(file, earlier, linked, report.differences, source, { ...context, noCardGate: (cur, f, ear) => explainer.gate(cur, readOf(f), ear) });
      }
      views.push(view);
    }
    const unrelated: UnrelatedView[] = [];
    for (const p of probes) {
      const report = await store.report(p.id);
      if (!report) continue;
      const storyCards = report.differences.filter((d) => d.figures.some((f) => fileOfRead.has(report.articles[f.article].readId))).length;
      const v: UnrelatedView = { story: story.name, url: p.url, cards: report.differences.length, storyCards };
      if (v.cards > 0) {
        v.title = p.title;
        v.related = report.related.map((r) => `${r.score.toFixed(3)} ${report.articles[r.article].title}`);
        v.cardFigures = report.differences.map((d) =>
          d.figures.map((f) => {
            const id = report.articles[f.article].readId;
            const c = (claimsOfRead.get(id)?.claims ?? store.background.find((b) => b.id === id)?.claims ?? [])[f.claim];
            const scope = c ? [...(c.owners ?? []).map((o) => `owner ${o}`), ...(c.places ?? []).map((p) => `place ${p}`)].join(', ') : '';
            return `${f.text} [${c?.concept ?? '?'}${scope ? `; ${scope}` : ''}] «${report.articles[f.article].title.slice(0, 60)}»: ${f.sentence.replace(/\s+/g, ' ').slice(0, 220)}`;
          }),
        );
      }
      unrelated.push(v);
    }
    return { story, views, unrelated };
  } finally {
    for (const id of saved) await deleteRead(store.db, id);
  }
}
