// Tables built on first use instead of at import: the background service worker is stopped
// after 30 s idle and evaluates every module again when it wakes, so work done at import is
// paid on each wake-up, even by messages that never read a word of text.

/** A function returning `build()`'s value, computed on the first call and kept. */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/** A set built on its first look-up, for exported tables whose readers only ask `has`. */
export function lazySet<T>(build: () => Iterable<T>): Pick<ReadonlySet<T>, 'has'> {
  const set = lazy(() => new Set(build()));
  return { has: (value) => set().has(value) };
}

/**
 * `compute` remembered per key (most often a sentence many claims share), the memory emptied when
 * it holds `limit` keys so that it stays flat over a long session.
 */
export function memoized<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
