import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium driven by playwright-core against the built app served from dist/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one Chromium with a software GPU is already most of the machine.
    fileParallelism: false,
  },
});
