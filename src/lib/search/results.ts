/**
 * What the search UIs show for a Pagefind result: the link (to the step, topic or section that
 * matched, or the page), its title and where it sits, with "đ" restored, and a snippet made by
 * src/lib/search/snippet.ts, as text parts, so browser code builds the markup with DOM calls.
 */
import { contentKinds, contextMetaKey } from './meta';
import { unmarkStroke } from './stroke';
import { foldedWords, queryTerms, queryWords, snippet, type ExcerptPart } from './snippet';

export { queryTerms, type ExcerptPart };

/** One weighted word location in a Pagefind result. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a page in Pagefind's result data (a heading with an id, or the page itself). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: WeightedLocation[];
  anchor?: { element: string; id: string };
}

/** The part of `await result.data()` this module reads. */
export interface PagefindResultData {
  url: string;
  content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

/** A result as the search UIs show it. */
export interface ShownResult {
  /** Where the link goes: a section or record anchor, or the page. */
  href: string;
  /** The link text: the step, topic or section title, or the page title. */
  title: string;
  /** Where it sits: "Bước 2 · Các bước sinh hoạt chuyên đề", or the page title for a section. */
  context: string;
  /** The value of the "loai" filter ("quy trình"), or "" when the entry has none. */
  kind: string;
  excerpt: ExcerptPart[];
  /** Other sections of the same page that match, best first (at most two). */
  more: Array<{ href: string; title: string }>;
  /** The entry's whole text ("đ" restored), which ranking reads. */
  text: string;
}

/**
 * A section's score, compared left to right: 1 when the query's words stand together at one of its
 * matches, how many of the query's distinct words its matched words start with, then their summed score.
 */
function sectionScore(sub: PagefindSubResult, keys: string[], query: string): [number, number, number] {
  const terms = queryTerms(query);
  const words = queryWords(query);
  const found = new Set<string>();
  let together = 0;
  for (const loc of sub.locations) {
    const word = keys[loc] ?? '';
    for (const term of terms) if (word.startsWith(term)) found.add(term);
    if (words.length > 1 && words.every((w, k) => keys[loc + k] === w)) together = 1;
  }
  const score = (sub.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0);
  return [together, found.size, score];
}

/** True for the sub-result that stands for the page itself (no anchor, or Starlight's "#_top" title). */
function isPageItself(sub: PagefindSubResult, pageUrl: string): boolean {
  return sub.url === pageUrl || sub.url.endsWith('#_top') || !sub.url.includes('#');
}

/**
 * Sections of a page result, best first: those where the words typed stand together, then those
 * holding more of them, then the higher weighted score; ties keep page order.
 */
export function rankSections(data: PagefindResultData, query: string): PagefindSubResult[] {
  const subs = data.sub_results ?? [];
  const keys = foldedWords(data.content ?? '');
  const scored = subs.map((sub, i) => ({ sub, i, s: sectionScore(sub, keys, query) }));
  scored.sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1] || b.s[2] - a.s[2] || a.i - b.i);
  return scored.map((x) => x.sub);
}

/** The first word of a section: the earliest word Pagefind located in it. */
const sectionStart = (sub: PagefindSubResult | undefined): number => (sub && sub.locations.length > 0 ? Math.min(...sub.locations) : 0);

/** What to show for one result of the query `query` (the words searched, abbreviations written out). */
export function shownResult(data: PagefindResultData, query: string): ShownResult {
  const pageTitle = unmarkStroke(data.meta.title ?? data.url);
  const context = data.meta[contextMetaKey];
  const kind = data.filters?.loai?.[0] ?? '';
  const content = data.content ?? '';
  const text = unmarkStroke(content);
  const pageUrl = data.url.replace(/#.*$/, '');
  const sections = rankSections(data, query);
  const best = sections[0];
  const others = (skip?: PagefindSubResult) =>
    sections
      .filter((s) => s !== skip && !isPageItself(s, pageUrl))
      .slice(0, 2)
      .map((s) => ({ href: s.url, title: unmarkStroke(s.title) }));

  // A record: its URL already has its anchor.
  if (context !== undefined) {
    return { href: data.url, title: pageTitle, context: unmarkStroke(context), kind, excerpt: snippet(content, pageTitle, query), more: [], text };
  }
  // A template (the page is the item), or a page whose best match is before any heading.
  if (!best || kind === contentKinds.template || isPageItself(best, pageUrl)) {
    return {
      href: pageUrl,
      title: pageTitle,
      context: '',
      kind,
      excerpt: snippet(content, pageTitle, query),
      more: others(best && isPageItself(best, pageUrl) ? best : undefined),
      text,
    };
  }
  const title = unmarkStroke(best.title);
  // The section's words: from its heading, which sits at or a little before its first match.
  const headingAt = findHeading(content, title, sectionStart(best));
  return { href: best.url, title, context: pageTitle, kind, excerpt: snippet(content, title, query, headingAt), more: others(best), text };
}

/** Where a section's heading starts in `content`: the last place at or before `before` where its words stand. */
function findHeading(content: string, title: string, before: number): number {
  const keys = foldedWords(content);
  const heading = queryWords(title);
  for (let i = Math.min(before, keys.length - 1); i >= 0; i -= 1) {
    if (heading.length > 0 && heading.every((w, k) => keys[i + k] === w)) return i;
  }
  return before;
}
