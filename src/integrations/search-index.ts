import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadHandbook } from '../lib/content/load';
import { contentDir } from '../lib/content/paths';
import { recordHtml, searchRecords } from '../lib/search/records';
import { filterMetaTags, pageSearchFilters, type SiteCatalog } from '../lib/search/meta';
import { procedurePages } from '../lib/routes';
import { hasStandIn, markStrokeInHtml } from '../lib/search/stroke';

/** Throws with every error Pagefind reported. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
  return response;
}

/** HTML files of the built site, as paths relative to `root` with "/" separators. */
function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' && dir === root ? [] : htmlFiles(root, path);
    return name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** The URL Pagefind gives a built file, relative to the base: "chuyen-de/2023/index.html" → "/chuyen-de/2023/". */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * A built page as Pagefind indexes it: its filters (by address, src/lib/search-meta.ts) added to its
 * <head> and "đ" marked in its text (src/lib/search-text.ts); `undefined` for pages kept out.
 */
export function indexablePage(file: string, html: string, site: SiteCatalog): string | undefined {
  const filters = pageSearchFilters(pageUrl(file), site);
  // Starlight marks the indexed part of a page with data-pagefind-body, except on pages whose front
  // matter says `pagefind: false` (the checklists, the search page, the not-found page).
  if (!filters || !html.includes('data-pagefind-body')) return undefined;
  return markStrokeInHtml(html.replace(/<\/head>/i, `${filterMetaTags(filters)}</head>`));
}

/**
 * Builds the search index after the site is built, in place of Starlight's own run of Pagefind
 * (`pagefind: false` in the Starlight config): every built page (`indexablePage`), plus one record
 * per step, topic group, topic, piece of advice and basis document (src/lib/search-records.ts), each
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
          const handbook = loadHandbook(contentDir(), process.cwd());
          const site: SiteCatalog = {
            procedures: handbook.procedures.map((p) => ({ title: p.title, page: procedurePages[p.id] ?? '' })),
          };
          let pages = 0;
          for (const file of htmlFiles(root)) {
            const html = readFileSync(join(root, file), 'utf8');
            if (hasStandIn(html)) throw new Error(`${file}: có chữ "ḍ"/"Ḍ", là chữ mà chỉ mục tìm kiếm dùng để thay "đ"`);
            const content = indexablePage(file, html, site);
            if (content === undefined) continue;
            check(await index.addHTMLFile({ url: pageUrl(file), content }), file);
            pages += 1;
          }
          const records = searchRecords(handbook);
          for (const record of records) {
            check(await index.addHTMLFile({ url: record.url, content: markStrokeInHtml(recordHtml(record)) }), record.url);
          }
          check(await index.writeFiles({ outputPath: join(root, 'pagefind') }), 'writeFiles');
          logger.info(
            `Chỉ mục tìm kiếm: ${pages} trang, ${records.length} mục (bước, nhóm vấn đề, chuyên đề, lưu ý, văn bản căn cứ), ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
