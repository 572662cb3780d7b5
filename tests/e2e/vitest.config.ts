import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium driven by playwright-core against the built app served from dist/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    // Vitest polls a condition for 1 s by default; on two loaded cores a panel can take longer to follow.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 120_000,
    // Two cores: one Chromium with a software GPU is already most of the machine.
    fileParallelism: false,
  },
});
