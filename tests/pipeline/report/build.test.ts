// lib/pipeline/report/build: what the story report holds for one stored read — its earlier reads in
// reading order, the previous version of its own address, the differences, and the quotes of the
// current article's figures to mark in the page. Invented articles (tests/fixtures/invented-story.ts:
// one earthquake, 120 dead in one outlet, 450 in the other).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { buildStoryReport, highlightsFor, reportFrom, saveWithReport } from '../../../lib/pipeline/report/build';
import { openDatabase, type StoredRead, type TabayyunDB } from '../../../lib/store/db';
import { foldPendingKeywords, keywordLookupStats } from '../../../lib/store/keyword-stats';
import { saveRead } from '../../../lib/store/reads';
import { MIN_SHARED_FIGURES, MIN_SHARED_SPECIFICITY, setCardLinkKnobs } from '../../../lib/pipeline/story/card-link';
import type { AnalyzedArticle, ArticleSnapshot, Difference, Figure } from '../../../lib/types';
import { inventedSnapshot } from '../../fixtures/invented-story';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`report-${n++}`);
});
afterEach(() => db.delete());

const save = async (snapshot: ArticleSnapshot, at: number): Promise<StoredRead> => (await saveRead(db, analyzeArticle(snapshot), at)).read;

describe('buildStoryReport', () => {
  it('gives null for a read that is not stored', async () => {
    await save(inventedSnapshot(0), 1_000);
    expect(await buildStoryReport(db, 999)).toBeNull();
  });

  it('reports the first read of a story alone: no related read, no difference, nothing to mark', async () => {
    const read = await save(inventedSnapshot(0), 1_000);
    const report = await buildStoryReport(db, read.id);
    expect(report?.articles.map((a) => [a.readId, a.current, a.title])).toEqual([[read.id, true, inventedSnapshot(0).title]]);
    expect(report?.current).toBe(0);
    expect(report?.related).toEqual([]);
    expect(report?.differences).toEqual([]);
    expect(report?.highlights).toEqual([]);
  });

  it('puts the earlier read first and the current read last, with the conflicting tolls and the current figure to mark', async () => {
    const earlier = await save(inventedSnapshot(0), 1_000);
    const current = await save(inventedSnapshot(1), 2_000);
    const report = (await buildStoryReport(db, current.id))!;

    expect(report.articles.map((a) => ({ readId: a.readId, host: a.host, current: a.current, previousVersion: a.previousVersion, readAt: a.readAt }))).toEqual([
      { readId: earlier.id, host: 'akhbar.example', current: false, previousVersion: false, readAt: 1_000 },
      { readId: current.id, host: 'sahifa.example', current: true, previousVersion: false, readAt: 2_000 },
    ]);
    expect(report.current).toBe(1);
    expect(report.related).toEqual([{ article: 0, score: report.articles[0].score }]);
    expect(report.articles[0].score).toBeGreaterThan(0.3);
    expect(report.articles[0].score).toBeLessThan(1);

    expect(report.differences.map((d) => ({ conflict: d.conflict, figures: d.figures.map((f) => [f.article, f.value, f.attribution]) }))).toEqual([
      { conflict: true, figures: [[0, 120, 'وزارة الصحة'], [1, 450, 'الهلال الأحمر']] },
    ]);
    // Only the current article's figure is marked in the page, by its own words and surroundings.
    expect(report.highlights).toHaveLength(1);
    expect(report.highlights[0]).toMatchObject({ id: `c${report.differences[0].figures[1].claim}`, tone: 'conflict' });
    expect(report.highlights[0].selector.exact).toBe('450');
    expect(report.highlights[0].selector.prefix.endsWith('في بلاد المثال إن ')).toBe(true);
    expect(report.highlights[0].selector.suffix.startsWith(' شخصا قتلوا')).toBe(true);
  });

  it('counts only the comparable claims of the current article (a year is no count)', async () => {
    const snapshot = inventedSnapshot(1);
    const current = await save({ ...snapshot, text: `${snapshot.text}\n\nوهو أقوى زلزال يضرب المنطقة منذ عام 1990.` }, 2_000);
    const report = (await buildStoryReport(db, current.id))!;
    const comparable = current.claims.filter((c) => c.comparable).map((c) => c.text);
    expect(comparable).toContain('450');
    expect(current.claims.filter((c) => !c.comparable).map((c) => c.value)).toEqual([1990]);
    expect(report.claimCount).toBe(comparable.length);
    expect(report.claimCount).toBeLessThan(current.claims.length);
  });

  it('shows the previous version of the same address between the earlier reads and the current read, as an update', async () => {
    const earlier = await save(inventedSnapshot(0), 1_000);
    const first = inventedSnapshot(1);
    const before = await save(first, 2_000);
    const after = await save({ ...first, text: first.text.replace('450', '470') }, 3_000);
    expect(after.id).toBe(before.id);
    const report = (await buildStoryReport(db, after.id))!;

    expect(report.articles.map((a) => [a.readId, a.current, a.previousVersion, a.readAt])).toEqual([
      [earlier.id, false, false, 1_000],
      [before.id, false, true, 2_000],
      [after.id, true, false, 3_000],
    ]);
    expect(report.current).toBe(2);
    // The previous version is no related read of its own: only the other outlet is.
    expect(report.related.map((r) => r.article)).toEqual([0]);
    const toll = report.differences.find((d) => d.figures.some((f) => f.value === 470));
    expect(toll?.figures.map((f) => [f.article, f.value])).toEqual([[0, 120], [1, 450], [2, 470]]);
    expect(toll?.update).toBe(true);
    expect(report.highlights.map((h) => h.selector.exact)).toEqual(['470']);
  });
});

describe('saveWithReport', () => {
  /** The same reads saved into a second store, the last one by saveRead then buildStoryReport. */
  async function apart(snapshots: ArticleSnapshot[], times: number[]) {
    const other = openDatabase(`report-apart-${n++}`);
    try {
      let id = 0;
      for (const [i, s] of snapshots.entries()) id = (await saveRead(other, analyzeArticle(s), times[i])).read.id;
      return await buildStoryReport(other, id);
    } finally {
      await other.delete();
    }
  }

  it('gives the report buildStoryReport gives right after saveRead: a new read, then a changed text of it', async () => {
    const first = inventedSnapshot(1);
    const changed = { ...first, text: first.text.replace('450', '470') };
    await save(inventedSnapshot(0), 1_000);
    const made = await saveWithReport(db, analyzeArticle(first), 2_000);
    expect(made.outcome.status).toBe('new');
    expect(made.report).toEqual(await apart([inventedSnapshot(0), first], [1_000, 2_000]));
    expect(made.report?.differences.map((d) => d.figures.map((f) => f.value))).toEqual([[120, 450]]);
    const again = await saveWithReport(db, analyzeArticle(changed), 3_000);
    expect(again.outcome.status).toBe('changed');
    expect(again.report).toEqual(await apart([inventedSnapshot(0), first, changed], [1_000, 2_000, 3_000]));
    expect(again.report?.articles.some((a) => a.previousVersion)).toBe(true);
  });

  it('hands the lookup the keyword counts of a new read, itself included, as the store holds them', async () => {
    await save(inventedSnapshot(0), 1_000);
    const { outcome } = await saveWithReport(db, analyzeArticle(inventedSnapshot(1)), 2_000);
    // What every reader of the counts gets while the read is pending (schema v7), then the records once it is counted in.
    expect(await keywordLookupStats(db, outcome.read.keywords)).toEqual(outcome.keywordCounts);
    await foldPendingKeywords(db);
    const stored = await db.keywordStats.bulkGet(outcome.read.keywords);
    const { counts, postings, reads } = outcome.keywordCounts!;
    expect([...counts.entries()].sort()).toEqual(outcome.read.keywords.map((k, i) => [k, stored[i]!.count]).sort());
    expect(Math.max(...counts.values())).toBe(2);
    // With the postings the records keep (schema v6), the new read's own id among them, and the count of reads.
    expect([...postings.entries()].sort()).toEqual(outcome.read.keywords.map((k, i) => [k, stored[i]!.ids]).sort());
    expect(Math.max(...[...postings.values()].map((ids) => ids.length))).toBe(2);
    for (const ids of postings.values()) expect(ids).toContain(outcome.read.id);
    expect(reads).toBe(2);
  });

  it('looks up in the save\'s own transaction, for a new read and a changed one (no report built afterwards)', async () => {
    await save(inventedSnapshot(0), 1_000);
    const first = inventedSnapshot(1);
    const transactions = vi.spyOn(db, 'transaction');
    const made = await saveWithReport(db, analyzeArticle(first), 2_000);
    expect(made.report?.related).toHaveLength(1);
    const again = await saveWithReport(db, analyzeArticle({ ...first, text: first.text.replace('450', '470') }), 3_000);
    expect(again.report?.articles.some((a) => a.previousVersion)).toBe(true);
    expect(transactions.mock.calls.map(([mode]) => mode)).toEqual(['rw', 'rw']);
    transactions.mockRestore();
  });

  it('keeps the read when its lookup fails, and builds the report after the save', async () => {
    // The lookup's load of its candidates' fingerprints (the save writes them, never reads them).
    const failing = vi.spyOn(db.storyFingerprints, 'bulkGet').mockImplementationOnce(() => Promise.reject(new Error('lookup broke')) as never);
    const made = await saveWithReport(db, analyzeArticle(inventedSnapshot(0)), 1_000);
    expect(failing).toHaveBeenCalled();
    expect(await db.reads.get(made.outcome.read.id)).toMatchObject({ canonicalUrl: inventedSnapshot(0).canonicalUrl });
    expect(made.report?.articles.map((a) => a.readId)).toEqual([made.outcome.read.id]);
  });
});

describe('reportFrom', () => {
  it('orders the related reads by when they were read, whatever order they come in', () => {
    const read = (snapshot: ArticleSnapshot, id: number, readAt: number): StoredRead => ({ ...analyzeArticle(snapshot), id, readAt, firstReadAt: readAt, version: 1, textHash: `h${id}`, engine: 0 });
    const older = read(inventedSnapshot(0), 1, 1_000);
    const newer = read({ ...inventedSnapshot(0), url: 'https://third.example/a', canonicalUrl: 'https://third.example/a', host: 'third.example' }, 2, 5_000);
    const current = read(inventedSnapshot(1), 3, 9_000);
    const report = reportFrom(current, [{ read: newer, score: 0.5, linkedByReader: false }, { read: older, score: 0.7, linkedByReader: true }], undefined);
    expect(report.articles.map((a) => [a.readId, a.score, a.linkedByReader, a.current])).toEqual([
      [1, 0.7, true, false],
      [2, 0.5, false, false],
      [3, 1, false, true],
    ]);
    expect(report.related).toEqual([
      { article: 0, score: 0.7 },
      { article: 1, score: 0.5 },
    ]);
  });
  it('lists a read sharing only common words as related but keeps its figures out of the cards, unless the reader linked it', () => {
    const read = (snapshot: ArticleSnapshot, id: number, readAt: number): StoredRead => ({ ...analyzeArticle(snapshot), id, readAt, firstReadAt: readAt, version: 1, textHash: `h${id}`, engine: 0 });
    const earlier = read(inventedSnapshot(0), 1, 1_000);
    const current = read(inventedSnapshot(1), 2, 2_000);
    const common = MIN_SHARED_SPECIFICITY - 0.01;
    const tolls = (rarestShared: number, linkedByReader: boolean) =>
      reportFrom(current, [{ read: earlier, score: 0.5, linkedByReader, rarestShared }], undefined).differences.map((d) => d.figures.map((f) => [f.article, f.value]));

    const weak = reportFrom(current, [{ read: earlier, score: 0.5, linkedByReader: false, rarestShared: common }], undefined);
    expect(weak.related).toEqual([{ article: 0, score: 0.5 }]);
    expect(weak.differences).toEqual([]);
    expect(weak.highlights).toEqual([]);
    expect(tolls(MIN_SHARED_SPECIFICITY, false)).toEqual([[[0, 120], [1, 450]]]);
    expect(tolls(common, true)).toEqual([[[0, 120], [1, 450]]]);
  });
});

describe('reportFrom: figures alike as card-link evidence', () => {
  afterEach(() => setCardLinkKnobs({ figures: MIN_SHARED_FIGURES }));
  // Two invented short reports of one invented loan tranche: no rare word in common, the tranche,
  // the programme's total and the forecast given alike, last year's growth given differently.
  const snap = (host: string, title: string, text: string): ArticleSnapshot => ({ url: `https://${host}/a`, canonicalUrl: `https://${host}/a`, site: host, host, title, byline: null, published: '2026-03-02T08:00:00Z', lang: 'ar', dir: 'rtl', text });
  const read = (snapshot: ArticleSnapshot, id: number): StoredRead => ({ ...analyzeArticle(snapshot), id, readAt: id * 1_000, firstReadAt: id * 1_000, version: 1, textHash: `h${id}`, engine: 0 });
  const earlier = read(snap('iqtisad.example', 'الصندوق يصرف شريحة جديدة لبلاد المثال', 'وافق صندوق النقد على صرف شريحة بقيمة 370 مليون دولار ضمن برنامج قيمته 2.8 مليار دولار، وتوقع أن يبلغ النمو 4.8% هذا العام، بعد نمو فعلي بلغ 5.7% في العام الماضي.'), 1);
  const current = read(snap('mal.example', 'الصندوق يشيد بتعافي اقتصاد بلاد المثال', 'أشاد صندوق النقد بتعافي الاقتصاد بعد موافقته على صرف 370 مليون دولار، ليصل ما صرف من البرنامج إلى 2.8 مليار دولار. ورفع الصندوق توقعاته للنمو هذا العام إلى 4.8%، فيما بلغ النمو الفعلي 5.6% في العام الماضي.'), 2);
  const growth = () => reportFrom(current, [{ read: earlier, score: 0.4, linkedByReader: false, rarestShared: MIN_SHARED_SPECIFICITY - 0.1 }], undefined).differences.map((d) => d.figures.map((f) => [f.article, f.value]));

  it('gives a read under the rare-word floor to the cards when it gives enough of the same figures', () => {
    setCardLinkKnobs({ figures: 2 });
    expect(growth()).toEqual([[[0, 5.7], [1, 5.6]]]);
    setCardLinkKnobs({ figures: 4 });
    expect(growth()).toEqual([]);
  });
});

describe('reportFrom: another body\'s notice of the same kind', () => {
  // Two invented notices on one frame: two bodies, each offering its own number of places.
  const snap = (host: string, title: string, text: string): ArticleSnapshot => ({ url: `https://${host}/n`, canonicalUrl: `https://${host}/n`, site: host, host, title, byline: null, published: '2026-03-02T08:00:00Z', lang: 'ar', dir: 'rtl', text });
  const read = (snapshot: ArticleSnapshot, id: number): StoredRead => ({ ...analyzeArticle(snapshot), id, readAt: id * 1_000, firstReadAt: id * 1_000, version: 1, textHash: `h${id}`, engine: 0 });
  const notice = (host: string, body: string, places: number, id: number) =>
    read(snap(host, `${body} تطرح ${places} وظيفة شاغرة للمواطنين`, `أعلنت ${body} عن توفر ${places} وظيفة شاغرة للمواطنين والمواطنات، ويبدأ التقديم الأسبوع المقبل عبر البوابة الإلكترونية.`), id);
  const cards = (current: StoredRead, earlier: StoredRead) =>
    reportFrom(current, [{ read: earlier, score: 0.6, linkedByReader: false, rarestShared: 1 }], undefined).differences.map((d) => d.figures.map((f) => f.value));

  it('lists it as related but gives none of its figures to the cards', () => {
    const earlier = notice('akhbar.example', 'هيئة الموانئ', 169, 1);
    const current = notice('sahifa.example', 'جامعة الساحل', 600, 2);
    expect(cards(current, earlier)).toEqual([]);
    // The same body's notice told by two outlets is one story.
    expect(cards(current, notice('akhbar.example', 'جامعة الساحل', 450, 1))).toEqual([[450, 600]]);
  });
});

describe('highlightsFor', () => {
  const figure = (article: number, claim: number, value: number): Figure => ({ article, claim, value, min: value, max: value, qualifier: 'exact', text: String(value), sentence: '', attribution: null });
  const difference = (conflict: boolean, figures: Figure[]): Difference => ({ topic: 'قتلى', kind: 'count', unit: null, conflict, reason: conflict ? 'contradiction' : 'different-sources', figures });

  function withTitleFigure(): AnalyzedArticle {
    const a = analyzeArticle({ ...inventedSnapshot(1), title: 'زلزال الساحل: 500 قتيل' });
    expect(a.claims.filter((c) => c.inTitle).map((c) => c.value)).toEqual([500]);
    return a;
  }

  it('marks each figure of the current article once, with the tone of its first difference, and none of the other articles', () => {
    const current = analyzeArticle(inventedSnapshot(1));
    const k = current.claims.findIndex((c) => c.text === '450');
    const items = highlightsFor(current, 1, [
      difference(false, [figure(0, 0, 120), figure(1, k, 450)]),
      difference(true, [figure(0, 1, 100), figure(1, k, 450)]),
    ]);
    expect(items).toEqual([{ id: `c${k}`, tone: 'differ', selector: expect.objectContaining({ exact: '450' }) }]);
  });

  it('describes a headline figure from the title, not from the text', () => {
    const current = withTitleFigure();
    const k = current.claims.findIndex((c) => c.inTitle);
    const [item] = highlightsFor(current, 0, [difference(true, [figure(0, k, 500), figure(1, 0, 120)])]);
    expect(item.selector).toEqual({ exact: '500', prefix: 'زلزال الساحل: ', suffix: ' قتيل' });
    expect(item.tone).toBe('conflict');
  });
});
