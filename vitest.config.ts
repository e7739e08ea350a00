import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/** Time limits shared by every project (browser tests and builds take seconds, not milliseconds). */
const timeouts = { testTimeout: 60_000, hookTimeout: 120_000 };

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
          // Files share the modules they import (Astro's runtime among them) instead of loading them
          // again each: no test file changes module state without restoring it.
          isolate: false,
          sequence: { groupOrder: 0 },
          ...timeouts,
        },
      }),
      // Tests on dist/ and in Chromium: one static server and one Chromium for all files
      // (tests/setup/built-site.ts), two files at a time.
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/lighthouse.test.ts'],
          globalSetup: ['tests/setup/built-site.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          ...timeouts,
        },
      },
      // Lighthouse last and alone: other tests running beside it would lower its scores.
      {
        test: {
          name: 'lighthouse',
          include: ['tests/e2e/lighthouse.test.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          ...timeouts,
        },
      },
    ],
  },
});
