// The reader's history: newest first, found by every word of a query in headline or text
// whatever the spelling (diacritics, hamza forms, digit scripts), by outlet, within a limit;
// the outlets sorted for the filter. Invented reads throughout.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../lib/pipeline/engine-version';
import { openDatabase, type StoredRead, type TabayyunDB } from '../../lib/store/db';
import { historySites, searchHistory } from '../../lib/store/history';
import { saveRead } from '../../lib/store/reads';
import type { Claim } from '../../lib/types';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`history-${n++}`);
});
afterEach(() => db.delete());

/** A read as the store holds it (no id yet), for adding many at once. */
function stored(i: number, over: Partial<StoredRead> = {}): Omit<StoredRead, 'id'> {
  return {
    ...makeArticle({ canonicalUrl: `https://outlet.test/a/${i}`, title: `عنوان ${i}`, text: `نص مختلق رقم ${i}` }),
    firstReadAt: 1_000 + i,
    readAt: 1_000 + i,
    version: 1,
    textHash: `h${i}`,
    engine: ENGINE_VERSION,
    ...over,
  };
}
const add = (...records: Omit<StoredRead, 'id'>[]) => db.reads.bulkAdd(records as StoredRead[]);
const titles = async (q?: Parameters<typeof searchHistory>[1]) => (await searchHistory(db, q)).map((e) => e.title);

const claim = (comparable: boolean, value: number): Claim => ({
  text: String(value), start: 0, end: String(value).length, value, min: value, max: value, qualifier: 'exact', kind: comparable ? 'count' : 'year', unit: null,
  sentence: String(value), sentenceStart: 0, comparable, attribution: null, concept: null, entities: [], rate: null, modality: 'count',
});

describe('searchHistory', () => {
  it('answers an empty store with an empty list', async () => {
    expect(await searchHistory(db)).toEqual([]);
    expect(await searchHistory(db, { words: 'جسر', site: 'مثال' })).toEqual([]);
  });

  it('lists reads newest first, whatever order they were saved in; a re-read moves to the top', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/b', title: 'ب', text: 'نص ب' }), 2_000);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a', title: 'أ', text: 'نص أ' }), 1_000);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/c', title: 'ج', text: 'نص ج' }), 3_000);
    expect(await titles()).toEqual(['ج', 'ب', 'أ']);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a', title: 'أ', text: 'نص أ' }), 4_000);
    expect(await titles()).toEqual(['أ', 'ج', 'ب']);
  });

  it('returns the listed fields of a read, not its text, and counts only its comparable figures', async () => {
    await add(stored(1, { site: 'موقع التجربة', host: 'trial.test', published: '2026-02-03', claims: [claim(true, 12), claim(false, 2025), claim(true, 40)] }));
    const [entry] = await searchHistory(db);
    expect(entry).toEqual({
      id: expect.any(Number),
      title: 'عنوان 1',
      site: 'موقع التجربة',
      host: 'trial.test',
      url: 'https://outlet.test/a/1',
      published: '2026-02-03',
      readAt: 1_001,
      claimCount: 2,
    });
  });

  it('finds a read only when every word of the query is in its headline or text, as a word or inside one', async () => {
    await add(
      stored(1, { title: 'افتتاح جسر المدينة', text: 'حضر السكان حفل الافتتاح.' }),
      stored(2, { title: 'إغلاق الجسر القديم', text: 'أغلقت البلدية الطريق للصيانة.' }),
      stored(3, { title: 'سوق الخضار', text: 'ارتفعت الأسعار في السوق.' }),
    );
    // A query word matches inside a word too: "جسر" in "الجسر".
    expect(await titles({ words: 'جسر' })).toEqual(['إغلاق الجسر القديم', 'افتتاح جسر المدينة']);
    expect(await titles({ words: 'الجسر' })).toEqual(['إغلاق الجسر القديم']);
    // One word in the headline, the other in the text.
    expect(await titles({ words: 'المدينة السكان' })).toEqual(['افتتاح جسر المدينة']);
    expect(await titles({ words: 'المدينة الأسعار' })).toEqual([]);
    expect(await titles({ words: 'سوق نهر' })).toEqual([]);
  });

  it('matches across spellings: diacritics, hamza and ta marbuta forms, tatweel, digit scripts, Latin case', async () => {
    await add(stored(1, { title: 'مكتبة عامة', text: 'أُنشِئت المكتبة عام ٢٠١٩ بتمويل من Public Fund.' }));
    for (const q of ['انشيت', 'المكتبه', 'مكتـبة', '2019', '٢٠١٩', '۲۰۱۹', 'public fund', 'PUBLIC']) {
      expect(await titles({ words: q }), q).toEqual(['مكتبة عامة']);
    }
    expect(await titles({ words: '2018' })).toEqual([]);
  });

  it('a query of spaces alone lists everything', async () => {
    await add(stored(1), stored(2));
    expect(await titles({ words: '  \n ' })).toEqual(['عنوان 2', 'عنوان 1']);
  });

  it('searches the current text only, not a version the page has since replaced', async () => {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/v', title: 'خبر متغير', text: 'غرقت شاحنة في النهر.' }), 1_000);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/v', title: 'خبر متغير', text: 'انقلبت شاحنة على الطريق.' }), 2_000);
    expect(await titles({ words: 'النهر' })).toEqual([]);
    expect(await titles({ words: 'الطريق' })).toEqual(['خبر متغير']);
  });

  it('filters by outlet exactly, alone or with words', async () => {
    await add(
      stored(1, { site: 'صحيفة الشمال', title: 'مطر غزير' }),
      stored(2, { site: 'صحيفة الشمال الجديدة', title: 'مطر خفيف' }),
      stored(3, { site: 'إذاعة الوادي', title: 'مطر متوقع' }),
    );
    expect(await titles({ site: 'صحيفة الشمال' })).toEqual(['مطر غزير']);
    expect(await titles({ site: 'إذاعة الوادي', words: 'مطر' })).toEqual(['مطر متوقع']);
    expect(await titles({ site: 'إذاعة الوادي', words: 'غزير' })).toEqual([]);
    expect(await titles({ site: 'موقع لم يقرأ' })).toEqual([]);
  });

  it('returns at most 200 entries by default, the newest, and honours a smaller limit', async () => {
    await add(...Array.from({ length: 205 }, (_, i) => stored(i)));
    const all = await searchHistory(db);
    expect(all).toHaveLength(200);
    expect(all[0].title).toBe('عنوان 204');
    expect(all[199].title).toBe('عنوان 5');
    expect(await titles({ limit: 2 })).toEqual(['عنوان 204', 'عنوان 203']);
    expect(await titles({ limit: 0 })).toEqual([]);
  });

  it('applies the limit after the words filter (older matches are not cut off by newer non-matches)', async () => {
    await add(stored(1, { title: 'قارب صيد' }), ...Array.from({ length: 5 }, (_, i) => stored(10 + i)));
    expect(await titles({ words: 'قارب', limit: 2 })).toEqual(['قارب صيد']);
  });
});

describe('historySites', () => {
  it('lists each outlet once, in Arabic alphabetical order, Latin names after Arabic ones', async () => {
    expect(await historySites(db)).toEqual([]);
    await add(
      stored(1, { site: 'وكالة الريف' }),
      stored(2, { site: 'Daily Trial' }),
      stored(3, { site: 'بوابة الجنوب' }),
      stored(4, { site: 'أخبار الساحل' }),
      stored(5, { site: 'وكالة الريف' }),
    );
    expect(await historySites(db)).toEqual(['أخبار الساحل', 'بوابة الجنوب', 'وكالة الريف', 'Daily Trial']);
  });
});
