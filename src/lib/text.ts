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
