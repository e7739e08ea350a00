import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './browser';

/** The built site served on 127.0.0.1 and a Chromium to visit it with, for one test file. */
export interface BuiltSite {
  /** The shared Chromium, connected once for the file. */
  readonly browser: Browser;
  /** The site's base URL, ending in "/". */
  readonly url: string;
}

/**
 * Connects to the Chromium and the server of dist/ that every test file shares
 * (tests/setup/built-site.ts) before the file's tests; disconnects after them.
 */
export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not connected yet: use the site inside a test.');
      return browser;
    },
    url: inject('siteUrl'),
  };
}
