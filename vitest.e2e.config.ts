import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // One line after the run when suites needing ../shared were skipped (a plain clone).
    reporters: ['default', './tests/setup/shared-notice.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
