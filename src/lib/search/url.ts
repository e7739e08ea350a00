/**
 * The search page's state in its address, so a search can be shared and survives a reload:
 * "?q=cu+thu+ky&loai=quy-trinh&nhom=xay-dung-dang". Filter values travel as slugs without diacritics
 * (the same as heading ids) and are matched back to the values the index holds.
 */
import { slug } from '../text';
import { filterKeyOrder, type FilterKey } from './meta';

/** Filter selections: key → values as the index holds them ("quy trình"). */
export type Selection = Partial<Record<FilterKey, string[]>>;

/** What the address says: the query as typed, and filter slugs by key. */
export interface UrlState {
  q: string;
  slugs: Partial<Record<FilterKey, string[]>>;
}

/** The slug of a filter value in the address: "quy trình" → "quy-trinh", "2023" → "2023". */
export function valueSlug(value: string): string {
  return slug(value);
}

/** Tidies a query for the address and the box: NFC, single spaces, trimmed; case and diacritics kept. */
export function tidyQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Reads the query and the filter slugs from a location's search string ("?q=…&loai=…"). */
export function parseSearchState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const slugs: UrlState['slugs'] = {};
  for (const key of filterKeyOrder) {
    const values = [...new Set(params.getAll(key).map((v) => valueSlug(v)).filter(Boolean))];
    if (values.length > 0) slugs[key] = values;
  }
  return { q: tidyQuery(params.get('q') ?? ''), slugs };
}

/** The search string for a query and selection: keys in a fixed order, values as slugs; "" when empty. */
export function searchString(q: string, selection: Selection): string {
  const params = new URLSearchParams();
  const query = tidyQuery(q);
  if (query) params.set('q', query);
  for (const key of filterKeyOrder) {
    for (const value of selection[key] ?? []) params.append(key, valueSlug(value));
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** Matches the address's slugs to the filter values the index offers; unknown slugs are dropped. */
export function resolveSelection(slugs: UrlState['slugs'], available: Partial<Record<string, Record<string, number>>>): Selection {
  const selection: Selection = {};
  for (const key of filterKeyOrder) {
    const wanted = new Set(slugs[key] ?? []);
    if (wanted.size === 0) continue;
    const values = Object.keys(available[key] ?? {}).filter((value) => wanted.has(valueSlug(value)));
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}
