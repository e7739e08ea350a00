import type { AstroIntegration } from 'astro';
import { getHandbook, handbookLoads } from '../lib/content/load';

/**
 * Reports, after a build, how many times content/ was read and validated: once, as the sidebar, the
 * collections, the Word files and the search index all share getHandbook's one result.
 * (Under `astro dev` the collections follow each change of content/ themselves, see
 * src/content.config.ts, and the sidebar follows through the route middleware.)
 */
export function handbookContent(): AstroIntegration {
  return {
    name: 'handbook-content',
    hooks: {
      'astro:build:done': ({ logger }) => {
        getHandbook();
        logger.info(`Nội dung (content/): đọc và kiểm tra ${handbookLoads()} lần trong lần dựng này.`);
      },
    },
  };
}
