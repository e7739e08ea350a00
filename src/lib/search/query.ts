/**
 * What a person types, made comparable: the same words in decomposed Unicode (NFD, as some phone
 * keyboards and copied text give), in capitals or with extra spaces search as the correct spelling.
 */
import { markStroke } from './stroke';
import { fold } from '../text';

/** Characters that show nothing but break words apart: zero-width spaces and joiners, BOM, soft hyphen. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Normalises a query: NFC, lower case (Vietnamese rules), invisible characters dropped, one space between words, trimmed. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(invisible, '').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/**
 * The term to give Pagefind: the normalised query with "đ" written as the index writes it
 * (src/lib/search-text.ts), so "đề", "de" and "DE" all find "đề".
 */
export function pagefindTerm(raw: string): string {
  return markStroke(normalizeQuery(raw));
}

/** The query without diacritics ("biên bản" → "bien ban"), to suggest when a search finds nothing. */
export function withoutDiacritics(raw: string): string {
  return fold(normalizeQuery(raw));
}
