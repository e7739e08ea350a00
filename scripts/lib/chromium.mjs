// Debian's Chromium and the flags it needs on these machines; shared by tests, bench and Lighthouse.
import { chromium } from 'playwright-core';

/** Where Debian installs Chromium; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags Chromium needs here: running as root (no sandbox), no GPU, and no network beyond localhost
 * (without the background-networking flags it keeps trying to reach outside hosts).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Debian Chromium through playwright-core.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * Starts headless Debian Chromium as a Playwright server that several test files connect to
 * (`chromium.connect(wsEndpoint())`), so that they share one browser.
 * @returns {Promise<import('playwright-core').BrowserServer>}
 */
export function launchChromiumServer() {
  return chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
