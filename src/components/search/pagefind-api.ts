/**
 * Pagefind's JavaScript API, loaded at run time from the files the build writes (pagefind/pagefind.js):
 * a variable import, so the bundler leaves it alone and pages that do not search never load it. The
 * search hints (abbreviations, papers) are fetched beside it.
 */
import { siteBase, withBase } from '../../lib/text';
import { routes } from '../../lib/routes';
import { searchRanking } from '../../lib/search/meta';
import type { PagefindResultData } from '../../lib/search/results';
import type { FilterCounts } from '../../lib/search/facets';
import type { SearchHints } from '../../lib/search/hints';

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

/** The part of Pagefind's API the search UIs use. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  /** Starts fetching the index chunks a term needs, before it is searched. */
  preload(term: string): Promise<void>;
}

/** Pagefind and the hints, ready to search. */
export interface SearchEngine {
  pagefind: Pagefind;
  hints: SearchHints;
}

let loaded: Promise<SearchEngine> | undefined;

/** The hints with the site base in front of their addresses, as Pagefind writes result URLs. */
async function loadHints(base: string): Promise<SearchHints> {
  const response = await fetch(base + routes.searchHints);
  if (!response.ok) throw new Error(`Không tải được ${routes.searchHints}`);
  const hints = (await response.json()) as SearchHints;
  const based = (urls: string[]): string[] => urls.map((u) => withBase(u, base));
  return { ...hints, papers: hints.papers.map((p) => ({ ...p, templates: based(p.templates), producers: based(p.producers) })) };
}

/**
 * Loads Pagefind once, with the handbook's ranking, and starts fetching its index; fetches the hints.
 * Pagefind runs on the page's own thread (`noWorker`): the index is small, and its worker script
 * would be one more file to fetch before the first result.
 */
export function loadSearch(): Promise<SearchEngine> {
  loaded ??= (async () => {
    const base = siteBase();
    const hints = loadHints(base);
    // A variable, not a template literal, so the bundler neither resolves nor wraps this import.
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, ranking: searchRanking, noWorker: true });
    await pagefind.init();
    return { pagefind, hints: await hints };
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}
