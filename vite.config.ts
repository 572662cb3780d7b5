/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checkBundledData } from './scripts/build/check-bundled-data.ts';
import { debugHandleDefine } from './scripts/build/debug-handle-flag.ts';
import { atlasCatalogues } from './scripts/i18n/catalogue-plugin.ts';
import { noscriptFallback } from './scripts/build/noscript-plugin.ts';

export default defineConfig({
  // Relative asset URLs let a newsroom host the build under any path.
  base: './',
  define: debugHandleDefine(false),
  plugins: [
    react(),
    atlasCatalogues(),
    noscriptFallback(),
    checkBundledData(),
    // Offline after the first visit: Workbox precaches the app, basemap, fonts, data and story (docs/CLASSROOM.md).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,json,geojson,md}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // A navigation is answered only for the atlas's own page, never with a fallback: a host page that shares
        // the directory keeps going to its server.
        navigateFallback: null,
        // Links carry the view in the query (?mode=present&step=3); the page behind every one is index.html.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // A newsroom's ?data= file is kept under its own address, so it is never mistaken for another one.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\.(geo)?json$/i.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'atlas-datasets',
              expiration: { maxEntries: 20 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // MapLibre alone is ~250 KB gzip; it is loaded lazily, so its size is checked by the byte budget instead.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts', 'tests/setup-catalogue.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Two cores shared with a browser in CI: a slow test should fail on its assertion, not on the clock.
    testTimeout: 20_000,
    // Vitest leaves a core free by default; on two cores that is one worker, and the suite took twice as long.
    maxWorkers: '100%',
  },
});
