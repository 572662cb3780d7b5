import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { CHROME_ARGS, chromePath } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
  }
}

let browserServer: BrowserServer | undefined;
let close: (() => void) | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: run `npm run build` before the browser tests (npm test does it for you).',
    );
  }
  const { server, url } = await startServer({ root: 'dist', port: 0 });
  close = () => server.close();
  browserServer = await chromium.launchServer({
    executablePath: chromePath(),
    args: CHROME_ARGS,
    headless: true,
  });
  project.provide('baseUrl', url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
}

export async function teardown() {
  await browserServer?.close();
  close?.();
}
