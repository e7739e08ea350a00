// Debian's Chromium (and its headless shell) and the flags it needs on these machines; shared by tests,
// bench and Lighthouse.
import { chromium } from 'playwright-core';

/** Where Debian installs Chromium; CHROMIUM_PATH overrides it. Lighthouse, bench and screenshots use it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's headless shell of the same Chromium (package chromium-headless-shell): the browser tests
 * drive it, as Playwright does by default for headless runs; it needs about a third less CPU than the
 * full browser for the same pages. CHROMIUM_HEADLESS_SHELL_PATH overrides it.
 */
export const headlessShellPath = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

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
 * Starts Chromium's headless shell as a Playwright server that the test files connect to
 * (`chromium.connect(wsEndpoint())`), so that they share one browser.
 * @returns {Promise<import('playwright-core').BrowserServer>}
 */
export function launchChromiumServer() {
  return chromium.launchServer({ executablePath: headlessShellPath, args: chromiumArgs, headless: true });
}
