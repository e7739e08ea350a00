import { inject } from 'vitest';
import { chromium, type Browser, type Download } from 'playwright-core';

/**
 * A connection to the Chromium shared by the test files (started by tests/setup/built-site.ts).
 * Closing it closes the contexts this file opened; the browser stays up for the other files.
 *
 * Its contexts keep the handbook's service worker out unless a test asks for it with
 * `serviceWorkers: 'allow'` (the offline, sub-path and nginx tests do): every page registers the
 * worker once loaded, and the worker then downloads the whole handbook into the context's cache,
 * work that only those tests look at and that every other fresh context would repeat.
 */
export async function connectBrowser(): Promise<Browser> {
  const browser = await chromium.connect(inject('chromiumEndpoint'));
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

/** Context options of a test that needs the service worker (see connectBrowser). */
export const withWorker = { serviceWorkers: 'allow' } as const;

/**
 * A phone-sized viewport (a common Android phone), touch and the mobile viewport rules. Layout, tap
 * sizes and overflow are in CSS pixels, so the pixel density stays 1: a phone's 2 or 3 would only make
 * Chromium paint four or nine times the pixels for the same answers.
 */
export const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** The bytes of a finished download (the shared Chromium is remote, so it has no local path). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
