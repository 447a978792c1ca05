import { defineConfig } from 'vitest/config';

/** Unit and content tests: plain Node, no browser. End-to-end tests have their own config. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
