import { resolve } from 'node:path';
import { build } from 'vite';
import { buildWithDebugHandle } from '../build/tested-build';

/** The atlas as the browser tests drive it (the shipped build plus the debug handle) at <outDir>/ (embed.html beside it) and the bare-MapLibre floor page at <outDir>/floor/, on one origin. */
export async function buildTargets(outDir: string): Promise<void> {
  await buildWithDebugHandle(outDir);
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
