// Every released schema version, loaded from its fixture with that version's own schema, must
// open with today's openDatabase with every record intact and the newer fields computed.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type StoredRead } from '../../lib/store/db';
import { fingerprintOf } from '../../lib/store/fingerprints';
import { POSTINGS_CAP, READ_COUNT_KEY, readCount } from '../../lib/store/keyword-stats';
import { previousVersion, saveRead } from '../../lib/store/reads';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, UNKNOWN_ENGINE } from '../../lib/store/schema';
import { approxBytes } from '../../lib/store/size';
import { findRelatedReads } from '../../lib/store/related';
import { expectPostingsExact } from './expect-postings';
import { makeArticle } from './make-article';

interface Fixture {
  version: number;
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const FIXTURES = path.resolve(__dirname, 'fixtures');
const fixtures: Fixture[] = readdirSync(FIXTURES)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Fixture);

/** A fixture record as the current schema should hold it: the fields later upgrades add. */
function expected(fixture: Fixture, table: string, record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  if (fixture.version < 3 && (table === 'reads' || table === 'versions')) {
    // v3 records the engine that analysed each record: unknown (0) for older ones, so they are re-analysed.
    out.engine = UNKNOWN_ENGINE;
    out.savedBytes = approxBytes(out);
  }
  if (fixture.version < 6 && table === 'keywordStats' && record.keyword !== READ_COUNT_KEY && (record.count as number) <= POSTINGS_CAP) {
    // v6 keeps a rare keyword's postings: the ids of the fixture's reads carrying it, ascending.
    const reads = fixture.tables.reads as unknown as StoredRead[];
    out.ids = reads
      .filter((r) => r.keywords.includes(record.keyword as string))
      .map((r) => r.id)
      .sort((a, b) => a - b);
  }
  return out;
}

let n = 0;

describe('schema versions', () => {
  it('has a fixture for every released (non-current) version, and the fixtures are not empty', () => {
    const have = new Set(fixtures.map((f) => f.version));
    for (const v of SCHEMA_VERSIONS) if (v.version < CURRENT_SCHEMA_VERSION) expect(have.has(v.version), `fixture v${v.version}.json`).toBe(true);
    for (const f of fixtures) for (const records of Object.values(f.tables)) expect(records.length).toBeGreaterThan(0);
  });

  it('a released version is never edited: schema.ts declares it exactly as its fixture recorded', () => {
    // A fixture records the whole schema at its version: every table as last declared up to it.
    const declaredUpTo = (version: number) => {
      const stores: Record<string, string> = {};
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
        for (const [table, spec] of Object.entries(v.stores)) {
          if (spec === null) delete stores[table];
          else stores[table] = spec;
        }
      }
      return stores;
    };
    for (const f of fixtures) expect(declaredUpTo(f.version)).toEqual(f.schema);
  });

  it.each(fixtures.map((f) => [f.version, f] as const))('upgrades a v%i database with every record and field intact', async (_v, fixture) => {
    const name = `upgrade-${fixture.version}-${n++}`;
    const old = new Dexie(name);
    old.version(fixture.version).stores(fixture.schema);
    await old.open();
    for (const [table, records] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(records);
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, records] of Object.entries(fixture.tables)) {
      // v5 counts the reads in a keywordStats record of its own.
      const stored = (await db.table(table).toArray()).filter((r) => fixture.version >= 5 || table !== 'keywordStats' || r.keyword !== READ_COUNT_KEY);
      expect(stored).toHaveLength(records.length);
      const key = db.table(table).schema.primKey.keyPath as string | string[];
      for (const record of records) {
        const pk = Array.isArray(key) ? key.map((k) => record[k]) : record[key];
        expect(await db.table(table).get(pk as never)).toEqual(expected(fixture, table, record));
      }
    }
    // v4 keeps each read's story fingerprint beside it: computed for every read already stored.
    const reads = fixture.tables.reads.map((r) => expected(fixture, 'reads', r) as unknown as StoredRead);
    expect(await db.storyFingerprints.toArray()).toEqual(reads.map(fingerprintOf).sort((a, b) => a.id - b.id));
    // v5: the reads are counted, and found through the fingerprints' keyword index.
    expect(await readCount(db)).toBe(reads.length);
    const keyword = reads[0].keywords[0];
    expect(await db.storyFingerprints.where('keywords').equals(keyword).primaryKeys()).toEqual(reads.filter((r) => r.keywords.includes(keyword)).map((r) => r.id));
    // v6: a rare keyword's record keeps the postings the index gives, and a lookup finds the same reads with them.
    await expectPostingsExact(db);
    const related = async () => (await findRelatedReads(db, reads[0])).map((r) => [r.read.id, r.score, r.linkedByReader]);
    const withPostings = await related();
    expect(withPostings.length).toBeGreaterThan(0);
    await db.keywordStats.toCollection().modify((stat) => void delete stat.ids);
    expect(withPostings).toEqual(await related());
    await db.delete();
  });

  it('upgrading v5 keeps no postings for a keyword above POSTINGS_CAP', async () => {
    const fixture = fixtures.find((f) => f.version === 5)!;
    const name = `upgrade-cap-${n++}`;
    const old = new Dexie(name);
    old.version(5).stores(fixture.schema);
    await old.open();
    for (const [table, records] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(records);
    // As if the fixture's most common keyword (سوق, all three reads) had many more reads.
    await old.table('keywordStats').put({ keyword: 'سوق', count: POSTINGS_CAP + 1 });
    old.close();

    const db = openDatabase(name);
    expect(await db.keywordStats.get('سوق')).toEqual({ keyword: 'سوق', count: POSTINGS_CAP + 1 });
    expect(await db.keywordStats.get('حريق')).toEqual({ keyword: 'حريق', count: 2, ids: [1, 2] });
    await db.delete();
  });

  it('after upgrading v1, the new site index works and the current code keeps using old records', async () => {
    const fixture = fixtures.find((f) => f.version === 1)!;
    const name = `upgrade-use-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores(fixture.schema);
    await old.open();
    for (const [table, records] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(records);
    old.close();

    const db = openDatabase(name);
    const firstRead = fixture.tables.reads[0] as { id: number; site: string; canonicalUrl: string; text: string; version: number };
    const bySite = await db.reads.where('site').equals(firstRead.site).toArray();
    expect(bySite.map((r) => r.id)).toEqual([firstRead.id]);
    expect(await db.settings.count()).toBe(0);

    // A later read of an upgraded article continues its version history.
    const out = await saveRead(db, makeArticle({ canonicalUrl: firstRead.canonicalUrl, text: 'نص جديد تماما' }), 1_800_000_000_000);
    expect(out).toMatchObject({ status: 'changed', read: { id: firstRead.id, version: firstRead.version + 1 } });
    expect((await previousVersion(db, firstRead.id))?.text).toBe(firstRead.text);
    await db.delete();
  });
});

describe('savedBytes', () => {
  it('is set on every new read and version, and follows the text when a read changes', async () => {
    const db = openDatabase(`size-${n++}`);
    const short = await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/s', text: 'نص قصير' }), 1000);
    const stored = await db.reads.get(short.read.id);
    expect(stored?.savedBytes).toBe(approxBytes(stored!));
    expect(stored!.savedBytes).toBeGreaterThan(0);

    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/s', text: 'نص أطول بكثير من النص الأول، فيه جمل إضافية كثيرة. '.repeat(20) }), 2000);
    const longer = await db.reads.get(short.read.id);
    expect(longer!.savedBytes).toBe(approxBytes(longer!));
    expect(longer!.savedBytes!).toBeGreaterThan(stored!.savedBytes! + 1000);
    const version = await previousVersion(db, short.read.id);
    expect(version?.savedBytes).toBe(approxBytes(version!));

    // A re-read only changes the read time; the size is recomputed, not lost.
    await saveRead(db, makeArticle({ canonicalUrl: 'https://a.test/s', text: longer!.text }), 3000);
    expect((await db.reads.get(short.read.id))?.savedBytes).toBe(longer!.savedBytes);
    await db.delete();
  });

  it('counts UTF-8 bytes of the record, leaving out its id and its own size', () => {
    expect(approxBytes({ text: 'ب' })).toBe(JSON.stringify({ text: 'ب' }).length + 1); // ب is 2 bytes in UTF-8
    expect(approxBytes({ id: 5, text: 'ب', savedBytes: 99 })).toBe(approxBytes({ text: 'ب' }));
  });
});
