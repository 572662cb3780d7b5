import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const run = promisify(execFile);

export const CHECK_BUNDLED_DATA = 'atlas-check-bundled-data';

/**
 * The page reads the files in public/geo without validating them (src/data/bundled-files.ts), so no build may ship
 * them unless `npm run validate-data` passes on them. `args` is for the tests (a file of their own).
 */
export function checkBundledData(args: string[] = []): Plugin {
  return {
    name: CHECK_BUNDLED_DATA,
    apply: 'build',
    async buildStart() {
      try {
        await run(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', ...args]);
      } catch (error) {
        const said = (error as { stderr?: string }).stderr?.trim() || String(error);
        this.error(`The bundled data does not pass npm run validate-data, so it cannot be built:\n${said}`);
      }
    },
  };
}
