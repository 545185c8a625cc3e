import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/database.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
