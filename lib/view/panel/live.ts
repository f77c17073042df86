// Dexie's liveQuery for the panel's watchers, loaded with the store rather than in the panel's
// first script: Dexie is more than half of that script, and nothing of it is needed before the
// first report is shown (bench "panel").
import type { Observer } from 'dexie';

/** Runs `query` now and after every change to what it read; returns the stopper. */
export function subscribeLive<T>(query: () => Promise<T>, observer: Observer<T>): () => void {
  let stopped = false;
  let subscription: { unsubscribe(): void } | undefined;
  import('dexie').then(
    ({ liveQuery }) => {
      if (!stopped) subscription = liveQuery(query).subscribe(observer);
    },
    (e: unknown) => observer.error?.(e),
  );
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
