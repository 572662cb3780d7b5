import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { readStamp, buildInputsHash } from '../../scripts/build/build-inputs.mjs';
import { compareBuilds } from '../../scripts/build/compare-builds';
import { currentTestedBuild } from '../../scripts/build/tested-build';
import { startServer } from '../../scripts/serve.mjs';
import { CHROME_ARGS, chromePath } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The build being served: the shipped one with the debug handle on (scripts/build/tested-build.ts). */
    buildRoot: string;
    wsEndpoint: string;
    /** The same Chromium with WebGL switched off, for readers whose browser cannot draw the live map. */
    wsEndpointWithoutWebGL: string;
  }
}

let browserServer: BrowserServer | undefined;
let browserServerWithoutWebGL: BrowserServer | undefined;
let close: (() => void) | undefined;

export async function setup(project: TestProject) {
  // ATLAS_DIST serves a build made elsewhere (the benchmark's); by default the tests build their own, with the handle.
  const root = process.env.ATLAS_DIST ?? (await currentTestedBuild());
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root}/ is missing: build it before the browser tests.`);
  await provedSameAsShipped(root);
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
  project.provide('buildRoot', root);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('wsEndpointWithoutWebGL', browserServerWithoutWebGL.wsEndpoint());
}

export async function teardown() {
  await browserServer?.close();
  await browserServerWithoutWebGL?.close();
  close?.();
}

/**
 * When dist/ was built from the same tree (npm test builds it just before), the tested build must be it plus the
 * debug handle, file for file (scripts/build/compare-builds.ts). An older dist/ proves nothing and is left alone.
 */
async function provedSameAsShipped(root: string) {
  if (!existsSync('dist/index.html') || (await readStamp('dist')) !== (await buildInputsHash())) return;
  const problems = await compareBuilds('dist', root);
  if (problems.length)
    throw new Error(`The tested build is not dist/ plus the debug handle:\n${problems.join('\n')}`);
}
