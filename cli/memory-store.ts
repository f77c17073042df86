// The reader's store, in memory, for the command line: the same Dexie schema on fake-indexeddb,
// one fresh database per call, so `compare` runs the panel's code on the files it is given.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type TabayyunDB } from '../lib/store/db';

let opened = 0;

export function openMemoryDatabase(): TabayyunDB {
  return openDatabase(`tabayyun-cli-${++opened}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}
