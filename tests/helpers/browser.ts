import { inject } from 'vitest';
import { chromium, type Browser, type Download } from 'playwright-core';

/**
 * A connection to the Chromium shared by the test files (started by tests/setup/built-site.ts).
 * Closing it closes the contexts this file opened; the browser stays up for the other files.
 */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

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
