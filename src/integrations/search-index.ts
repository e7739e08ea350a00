import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { getHandbook } from '../lib/content/load';
import { recordHtml, searchRecords } from '../lib/search/records';
import { indexablePage, pageUrl } from '../lib/search/pages';
import { indexedPages } from '../lib/search/meta';
import { siteCatalog } from '../lib/search/catalog';
import { hasStandIn, markStrokeInHtml } from '../lib/search/stroke';
import { builtPages } from '../lib/site/built';

/** Pagefind's ready-made UI files ("pagefind-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"…). */
export function isPagefindUiFile(name: string): boolean {
  return /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name);
}

/** Throws with every error Pagefind reported. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
  return response;
}

/**
 * Builds the search index after the site is built, in place of Starlight's own run of Pagefind
 * (`pagefind: false` in the Starlight config): every built page (`indexablePage`), plus one record
 * per step, topic group, topic, piece of advice and basis document (src/lib/search/records.ts), each
 * with its own URL, title and filters. Must come after Starlight and before the deploy files, which
 * compress dist/pagefind/.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'handbook-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        try {
          const { index } = check(await pagefind.createIndex({ forceLanguage: 'vi' }), 'createIndex');
          if (!index) throw new Error('Pagefind không tạo được chỉ mục');
          const handbook = getHandbook();
          const site = siteCatalog(handbook);
          const indexed: string[] = [];
          for (const file of builtPages(root)) {
            const html = readFileSync(join(root, file), 'utf8');
            if (hasStandIn(html)) throw new Error(`${file}: có chữ "ḍ"/"Ḍ", là chữ mà chỉ mục tìm kiếm dùng để thay "đ"`);
            const content = indexablePage(file, html, site);
            if (content === undefined) continue;
            check(await index.addHTMLFile({ url: pageUrl(file), content }), file);
            indexed.push(pageUrl(file));
          }
          // The search page's filter counts are computed from the registry (src/lib/search/catalog.ts):
          // they hold only while the pages indexed are the ones the registry says.
          const expected = indexedPages(site).map((p) => `/${p.path}`);
          const extra = indexed.filter((u) => !expected.includes(u));
          const missing = expected.filter((u) => !indexed.includes(u));
          if (extra.length > 0 || missing.length > 0) {
            throw new Error(
              [
                extra.length > 0 && `trang được lập chỉ mục nhưng src/lib/routes.ts ghi search: false hoặc không có: ${extra.join(', ')}`,
                missing.length > 0 && `trang src/lib/routes.ts ghi là tìm được nhưng không có phần data-pagefind-body (front matter pagefind: false?): ${missing.join(', ')}`,
              ]
                .filter(Boolean)
                .join('; '),
            );
          }
          const records = searchRecords(handbook);
          for (const record of records) {
            check(await index.addHTMLFile({ url: record.url, content: markStrokeInHtml(recordHtml(record)) }), record.url);
          }
          const out = join(root, 'pagefind');
          check(await index.writeFiles({ outputPath: out }), 'writeFiles');
          // Both search UIs are the handbook's own (src/components/search/): Pagefind's ready-made UIs
          // are never loaded, so they are not published either.
          for (const file of readdirSync(out).filter(isPagefindUiFile)) rmSync(join(out, file));
          logger.info(
            `Chỉ mục tìm kiếm: ${indexed.length} trang, ${records.length} mục (bước, nhóm vấn đề, chuyên đề, lưu ý, văn bản căn cứ), ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
