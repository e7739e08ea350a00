/**
 * All the search code the browser runs, in one module: the header dialog loads it when opened
 * (site-search.ts), the search page imports it (search-page.ts). Being one chunk, the dialog's lazy
 * import needs no list of shared chunks in the script every page carries.
 */
export { mountPagefindUi } from './pagefind-ui';
export { loadPagefind, type Pagefind, type PagefindSearch } from './pagefind-api';
export { pagefindTerm, withoutDiacritics, normalizeQuery } from '../../lib/search/query';
export { shownResult, type ShownResult } from '../../lib/search/results';
export { parseSearchState, resolveSelection, searchString, tidyQuery, type Selection } from '../../lib/search/url';
export {
  buildFacets,
  countSearches,
  describeSelection,
  isEmptySelection,
  pagefindFilters,
  valueLabel,
  type FilterCounts,
} from '../../lib/search/facets';
export { filterKeyOrder, type FilterKey } from '../../lib/search/meta';
