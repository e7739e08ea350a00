/**
 * Abbreviations and other names in queries (content/abbreviations.yaml): "HD42", "hd 42" or "42-HD"
 * are searched as "Hướng dẫn 42-HD/BTCTW". Forms match whole words of the query, compared by
 * `foldKey` (src/lib/text.ts), so case, diacritics, "đ"/"d", spaces, hyphens and slashes do not matter.
 */
import type { Abbreviation } from '../../schemas/abbreviation';
import type { BasisDocument } from '../../schemas/basis-document';
import { abbreviationName } from '../content/abbreviations';
import { foldKey as formKey } from '../text';

/** An abbreviation as search uses it in the browser: the full name and the keys of its forms. */
export interface SearchAbbreviation {
  name: string;
  keys: string[];
}

/** A form of a query that was searched by its full name. */
export interface Expansion {
  /** The words as typed ("hd 42"). */
  typed: string;
  /** The full name searched for them ("Hướng dẫn 42-HD/BTCTW"). */
  name: string;
}

/** A query with its abbreviations written out. */
export interface ExpandedQuery {
  /** The words to search. */
  text: string;
  expansions: Expansion[];
}

/** Forms this many words long at most are looked for. */
const maxFormWords = 5;


/** The abbreviations as the browser gets them. */
export function searchAbbreviations(entries: readonly Abbreviation[], documents: readonly BasisDocument[]): SearchAbbreviation[] {
  return entries.flatMap((entry) => {
    const name = abbreviationName(entry, documents);
    return name ? [{ name, keys: entry.forms.map(formKey) }] : [];
  });
}

/**
 * Writes out the abbreviations of a query: each run of whole words whose key is a form's key becomes
 * the full name, the longest run first, left to right. An entry whose full name the query already
 * holds is left alone ("sổ tay đảng viên điện tử" does not grow a second "điện tử").
 */
export function expandQuery(query: string, abbreviations: readonly SearchAbbreviation[]): ExpandedQuery {
  const words = query.split(/\s+/).filter(Boolean);
  const whole = words.map(formKey).join('');
  const byKey = new Map<string, SearchAbbreviation>();
  for (const entry of abbreviations) {
    if (whole.includes(formKey(entry.name))) continue;
    for (const key of entry.keys) byKey.set(key, entry);
  }
  const out: string[] = [];
  const expansions: Expansion[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(maxFormWords, words.length - i); n > 0 && matched === 0; n -= 1) {
      const entry = byKey.get(words.slice(i, i + n).map(formKey).join(''));
      if (entry) {
        const typed = words.slice(i, i + n).join(' ');
        out.push(entry.name);
        expansions.push({ typed, name: entry.name });
        matched = n;
      }
    }
    if (matched === 0) out.push(words[i] ?? '');
    i += Math.max(matched, 1);
  }
  return { text: out.join(' '), expansions };
}
