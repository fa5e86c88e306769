import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real-world smoke suite has its own config (vitest.smoke.config.ts) and corpus.
    exclude: ['test/smoke/**', 'node_modules/**'],
    globalSetup: ['test/support/postgres-server.ts'],
    setupFiles: ['test/support/fresh-cache.ts'],
    // Booting embedded PostgreSQL and running the built action take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
