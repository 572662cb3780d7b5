import type { Browser } from 'playwright-core';

export const CHROME_ARGS: string[];
export function launchChromium(): Promise<Browser>;
