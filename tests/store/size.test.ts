// Approximate stored size: UTF-8 bytes of the record's JSON, without its id and its own size
// field, and the figure the store keeps on every read and version it writes. Invented text.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { saveRead } from '../../lib/store/reads';
import { approxBytes } from '../../lib/store/size';
import { makeArticle } from './make-article';

describe('approxBytes', () => {
  // `{"t":""}` is 8 bytes; each case adds the bytes of its value.
  it.each([
    ['an empty object', {}, 2],
    ['ASCII: one byte a character', { t: 'abc' }, 11],
    ['an Arabic letter: two bytes', { t: 'ب' }, 10],
    ['an Arabic word with a diacritic (the mark counts too)', { t: 'بَاب' }, 16],
    ['a character outside the BMP: four bytes', { t: '😀' }, 12],
    ['an escaped quote and line break: two bytes each', { t: 'a"\nb' }, 14],
    ['a lone surrogate, escaped by JSON as \\ud800', { t: '\ud800' }, 14],
    ['a number and null', { n: 1234, z: null }, 19],
  ])('%s', (_, record, bytes) => {
    expect(approxBytes(record)).toBe(bytes);
  });

  it('leaves out the id and the size field, so the figure is the same before and after either is set', () => {
    const record = { title: 'عنوان', text: 'نص قصير' };
    const bare = approxBytes(record);
    expect(approxBytes({ ...record, id: 123_456 })).toBe(bare);
    expect(approxBytes({ ...record, savedBytes: 99 })).toBe(bare);
    expect(approxBytes({ id: 1, ...record, savedBytes: bare })).toBe(bare);
  });

  it('counts every other field, including a nested one, and skips undefined ones as JSON does', () => {
    const record = { title: 'ع' };
    expect(approxBytes({ ...record, readId: 7 })).toBe(approxBytes(record) + ',"readId":7'.length);
    expect(approxBytes({ ...record, keywords: ['ب'] })).toBe(approxBytes(record) + ',"keywords":[""]'.length + 2);
    expect(approxBytes({ ...record, byline: undefined })).toBe(approxBytes(record));
  });

  it('does not change the record it measures', () => {
    const record = { id: 3, savedBytes: 10, text: 'نص' };
    approxBytes(record);
    expect(record).toEqual({ id: 3, savedBytes: 10, text: 'نص' });
  });
});

describe('the size the store keeps', () => {
  let db: TabayyunDB;
  let n = 0;
  beforeEach(() => {
    db = openDatabase(`size-${n++}`);
  });
  afterEach(() => db.delete());

  it('is the approximate size of the read as stored, and follows its text when it changes', async () => {
    const { read } = await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a/1', text: 'سقطت شجرة' }), 1_000);
    const first = await db.reads.get(read.id);
    expect(first?.savedBytes).toBe(approxBytes(first!));

    // A space and three Arabic letters: seven bytes more (the text hash and version number keep their length).
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a/1', text: 'سقطت شجرة كبر' }), 1_000);
    const second = await db.reads.get(read.id);
    expect(second?.savedBytes).toBe(approxBytes(second!));
    expect(second!.savedBytes! - first!.savedBytes!).toBe(7);

    // The earlier text is kept as a version, with its own size.
    const [version] = await db.versions.toArray();
    expect(version.text).toBe('سقطت شجرة');
    expect(version.savedBytes).toBe(approxBytes(version));
  });

  it('is recomputed when a field is updated directly', async () => {
    const { read } = await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a/2', title: 'قصير' }), 1_000);
    const before = (await db.reads.get(read.id))!.savedBytes!;
    await db.reads.update(read.id, { title: 'قصير جدا' });
    const after = await db.reads.get(read.id);
    expect(after!.savedBytes).toBe(before + ' جدا'.length * 2 - 1);
    expect(after!.savedBytes).toBe(approxBytes(after!));
  });
});
