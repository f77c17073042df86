import { defineConfig } from 'vitest/config';

// Real Firefox (firefox-esr over WebDriver BiDi) with the built Firefox MV3 extension.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    // One line after the run when suites needing ../shared were skipped (a plain clone).
    reporters: ['default', './tests/setup/shared-notice.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
