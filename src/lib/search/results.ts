/**
 * Pagefind's result data made ready to show: the best place to link to (the section of a page
 * that holds the most of the words typed, or the record's own anchor), its title and context with
 * "đ" restored, and the excerpt as text parts, so browser code builds the markup with DOM calls.
 */
import { contentKinds, contextMetaKey } from './meta';
import { unmarkStroke } from './stroke';
import { fold } from '../text';

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

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
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
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Decodes the few entities Pagefind writes into excerpts. */
function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (e) => entities[e] ?? e);
}

/**
 * Splits a Pagefind excerpt ("a <mark>b</mark> c") into text parts; anything else that looks like a
 * tag stays text. "đ" is restored.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean): void => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let rest = excerpt;
  for (;;) {
    const open = rest.indexOf('<mark>');
    const close = open < 0 ? -1 : rest.indexOf('</mark>', open);
    if (open < 0 || close < 0) {
      push(unmarkStroke(decode(rest)), false);
      break;
    }
    push(unmarkStroke(decode(rest.slice(0, open))), false);
    push(unmarkStroke(decode(rest.slice(open + '<mark>'.length, close))), true);
    rest = rest.slice(close + '</mark>'.length);
  }
  return parts;
}

/**
 * The excerpt without the title it starts with: a record's text begins with its title, which the
 * result already shows as its link.
 */
export function withoutLeadingTitle(parts: ExcerptPart[], title: string): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const lead = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[.:;,]?\\s*`, 'iu').exec(text);
  if (!lead || lead[0].length >= text.length) return parts;
  let drop = lead[0].length;
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    if (drop >= part.text.length) {
      drop -= part.text.length;
      continue;
    }
    out.push({ text: part.text.slice(drop), mark: part.mark });
    drop = 0;
  }
  return out;
}

/** A word folded for comparison: no marks, "đ"/"ḍ" as "d", lower case, letters and digits only. */
export function foldWord(word: string): string {
  return fold(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The query's words, folded; Pagefind matches each as the start of a word. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/).map(foldWord).filter(Boolean))];
}

/** How many of `terms` a section's matched words start with, then their summed score. */
function sectionScore(sub: PagefindSubResult, words: string[], terms: string[]): [number, number] {
  const found = new Set<string>();
  for (const loc of sub.locations) {
    const word = foldWord(words[loc] ?? '');
    for (const term of terms) if (word.startsWith(term)) found.add(term);
  }
  const score = (sub.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0);
  return [found.size, score];
}

/** True for the sub-result that stands for the page itself (no anchor, or Starlight's "#_top" title). */
function isPageItself(sub: PagefindSubResult, pageUrl: string): boolean {
  return sub.url === pageUrl || sub.url.endsWith('#_top') || !sub.url.includes('#');
}

/**
 * Sections of a page result, best first: those holding more of the words typed, then the higher
 * weighted score; ties keep page order.
 */
export function rankSections(data: PagefindResultData, query: string): PagefindSubResult[] {
  const subs = data.sub_results ?? [];
  const words = (data.content ?? '').split(/\s+/);
  const terms = queryTerms(query);
  const scored = subs.map((sub, i) => ({ sub, i, s: sectionScore(sub, words, terms) }));
  scored.sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1] || a.i - b.i);
  return scored.map((x) => x.sub);
}

/** What to show for one result of the query `query`. */
export function shownResult(data: PagefindResultData, query: string): ShownResult {
  const pageTitle = unmarkStroke(data.meta.title ?? data.url);
  const context = data.meta[contextMetaKey];
  const kind = data.filters?.loai?.[0] ?? '';
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
    return {
      href: data.url,
      title: pageTitle,
      context: unmarkStroke(context),
      kind,
      excerpt: withoutLeadingTitle(excerptParts(data.excerpt), pageTitle),
      more: [],
    };
  }
  // A template (the page is the item), or a page whose best match is before any heading.
  if (!best || kind === contentKinds.template || isPageItself(best, pageUrl)) {
    return {
      href: pageUrl,
      title: pageTitle,
      context: '',
      kind,
      excerpt: withoutLeadingTitle(excerptParts(best?.excerpt ?? data.excerpt), pageTitle),
      more: others(best && isPageItself(best, pageUrl) ? best : undefined),
    };
  }
  return {
    href: best.url,
    title: unmarkStroke(best.title),
    context: pageTitle,
    kind,
    excerpt: withoutLeadingTitle(excerptParts(best.excerpt), unmarkStroke(best.title)),
    more: others(best),
  };
}

/**
 * Result data with "đ" restored wherever Pagefind shows text from the index (title and other
 * metadata, excerpts, section titles): the `processResult` of the header's search dialog.
 */
export function restoreStroke<T extends PagefindResultData>(data: T): T {
  const meta = Object.fromEntries(Object.entries(data.meta).map(([k, v]) => [k, v === undefined ? v : unmarkStroke(v)]));
  return {
    ...data,
    meta,
    excerpt: unmarkStroke(data.excerpt),
    sub_results: data.sub_results?.map((sub) => ({ ...sub, title: unmarkStroke(sub.title), excerpt: unmarkStroke(sub.excerpt) })),
  };
}
