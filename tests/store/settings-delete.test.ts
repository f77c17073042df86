import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { deleteEverything, deleteStory } from '../../lib/store/delete';
import { setStoryLink } from '../../lib/store/links';
import { saveRead } from '../../lib/store/reads';
import { getRetention, getSettings, isPaused, setPageMarks, setPaused, setRetention, setUiLanguage } from '../../lib/store/settings';
import { storedSummary } from '../../lib/store/summary';
import { makeArticle } from './make-article';

let db: TabayyunDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`settings-${n++}`);
});
afterEach(() => db.delete());

describe('pausing a site', () => {
  it('pauses and resumes one site, matching www. and upper case', async () => {
    expect(await isPaused(db, 'akhbar.example')).toBe(false);
    await setPaused(db, 'WWW.Akhbar.Example', true);
    expect(await isPaused(db, 'akhbar.example')).toBe(true);
    expect(await isPaused(db, 'www.akhbar.example')).toBe(true);
    expect(await isPaused(db, 'other.example')).toBe(false);
    await setPaused(db, 'akhbar.example', false);
    expect(await isPaused(db, 'akhbar.example')).toBe(false);
  });

  it('a paused site covers its subdomains, not its parent or look-alikes', async () => {
    await setPaused(db, 'akhbar.example', true);
    expect(await isPaused(db, 'sport.akhbar.example')).toBe(true);
    expect(await isPaused(db, 'notakhbar.example')).toBe(false);
    await setPaused(db, 'sport.sahifa.example', true);
    expect(await isPaused(db, 'sahifa.example')).toBe(false);
  });

  it('refuses an empty host', async () => {
    await expect(setPaused(db, '  ', true)).rejects.toThrow(/empty host/);
  });
});

describe('settings', () => {
  it('start empty, and hold retention, paused sites, language and page marks', async () => {
    expect(await getSettings(db)).toEqual({ retentionMonths: null, pausedHosts: [], uiLanguage: null, pageMarks: true });
    await setRetention(db, 6);
    await setPaused(db, 'b.example', true);
    await setPaused(db, 'a.example', true);
    await setUiLanguage(db, 'en');
    await setPageMarks(db, false);
    expect(await getSettings(db)).toEqual({ retentionMonths: 6, pausedHosts: ['a.example', 'b.example'], uiLanguage: 'en', pageMarks: false });
    await setRetention(db, null);
    await setUiLanguage(db, null);
    await setPageMarks(db, true);
    expect(await getSettings(db)).toMatchObject({ retentionMonths: null, uiLanguage: null, pageMarks: true });
  });

  it('stores exactly what a setting can be, whatever a message carries', async () => {
    await expect(setUiLanguage(db, { toString: () => 'ar' } as never)).rejects.toThrow(RangeError);
    await expect(setPaused(db, ['a.example'] as never, true)).rejects.toThrow(RangeError);
    await setPaused(db, 'a.example', 'yes' as never);
    expect(await getSettings(db)).toEqual({ retentionMonths: null, pausedHosts: [], uiLanguage: null, pageMarks: true });
    await setStoryLink(db, 2, 1, 'no' as never, Date.UTC(2025, 0, 1));
    expect(await db.storyLinks.toArray()).toEqual([{ a: 1, b: 2, same: false, at: Date.UTC(2025, 0, 1) }]);
    await expect(setStoryLink(db, 1.5, 2, true)).rejects.toThrow(RangeError);
  });

  it('refuses a retention that is not a whole number of months', async () => {
    await expect(setRetention(db, 1.5)).rejects.toThrow(RangeError);
    await expect(setRetention(db, -2)).rejects.toThrow(RangeError);
    await setRetention(db, 0);
    expect(await getRetention(db)).toBeNull();
  });
});

describe('deleting', () => {
  async function three() {
    const a = await saveRead(db, makeArticle({ canonicalUrl: 'https://d.test/a', text: 'أ 1' }), 1);
    await saveRead(db, makeArticle({ canonicalUrl: 'https://d.test/a', text: 'أ 2' }), 2);
    const b = await saveRead(db, makeArticle({ canonicalUrl: 'https://d.test/b', text: 'ب' }), 3);
    const c = await saveRead(db, makeArticle({ canonicalUrl: 'https://d.test/c', text: 'ج' }), 4);
    await setStoryLink(db, a.read.id, b.read.id, true);
    await setStoryLink(db, b.read.id, c.read.id, true);
    await setStoryLink(db, a.read.id, c.read.id, false);
    return [a.read.id, b.read.id, c.read.id];
  }

  it('deleteStory removes the reads with their versions and every link that touches them', async () => {
    const [a, b, c] = await three();
    expect(await deleteStory(db, [a, b, b, 999])).toBe(2);
    expect(await db.reads.toCollection().primaryKeys()).toEqual([c]);
    expect(await db.versions.count()).toBe(0);
    expect(await db.storyLinks.count()).toBe(0);
    expect(await deleteStory(db, [])).toBe(0);
  });

  it('deleting the read with the larger id also removes the links where it is second', async () => {
    const [a, b, c] = await three();
    expect(await deleteStory(db, [c])).toBe(1);
    expect(await db.storyLinks.toArray()).toEqual([expect.objectContaining({ a, b, same: true })]);
    expect((await db.versions.toArray()).map((v) => v.readId)).toEqual([a]);
  });

  it('deleteEverything empties every table and the database stays usable', async () => {
    await three();
    await setPaused(db, 'd.test', true);
    await deleteEverything(db);
    expect(await storedSummary(db)).toEqual({ reads: 0, versions: 0, storyLinks: 0, bytes: 0 });
    expect(await db.settings.count()).toBe(0);
    const again = await saveRead(db, makeArticle({ canonicalUrl: 'https://d.test/a', text: 'جديد' }), 5);
    expect(again.status).toBe('new');
  });

  it('the summary counts records and adds up their sizes', async () => {
    await three();
    const reads = await db.reads.toArray();
    const versions = await db.versions.toArray();
    const bytes = [...reads, ...versions].reduce((sum, r) => sum + r.savedBytes!, 0);
    expect(await storedSummary(db)).toEqual({ reads: 3, versions: 1, storyLinks: 3, bytes });
    expect(bytes).toBeGreaterThan(0);
  });
});
