import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the contract's TypeScript source, never a stale build of it.
  ssr: { resolve: { conditions: ['@huddle/source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/database.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
