// A crafted export file is refused field by field, with the record named, and nothing of it is
// stored; a file that passes is rebuilt from the named fields only. Invented text throughout.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { exportAll, ImportError, importFile } from '../../lib/store/export';
import { checkNesting, MAX_IMPORT_READS, MAX_KEYWORDS, validateExport } from '../../lib/store/export-format';
import { saveRead } from '../../lib/store/reads';
import type { Claim } from '../../lib/types';
import { makeArticle } from './make-article';

const NOW = Date.UTC(2026, 5, 1);
const TEXT = 'قال الدفاع المدني إن 40 شخصا أصيبوا في انهيار مبنى قديم وسط المدينة.';
const CLAIM: Claim = {
  text: '40 شخصا', start: 21, end: 28, value: 40, min: 40, max: 40, qualifier: 'exact', kind: 'count', unit: 'شخص',
  sentence: TEXT, sentenceStart: 0, comparable: true, attribution: 'الدفاع المدني', concept: 'injured', entities: [], rate: null, modality: 'count',
};

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`import-hostile-${n++}`);
});
afterEach(() => db.delete());

type Json = Record<string, any>;

/** A valid export of one read, as plain JSON (what the panel parses from a file). */
async function validFile(): Promise<Json> {
  const source = openDatabase(`import-source-${n++}`);
  await saveRead(source, makeArticle({ canonicalUrl: 'https://outlet.test/a/1', host: 'outlet.test', text: TEXT, claims: [CLAIM], keywords: ['انهيار', 'مبنى'] }), Date.UTC(2026, 0, 5));
  const file = JSON.parse(JSON.stringify(await exportAll(source, NOW)));
  await source.delete();
  return file;
}

/** What the database holds, to show a refused file changed nothing. */
const contents = async () => ({ reads: await db.reads.toArray(), versions: await db.versions.toArray(), links: await db.storyLinks.toArray(), stats: await db.keywordStats.toArray() });

async function refused(file: unknown): Promise<string> {
  const error = await importFile(db, file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return (error as Error).message;
}

describe('a crafted import file', () => {
  it('is refused with the record and field named, and nothing of it is stored', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://mine.test/kept', text: 'نص محفوظ من قبل' }), Date.UTC(2026, 0, 1));
    const before = await contents();
    const cases: [string, (f: Json) => void, RegExp][] = [
      ['javascript address', (f) => (f.reads[0].url = 'javascript:alert(1)'), /^Nothing was imported: reads\[0\]\.url is not an http\(s\) address\.$/],
      ['data canonical', (f) => (f.reads[0].canonicalUrl = 'data:text/html,<b>x</b>'), /reads\[0\]\.canonicalUrl is not an http\(s\) address/],
      ['script link', (f) => (f.storyLinks = [{ a: 'https://outlet.test/a/1', b: 'javascript:void(0)', same: true, at: NOW }]), /storyLinks\[0\]\.b is not an http\(s\) address/],
      ['text over the live limit', (f) => (f.reads[0].text = 'أ'.repeat(400_001)), /reads\[0\]\.text is longer than 400000 characters/],
      ['empty text', (f) => (f.reads[0].text = '   '), /reads\[0\]\.text is empty/],
      ['huge version', (f) => (f.reads[0].version = 1e15), /reads\[0\]\.version is above 10000/],
      ['fractional version', (f) => (f.reads[0].version = 1.5), /reads\[0\]\.version is not a whole number/],
      ['time before the extension', (f) => (f.reads[0].readAt = -1e300), /reads\[0\]\.readAt is before 2020/],
      ['time in the future', (f) => (f.reads[0].firstReadAt = Date.now() + 30 * 86_400_000), /reads\[0\]\.firstReadAt is in the future/],
      ['infinite figure', (f) => (f.reads[0].claims[0].value = null), /reads\[0\]\.claims\[0\]\.value is not a number/],
      ['unknown kind', (f) => (f.reads[0].claims[0].kind = 'weight'), /reads\[0\]\.claims\[0\]\.kind is not a known kind/],
      ['200k keywords', (f) => (f.reads[0].keywords = Array.from({ length: 200_000 }, (_, i) => `k${i}`)), new RegExp(`reads\\[0\\]\\.keywords has more than ${MAX_KEYWORDS} entries`)],
      ['too many reads', (f) => (f.reads = Array(MAX_IMPORT_READS + 1).fill(f.reads[0])), new RegExp(`reads has more than ${MAX_IMPORT_READS} entries`)],
      ['a repeated address', (f) => f.reads.push({ ...f.reads[0] }), /reads\[1\]\.canonicalUrl repeats reads\[0\]/],
      ['an orphan version', (f) => (f.versions = [{ ...f.reads[0], readCanonicalUrl: 'https://elsewhere.test/' }]), /versions\[0\] belongs to no read/],
      ['a long title', (f) => (f.reads[0].title = 'ع'.repeat(2_001)), /reads\[0\]\.title is longer than 2000 characters/],
    ];
    for (const [name, spoil, message] of cases) {
      const file = await validFile();
      spoil(file);
      expect(await refused(file), name).toMatch(message);
      expect(await contents(), name).toEqual(before);
    }
  });

  it('stores nothing from a file whose first records are fine and a later one is not', async () => {
    const file = await validFile();
    file.reads.push({ ...file.reads[0], canonicalUrl: 'https://outlet.test/a/2' }, { ...file.reads[0], canonicalUrl: 'https://outlet.test/a/3', dir: 'sideways' });
    expect(await refused(file)).toBe('Nothing was imported: reads[2].dir is not rtl, ltr or null.');
    expect(await db.reads.count()).toBe(0);
    expect(await db.keywordStats.count()).toBe(0);
  });

  it('refuses deep nesting with its own message, at any depth', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5_000; i++) deep = { a: deep };
    const file = await validFile();
    file.reads[0].title = deep;
    expect(await refused(file)).toMatch(/nests data more than 8 levels deep/);
    let deeper: unknown = [];
    for (let i = 0; i < 200_000; i++) deeper = [deeper];
    expect(() => checkNesting(deeper)).toThrow(ImportError);
    expect(await db.reads.count()).toBe(0);
  });

  it('keeps the named fields only: unknown fields and __proto__ are dropped', async () => {
    const json = JSON.stringify(await validFile())
      .replace('"canonicalUrl"', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"evil":"<img src=x onerror=alert(1)>","id":999,"savedBytes":1,"canonicalUrl"')
      .replace('"sentence"', '"html":"<b>x</b>","sentence"');
    const file = JSON.parse(json);
    expect(Object.keys(file.reads[0])).toContain('__proto__');
    expect(await importFile(db, file)).toEqual({ added: 1, updated: 0, skipped: 0 });
    const [read] = await db.reads.toArray();
    expect(read.id).not.toBe(999);
    expect(Object.keys(read).sort()).toEqual(
      ['byline', 'canonicalUrl', 'claims', 'dir', 'engine', 'entities', 'firstReadAt', 'host', 'id', 'keywords', 'lang', 'published', 'readAt', 'savedBytes', 'site', 'text', 'textHash', 'title', 'url', 'version'].sort(),
    );
    expect(Object.keys(read.claims[0])).not.toContain('html');
    expect(read.claims[0]).toEqual(CLAIM);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('passes a file this version exported, unchanged', async () => {
    const file = await validFile();
    expect(validateExport(file, NOW)).toEqual(file);
  });
});
