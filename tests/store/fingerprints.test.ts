// The story fingerprints a lookup scores on (lib/store/fingerprints.ts) must always be what the
// read itself holds now: after a first read, a re-read, a re-analysis by a new engine, an import
// and every kind of deletion; they hold the keyword index a lookup finds its candidates by.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStoryReport } from '../../lib/pipeline/report/build';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { deleteEverything, deleteStory } from '../../lib/store/delete';
import { exportAll, importFile } from '../../lib/store/export';
import { fingerprintOf, fingerprintsOf } from '../../lib/store/fingerprints';
import { readCount } from '../../lib/store/keyword-stats';
import { deleteRead, saveRead } from '../../lib/store/reads';
import { reanalyzeBatch } from '../../lib/store/reanalyze';
import { findRelatedReads } from '../../lib/store/related';
import { UNKNOWN_ENGINE } from '../../lib/store/schema';
import type { AnalyzedArticle, ArticleSnapshot } from '../../lib/types';
import { expectPostingsExact } from './expect-postings';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`fingerprints-${n++}`);
});
afterEach(() => db.delete());

/** Every stored fingerprint against the fingerprint of the read as stored now. */
async function expectInStep(d: TabayyunDB = db): Promise<void> {
  const reads = await d.reads.toArray();
  const prints = await d.storyFingerprints.toArray();
  expect(prints.sort((a, b) => a.id - b.id)).toEqual(reads.map(fingerprintOf).sort((a, b) => a.id - b.id));
  // The count of reads a lookup scores with is kept by the same paths, and the postings of
  // rare keywords (schema v6).
  expect(await readCount(d)).toBe(reads.length);
  await expectPostingsExact(d);
}

// An invented story: a market fire in an invented town, told by two outlets, and an unrelated read.
const fire = (url: string, over: Partial<AnalyzedArticle> = {}) =>
  makeArticle({
    canonicalUrl: url,
    title: 'حريق في سوق بلدة الوادي الأخضر',
    keywords: ['حريق', 'سوق', 'وادي', 'اخضر', 'اطفاء', 'تجار'],
    entities: ['place:وادي اخضر'],
    published: '2024-05-01T10:00:00Z',
    ...over,
  });
const other = (url: string) =>
  makeArticle({ canonicalUrl: url, title: 'افتتاح معرض للكتاب', keywords: ['معرض', 'كتاب', 'ناشر', 'سوق'], entities: [], published: '2024-05-01T09:00:00Z' });

describe('story fingerprints', () => {
  it('are written with a first read, follow a changed text and leave with a deleted read', async () => {
    const a = await saveRead(db, fire('https://a.test/1', { text: 'نص أول' }), 1000);
    await saveRead(db, other('https://b.test/1'), 1000);
    await expectInStep();
    expect(await db.storyFingerprints.get(a.read.id)).toEqual({ id: a.read.id, keywords: fire('x').keywords, entities: ['place:وادي اخضر'], title: 'حريق في سوق بلدة الوادي الأخضر', published: '2024-05-01T10:00:00Z' });

    await saveRead(db, fire('https://a.test/1', { text: 'نص ثان', title: 'ارتفاع خسائر حريق سوق الوادي الأخضر', keywords: ['حريق', 'خسائر'] }), 2000);
    expect((await db.storyFingerprints.get(a.read.id))?.keywords).toEqual(['حريق', 'خسائر']);
    expect((await db.storyFingerprints.get(a.read.id))?.title).toBe('ارتفاع خسائر حريق سوق الوادي الأخضر');
    await expectInStep();

    await deleteRead(db, a.read.id);
    expect(await db.storyFingerprints.get(a.read.id)).toBeUndefined();
    await expectInStep();
  });

  it('take the new analysis when a re-read or the background re-analysis replaces an older engine\'s', async () => {
    const a = await saveRead(db, fire('https://a.test/1', { keywords: ['قديم'] }), 1000);
    await db.reads.update(a.read.id, { engine: UNKNOWN_ENGINE });
    await saveRead(db, fire('https://a.test/1', { keywords: ['جديد'] }), 2000);
    expect((await db.storyFingerprints.get(a.read.id))?.keywords).toEqual(['جديد']);

    const b = await saveRead(db, fire('https://b.test/1', { keywords: ['قبل'], entities: [] }), 1000);
    await db.reads.update(b.read.id, { engine: UNKNOWN_ENGINE });
    const analyze = (s: ArticleSnapshot): AnalyzedArticle => ({ ...s, claims: [], keywords: ['بعد', 'حريق'], entities: ['place:وادي اخضر'] });
    await reanalyzeBatch(db, { analyze });
    expect(await db.storyFingerprints.get(b.read.id)).toMatchObject({ keywords: ['بعد', 'حريق'], entities: ['place:وادي اخضر'] });
    await expectInStep();
  });

  it('are deleted with a story and with everything, and written for every imported read', async () => {
    const ids = [];
    const t = Date.UTC(2024, 4, 1);
    for (let i = 0; i < 3; i++) ids.push((await saveRead(db, fire(`https://a.test/${i}`), t + i)).read.id);
    await saveRead(db, other('https://b.test/1'), t + 10);
    const file = JSON.parse(JSON.stringify(await exportAll(db, t + 20)));

    await deleteStory(db, ids.slice(0, 2));
    expect(await db.storyFingerprints.bulkGet(ids)).toEqual([undefined, undefined, expect.objectContaining({ id: ids[2] })]);
    await expectInStep();

    await deleteEverything(db);
    expect(await db.storyFingerprints.count()).toBe(0);

    await importFile(db, file);
    expect(await db.storyFingerprints.count()).toBe(4);
    await expectInStep();
  });

  it('are given in the order asked, a deleted read left out', async () => {
    const a = await saveRead(db, fire('https://a.test/1'), 1000);
    const b = await saveRead(db, other('https://b.test/1'), 1000);
    const c = await saveRead(db, fire('https://c.test/1'), 1000);
    await deleteRead(db, c.read.id);
    const got = await fingerprintsOf(db, [b.read.id, c.read.id, a.read.id]);
    expect(got.map((f) => f.id)).toEqual([b.read.id, a.read.id]);
    expect(got[0]).toMatchObject({ title: 'افتتاح معرض للكتاب', keywords: other('x').keywords });
  });

  it('hold the keyword index: a lookup without kept postings finds a read by the keywords of its fingerprint', async () => {
    const a = await saveRead(db, fire('https://a.test/1'), 1000);
    await saveRead(db, other('https://b.test/1'), 1100);
    await saveRead(db, fire('https://c.test/1', { title: 'خسائر كبيرة في حريق سوق الوادي الأخضر' }), 1200);
    const current = (await saveRead(db, fire('https://d.test/1'), 1300)).read;
    expect((await findRelatedReads(db, current)).map((r) => r.read.canonicalUrl).sort()).toEqual(['https://a.test/1', 'https://c.test/1']);
    expect((await buildStoryReport(db, current.id))?.articles).toHaveLength(3);
    // Rare keywords keep their postings (schema v6); without them the lookup asks the index and
    // finds the same reads.
    await db.keywordStats.toCollection().modify((s) => void delete s.ids);
    expect((await findRelatedReads(db, current)).map((r) => r.read.canonicalUrl).sort()).toEqual(['https://a.test/1', 'https://c.test/1']);
    // Emptied in the fingerprint alone (the read keeps its keywords), the read is then no longer a candidate.
    await db.storyFingerprints.update(a.read.id, { keywords: [] });
    expect((await findRelatedReads(db, current)).map((r) => r.read.canonicalUrl)).toEqual(['https://c.test/1']);
  });
});
