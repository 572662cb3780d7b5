import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROME_PATH says otherwise; this project never downloads a browser. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's package (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return path;
}

export { CHROME_ARGS } from '../../scripts/chromium.mjs';
