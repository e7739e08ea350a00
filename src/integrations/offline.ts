import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { serviceWorkerFile } from '../lib/offline/names';
import { writeServiceWorker } from '../lib/offline/precache';

/**
 * Writes the service worker (src/lib/offline/precache.ts) into the built site, so that every page,
 * search, checklists and templates work without a network after the first visit. Must come after
 * the search index (it precaches Pagefind's files) and before the deploy files (which compress it).
 */
export function offlineWorker(): AstroIntegration {
  return {
    name: 'handbook-offline-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const result = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `${serviceWorkerFile}: ${result.count} tệp lưu sẵn, ${(result.size / 1024).toFixed(0)} KB ` +
            `(${(result.transferSize / 1024).toFixed(0)} KB khi tải qua mạng), ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
