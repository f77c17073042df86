// The postings a rare keyword's record keeps (schema v6, lib/store/keyword-stats.ts): exactly the
// reads carrying it after every kind of write, none above POSTINGS_CAP, and a lookup that finds
// the same candidates with them as through the fingerprints' keyword index.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveWithReport } from '../../lib/pipeline/report/build';
import { analyzeArticle } from '../../lib/pipeline/analyze';
import { openDatabase, type StoredRead, type TabayyunDB } from '../../lib/store/db';
import { deleteEverything, deleteStory } from '../../lib/store/delete';
import { exportAll, importFile } from '../../lib/store/export';
import { putFingerprints } from '../../lib/store/fingerprints';
import { foldPendingKeywords, keywordLookupStats, PENDING_MAX, pendingReads, POSTINGS_CAP, READ_COUNT_KEY, readCount, rebuildKeywordStats } from '../../lib/store/keyword-stats';
import { candidateIds, deleteRead, lookupKeywords, POSTINGS_BUDGET, saveRead } from '../../lib/store/reads';
import { reanalyzeBatch } from '../../lib/store/reanalyze';
import { findRelatedReads } from '../../lib/store/related';
import { UNKNOWN_ENGINE } from '../../lib/store/schema';
import type { AnalyzedArticle, ArticleSnapshot } from '../../lib/types';
import { inventedSnapshot } from '../fixtures/invented-story';
import { expectPostingsExact } from './expect-postings';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`postings-${n++}`);
});
afterEach(() => db.delete());

const read = (url: string, keywords: string[], over: Partial<AnalyzedArticle> = {}) => makeArticle({ canonicalUrl: url, keywords, text: `نص ${url}`, ...over });

/** How many requests the fingerprints' keyword index gets while `run` runs. */
async function indexRequests<T>(run: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const where = vi.spyOn(db.storyFingerprints, 'where');
  try {
    const result = await run();
    const indexes: unknown[] = where.mock.calls.map(([index]) => index);
    return { result, requests: indexes.filter((index): index is string => index === 'keywords') };
  } finally {
    where.mockRestore();
  }
}

/** The related reads (ids and scores) of `current`, through the kept postings and through the index alone. */
async function bothWays(current: StoredRead) {
  const kept = (await findRelatedReads(db, current)).map((r) => [r.read.id, r.score]);
  const stats = await db.keywordStats.toArray();
  await db.keywordStats.bulkPut(stats.map(({ ids: _ids, ...s }) => s));
  const indexed = (await findRelatedReads(db, current)).map((r) => [r.read.id, r.score]);
  await db.keywordStats.bulkPut(stats);
  return { kept, indexed };
}

/** `count` reads carrying `keyword` (and one keyword of their own), added in bulk with their fingerprints and records. */
async function bulkReads(count: number, keyword: string): Promise<number[]> {
  const records = Array.from({ length: count }, (_, i) => ({ ...read(`https://bulk.test/${i}`, [keyword, `وحيد${i}`]), firstReadAt: 1, readAt: 1, version: 1, textHash: `h${i}`, engine: 0 }));
  const ids = (await db.reads.bulkAdd(records as StoredRead[], { allKeys: true })) as number[];
  await putFingerprints(db, records.map((r, i) => ({ ...r, id: ids[i] })));
  await rebuildKeywordStats(db);
  return ids;
}

describe('kept postings', () => {
  it('stay exact through new, re-analysed, changed and deleted reads, ids in order wherever the read sits', async () => {
    const a = await saveRead(db, read('https://a.test/1', ['زلزال', 'الحوز']), 1000);
    const b = await saveRead(db, read('https://b.test/1', ['زلزال', 'مراكش', 'مراكش']), 1100);
    const c = await saveRead(db, read('https://c.test/1', ['مراكش', 'تارودانت']), 1200);
    await expectPostingsExact(db);
    expect((await db.keywordStats.get('مراكش'))?.ids).toEqual([b.read.id, c.read.id]);

    // The first read changes its text and now carries what the later ones carry: its id goes in front.
    await saveRead(db, read('https://a.test/1', ['مراكش', 'تارودانت'], { text: 'نص آخر' }), 2000);
    expect((await db.keywordStats.get('مراكش'))?.ids).toEqual([a.read.id, b.read.id, c.read.id]);
    expect(await db.keywordStats.get('الحوز')).toBeUndefined();
    await expectPostingsExact(db);

    // A re-read of the same text an older engine analysed takes the new keywords.
    await db.reads.update(b.read.id, { engine: UNKNOWN_ENGINE });
    await saveRead(db, read('https://b.test/1', ['الحوز', 'مراكش']), 2100);
    await expectPostingsExact(db);

    // The background re-analysis.
    await db.reads.update(c.read.id, { engine: UNKNOWN_ENGINE });
    const analyze = (s: ArticleSnapshot): AnalyzedArticle => ({ ...s, claims: [], keywords: ['زلزال', 'الحوز'], entities: [] });
    await reanalyzeBatch(db, { analyze });
    expect((await db.keywordStats.get('الحوز'))?.ids).toEqual([b.read.id, c.read.id]);
    await expectPostingsExact(db);

    // The middle read goes.
    await deleteRead(db, b.read.id);
    expect((await db.keywordStats.get('مراكش'))?.ids).toEqual([a.read.id]);
    await expectPostingsExact(db);
  });

  it('stay exact when a story goes, when everything goes, and through an import that adds and merges', async () => {
    const ids: number[] = [];
    const t = Date.UTC(2024, 4, 1);
    for (let i = 0; i < 4; i++) ids.push((await saveRead(db, read(`https://a.test/${i}`, ['حريق', 'سوق', `خاص${i % 2}`]), t + 1000 + i)).read.id);
    await saveRead(db, read('https://b.test/1', ['سوق', 'كتاب']), t + 2000);
    const file = JSON.parse(JSON.stringify(await exportAll(db, t + 3000)));

    await deleteStory(db, [ids[0], ids[2]]);
    expect((await db.keywordStats.get('حريق'))?.ids).toEqual([ids[1], ids[3]]);
    expect(await db.keywordStats.get('خاص0')).toBeUndefined();
    await expectPostingsExact(db);

    // A file where a read left was read again later, with another text and other keywords: the
    // import makes that text current here. The two reads deleted come back as new reads.
    const other = openDatabase(`postings-other-${n++}`);
    await saveRead(other, read('https://a.test/1', ['حريق', 'سوق', 'خاص1']), t + 1001);
    await saveRead(other, read('https://a.test/1', ['جديد', 'سوق'], { text: 'نص آخر' }), t + 5000);
    const later = JSON.parse(JSON.stringify(await exportAll(other, t + 6000)));
    await other.delete();
    expect(await importFile(db, later)).toMatchObject({ added: 0, updated: 1 });
    expect((await db.keywordStats.get('حريق'))?.ids).toEqual([ids[3]]);
    expect((await db.keywordStats.get('جديد'))?.ids).toEqual([ids[1]]);
    await expectPostingsExact(db);
    expect(await importFile(db, file)).toMatchObject({ added: 2 });
    expect((await db.keywordStats.get('حريق'))?.count).toBe(3);
    await expectPostingsExact(db);

    await deleteEverything(db);
    expect(await db.keywordStats.count()).toBe(0);
    await importFile(db, file);
    await expectPostingsExact(db);
  });

  it('are rebuilt exact from the reads', async () => {
    for (let i = 0; i < 3; i++) await saveRead(db, read(`https://a.test/${i}`, ['حريق', `خاص${i}`]), 1000 + i);
    await db.keywordStats.clear();
    await rebuildKeywordStats(db);
    await expectPostingsExact(db);
    expect(await db.keywordStats.get(READ_COUNT_KEY)).toEqual({ keyword: READ_COUNT_KEY, count: 3 });
  });

  it('are handed by a save to its lookup, which then asks the index for nothing', async () => {
    await saveRead(db, analyzeArticle(inventedSnapshot(0)), 1000);
    const { result, requests } = await indexRequests(() => saveWithReport(db, analyzeArticle(inventedSnapshot(1)), 2000));
    expect(result.report?.related).toHaveLength(1);
    expect(requests).toEqual([]);
    // Nor does a lookup that reads them from the store.
    const current = result.outcome.read;
    const again = await indexRequests(() => findRelatedReads(db, current));
    expect(again.result.map((r) => r.read.id)).toEqual(result.report?.articles.filter((a) => !a.current).map((a) => a.readId));
    expect(again.requests).toEqual([]);
    const { kept, indexed } = await bothWays(current);
    expect(kept).toEqual(indexed);
  });
});

describe('POSTINGS_CAP', () => {
  it('keeps the postings of every keyword a lookup may query past its three rarest', () => {
    // lookupKeywords counts a keyword's postings without the current read: past the first three,
    // a keyword is queried only if those fit the budget.
    expect(POSTINGS_CAP).toBeGreaterThanOrEqual(POSTINGS_BUDGET + 1);
    const freq = new Map([['نادر', 2], ['قليل', 5], ['متوسط', 40], ['حد', POSTINGS_BUDGET - 47]]);
    expect(lookupKeywords([...freq.keys()], freq)).toEqual(['نادر', 'قليل', 'متوسط', 'حد']);
  });

  it('drops a keyword\'s postings above the cap, the lookup then asks the index for it alone, and gets them back below', async () => {
    const bulk = await bulkReads(POSTINGS_CAP, 'شائع');
    expect((await db.keywordStats.get('شائع'))?.ids).toEqual(bulk);
    await expectPostingsExact(db);

    const story = ['شائع', 'كيربي', 'بيونغ'];
    const x = await saveRead(db, read('https://x.test/1', story), 2000);
    expect(await db.keywordStats.get('شائع')).toEqual({ keyword: 'شائع', count: POSTINGS_CAP + 1 });
    await expectPostingsExact(db);
    const y = await saveRead(db, read('https://y.test/1', story), 2100);
    const stats = await keywordLookupStats(db, story);
    expect([...stats.postings.keys()].sort()).toEqual(['بيونغ', 'كيربي']);
    // Three keywords are always queried: the common one through the index, the two rare ones from their records.
    const { result, requests } = await indexRequests(() => candidateIds(db, story, y.read.id, 30, POSTINGS_BUDGET, stats.counts, stats.postings));
    expect(requests).toHaveLength(1);
    expect(result[0]).toBe(x.read.id);
    const { kept, indexed } = await bothWays(y.read);
    expect(kept).toEqual(indexed);
    expect(kept.map(([id]) => id)).toEqual([x.read.id]);

    // Back under the cap (a deletion, then a changed read): the postings come back from the index.
    await deleteRead(db, bulk[0]);
    await deleteRead(db, bulk[1]);
    expect((await db.keywordStats.get('شائع'))?.ids).toEqual([...bulk.slice(2), x.read.id, y.read.id]);
    await expectPostingsExact(db);
    await saveRead(db, read('https://z.test/1', ['شائع']), 2200);
    await saveRead(db, read('https://z.test/1', ['غيره'], { text: 'نص جديد' }), 2300);
    await expectPostingsExact(db);
  });

  it('a record kept without postings below the cap (a bulk writer\'s) sends the lookup to the index, and gets them back on its next write', async () => {
    const a = await saveRead(db, read('https://a.test/1', ['زلزال', 'الحوز', 'مراكش']), 1000);
    const b = await saveRead(db, read('https://b.test/1', ['زلزال', 'الحوز', 'مراكش']), 1100);
    await db.keywordStats.bulkPut([
      { keyword: 'زلزال', count: 2 },
      { keyword: 'الحوز', count: 2 },
    ]);
    const { result, requests } = await indexRequests(() => findRelatedReads(db, b.read));
    expect(result.map((r) => r.read.id)).toEqual([a.read.id]);
    expect(requests).toHaveLength(2);
    const c = await saveRead(db, read('https://c.test/1', ['زلزال']), 1200);
    expect((await db.keywordStats.get('زلزال'))?.ids).toEqual([a.read.id, b.read.id, c.read.id]);
  });
});

describe('pending reads (schema v7)', () => {
  /** The reads saved one by one with saveRead into a store of their own, and the last one's related reads there (ids by URL, scores). */
  async function relatedApart(articles: AnalyzedArticle[]) {
    const other = openDatabase(`postings-apart-${n++}`);
    try {
      let last: StoredRead | undefined;
      for (const [i, a] of articles.entries()) last = (await saveRead(other, a, 1000 + i)).read;
      return (await findRelatedReads(other, last!)).map((r) => [r.read.canonicalUrl, r.score]);
    } finally {
      await other.delete();
    }
  }

  it('a read saved with its report writes its pending record, not its keyword records; every reader of the counts sees it counted, until it is counted in', async () => {
    const a = await saveRead(db, read('https://a.test/1', ['زلزال', 'الحوز']), 1000);
    const puts = vi.spyOn(db.keywordStats, 'put');
    const bulkPuts = vi.spyOn(db.keywordStats, 'bulkPut');
    const b = await saveWithReport(db, read('https://b.test/1', ['زلزال', 'مراكش']), 1100);
    expect(puts).toHaveBeenCalledTimes(1);
    expect(bulkPuts).not.toHaveBeenCalled();
    puts.mockRestore();
    bulkPuts.mockRestore();
    expect(await pendingReads(db)).toEqual([{ id: b.outcome.read.id, keywords: ['زلزال', 'مراكش'] }]);
    // The records still count the first read alone; what a lookup sees counts both.
    expect(await db.keywordStats.get('زلزال')).toEqual({ keyword: 'زلزال', count: 1, ids: [a.read.id] });
    expect(await db.keywordStats.get('مراكش')).toBeUndefined();
    expect(await readCount(db)).toBe(2);
    await expectPostingsExact(db);
    // What the save handed its lookup is what the store gives.
    expect(await keywordLookupStats(db, b.outcome.read.keywords)).toEqual(b.outcome.keywordCounts);
    await foldPendingKeywords(db);
    expect(await pendingReads(db)).toEqual([]);
    expect(await db.keywordStats.get('زلزال')).toEqual({ keyword: 'زلزال', count: 2, ids: [a.read.id, b.outcome.read.id] });
    expect(await db.keywordStats.get(READ_COUNT_KEY)).toEqual({ keyword: READ_COUNT_KEY, count: 2 });
    await expectPostingsExact(db);
    // Counting in again changes nothing.
    await foldPendingKeywords(db);
    await expectPostingsExact(db);
  });

  it('with several reads pending, a lookup finds the same related reads, with the same scores, as a store that counted each in its save', async () => {
    const articles = [
      analyzeArticle(inventedSnapshot(0)),
      read('https://c.test/1', ['زلزال', 'الحوز', 'مراكش', 'تارودانت']),
      read('https://d.test/1', ['زلزال', 'الحوز', 'مراكش']),
      analyzeArticle({ ...inventedSnapshot(1), url: 'https://e.test/1', canonicalUrl: 'https://e.test/1' }),
      analyzeArticle(inventedSnapshot(1)),
    ];
    await saveRead(db, articles[0], 1000);
    let last: StoredRead | undefined;
    for (const [i, a] of articles.slice(1).entries()) last = (await saveWithReport(db, a, 1001 + i)).outcome.read;
    expect(await pendingReads(db)).toHaveLength(4);
    await expectPostingsExact(db);
    const here = async () => {
      const found = await findRelatedReads(db, last!);
      return found.map((r) => [r.read.canonicalUrl, r.score]);
    };
    const apart = await relatedApart(articles);
    expect(apart.length).toBeGreaterThan(0);
    expect(await here()).toEqual(apart);
    const { kept, indexed } = await bothWays(last!);
    expect(kept).toEqual(indexed);
    await foldPendingKeywords(db);
    expect(await pendingReads(db)).toEqual([]);
    await expectPostingsExact(db);
    expect(await here()).toEqual(apart);
  });

  it('every other write counts the pending reads in first: a changed text, a re-analysis, a deletion, a story deleted, an import', async () => {
    const t = Date.UTC(2024, 4, 1);
    const pend = async (url: string, keywords: string[], at: number) => (await saveWithReport(db, read(url, keywords), at)).outcome.read.id;
    const a = await pend('https://a.test/1', ['حريق', 'سوق'], t);
    const b = await pend('https://b.test/1', ['حريق', 'مخبز'], t + 1);
    // A changed text of a pending read.
    await saveRead(db, read('https://a.test/1', ['حريق', 'ميناء'], { text: 'نص آخر' }), t + 2);
    expect(await pendingReads(db)).toEqual([]);
    await expectPostingsExact(db);
    expect((await db.keywordStats.get('حريق'))?.ids).toEqual([a, b]);

    // A re-analysis.
    const c = await pend('https://c.test/1', ['حريق', 'سوق'], t + 3);
    await db.reads.update(c, { engine: UNKNOWN_ENGINE });
    await reanalyzeBatch(db, { analyze: (snap: ArticleSnapshot): AnalyzedArticle => ({ ...snap, claims: [], keywords: ['سوق', 'جمرك'], entities: [] }) });
    expect(await pendingReads(db)).toEqual([]);
    await expectPostingsExact(db);

    // A deletion of a pending read, and of one counted already.
    const d = await pend('https://d.test/1', ['حريق', 'جمرك'], t + 4);
    await deleteRead(db, d);
    expect(await pendingReads(db)).toEqual([]);
    await expectPostingsExact(db);
    await pend('https://e.test/1', ['حريق'], t + 5);
    await deleteRead(db, b);
    await expectPostingsExact(db);
    expect((await db.keywordStats.get('حريق'))?.count).toBe(2);

    // A story deleted while one of its reads is pending.
    const f = await pend('https://f.test/1', ['حريق', 'سوق'], t + 6);
    expect(await deleteStory(db, [a, f])).toBe(2);
    await expectPostingsExact(db);

    // An import while a read is pending.
    const file = JSON.parse(JSON.stringify(await exportAll(db, t + 7)));
    await pend('https://g.test/1', ['حريق', 'سوق'], t + 8);
    await deleteEverything(db);
    expect(await pendingReads(db)).toEqual([]);
    await pend('https://g.test/1', ['حريق', 'سوق'], t + 9);
    expect(await importFile(db, file)).toMatchObject({ added: 2 });
    expect(await pendingReads(db)).toEqual([]);
    await expectPostingsExact(db);
  });

  it('a keyword the pending reads take above the cap keeps no postings: the lookup asks the index, as with the records rewritten', async () => {
    const bulk = await bulkReads(POSTINGS_CAP - 1, 'شائع');
    const story = ['شائع', 'كيربي', 'بيونغ'];
    const x = await saveWithReport(db, read('https://x.test/1', story), 2000);
    // At the cap exactly: still kept, the pending read among them.
    expect((await keywordLookupStats(db, ['شائع'])).postings.get('شائع')).toEqual([...bulk, x.outcome.read.id]);
    const y = await saveWithReport(db, read('https://y.test/1', story), 2100);
    expect(y.outcome.keywordCounts?.counts.get('شائع')).toBe(POSTINGS_CAP + 1);
    expect(y.outcome.keywordCounts?.postings.has('شائع')).toBe(false);
    expect(y.report?.related.map((r) => y.report!.articles[r.article].readId)).toEqual([x.outcome.read.id]);
    await expectPostingsExact(db);
    const { kept, indexed } = await bothWays(y.outcome.read);
    expect(kept).toEqual(indexed);
    await foldPendingKeywords(db);
    expect(await db.keywordStats.get('شائع')).toEqual({ keyword: 'شائع', count: POSTINGS_CAP + 1 });
    await expectPostingsExact(db);
    // Back under the cap while a read is pending: the deletion counts it in, then takes the postings from the index.
    const z = await saveWithReport(db, read('https://z.test/1', ['شائع']), 2200);
    await deleteRead(db, bulk[0]);
    await deleteRead(db, bulk[1]);
    expect((await db.keywordStats.get('شائع'))?.ids).toEqual([...bulk.slice(2), x.outcome.read.id, y.outcome.read.id, z.outcome.read.id]);
    await expectPostingsExact(db);
  });

  it('a record kept without postings below the cap stays so for the lookup, and gets them from the index when the pending reads are counted in', async () => {
    const a = await saveRead(db, read('https://a.test/1', ['زلزال', 'الحوز']), 1000);
    await db.keywordStats.put({ keyword: 'زلزال', count: 1 });
    const b = await saveWithReport(db, read('https://b.test/1', ['زلزال', 'الحوز']), 1100);
    expect(b.outcome.keywordCounts?.postings.has('زلزال')).toBe(false);
    expect(b.outcome.keywordCounts?.postings.get('الحوز')).toEqual([a.read.id, b.outcome.read.id]);
    expect(b.report?.related).toHaveLength(1);
    await expectPostingsExact(db);
    await foldPendingKeywords(db);
    expect(await db.keywordStats.get('زلزال')).toEqual({ keyword: 'زلزال', count: 2, ids: [a.read.id, b.outcome.read.id] });
    await expectPostingsExact(db);
  });

  it(`at most ${PENDING_MAX} reads stay pending: a save that finds that many counts them in, and itself`, async () => {
    const ids: number[] = [];
    for (let i = 0; i < PENDING_MAX; i++) ids.push((await saveWithReport(db, read(`https://p.test/${i}`, ['تلوث', `خاص${i}`]), 1000 + i)).outcome.read.id);
    expect(await pendingReads(db)).toHaveLength(PENDING_MAX);
    await expectPostingsExact(db);
    const last = await saveWithReport(db, read('https://p.test/last', ['تلوث', 'خاص']), 2000);
    expect(last.outcome.status).toBe('new');
    expect(await pendingReads(db)).toEqual([]);
    expect((await db.keywordStats.get('تلوث'))?.ids).toEqual([...ids, last.outcome.read.id]);
    expect(last.report?.related).toHaveLength(0);
    await expectPostingsExact(db);
  });
});
