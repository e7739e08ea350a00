/**
 * Built pages as the search index takes them: the URL Pagefind gives a page, and the copy of its HTML
 * that is indexed, with its filters and "đ" marked.
 */
import { pagePath } from '../site/built';
import { filterMetaTags, pageSearchFilters, type SiteCatalog } from './meta';
import { markStrokeInHtml } from './stroke';

/** The URL Pagefind gives a built file, relative to the base: "chuyen-de/2023/index.html" → "/chuyen-de/2023/". */
export function pageUrl(file: string): string {
  return `/${pagePath(file)}`;
}

/**
 * A built page as Pagefind indexes it: its filters (from the page registry, src/lib/search/meta.ts)
 * added to its <head> and "đ" marked in its text (src/lib/search/stroke.ts); `undefined` for pages
 * kept out.
 */
export function indexablePage(file: string, html: string, site: SiteCatalog): string | undefined {
  const filters = pageSearchFilters(pageUrl(file), site);
  // Starlight marks the indexed part of a page with data-pagefind-body, except on pages whose front
  // matter says `pagefind: false` (the checklists, the search page, the not-found page).
  if (!filters || !html.includes('data-pagefind-body')) return undefined;
  return markStrokeInHtml(html.replace(/<\/head>/i, `${filterMetaTags(filters)}</head>`));
}
