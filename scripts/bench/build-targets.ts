import { resolve } from 'node:path';
import { build } from 'vite';

/** The atlas at <outDir>/ (embed.html beside it) and the bare-MapLibre floor page at <outDir>/floor/, on one origin. */
export async function buildTargets(outDir: string): Promise<void> {
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  await build({
    configFile: resolve('vite.embed.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: false },
  });
  await build({
    configFile: false,
    root: resolve('bench/floor'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: resolve(outDir, 'floor'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
    },
  });
}
