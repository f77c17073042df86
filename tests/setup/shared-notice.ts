// A vitest reporter (beside the default one): after the run, one line saying how many suites
// were skipped because ../shared is missing, and how to get the full suite. Silent otherwise.
import type { Reporter, TestModule } from 'vitest/node';
import { NEEDS_SHARED } from '../fixtures/describe-shared';
import { SHARED_DIR, SHARED_HINT } from '../fixtures/shared';

export default class SharedNotice implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let suites = 0;
    const files = new Set<string>();
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        if (t.name !== NEEDS_SHARED) continue;
        suites++;
        files.add(m.moduleId);
      }
    }
    if (suites === 0) return;
    process.stdout.write(
      `\n⚠ ${suites} suite${suites === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'} skipped: no shared data at ${SHARED_DIR}. For the full suite, ${SHARED_HINT}.\n\n`,
    );
  }
}
