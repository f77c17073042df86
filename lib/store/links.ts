// The reader's corrections to story matching, remembered from then on.
import type { StoryLink, TabayyunDB } from './db';

const pair = (x: number, y: number): [number, number] => (x < y ? [x, y] : [y, x]);

export async function setStoryLink(db: TabayyunDB, x: number, y: number, same: boolean, now = Date.now()): Promise<void> {
  // The values come from a message: store exactly a pair of ids and a boolean.
  if (!Number.isInteger(x) || !Number.isInteger(y)) throw new RangeError('read ids must be whole numbers');
  const [a, b] = pair(x, y);
  await db.storyLinks.put({ a, b, same: same === true, at: now });
}

/** Every decision that involves read `id`, as other read id → same story or not. */
export async function storyLinksOf(db: TabayyunDB, id: number): Promise<Map<number, boolean>> {
  const [asA, asB] = await Promise.all([db.storyLinks.where('a').equals(id).toArray(), db.storyLinks.where('b').equals(id).toArray()]);
  const links: StoryLink[] = [...asA, ...asB];
  return new Map(links.map((l) => [l.a === id ? l.b : l.a, l.same]));
}
