/**
 * Keeps what a person typed in the template forms on their own device (localStorage), shared by
 * every template so a cell's name is typed once. Nothing leaves the device.
 *
 * Stored under STORAGE_KEY as JSON: `{ "version": 1, "values": { "<field>": "<text>" } }`.
 * A missing, corrupt or foreign value reads as empty; a storage that throws (private mode, full
 * quota) leaves the form working without saving.
 */
import type { FormValues } from './values';

/** The localStorage key. */
export const STORAGE_KEY = 'so-tay.mau-van-ban';
/** Version of the stored shape; another version reads as empty. */
export const STORAGE_VERSION = 1;

/** The part of Storage these functions use. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads the saved values, or {} when there are none or they cannot be read. */
export function loadValues(store: KeyValueStore | undefined): FormValues {
  try {
    const raw = store?.getItem(STORAGE_KEY);
    if (!raw) return {};
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object') return {};
    const { version, values } = data as { version?: unknown; values?: unknown };
    if (version !== STORAGE_VERSION || !values || typeof values !== 'object' || Array.isArray(values)) return {};
    return Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string')) as FormValues;
  } catch {
    return {};
  }
}

/** Saves the values; false when the storage refused them. */
export function saveValues(store: KeyValueStore | undefined, values: FormValues): boolean {
  try {
    if (!store) return false;
    const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    if (Object.keys(kept).length === 0) store.removeItem(STORAGE_KEY);
    else store.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, values: kept }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved values; false when the storage refused. */
export function clearValues(store: KeyValueStore | undefined): boolean {
  try {
    store?.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
