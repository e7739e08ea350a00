/**
 * The search index's conventions, in one place: the Pagefind filter keys and their Vietnamese
 * values, which pages carry which filters, and the ranking both search UIs use.
 *
 * Two kinds of entries end up in the index (see src/lib/search-index.ts):
 * - pages, with their prose; their filters come from `pageSearchFilters()`, by address;
 * - records, one per item that content/ holds and a page gives an anchor to (a procedure step, a
 *   topic group, a topic, a piece of advice, a basis document), built by src/lib/search-records.ts.
 *   Pages mark those items with `recordSection` so their text is indexed once, as the record.
 * Template pages (/mau-van-ban/…) are pages of the kind "mẫu văn bản"; they need no markup for it.
 */
import { pageAt, type Page, type PageSearchKind } from '../routes';

/** Pagefind filter keys, also the URL parameters of the search page (?loai=…&nhom=…). */
export const filterKeys = {
  kind: 'loai',
  group: 'nhom',
  year: 'nam',
  procedure: 'quy-trinh',
} as const;

/** One of the filter keys ("loai", "nhom", "nam", "quy-trinh"). */
export type FilterKey = (typeof filterKeys)[keyof typeof filterKeys];

/** The filter keys in the order the search page shows them. */
export const filterKeyOrder: readonly FilterKey[] = [filterKeys.kind, filterKeys.procedure, filterKeys.group, filterKeys.year];

/** The legend of each filter on the search page. */
export const filterLabels: Record<FilterKey, string> = {
  loai: 'Loại nội dung',
  nhom: 'Nhóm vấn đề',
  nam: 'Năm',
  'quy-trinh': 'Quy trình',
};

/** Values of the "loai" filter: what kind of content an entry is. */
export const contentKinds = {
  guide: 'hướng dẫn',
  procedure: 'quy trình',
  template: 'mẫu văn bản',
  topic: 'chuyên đề',
  topicList: 'danh sách chuyên đề',
} as const;

/** A value of the "loai" filter. */
export type ContentKind = (typeof contentKinds)[keyof typeof contentKinds];

/** Filter values of one index entry: key → values (Pagefind's own shape). */
export type SearchFilters = Partial<Record<FilterKey, string[]>>;

/**
 * Attributes for an element whose text is indexed as records rather than as part of its page
 * (steps, topic groups, topics, advice, basis documents, and the checklists that repeat them):
 * Pagefind leaves its text out of the page's entry.
 */
export const recordSection = { 'data-pagefind-ignore': '' } as const;

/**
 * Pagefind's scoring (its `ranking` option), shared by the header's search dialog and the search page;
 * the first results are then re-ranked by src/lib/search/rank.ts. Titles weigh as headings: every
 * record is indexed with its title as the page heading (src/lib/search/records.ts), so a match in a
 * step's or topic's title outranks running text, as a match in a page's own title does. Tested over
 * real queries in tests/e2e/search.test.ts.
 * - termSimilarity 4 (Pagefind: 1): every word typed matches as the start of longer words ("thu" finds
 *   "thư" and "thường"); a word of the typed length ("ky" → "ký") then counts far more than a longer one.
 * - metaWeights.title 2 (Pagefind: 5): Pagefind's title boost ignores that difference, so it is kept
 *   small and the heading weight does the work; a record's context (`contextMetaKey`) is shown, not ranked.
 * - pageLength 0.3 (Pagefind: 0.75): long guidance pages are not pushed below short records on length alone.
 * - diacriticSimilarity 0 (Pagefind: 0.8): a query typed without diacritics ranks exactly as the same
 *   query typed with them, so "bien ban" and "biên bản" give the same results in the same order.
 */
export const searchRanking = {
  termSimilarity: 4,
  pageLength: 0.3,
  diacriticSimilarity: 0,
  metaWeights: { title: 2, thuộc: 0 },
} as const;

/**
 * Metadata key of a record's place in the handbook ("Bước 2 · Các bước sinh hoạt chuyên đề").
 * Both search UIs show it above the title; its words still match a query (Pagefind searches metadata)
 * but add nothing to the rank (`searchRanking.metaWeights`).
 */
export const contextMetaKey = 'thuộc';

/** What a page needs to know about the site to be classified: every page, and the procedures' titles. */
export interface SiteCatalog {
  /** Every page of the handbook (src/lib/routes.ts `allPages`). */
  pages: readonly Page[];
  /** Procedures by id: their titles, the values of the "quy-trinh" filter. */
  procedures: ReadonlyArray<{ id: string; title: string }>;
}

/** The "loai" value of each kind of page in the registry. */
const pageKinds: Record<Exclude<PageSearchKind, false>, ContentKind> = {
  guide: contentKinds.guide,
  procedure: contentKinds.procedure,
  template: contentKinds.template,
  topicList: contentKinds.topicList,
};

/**
 * The filters of a page, from its path relative to the base ("chuyen-de/2023/"), as the page registry
 * describes it: its kind, its year for a topic list, and the titles of the procedures it shows.
 * `undefined` for pages kept out of the index (the search page, the not-found page, checklists) and
 * for paths the registry does not know.
 */
export function pageSearchFilters(path: string, site: SiteCatalog): SearchFilters | undefined {
  const page = pageAt(site.pages, path);
  if (!page || page.search === false) return undefined;
  const filters: SearchFilters = { loai: [pageKinds[page.search]] };
  const shown = (page.shows.procedures ?? []).map((id) => site.procedures.find((p) => p.id === id)?.title ?? id);
  if (shown.length > 0) filters['quy-trinh'] = shown;
  if (page.shows.topicYear !== undefined) filters.nam = [String(page.shows.topicYear)];
  return filters;
}

/** The paths of every page the index holds, with their filters: the registry's pages that search classifies. */
export function indexedPages(site: SiteCatalog): Array<{ path: string; filters: SearchFilters }> {
  return site.pages.flatMap((page) => {
    const filters = pageSearchFilters(page.path, site);
    return filters ? [{ path: page.path, filters }] : [];
  });
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => escapes[c] ?? c);
}

/**
 * `<meta>` elements that give Pagefind an entry's filters (it reads filters anywhere in a document):
 * `<meta data-pagefind-filter="loai[content]" content="hướng dẫn">`. They go only into the copy of a
 * page that is indexed (src/lib/search-index.ts), so pages carry no extra bytes for them.
 */
export function filterMetaTags(filters: SearchFilters): string {
  return filterKeyOrder
    .flatMap((key) => (filters[key] ?? []).map((value) => `<meta data-pagefind-filter="${key}[content]" content="${escapeHtml(value)}">`))
    .join('');
}
