// The panel's live queries load Dexie on first use: a watcher stopped before it has loaded
// never runs its query, and one left running delivers each value.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { subscribeLive } from '../../../lib/view/panel/live';

describe('subscribeLive', () => {
  it('delivers the query’s value once Dexie has loaded', async () => {
    const seen: number[] = [];
    const stop = subscribeLive(async () => 7, { next: (v) => seen.push(v) });
    await vi.waitFor(() => expect(seen).toEqual([7]));
    stop();
  });

  it('stopped before Dexie has loaded, never runs the query', async () => {
    const query = vi.fn(async () => 1);
    const stop = subscribeLive(query, { next: () => undefined });
    stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(query).not.toHaveBeenCalled();
  });
});
