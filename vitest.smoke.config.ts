import { defineConfig } from 'vitest/config';

// The real-world smoke suite: the built CLI on public corpora, run once by .ci/run (not part of
// `npm test`, which must pass on a fresh machine with no corpus).
export default defineConfig({
  test: {
    include: ['test/smoke/**/*.test.ts'],
    setupFiles: ['test/support/fresh-cache.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
