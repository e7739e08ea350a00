/**
 * Keeps what a person typed in the template forms on their own device, through the handbook's one
 * storage helper (src/lib/storage.ts), shared by every template so a cell's name is typed once.
 *
 * Stored under STORAGE_KEY as JSON: `{ "version": 1, "values": { "<field>": "<text>" } }`. A value
 * saved under the earlier key ("so-tay.mau-van-ban") is moved here when first read. A missing,
 * corrupt or foreign value reads as empty; a storage that throws (private mode, full quota) leaves
 * the form working without saving.
 */
import { StoredValue, storageKey, type StorageLike } from '../storage';
import type { FormValues } from './values';

/** The localStorage key. */
export const STORAGE_KEY = storageKey('mau-van-ban', 'da-nhap');
/** The key the same values were kept under before one key scheme served every part of the handbook. */
export const LEGACY_STORAGE_KEY = 'so-tay.mau-van-ban';
/** Version of the stored shape; another version reads as empty. */
export const STORAGE_VERSION = 1;

/** The part of Storage these functions use. */
export type KeyValueStore = StorageLike;

interface StoredValues {
  version: typeof STORAGE_VERSION;
  values: FormValues;
}

/** Stored values from parsed JSON; null when they are not of this shape. */
function parseValues(data: unknown): StoredValues | null {
  if (!data || typeof data !== 'object') return null;
  const { version, values } = data as { version?: unknown; values?: unknown };
  if (version !== STORAGE_VERSION || !values || typeof values !== 'object' || Array.isArray(values)) return null;
  const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string')) as FormValues;
  return { version: STORAGE_VERSION, values: kept };
}

const stored = (store: KeyValueStore | undefined): StoredValue<StoredValues> =>
  new StoredValue(store ?? null, STORAGE_KEY, { parse: parseValues, legacyKeys: [LEGACY_STORAGE_KEY] });

/** Reads the saved values, or {} when there are none or they cannot be read. */
export function loadValues(store: KeyValueStore | undefined): FormValues {
  return stored(store).read()?.values ?? {};
}

/** Saves the values; false when the storage refused them. */
export function saveValues(store: KeyValueStore | undefined, values: FormValues): boolean {
  const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  return stored(store).write(Object.keys(kept).length === 0 ? null : { version: STORAGE_VERSION, values: kept });
}

/** Forgets the saved values; false when the storage refused. */
export function clearValues(store: KeyValueStore | undefined): boolean {
  return stored(store).write(null);
}
