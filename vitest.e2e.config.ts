import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) against the built
 * site in dist/, served by tests/e2e/support/static-server.ts. Run `npm run build` first.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
