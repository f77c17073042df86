// How many reads an older engine analysed; the panel shows it as "updating N reads" while the
// background re-analyses them (reanalyze.ts). Apart from the engine, so the panel stays small.
import { ENGINE_VERSION } from '../engine-version';
import type { TabayyunDB } from './db';

export function staleReadCount(db: TabayyunDB, engine = ENGINE_VERSION): Promise<number> {
  return db.reads.where('engine').notEqual(engine).count();
}
