/**
 * What the index holds, from the same data the index is built from (src/integrations/search-index.ts):
 * the registry's pages that search classifies, and the records. The search page's filter counts are
 * computed from it at build time, so they equal what Pagefind would report.
 */
import type { Handbook } from '../content/load';
import { allPages } from '../routes';
import { pageData } from '../sidebar';
import { countFilters, type FilterCounts } from './facets';
import { indexedPages, type SiteCatalog } from './meta';
import { searchRecords } from './records';

/** The pages and procedures of a loaded handbook, as search classifies them. */
export function siteCatalog(handbook: Handbook): SiteCatalog {
  return { pages: allPages(pageData(handbook)), procedures: handbook.procedures };
}

/** The counts Pagefind's `filters()` gives for the whole index. */
export function indexFilterCounts(handbook: Handbook): FilterCounts {
  const pages = indexedPages(siteCatalog(handbook)).map((p) => p.filters);
  return countFilters([...pages, ...searchRecords(handbook).map((r) => r.filters)]);
}
