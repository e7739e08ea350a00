/**
 * The order both search UIs show results in: Pagefind finds and scores the entries; the first
 * `rerankDepth` of them are then put in an order people can predict, by one rule:
 *
 * 1. Paper: when the query names a kind of paper ("biên bản", "mẫu biên bản", "đề dẫn"), that
 *    paper's templates come first (in the handbook's order), then the steps and advice that produce
 *    it (those its templates refer to whose title names it). Papers come from the template data
 *    (src/lib/search/papers.ts), so a new template ranks by the same rule.
 * 2. Title: the title is the query; else holds the query's words together; else holds them all,
 *    scattered; else the entry's text holds the words together; else none of these.
 * 3. Pagefind's score, higher first.
 * 4. Ties: the shorter title, then the address, so the order never depends on chance.
 */
import { hasPhrase, queryWords } from './snippet';

/** Results re-ranked; the rest follow in Pagefind's order. */
export const rerankDepth = 12;

/** A kind of paper, as search ranks it: its name and the addresses of its templates and producers. */
export interface SearchPaper {
  /** "biên bản", from the templates' `name`. */
  name: string;
  /** Its templates' pages, in the handbook's order. */
  templates: string[];
  /** Steps and advice that produce it. */
  producers: string[];
}

/** What ranking reads of a result. */
export interface Rankable {
  href: string;
  title: string;
  /** The entry's whole text. */
  text: string;
  /** Pagefind's score. */
  score: number;
}

/** Words that may stand before a paper's name in a query that names it ("mẫu biên bản"). */
const paperLead = ['mau'];

/**
 * The words to search for a query: the paper's name alone when the query names one ("mẫu biên bản"
 * searches "biên bản", so the steps that produce it, which never say "mẫu", are found too).
 */
export function searchedWords(query: string, papers: readonly SearchPaper[]): string {
  return namedPaper(query, papers)?.name ?? query;
}

/** The paper a query names, if any: its words, after an optional "mẫu", are the paper's name. */
export function namedPaper(query: string, papers: readonly SearchPaper[]): SearchPaper | undefined {
  const words = queryWords(query);
  const rest = paperLead.includes(words[0] ?? '') ? words.slice(1) : words;
  const key = rest.join(' ');
  return key ? papers.find((p) => queryWords(p.name).join(' ') === key) : undefined;
}

/** The rank of one result, smaller first, as a tuple compared left to right (steps 1 and 2 above). */
export function rankKey(result: Rankable, query: string, paper: SearchPaper | undefined): [number, number] {
  let paperRank = 0;
  if (paper) {
    const t = paper.templates.findIndex((h) => h === result.href);
    const p = paper.producers.some((h) => h === result.href);
    paperRank = t >= 0 ? t : p ? paper.templates.length : paper.templates.length + 1;
  }
  const q = queryWords(query);
  const title = queryWords(result.title);
  const text = queryWords(result.text);
  let titleRank = 4;
  if (q.length === 0) titleRank = 4;
  else if (title.join(' ') === q.join(' ')) titleRank = 0;
  else if (hasPhrase(title, q)) titleRank = 1;
  else if (q.every((w) => title.includes(w))) titleRank = 2;
  else if (hasPhrase(text, q)) titleRank = 3;
  return [paperRank, titleRank];
}

/** Orders two results by the rule above. */
export function compareRanked(a: { key: [number, number]; r: Rankable }, b: { key: [number, number]; r: Rankable }): number {
  return (
    a.key[0] - b.key[0] ||
    a.key[1] - b.key[1] ||
    b.r.score - a.r.score ||
    a.r.title.length - b.r.title.length ||
    (a.r.href < b.r.href ? -1 : a.r.href > b.r.href ? 1 : 0)
  );
}

/** Results in the order to show them (see the rule at the top of this file). */
export function rankResults<T extends Rankable>(results: readonly T[], query: string, papers: readonly SearchPaper[]): T[] {
  const paper = namedPaper(query, papers);
  return results
    .map((r) => ({ r, key: rankKey(r, query, paper) }))
    .sort(compareRanked)
    .map((x) => x.r);
}
