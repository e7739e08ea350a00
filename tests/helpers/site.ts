import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { distDir, requireDist } from './dist';

/** The built site served on 127.0.0.1 and a Chromium to visit it with, for one test file. */
export interface BuiltSite {
  /** Chromium, launched once for the file. */
  readonly browser: Browser;
  /** The site's base URL, ending in "/". */
  readonly url: string;
}

/** Serves dist/ and launches Chromium before the file's tests; closes both after them. */
export function useBuiltSite(): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    requireDist();
    server = await serveStatic(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet: use the site inside a test.');
      return browser;
    },
    get url() {
      if (!server) throw new Error('The site is not served yet: use it inside a test.');
      return server.url;
    },
  };
}
