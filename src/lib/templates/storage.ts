/**
 * Keeps what a person typed in the template forms on their own device, through the handbook's one
 * storage helper (src/lib/storage.ts). Most values are shared by every template, so a cell's name is
 * typed once; a value that belongs to one paper (its number, PER_PAPER_FIELDS) is kept per template.
 *
 * Stored under STORAGE_KEY as JSON:
 * `{ "version": 1, "values": { "<field>": "<text>" }, "papers": { "<template id>": { "so": "05" } } }`
 * (`papers` may be absent). A value saved under the earlier key ("so-tay.mau-van-ban") is moved here
 * when first read. A missing, corrupt or foreign value reads as empty; a storage that throws
 * (private mode, full quota) leaves the form working without saving.
 */
import type { TemplateField } from '../../schemas/template';
import { StoredValue, storageKey, type StorageLike } from '../storage';
import type { FormValues } from './values';

/** The localStorage key. */
export const STORAGE_KEY = storageKey('mau-van-ban', 'da-nhap');
/** The key the same values were kept under before one key scheme served every part of the handbook. */
export const LEGACY_STORAGE_KEY = 'so-tay.mau-van-ban';
/** Version of the stored shape; another version reads as empty. */
export const STORAGE_VERSION = 1;

/** Fields whose value belongs to one paper, not to the cell: the paper's number. */
export const PER_PAPER_FIELDS: readonly TemplateField[] = ['so'];

/** The part of Storage these functions use. */
export type KeyValueStore = StorageLike;

interface StoredValues {
  version: typeof STORAGE_VERSION;
  values: FormValues;
  papers?: Record<string, FormValues>;
}

/** Only the string entries of an object, or undefined when it is not a plain object. */
function strings(data: unknown): FormValues | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string')) as FormValues;
}

/** Stored values from parsed JSON; null when they are not of this shape. */
function parseValues(data: unknown): StoredValues | null {
  if (!data || typeof data !== 'object') return null;
  const { version, values, papers } = data as { version?: unknown; values?: unknown; papers?: unknown };
  const kept = strings(values);
  if (version !== STORAGE_VERSION || !kept) return null;
  const perPaper = Object.entries(papers && typeof papers === 'object' && !Array.isArray(papers) ? papers : {}).flatMap(([id, v]) => {
    const paper = strings(v);
    return paper ? [[id, paper] as const] : [];
  });
  return { version: STORAGE_VERSION, values: kept, ...(perPaper.length > 0 ? { papers: Object.fromEntries(perPaper) } : {}) };
}

const stored = (store: KeyValueStore | undefined): StoredValue<StoredValues> =>
  new StoredValue(store ?? null, STORAGE_KEY, { parse: parseValues, legacyKeys: [LEGACY_STORAGE_KEY] });

const filled = (values: FormValues): FormValues => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));

/** Reads the saved values, with `paper`'s own (its number) when given, or {} when there are none or they cannot be read. */
export function loadValues(store: KeyValueStore | undefined, paper?: string): FormValues {
  const saved = stored(store).read();
  return { ...saved?.values, ...(paper ? saved?.papers?.[paper] : {}) };
}

/**
 * Saves the values typed on `paper`'s form: the shared ones for every template, its number for it
 * alone (other papers' numbers stay). False when the storage refused them.
 */
export function saveValues(store: KeyValueStore | undefined, values: FormValues, paper?: string): boolean {
  const value = stored(store);
  const shared = filled(Object.fromEntries(Object.entries(values).filter(([k]) => !PER_PAPER_FIELDS.includes(k as TemplateField))));
  const own = filled(Object.fromEntries(PER_PAPER_FIELDS.flatMap((f) => (f in values ? [[f, values[f]]] : []))));
  const papers = { ...value.read()?.papers };
  if (paper) {
    if (Object.keys(own).length > 0) papers[paper] = own;
    else delete papers[paper];
  }
  const empty = Object.keys(shared).length === 0 && Object.keys(papers).length === 0;
  return value.write(empty ? null : { version: STORAGE_VERSION, values: shared, ...(Object.keys(papers).length > 0 ? { papers } : {}) });
}

/** Forgets the saved values, every paper's number included; false when the storage refused. */
export function clearValues(store: KeyValueStore | undefined): boolean {
  return stored(store).write(null);
}
