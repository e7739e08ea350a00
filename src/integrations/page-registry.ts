import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHandbook } from '../lib/content/load';
import { allPages } from '../lib/routes';
import { pageData } from '../lib/sidebar';
import { builtPages } from '../lib/site/built';
import { registryProblems } from '../lib/site/registry-check';

/**
 * After the build, stops it when the built pages and the page registry (src/lib/routes.ts) disagree:
 * a page built but not registered, registered but not built, or showing other procedures or advice
 * lists than the registry says (an MDX page's `<ProcedureSteps id=…>` is written in the page itself).
 */
export function pageRegistryCheck(): AstroIntegration {
  return {
    name: 'handbook-page-registry',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const built = builtPages(root).map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));
        const problems = registryProblems(allPages(pageData(getHandbook())), built);
        if (problems.length > 0) {
          throw new Error(`Các trang đã dựng không khớp với danh sách trang (${problems.length} chỗ):\n  - ${problems.join('\n  - ')}`);
        }
        logger.info(`Danh sách trang: ${built.length} trang đã dựng, khớp với src/lib/routes.ts.`);
      },
    },
  };
}
