import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Waits until the page's service worker is active (so its precache is complete: Workbox fills it
 * while installing) and controls the page; resolves to the milliseconds since navigation start.
 */
export async function readyOffline(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction(
    () => navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller),
    undefined,
    { timeout, polling: 100 },
  );
  return page.evaluate(() => performance.now());
}

/** A copy of a built site in a temporary folder, to change without touching dist/; and its removal. */
export function copyBuiltSite(root: string): { dir: string; remove: () => void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'so-tay-ban-dung-')), 'dist');
  cpSync(root, dir, { recursive: true });
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}
