/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs let a newsroom host the build under any path.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // MapLibre alone is ~250 KB gzip; it is loaded lazily, so its size is checked by the byte budget instead.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Two cores shared with a browser in CI: a slow test should fail on its assertion, not on the clock.
    testTimeout: 20_000,
  },
});
