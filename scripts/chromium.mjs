// Debian's Chromium with WebGL through SwiftShader and none of its background calls home (this machine has no
// network); the browser tests, the bench and the picture scripts all start it this way.
import { chromium } from 'playwright-core';

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--mute-audio',
];

export const launchChromium = () =>
  chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
