// Persistent storage and the storage figure, against fake navigators: what the browser grants
// or reports, and a clear answer (false, null) where it says nothing or fails.
import { describe, expect, it, vi } from 'vitest';
import { requestPersistence, storageEstimate, type NavigatorLike } from '../../lib/store/storage-use';

type Storage = NonNullable<NavigatorLike['storage']>;
/** A navigator whose storage has only the methods given. */
const nav = (storage: Partial<Storage>): NavigatorLike => ({ storage: storage as Storage });

describe('requestPersistence', () => {
  it('is false where the browser has no storage manager or no persist()', async () => {
    expect(await requestPersistence({})).toBe(false);
    expect(await requestPersistence(nav({ estimate: async () => ({}) }))).toBe(false);
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => false);
    expect(await requestPersistence(nav({ persisted: async () => true, persist }))).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks once when not yet persistent, and answers what the browser grants', async () => {
    const granted = vi.fn(async () => true);
    expect(await requestPersistence(nav({ persisted: async () => false, persist: granted }))).toBe(true);
    expect(granted).toHaveBeenCalledTimes(1);
    expect(await requestPersistence(nav({ persisted: async () => false, persist: async () => false }))).toBe(false);
  });

  it('asks directly where the browser cannot say whether storage is persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence(nav({ persist }))).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('is false when the browser throws, from either call', async () => {
    expect(await requestPersistence(nav({ persisted: async () => Promise.reject(new Error('blocked')), persist: async () => true }))).toBe(false);
    expect(await requestPersistence(nav({ persisted: async () => false, persist: () => Promise.reject(new DOMException('denied')) }))).toBe(false);
  });
});

describe('storageEstimate', () => {
  it('is null where the browser has no estimate()', async () => {
    expect(await storageEstimate({})).toBeNull();
    expect(await storageEstimate(nav({ persist: async () => true }))).toBeNull();
  });

  it('reports usage, quota and their ratio', async () => {
    expect(await storageEstimate(nav({ estimate: async () => ({ usage: 25_000_000, quota: 100_000_000 }) }))).toEqual({ usage: 25_000_000, quota: 100_000_000, ratio: 0.25 });
    expect(await storageEstimate(nav({ estimate: async () => ({ usage: 0, quota: 1_000 }) }))).toEqual({ usage: 0, quota: 1_000, ratio: 0 });
  });

  it('keeps the ratio within 0..1: no quota gives 0, usage beyond the quota gives 1', async () => {
    expect(await storageEstimate(nav({ estimate: async () => ({ usage: 500, quota: 0 }) }))).toEqual({ usage: 500, quota: 0, ratio: 0 });
    expect(await storageEstimate(nav({ estimate: async () => ({ usage: 3_000, quota: 2_000 }) }))).toEqual({ usage: 3_000, quota: 2_000, ratio: 1 });
  });

  it('takes a missing figure as 0', async () => {
    expect(await storageEstimate(nav({ estimate: async () => ({ quota: 4_000 }) }))).toEqual({ usage: 0, quota: 4_000, ratio: 0 });
    expect(await storageEstimate(nav({ estimate: async () => ({ usage: 4_000 }) }))).toEqual({ usage: 4_000, quota: 0, ratio: 0 });
    expect(await storageEstimate(nav({ estimate: async () => ({}) }))).toEqual({ usage: 0, quota: 0, ratio: 0 });
  });

  it('is null when the browser throws', async () => {
    expect(await storageEstimate(nav({ estimate: () => Promise.reject(new TypeError('no storage here')) }))).toBeNull();
  });
});
