import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { exportAll, exportFileName, ImportError, importFile, type ExportFile } from '../../lib/store/export';
import { setStoryLink, storyLinksOf } from '../../lib/store/links';
import { previousVersion, saveRead } from '../../lib/store/reads';
import { UNKNOWN_ENGINE } from '../../lib/store/schema';
import type { Claim } from '../../lib/types';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let name: string;
let n = 0;
beforeEach(() => {
  name = `export-${n++}`;
  db = openDatabase(name);
});
afterEach(() => db.delete());

const claim = (text: string, q: string, value: number): Claim => {
  const start = text.indexOf(q);
  return {
    text: q, start, end: start + q.length, value, min: value, max: value, qualifier: 'exact', kind: 'count', unit: 'شخص',
    sentence: text, sentenceStart: 0, comparable: true, attribution: 'الدفاع المدني', concept: 'injured', entities: ['مدينة'], rate: null, modality: 'count',
  };
};

/** A small history: one read with two earlier texts, two other reads, two decisions. */
async function fill(target: TabayyunDB) {
  const texts = ['أصيب 20 شخصا في انهيار مبنى', 'أصيب 35 شخصا في انهيار مبنى', 'أصيب 41 شخصا في انهيار مبنى'];
  let t = 1_700_000_000_000;
  for (const [i, text] of texts.entries()) {
    await saveRead(target, makeArticle({ canonicalUrl: 'https://one.test/building', host: 'one.test', site: 'الأولى', text, claims: [claim(text, `${[20, 35, 41][i]} شخصا`, [20, 35, 41][i])], keywords: ['انهيار', 'مبنى'], published: '2024-01-02T03:04:05Z' }), (t += 3_600_000));
  }
  const two = 'قال الدفاع المدني إن نحو 40 شخصا أصيبوا';
  const b = await saveRead(target, makeArticle({ canonicalUrl: 'https://two.test/b', host: 'two.test', site: 'الثانية', byline: 'كاتب', text: two, claims: [claim(two, '40 شخصا', 40)], keywords: ['انهيار', 'مبنى', 'دفاع'] }), (t += 3_600_000));
  const c = await saveRead(target, makeArticle({ canonicalUrl: 'https://three.test/c', text: 'خبر آخر عن الطقس', dir: 'rtl', lang: null }), (t += 3_600_000));
  const a = (await target.reads.where('canonicalUrl').equals('https://one.test/building').first())!;
  await setStoryLink(target, a.id, b.read.id, true, t + 1);
  await setStoryLink(target, c.read.id, a.id, false, t + 2);
}

/**
 * Every record, ids replaced by canonical URLs, so two databases can be compared field by field.
 * Without the engine that analysed it: imported records are marked for re-analysis (tested below).
 */
async function snapshot(target: TabayyunDB) {
  const reads = await target.reads.toArray();
  const url = new Map(reads.map((r) => [r.id, r.canonicalUrl]));
  return {
    // (Its saved size counts the engine's version, which an import resets: set, not compared.)
    reads: reads.map(({ id: _id, engine: _e, savedBytes, ...r }) => ({ ...r, sized: (savedBytes ?? 0) > 0 })).sort((x, y) => x.canonicalUrl.localeCompare(y.canonicalUrl)),
    versions: (await target.versions.toArray())
      .map(({ id: _id, readId, engine: _e, savedBytes, ...v }) => ({ ...v, sized: (savedBytes ?? 0) > 0, read: url.get(readId) }))
      .sort((x, y) => `${x.read}${x.version}`.localeCompare(`${y.read}${y.version}`)),
    storyLinks: (await target.storyLinks.toArray()).map((l) => ({ pair: [url.get(l.a), url.get(l.b)].sort(), same: l.same, at: l.at })).sort((x, y) => x.at - y.at),
  };
}

/** A moment after the extension existed, `ms` into it: import refuses times before 2020. */
const T = (ms: number) => Date.UTC(2025, 0, 1) + ms;

describe('export', () => {
  it('writes a versioned file with reads, versions tied by URL and links by URL pairs', async () => {
    await fill(db);
    const file = await exportAll(db, Date.UTC(2025, 0, 2, 3, 4));
    expect(file).toMatchObject({ format: 'tabayyun-export', formatVersion: 1, exportedAt: '2025-01-02T03:04:00.000Z' });
    expect(file.reads).toHaveLength(3);
    expect(file.versions.map((v) => [v.readCanonicalUrl, v.version])).toEqual([
      ['https://one.test/building', 1],
      ['https://one.test/building', 2],
    ]);
    expect(file.storyLinks.map((l) => [[l.a, l.b].sort(), l.same])).toEqual([
      [['https://one.test/building', 'https://two.test/b'], true],
      [['https://one.test/building', 'https://three.test/c'], false],
    ]);
    // Local ids and derived sizes are not part of the file.
    for (const r of [...file.reads, ...file.versions]) expect(Object.keys(r)).not.toContain('id');
    expect(JSON.stringify(file)).not.toMatch(/"readId"|"savedBytes"/);
  });

  it('names the file by date and time', () => {
    expect(exportFileName(Date.UTC(2025, 2, 7, 14, 30, 5))).toBe('tabayyun-export-2025-03-07-1430.json');
  });
});

describe('round trip', () => {
  it('export, wipe, import gives back every record field by field', async () => {
    await fill(db);
    const before = await snapshot(db);
    const oldIds = (await db.reads.toCollection().primaryKeys()).sort();
    const file = JSON.parse(JSON.stringify(await exportAll(db))) as ExportFile; // as saved to disk
    await db.delete();
    // Fresh ids that differ from the old ones: story links must still find their reads.
    db = openDatabase(name);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://filler.test/x', text: 'حشو' }));
    await db.reads.clear();
    expect(await importFile(db, file)).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(await snapshot(db)).toEqual(before);
    // Claims in a file come from whichever engine wrote it: every imported record is re-analysed.
    expect(new Set([...(await db.reads.toArray()), ...(await db.versions.toArray())].map((r) => r.engine))).toEqual(new Set([UNKNOWN_ENGINE]));
    expect((await db.reads.toCollection().primaryKeys()).sort()).not.toEqual(oldIds);
    const a = (await db.reads.where('canonicalUrl').equals('https://one.test/building').first())!;
    expect((await previousVersion(db, a.id))?.text).toBe('أصيب 35 شخصا في انهيار مبنى');
    expect([...(await storyLinksOf(db, a.id)).values()].sort()).toEqual([false, true]);
  });

  it('importing the same file again changes nothing', async () => {
    await fill(db);
    const before = await snapshot(db);
    expect(await importFile(db, await exportAll(db))).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('merging with what is stored', () => {
  const url = 'https://m.test/story';

  async function fileWith(reads: [string, number][]): Promise<ExportFile> {
    const other = openDatabase(`other-${n++}`);
    for (const [text, at] of reads) await saveRead(other, makeArticle({ canonicalUrl: url, text }), at);
    const file = await exportAll(other);
    await other.delete();
    return file;
  }

  it('a newer text in the file becomes the read and the local one a version', async () => {
    const local = await saveRead(db, makeArticle({ canonicalUrl: url, text: 'نص قديم' }), T(1000));
    const result = await importFile(db, await fileWith([['نص أحدث', T(5000)]]));
    expect(result).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await db.reads.count()).toBe(1);
    expect(await db.reads.get(local.read.id)).toMatchObject({ text: 'نص أحدث', version: 2, readAt: T(5000), firstReadAt: T(1000) });
    expect(await previousVersion(db, local.read.id)).toMatchObject({ text: 'نص قديم', version: 1, readAt: T(1000) });
  });

  it('an older text in the file is kept as an earlier version; the local read stays current', async () => {
    const local = await saveRead(db, makeArticle({ canonicalUrl: url, text: 'نص محلي' }), T(9000));
    await importFile(db, await fileWith([['نص من جهاز آخر', T(2000)]]));
    expect(await db.reads.get(local.read.id)).toMatchObject({ text: 'نص محلي', version: 2, readAt: T(9000), firstReadAt: T(2000) });
    expect((await db.versions.toArray()).map((v) => [v.text, v.version])).toEqual([['نص من جهاز آخر', 1]]);
  });

  it('the same text read on both sides is kept once, at the later read time', async () => {
    const local = await saveRead(db, makeArticle({ canonicalUrl: url, text: 'نص واحد' }), T(1000));
    expect(await importFile(db, await fileWith([['نص واحد', T(4000)]]))).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await db.versions.count()).toBe(0);
    expect(await db.reads.get(local.read.id)).toMatchObject({ version: 1, readAt: T(4000), firstReadAt: T(1000) });
    expect(await importFile(db, await fileWith([['نص واحد', T(3000)]]))).toEqual({ added: 0, updated: 0, skipped: 1 });
  });

  it('when both sides read the same text at the same time, the local record is kept', async () => {
    const local = await saveRead(db, makeArticle({ canonicalUrl: url, text: 'نص مشترك', title: 'عنوان محلي' }), T(5000));
    // The file holds an older text, and the shared text at the same time analysed differently (another title).
    const file = await fileWith([['نص أقدم', T(1000)], ['نص مشترك', T(5000)]]);
    file.reads[0].title = 'عنوان آخر';
    expect(await importFile(db, file)).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await db.reads.get(local.read.id)).toMatchObject({ text: 'نص مشترك', title: 'عنوان محلي', version: 2 });
    expect((await db.versions.toArray()).map((v) => v.text)).toEqual(['نص أقدم']);
  });

  it('a story link names reads by URL, so it joins reads that already had other ids here', async () => {
    const here = await saveRead(db, makeArticle({ canonicalUrl: 'https://x.test/2', text: 'ب' }), T(1));
    const other = openDatabase(`other-${n++}`);
    const a = await saveRead(other, makeArticle({ canonicalUrl: 'https://x.test/1', text: 'أ' }), T(1));
    const b = await saveRead(other, makeArticle({ canonicalUrl: 'https://x.test/2', text: 'ب' }), T(1));
    await setStoryLink(other, a.read.id, b.read.id, true, T(50));
    const file = await exportAll(other);
    await other.delete();
    expect(await importFile(db, file)).toEqual({ added: 1, updated: 0, skipped: 1 });
    const imported = (await db.reads.where('canonicalUrl').equals('https://x.test/1').first())!;
    expect((await storyLinksOf(db, here.read.id)).get(imported.id)).toBe(true);
  });

  it('keeps the later of two decisions about the same pair', async () => {
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://x.test/1', text: 'أ' }), T(1));
    const b = await saveRead(db, makeArticle({ canonicalUrl: 'https://x.test/2', text: 'ب' }), T(1));
    await setStoryLink(db, a.read.id, b.read.id, false, T(100));
    const file = await exportAll(db);
    file.storyLinks[0] = { ...file.storyLinks[0], same: true, at: T(50) };
    await importFile(db, file);
    expect((await storyLinksOf(db, a.read.id)).get(b.read.id)).toBe(false);
    file.storyLinks[0] = { ...file.storyLinks[0], same: true, at: T(200) };
    await importFile(db, file);
    expect((await storyLinksOf(db, a.read.id)).get(b.read.id)).toBe(true);
  });
});

describe('validation', () => {
  const valid = async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://v.test/1', text: 'نص' }), T(1));
    return JSON.parse(JSON.stringify(await exportAll(db))) as Record<string, unknown>;
  };

  it('refuses a file that is not a Tabayyun export', async () => {
    const v1Fixture = JSON.parse(readFileSync(path.resolve(__dirname, 'fixtures/v1.json'), 'utf8'));
    for (const data of [null, 'text', [], { reads: [] }, { format: 'other-export', formatVersion: 1 }, v1Fixture]) {
      await expect(importFile(db, data)).rejects.toThrow(/not a Tabayyun export/);
    }
  });

  it('refuses a newer format, asking to update the extension', async () => {
    const file = { ...(await valid()), formatVersion: 2 };
    await expect(importFile(db, file)).rejects.toThrow(/newer version of Tabayyun \(format 2\)/);
  });

  it('names the broken field, and writes nothing from a file with a broken record', async () => {
    const file = await valid();
    await db.reads.clear();
    const reads = file.reads as Record<string, unknown>[];
    reads.unshift({ ...reads[0], canonicalUrl: 'https://v.test/fine' });
    reads.push({ ...reads[0], canonicalUrl: 'https://v.test/2', text: 42 });
    const error = await importFile(db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe('Nothing was imported: reads[2].text is not text.');
    expect(await db.reads.count()).toBe(0);
  });

  it('checks claims and versions too', async () => {
    const file = await valid();
    const read = (file.reads as Record<string, unknown>[])[0];
    read.claims = [{ text: '3' }];
    await expect(importFile(db, file)).rejects.toThrow(/reads\[0\]\.claims\[0\]\.start/);
    read.claims = [];
    file.versions = [{ ...read, readCanonicalUrl: 'https://nowhere.test/' }];
    await expect(importFile(db, file)).rejects.toThrow(/versions\[0\] belongs to no read/);
  });
});
