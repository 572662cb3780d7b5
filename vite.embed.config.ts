import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { checkBundledData } from './scripts/build/check-bundled-data.ts';
import { debugHandleDefine } from './scripts/build/debug-handle-flag.ts';
import { atlasCatalogues } from './scripts/i18n/catalogue-plugin.ts';
import { noscriptFallback } from './scripts/build/noscript-plugin.ts';

/**
 * embed.html, the embed mode alone, as a build of its own after the app's, into the same dist/ (its chunks under
 * assets/embed/). Its readers are a newsroom's, on an article page that has already spent its budget: React DOM
 * alone is 57 KB gzip, so here it is Preact's compat layer (about 5 KB), which runs the same components, hooks,
 * TanStack Query and zustand unchanged. The explore build and every test keep React itself.
 */
export default defineConfig({
  base: './',
  define: debugHandleDefine(false),
  plugins: [react(), atlasCatalogues(), noscriptFallback(), checkBundledData()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: false,
    assetsDir: 'assets/embed',
    chunkSizeWarningLimit: 1200,
    rollupOptions: { input: { embed: 'embed.html' } },
  },
});
