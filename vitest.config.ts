import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/**
 * Shared by every project: time limits (browser tests and builds take seconds, not milliseconds),
 * and files sharing the modules they import (Astro's runtime, Playwright) instead of loading them
 * again each, as no test file changes module state without restoring it.
 */
const common = { testTimeout: 60_000, hookTimeout: 120_000, isolate: false };

export default defineConfig({
  test: {
    projects: [
      // Unit tests run through Astro's own Vite config, so code that reads `astro:content`
      // (src/lib/handbook.ts) and .astro components (Container API) run in-process.
      getViteConfig({
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/setup/astro-sync.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          ...common,
        },
      }),
      // Tests on dist/ and in Chromium: one static server and one Chromium for all files
      // (tests/setup/built-site.ts), four files at a time: a browser test waits on its pages about as
      // long as it computes, so four keep both CPUs of a small machine busy (two left them idle a sixth
      // of the time).
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/lighthouse.test.ts'],
          globalSetup: ['tests/setup/built-site.ts'],
          maxWorkers: 4,
          sequence: { groupOrder: 1 },
          ...common,
        },
      },
      // Lighthouse last and alone: other tests running beside it would lower its scores.
      {
        test: {
          name: 'lighthouse',
          include: ['tests/e2e/lighthouse.test.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          ...common,
        },
      },
    ],
  },
});
