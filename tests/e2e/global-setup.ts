import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';
import { CHROME_ARGS, chromePath } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    /** The same Chromium with WebGL switched off, for readers whose browser cannot draw the live map. */
    wsEndpointWithoutWebGL: string;
  }
}

let browserServer: BrowserServer | undefined;
let browserServerWithoutWebGL: BrowserServer | undefined;
let close: (() => void) | undefined;

export async function setup(project: TestProject) {
  // ATLAS_DIST lets a second build be tested without touching dist/ (parallel work, the benchmark).
  const root = process.env.ATLAS_DIST ?? 'dist';
  if (!existsSync(`${root}/index.html`)) {
    throw new Error(
      `${root}/ is missing: run "npm run build" before the browser tests (npm test does it for you).`,
    );
  }
  const { server, url } = await startServer({ root, port: 0 });
  close = () => server.close();
  browserServer = await chromium.launchServer({
    executablePath: chromePath(),
    args: CHROME_ARGS,
    headless: true,
  });
  browserServerWithoutWebGL = await chromium.launchServer({
    executablePath: chromePath(),
    args: [...CHROME_ARGS, '--disable-webgl', '--disable-3d-apis'],
    headless: true,
  });
  project.provide('baseUrl', url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('wsEndpointWithoutWebGL', browserServerWithoutWebGL.wsEndpoint());
}

export async function teardown() {
  await browserServer?.close();
  await browserServerWithoutWebGL?.close();
  close?.();
}
