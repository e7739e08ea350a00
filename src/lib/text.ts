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

/** "Bảy nhóm vấn đề" → "bay-nhom-van-de": folded, words of ASCII letters and digits joined by "-". */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Formats a yyyy-mm-dd date as dd/mm/yyyy, the form Vietnamese documents use. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
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
