/**
 * Vietnamese "đ" in the search index. Pagefind matches words without their diacritics ("bien ban"
 * finds "biên bản") by decomposing letters and dropping the marks, but "đ" has no decomposition, so
 * "de dan" would never find "đề dẫn". The text Pagefind indexes therefore writes "đ" as "ḍ" (d with
 * a dot below, a letter Vietnamese never uses), which decomposes to "d" plus a mark: "ḍề" is found by
 * "de", "đề" and "đe", like any other accented letter. Queries get the same change, and every text
 * shown from the index (titles, excerpts) gets "đ" back.
 */

const toMarked: Record<string, string> = { đ: 'ḍ', Đ: 'Ḍ' };
const toPlain: Record<string, string> = { ḍ: 'đ', Ḍ: 'Đ' };

/** "Đảng đoàn" → "Ḍảng ḍoàn": the form of text that goes into the index and into queries. */
export function markStroke(text: string): string {
  return text.replace(/[đĐ]/g, (c) => toMarked[c] ?? c);
}

/** "Ḍảng ḍoàn" → "Đảng đoàn": text from the index as people read it. */
export function unmarkStroke(text: string): string {
  return text.replace(/[ḍḌ]/g, (c) => toPlain[c] ?? c);
}

/** True when `text` already holds the stand-in letter, which would then read back as "đ". */
export function hasStandIn(text: string): boolean {
  return /[ḍḌ]/.test(text);
}

/**
 * A built page as Pagefind should index it: "đ" marked in the text of <body> only. The <head>, where
 * the page's filters are (src/lib/search-meta.ts), and attribute values stay as written.
 */
export function markStrokeInHtml(html: string): string {
  const start = html.search(/<body[\s>]/i);
  if (start < 0) return html;
  return html.slice(0, start) + html.slice(start).replace(/>([^<]+)</g, (_, text: string) => `>${markStroke(text)}<`);
}
