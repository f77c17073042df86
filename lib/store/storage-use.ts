// Asking the browser for persistent storage and showing how much is used. Apart from quota.ts
// (which saves reads) so the panel can show the figure without loading the analysis engine.

/** The part of `navigator` used here, so tests can pass a fake one. */
export interface NavigatorLike {
  storage?: Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;
}

/** Asks the browser not to evict the database under storage pressure; true when granted. */
export async function requestPersistence(nav: NavigatorLike | undefined = globalThis.navigator): Promise<boolean> {
  const storage = nav?.storage;
  if (!storage?.persist) return false;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export interface StorageUse {
  usage: number;
  quota: number;
  /** usage / quota, 0..1 (0 when the browser reports no quota). */
  ratio: number;
}

/** The origin's storage use, or null where the browser does not say. */
export async function storageEstimate(nav: NavigatorLike | undefined = globalThis.navigator): Promise<StorageUse | null> {
  if (!nav?.storage?.estimate) return null;
  try {
    const { usage = 0, quota = 0 } = await nav.storage.estimate();
    return { usage, quota, ratio: quota > 0 ? Math.min(1, usage / quota) : 0 };
  } catch {
    return null;
  }
}

