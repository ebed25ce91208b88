import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real Astro builds and a real browser: generous timeouts, files run one at a time
    // on CI's two cores so builds do not starve each other.
    testTimeout: 240_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    globalSetup: ['tests/global-setup.ts'],
  },
});
