/**
 * One search, as both UIs run it: abbreviations written out, Pagefind's results, the first
 * `rerankDepth` of them re-ranked by src/lib/search/rank.ts and shown by src/lib/search/results.ts.
 */
import { expandQuery, type ExpandedQuery } from '../../lib/search/abbreviations';
import { pagefindTerm } from '../../lib/search/query';
import { tidyQuery } from '../../lib/search/url';
import { rankResults, rerankDepth, searchedWords } from '../../lib/search/rank';
import { shownResult, type ShownResult } from '../../lib/search/results';
import type { PagefindHit, PagefindSearch, SearchEngine } from './pagefind-api';

/**
 * Wait after the last key press before searching, in ms: short, so results follow the typing; the
 * index chunks are already on their way (`preloadQuery`), and a newer search replaces an older one.
 */
export const typingDelay = 80;

/** A query made ready: what was typed, the words searched, and the term Pagefind gets (null: none). */
export interface PreparedQuery {
  expanded: ExpandedQuery;
  term: string | null;
}

/** Prepares what was typed for Pagefind. */
export function prepareQuery(raw: string, engine: SearchEngine): PreparedQuery {
  const expanded = expandQuery(tidyQuery(raw), engine.hints.abbreviations);
  const words = searchedWords(expanded.text, engine.hints.papers);
  return { expanded: { ...expanded, text: words }, term: pagefindTerm(words) || null };
}

/** Results in the order to show them; those past the re-ranked head load when asked for. */
export interface OrderedResults {
  total: number;
  /** Results `from` to `to` (exclusive), shown. */
  slice(from: number, to: number): Promise<ShownResult[]>;
}

/** Orders the results of a Pagefind search for `query`. Without a query, Pagefind's order is kept. */
export async function orderResults(search: PagefindSearch, query: PreparedQuery, engine: SearchEngine): Promise<OrderedResults> {
  const words = query.expanded.text;
  const show = async (hits: PagefindHit[]): Promise<ShownResult[]> => (await Promise.all(hits.map((h) => h.data()))).map((d) => shownResult(d, words));
  const depth = query.term === null ? 0 : rerankDepth;
  const head = search.results.slice(0, depth);
  const shown = await show(head);
  const ranked = rankResults(
    shown.map((s, i) => ({ ...s, score: head[i]?.score ?? 0 })),
    words,
    engine.hints.papers,
  );
  return {
    total: search.results.length,
    async slice(from, to) {
      const fromHead = ranked.slice(from, Math.min(to, depth));
      const rest = to > depth ? await show(search.results.slice(Math.max(from, depth), to)) : [];
      return [...fromHead, ...rest];
    },
  };
}

/**
 * Starts fetching what a query will need while the reader is still typing (the wait before a search
 * starts), so the search itself finds its index chunks loaded.
 */
export function preloadQuery(raw: string, engine: Promise<SearchEngine>): void {
  void engine
    .then((ready) => {
      const { term } = prepareQuery(raw, ready);
      return term === null ? undefined : ready.pagefind.preload(term);
    })
    .catch(() => {});
}
