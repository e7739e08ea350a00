import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../helpers/static-server';
import { distDir, requireDist } from '../helpers/dist';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of dist/ served on 127.0.0.1, ending in "/". */
    siteUrl: string;
    /** Where the shared Chromium listens for Playwright clients. */
    chromiumEndpoint: string;
  }
}

/**
 * Vitest globalSetup of the tests on the built site: serves dist/ and starts one Chromium for every
 * test file (each connects to it, tests/helpers/browser.ts), instead of one of each per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireDist();
  const server = await serveStatic(distDir);
  const chromium = await launchChromiumServer();
  project.provide('siteUrl', server.url);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
