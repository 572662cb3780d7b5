import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { precompress } from '../precompress.mjs';
import { buildInputsHash, readStamp, STAMPS, writeStamp } from './build-inputs.mjs';
import { debugHandleDefine } from './debug-handle-flag';

/** The Vite configurations `npm run build` runs, in its order (tests/unit/tested-build.test.ts holds the two together). */
export const BUILD_CONFIGS = [
  'vite.config.ts',
  'vite.embed.config.ts',
  'vite.embed-script.config.ts',
] as const;

/** What the browser tests serve: the shipped build with the debug handle switched on, and nothing else changed. */
export const TESTED_BUILD = resolve(STAMPS, 'tested-dist');

/** The same builds as `npm run build`, into outDir, with one override: the debug-handle flag on. */
export async function buildWithDebugHandle(outDir: string): Promise<void> {
  // Vite builds for production only when NODE_ENV says nothing else, and the test runner sets it to "test".
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    for (const [index, configFile] of BUILD_CONFIGS.entries()) {
      await build({
        configFile: resolve(configFile),
        mode: 'production',
        logLevel: 'warn',
        define: debugHandleDefine(true),
        build: { outDir: resolve(outDir), emptyOutDir: index === 0 },
      });
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await precompress(outDir);
}

/** The tested build of the working tree, built again only when something it is made from has changed. */
export async function currentTestedBuild(): Promise<string> {
  const inputs = await buildInputsHash();
  if (!existsSync(resolve(TESTED_BUILD, 'index.html')) || (await readStamp(TESTED_BUILD)) !== inputs) {
    await buildWithDebugHandle(TESTED_BUILD);
    await writeStamp(TESTED_BUILD, inputs);
  }
  return TESTED_BUILD;
}
