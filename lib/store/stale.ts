// How many reads an older engine analysed; the panel shows it as "updating N reads" while the
// background re-analyses them (reanalyze.ts). Apart from the engine, so the panel stays small.
import { ENGINE_VERSION } from '../pipeline/engine-version';
import type { TabayyunDB } from './db';

export async function staleReadCount(db: TabayyunDB, engine = ENGINE_VERSION): Promise<number> {
  // Two plain key ranges, which IndexedDB counts on the index itself.
  const [older, newer] = await Promise.all([db.reads.where('engine').below(engine).count(), db.reads.where('engine').above(engine).count()]);
  return older + newer;
}
