/**
 * All the search code the browser runs, in one module: the header dialog loads it when opened
 * (site-search.ts), the search page imports it (search-page.ts). Being one chunk, the dialog's lazy
 * import needs no list of shared chunks in the script every page carries.
 */
export { mountDialogSearch } from './dialog';
export { loadSearch, type PagefindSearch, type SearchEngine } from './pagefind-api';
export { orderResults, preloadQuery, prepareQuery, typingDelay, type OrderedResults, type PreparedQuery } from './engine';
export { resultItem, showExpansions } from './result-list';
export { withoutDiacritics, normalizeQuery } from '../../lib/search/query';
export { parseSearchState, resolveSelection, searchString, tidyQuery, type Selection } from '../../lib/search/url';
export { countSearches, describeSelection, isEmptySelection, pagefindFilters, type FilterCounts } from '../../lib/search/facets';
export { filterKeyOrder, type FilterKey } from '../../lib/search/meta';
