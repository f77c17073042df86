import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { setStoryLink, storyLinksOf } from '../../lib/store/links';
import { candidateIds, deleteRead, lookupKeywords, previousVersion, saveRead } from '../../lib/store/reads';
import { makeArticle } from './make-article';
import { ENGINE_VERSION } from '../../lib/pipeline/analyze';
import { UNKNOWN_ENGINE } from '../../lib/store/schema';
import { READ_COUNT_KEY, readCount } from '../../lib/store/keyword-stats';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`test-${n++}`);
});
afterEach(() => db.delete());

describe('saveRead', () => {
  it('stores a first read with its text, metadata and read time', async () => {
    const out = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'أ' }), 1000);
    expect(out.status).toBe('new');
    const stored = await db.reads.get(out.read.id);
    expect(stored).toMatchObject({ canonicalUrl: 'https://a.test/1', text: 'أ', readAt: 1000, firstReadAt: 1000, version: 1 });
  });

  it('re-reading the same URL with the same text updates the read time, never duplicates', async () => {
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص' }), 1000);
    const b = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص' }), 2000);
    expect(b.status).toBe('same');
    expect(b.read.id).toBe(a.read.id);
    expect(await db.reads.count()).toBe(1);
    expect((await db.reads.get(a.read.id))?.readAt).toBe(2000);
    expect(await db.versions.count()).toBe(0);
  });

  it('records the engine that analysed each read; re-reading a text an older engine analysed takes the new analysis', async () => {
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص', keywords: ['قديم'] }), 1000);
    expect((await db.reads.get(a.read.id))?.engine).toBe(ENGINE_VERSION);
    await db.reads.update(a.read.id, { engine: UNKNOWN_ENGINE });
    const b = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص', keywords: ['جديد'] }), 2000);
    expect(b.status).toBe('same');
    expect(await db.reads.get(a.read.id)).toMatchObject({ engine: ENGINE_VERSION, keywords: ['جديد'], version: 1, readAt: 2000 });
    expect(await db.keywordStats.get('قديم')).toBeUndefined();
    expect((await db.keywordStats.get('جديد'))?.count).toBe(1);
    // With the current engine, a re-read keeps the stored analysis.
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'نص', keywords: ['ثالث'] }), 3000);
    expect((await db.reads.get(a.read.id))?.keywords).toEqual(['جديد']);
  });

  it('a changed text becomes a new version and the earlier one is kept', async () => {
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'قتل 30 شخصا' }), 1000);
    const b = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/1', text: 'قتل 45 شخصا' }), 5000);
    expect(b.status).toBe('changed');
    expect(await db.reads.count()).toBe(1);
    const current = await db.reads.get(a.read.id);
    expect(current).toMatchObject({ text: 'قتل 45 شخصا', version: 2, firstReadAt: 1000, readAt: 5000 });
    const prev = await previousVersion(db, a.read.id);
    expect(prev).toMatchObject({ readId: a.read.id, text: 'قتل 30 شخصا', version: 1, readAt: 1000 });
  });

  it('previousVersion returns the latest of several earlier versions', async () => {
    for (const [i, text] of ['نص 1', 'نص 2', 'نص 3'].entries()) await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/v', text }), i);
    const read = await db.reads.where('canonicalUrl').equals('https://a.test/v').first();
    expect((await previousVersion(db, read!.id))?.text).toBe('نص 2');
  });
});

describe('candidateIds', () => {
  it('returns reads sharing at least two keywords, most shared first, never the read itself', async () => {
    const cur = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/cur', keywords: ['كوري', 'جندي', 'روسي', 'معاهد'] }));
    const best = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/best', keywords: ['كوري', 'جندي', 'روسي', 'بوتين'] }));
    const some = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/some', keywords: ['كوري', 'معاهد', 'زلزال'] }));
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/one', keywords: ['كوري', 'ذهب'] }));
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/none', keywords: ['زلزال', 'مغرب'] }));
    const found = await candidateIds(db, cur.read.keywords, cur.read.id);
    expect(found).toEqual([best.read.id, some.read.id]);
  });

  it('ranks a read sharing rare keywords above one sharing as many common ones', async () => {
    // Ten reads carry the two common keywords; one earlier read shares the two rare ones.
    const rare = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/rare', keywords: ['قزحلان', 'برمونة', 'سدريك'] }));
    for (let i = 0; i < 10; i++) await saveRead(db, makeArticle({ canonicalUrl: `https://a.test/c${i}`, keywords: ['حكوم', 'رييس', `خبر${i}`] }));
    const cur = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/cur', keywords: ['قزحلان', 'برمونة', 'حكوم', 'رييس'] }));
    const found = await candidateIds(db, cur.read.keywords, cur.read.id, 3);
    expect(found[0]).toBe(rare.read.id);
    expect(found).toHaveLength(3);
  });

  it('returns nothing for an article without keywords', async () => {
    expect(await candidateIds(db, [], 1)).toEqual([]);
  });
});

describe('story links and deletion', () => {
  it('remembers a decision in either direction and forgets it when a read is deleted', async () => {
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/a' }));
    const b = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/b' }));
    await setStoryLink(db, b.read.id, a.read.id, false);
    expect((await storyLinksOf(db, a.read.id)).get(b.read.id)).toBe(false);
    await setStoryLink(db, a.read.id, b.read.id, true);
    expect((await storyLinksOf(db, b.read.id)).get(a.read.id)).toBe(true);
    expect(await db.storyLinks.count()).toBe(1);
    await deleteRead(db, b.read.id);
    expect(await db.reads.count()).toBe(1);
    expect((await storyLinksOf(db, a.read.id)).size).toBe(0);
  });
});

describe('keyword statistics and the rarest-keyword lookup', () => {
  it('counts reads per keyword, and the reads themselves, through new, changed and deleted reads', async () => {
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/a', text: '1', keywords: ['زلزال', 'الحوز'] }));
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/b', text: '1', keywords: ['زلزال', 'مراكش'] }));
    expect(Object.fromEntries((await db.keywordStats.toArray()).map((s) => [s.keyword, s.count]))).toEqual({ [READ_COUNT_KEY]: 2, زلزال: 2, الحوز: 1, مراكش: 1 });
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/a', text: '2', keywords: ['زلزال', 'تارودانت'] }));
    expect(Object.fromEntries((await db.keywordStats.toArray()).map((s) => [s.keyword, s.count]))).toEqual({ [READ_COUNT_KEY]: 2, زلزال: 2, تارودانت: 1, مراكش: 1 });
    await deleteRead(db, a.read.id);
    expect(Object.fromEntries((await db.keywordStats.toArray()).map((s) => [s.keyword, s.count]))).toEqual({ [READ_COUNT_KEY]: 1, زلزال: 1, مراكش: 1 });
    expect(await readCount(db)).toBe(1);
  });

  it('finds a story through its rare keywords without walking every read that shares a common one', async () => {
    // 40 unrelated reads all carry the common keywords; three reads share the rare names.
    for (let i = 0; i < 40; i++) await saveRead(db, makeArticle({ canonicalUrl: `https://a.test/n${i}`, keywords: ['رئيس', '@russia', `خبر${i}`, `موضوع${i}`] }));
    const story = ['كيربي', 'بيونغ', 'معاهد', 'رئيس', '@russia'];
    const x = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/x', keywords: story }));
    const y = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/y', keywords: story }));
    // With room for 40 postings the common keywords are not queried at all.
    expect(await candidateIds(db, story, x.read.id, 50, 40)).toEqual([y.read.id]);
    // With room for everything, the story's read still comes first.
    expect((await candidateIds(db, story, x.read.id))[0]).toBe(y.read.id);
  });

  it('queries the rarest keywords first and leaves common ones out once the budget is spent', () => {
    const freq = new Map([['رئيس', 5000], ['@russia', 4000], ['كيربي', 3], ['بيونغ', 12], ['معاهد', 40], ['نادر', 0]]);
    expect(lookupKeywords(['رئيس', '@russia', 'كيربي', 'بيونغ', 'معاهد', 'نادر'], freq, 1000)).toEqual(['كيربي', 'بيونغ', 'معاهد']);
    // At least three keywords are always queried, however common.
    expect(lookupKeywords(['رئيس', '@russia', 'كيربي'], freq, 10)).toEqual(['كيربي', '@russia', 'رئيس']);
  });
});
