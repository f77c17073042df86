// Stored reads follow the engine: records analysed by another engine version are analysed again
// from their stored text, with every record, version, story link and setting kept.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, ENGINE_VERSION } from '../../lib/pipeline/analyze';
import { createDataHandlers } from '../../lib/extension/background/data-handlers';
import { createReanalysis } from '../../lib/extension/background/reanalysis';
import { openDatabase, type TabayyunDB } from '../../lib/store/db';
import { exportAll } from '../../lib/store/export';
import { READ_COUNT_KEY } from '../../lib/store/keyword-stats';
import { previousVersion, saveRead, deleteRead } from '../../lib/store/reads';
import { staleReadCount } from '../../lib/store/reanalyze';
import { approxBytes } from '../../lib/store/size';
import type { ArticleSnapshot } from '../../lib/types';
import { makeArticle } from './make-article';

interface Fixture {
  version: number;
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}
const fixture = JSON.parse(readFileSync(path.resolve(__dirname, 'fixtures/v2.json'), 'utf8')) as Fixture;

let n = 0;

async function fromFixture(f: Fixture): Promise<TabayyunDB> {
  const name = `reanalyze-fixture-${n++}`;
  const old = new Dexie(name);
  old.version(f.version).stores(f.schema);
  await old.open();
  for (const [table, records] of Object.entries(f.tables)) await old.table(table).bulkAdd(records);
  old.close();
  return openDatabase(name);
}

const ANALYSED = ['claims', 'keywords', 'entities'] as const;
const without = (r: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)));

async function keywordCounts(db: TabayyunDB): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const r of await db.reads.toArray()) for (const k of new Set(r.keywords)) counts.set(k, (counts.get(k) ?? 0) + 1);
  counts.set(READ_COUNT_KEY, await db.reads.count());
  return counts;
}

describe('re-analysis after an engine change', () => {
  it('brings a database of the previous schema to the current engine, keeping every record, link, version and setting', async () => {
    const db = await fromFixture(fixture);
    expect(await staleReadCount(db)).toBe(fixture.tables.reads.length);
    const changed: number[] = [];
    const done = await createReanalysis({ db, batch: 2, onChanged: (ids) => void changed.push(...ids) }).run();
    expect(done).toBe(fixture.tables.reads.length + fixture.tables.versions.length);
    expect(await staleReadCount(db)).toBe(0);

    for (const table of ['reads', 'versions'] as const) {
      const records = fixture.tables[table];
      expect(await db.table(table).count()).toBe(records.length);
      for (const old of records) {
        const now = (await db.table(table).get(old.id as number)) as Record<string, unknown>;
        // Everything the reader stored is as it was; what the engine computes is the engine's of today.
        expect(without(now, ...ANALYSED, 'engine', 'savedBytes')).toEqual(without(old, ...ANALYSED, 'savedBytes'));
        const fresh = analyzeArticle(old as unknown as ArticleSnapshot);
        for (const field of ANALYSED) expect(now[field]).toEqual(fresh[field]);
        expect(now.engine).toBe(ENGINE_VERSION);
        expect(now.savedBytes).toBe(approxBytes(now));
      }
    }
    expect(await db.storyLinks.toArray()).toEqual(fixture.tables.storyLinks);
    expect(await db.settings.toArray()).toEqual(fixture.tables.settings);
    const stats = new Map((await db.keywordStats.toArray()).map((s) => [s.keyword, s.count]));
    expect(stats).toEqual(await keywordCounts(db));
    expect(new Set(changed)).toEqual(new Set(fixture.tables.reads.map((r) => r.id as number)));

    // Nothing is left to do: a second run changes nothing.
    expect(await createReanalysis({ db }).run()).toBe(0);
    await db.delete();
  });

  it('a newer engine re-analyses current records batch by batch, and keyword counts follow', async () => {
    const db = openDatabase(`reanalyze-bump-${n++}`);
    for (let i = 0; i < 5; i++) {
      await saveRead(db, makeArticle({ canonicalUrl: `https://a.example/${i}`, text: `نص مخترع رقم ${i}`, keywords: ['قديم', `k${i}`] }), 1000 + i);
    }
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.example/0', text: 'نص معدل', keywords: ['قديم', 'k0'] }), 2000);
    const newer = ENGINE_VERSION + 1;
    const analyze = (s: ArticleSnapshot) => ({ ...s, claims: [], keywords: ['جديد', s.text], entities: [] });
    const batches: number[][] = [];
    const run = createReanalysis({ db, batch: 2, engine: newer, analyze, onChanged: (ids) => void batches.push(ids) });
    expect(await staleReadCount(db, newer)).toBe(5);
    expect(await run.run()).toBe(6); // five reads, one earlier version
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1, 1]);
    const reads = await db.reads.toArray();
    expect(reads.map((r) => r.keywords)).toEqual(reads.map((r) => ['جديد', r.text]));
    expect(reads.every((r) => r.engine === newer)).toBe(true);
    expect((await previousVersion(db, reads[0].id))?.keywords).toEqual(['جديد', 'نص مخترع رقم 0']);
    expect(await db.keywordStats.get('قديم')).toBeUndefined();
    expect((await db.keywordStats.get('جديد'))?.count).toBe(5);
    await db.delete();
  });

  it('a read deleted or re-read with a new text during the run stays as the reader left it', async () => {
    const db = openDatabase(`reanalyze-race-${n++}`);
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await saveRead(db, makeArticle({ canonicalUrl: `https://r.example/${i}`, text: `نص ${i}` }), 1000 + i)).read.id);
    const newer = ENGINE_VERSION + 1;
    let first = true;
    const run = createReanalysis({
      db,
      batch: 2,
      engine: newer,
      analyze: (s) => ({ ...s, claims: [], keywords: ['جديد'], entities: [] }),
      onChanged: async () => {
        if (!first) return;
        first = false;
        await deleteRead(db, ids[3]);
        await saveRead(db, makeArticle({ canonicalUrl: 'https://r.example/2', text: 'نص ثان جديد' }), 5000);
      },
    });
    await run.run();
    expect(await db.reads.get(ids[3])).toBeUndefined();
    const reread = (await db.reads.get(ids[2]))!;
    expect(reread).toMatchObject({ text: 'نص ثان جديد', version: 2, keywords: ['جديد'], engine: newer });
    expect((await previousVersion(db, ids[2]))?.text).toBe('نص 2');
    expect(await db.reads.count()).toBe(3);
    await db.delete();
  });

  it('an import is re-analysed in the background, started by the import itself', async () => {
    const source = openDatabase(`reanalyze-export-${n++}`);
    // Claims in the file that today's engine would not find: they must not survive the import.
    const text = 'أعلنت وزارة الصحة أن 120 شخصا قتلوا في الزلزال.';
    await saveRead(source, makeArticle({ canonicalUrl: 'https://i.example/1', text, claims: [], keywords: ['مخترع'] }), Date.UTC(2024, 0, 1));
    const file = JSON.parse(JSON.stringify(await exportAll(source)));
    await source.delete();

    const db = openDatabase(`reanalyze-import-${n++}`);
    let running: Promise<number> | undefined;
    const reanalysis = createReanalysis({ db });
    const data = createDataHandlers({ db, onStoreChanged: (what) => void (what === 'import' && (running = reanalysis.run())) });
    expect(await data.importFile(file)).toEqual({ ok: true, added: 1, updated: 0, skipped: 0 });
    expect(await running).toBe(1);
    const read = (await db.reads.toArray())[0];
    expect(read.engine).toBe(ENGINE_VERSION);
    expect(read.claims.map((c) => c.value)).toEqual(analyzeArticle(read).claims.map((c) => c.value));
    expect(read.claims.map((c) => c.value)).toContain(120);
    await db.delete();
  });
});
