/**
 * The search page's filters as facets: one group of checkboxes per filter key, each value with the
 * number of results it would give. Values of one key combine with "or", keys with "and"; so the
 * counts of a key come from the search without that key's own ticks (`countSearches`).
 */
import { filterKeyOrder, filterLabels, type FilterKey, type SearchFilters } from './meta';
import type { Selection } from './url';
import { valueSlug } from './url';

/** Counts by key and value, as Pagefind returns them. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** One checkbox. */
export interface FacetValue {
  value: string;
  /** The value in the address and the checkbox's `value`. */
  slug: string;
  /** The text beside the checkbox. */
  label: string;
  count: number;
  checked: boolean;
}

/** One fieldset. */
export interface Facet {
  key: FilterKey;
  legend: string;
  values: FacetValue[];
}

/** Pagefind's filter option for a selection: `{ loai: { any: [...] } }`, leaving out `except`. */
export function pagefindFilters(selection: Selection, except?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of filterKeyOrder) {
    const values = selection[key] ?? [];
    if (key !== except && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/**
 * What Pagefind's `filters()` reports for an index of these entries: for each key and value, how many
 * entries carry it. The search page shows these counts before Pagefind is loaded.
 */
export function countFilters(entries: ReadonlyArray<SearchFilters>): FilterCounts {
  const counts: FilterCounts = {};
  for (const filters of entries) {
    for (const key of filterKeyOrder) {
      for (const value of new Set(filters[key] ?? [])) {
        const byValue = (counts[key] ??= {});
        byValue[value] = (byValue[value] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** True when nothing is ticked. */
export function isEmptySelection(selection: Selection): boolean {
  return filterKeyOrder.every((key) => (selection[key] ?? []).length === 0);
}

/**
 * The searches whose counts the facets need: the main one (`except` undefined), whose counts serve
 * every key with nothing ticked, then one per key with ticks, run without that key's own filter.
 */
export function countSearches(selection: Selection): Array<FilterKey | undefined> {
  return [undefined, ...filterKeyOrder.filter((key) => (selection[key] ?? []).length > 0)];
}

/** The label of a value: kinds start with a capital ("Quy trình"); other values are shown as they are. */
export function valueLabel(key: FilterKey, value: string): string {
  return key === 'loai' ? value.charAt(0).toLocaleUpperCase('vi') + value.slice(1) : value;
}

/** Values in the handbook's order where `order` lists them, then the rest (years newest first, others A–Z). */
function ordered(key: FilterKey, values: string[], order: readonly string[]): string[] {
  const known = order.filter((v) => values.includes(v));
  const rest = values
    .filter((v) => !order.includes(v))
    .sort((a, b) => (key === 'nam' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
  return [...known, ...rest];
}

/**
 * The facets to show. `counts(key)` gives the counts for one key (see `countSearches`); every value
 * the index holds (`totals`) is listed, with 0 where the current search has none. Keys the index does
 * not use are left out.
 */
export function buildFacets(
  totals: FilterCounts,
  counts: (key: FilterKey) => Record<string, number> | undefined,
  selection: Selection,
  order: Partial<Record<FilterKey, readonly string[]>>,
): Facet[] {
  return filterKeyOrder.flatMap((key): Facet[] => {
    const all = Object.keys(totals[key] ?? {});
    if (all.length === 0) return [];
    const current = counts(key) ?? {};
    const ticked = new Set(selection[key] ?? []);
    return [
      {
        key,
        legend: filterLabels[key],
        values: ordered(key, all, order[key] ?? []).map((value) => ({
          value,
          slug: valueSlug(value),
          label: valueLabel(key, value),
          count: current[value] ?? 0,
          checked: ticked.has(value),
        })),
      },
    ];
  });
}

/** "loại nội dung: quy trình; năm: 2023", for the no-results help. */
export function describeSelection(selection: Selection): string {
  return filterKeyOrder
    .filter((key) => (selection[key] ?? []).length > 0)
    .map((key) => `${filterLabels[key].toLocaleLowerCase('vi')}: ${(selection[key] ?? []).join(', ')}`)
    .join('; ');
}
