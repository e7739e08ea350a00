/**
 * Text and address helpers every part of the handbook shares: Unicode normalisation, folding
 * (diacritics and "đ"), slugs, Vietnamese number and date formats, and the site's base path.
 */

/** Normalises a string to NFC. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Returns a copy of `value` with every string in it normalised to NFC. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((v) => normalizeDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDeep(v)])) as T;
  }
  return value;
}

/**
 * "Đề dẫn" → "de dan": lower case, without diacritics, "đ" (which has no decomposition) as "d";
 * spaces and punctuation are kept. The one folding every comparison, slug and suggestion uses.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC')
    .toLocaleLowerCase('vi');
}

/** "HD 42", "hd-42" and "HĐ42" all give "hd42": folded, letters and digits only, for comparing names. */
export function foldKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** "Bảy nhóm vấn đề" → "bay-nhom-van-de": folded, words of ASCII letters and digits joined by "-". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A date as Party papers cite it in running text: two-digit day, the month without a leading zero
 * except January and February ("06/7/2018", "02/02/2008"). Partial dates read "tháng 11/2021" and
 * "năm 2011".
 */
export function formatDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`Ngày không hợp lệ: ${date}`);
  const [, year, month, day] = match;
  if (!month) return `năm ${year}`;
  const m = Number(month) < 3 ? month : String(Number(month));
  return day ? `${day}/${m}/${year}` : `tháng ${Number(month)}/${year}`;
}

/**
 * A title in quotation marks, with the quotation marks inside it turned to single ones, as
 * Vietnamese nests quotes: 'tác phẩm “Kiên quyết…”' → '“tác phẩm ‘Kiên quyết…’”'.
 */
export function quoted(title: string): string {
  return `“${title.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** The text with its first letter in capitals (Vietnamese rules): "chủ trì, đảng viên" → "Chủ trì, đảng viên". */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** A file size as Vietnamese writes it: 9676 → "9,4 KB" (1 KB = 1024 bytes). */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
}

/** "/so-tay" or "so-tay/" → "/so-tay/"; "" → "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Prefixes a root-relative URL with the site base: withBase('/quy-trinh/', '/so-tay/') →
 * '/so-tay/quy-trinh/'. Relative, absolute, protocol-relative and hash-only URLs are returned unchanged.
 */
export function withBase(url: string, base: string): string {
  const b = normalizeBase(base);
  if (b === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  return b + url.slice(1);
}

/** The base the site is built for ("/" or "/so-tay/"), from Vite's BASE_URL; in pages and browser code. */
export function siteBase(): string {
  return normalizeBase(import.meta.env.BASE_URL ?? '/');
}
