import { defineConfig } from 'vite';

// embed.js, the host-page script: one classic, unhashed, dependency-free file at the root of the build, so a
// newsroom can include it with a plain <script src=".../embed.js">. Built after the app, into the same dist/.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2019',
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/embed-host/embed.ts',
      formats: ['iife'],
      name: 'FlashpointAtlasEmbed',
      fileName: () => 'embed.js',
    },
  },
});
