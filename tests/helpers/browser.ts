import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';

/** Launches headless Debian Chromium. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A phone-sized viewport (a common Android phone). */
export const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
