/**
 * Pagefind's JavaScript API, loaded at run time from the files the build writes (pagefind/pagefind.js):
 * a variable import, so the bundler leaves it alone and pages that do not search never load it.
 */
import { siteBase } from '../../lib/text';
import { searchRanking } from '../../lib/search/meta';
import type { PagefindResultData } from '../../lib/search/results';
import type { FilterCounts } from '../../lib/search/facets';

/** One hit: its data loads on demand. */
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** What `search()` resolves to. */
export interface PagefindSearch {
  results: PagefindHit[];
  unfilteredResultCount: number;
  /** Results there would be for each filter value added to the current filters. */
  filters: FilterCounts;
}

/** The part of Pagefind's API the search page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
}

let loaded: Promise<Pagefind> | undefined;

/** Loads Pagefind once, with the handbook's ranking, and starts fetching its index. */
export function loadPagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const base = siteBase();
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, ranking: searchRanking });
    await pagefind.init();
    return pagefind;
  })();
  return loaded;
}
