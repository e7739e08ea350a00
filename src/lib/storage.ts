/**
 * The handbook's one way of keeping things on the reader's device (localStorage): checklist ticks,
 * what was typed in the template forms, and meeting plans. Nothing here leaves the device.
 *
 * Every key follows one scheme, `so-tay-chi-bo:<area>:<id>` ("so-tay-chi-bo:danh-sach-kiem-tra:cu-thu-ky"),
 * and every value is JSON that the area's own `parse` checks. A value under an older key is moved to
 * its new key the first time it is read. Nothing here throws: a storage that is missing, throws or
 * holds something foreign reads as empty, and `persistent` tells the page that what it keeps lasts
 * only as long as the page.
 */

/** The part of the Web Storage API the handbook uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Prefix of every key the handbook writes. */
export const storagePrefix = 'so-tay-chi-bo';

/** What a key belongs to. */
export type StorageArea = 'danh-sach-kiem-tra' | 'mau-van-ban' | 'ke-hoach';

/** The key of one item of an area: "so-tay-chi-bo:danh-sach-kiem-tra:chuan-bi-chuyen-de". */
export function storageKey(area: StorageArea, id: string): string {
  return `${storagePrefix}:${area}:${id}`;
}

/** A storage whose keys can be listed (localStorage can). */
export interface ListableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
}

/**
 * The ids an area holds ("so-tay-chi-bo:ke-hoach:kh-1" → "kh-1"), those starting with `prefix` only;
 * none when the storage cannot list its keys or throws.
 */
export function areaIds(storage: StorageLike | null, area: StorageArea, prefix = ''): string[] {
  const start = storageKey(area, prefix);
  const list = storage as Partial<ListableStorage> | null;
  if (!list || typeof list.key !== 'function' || typeof list.length !== 'number') return [];
  try {
    const ids: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const key = list.key(i);
      if (key?.startsWith(start)) ids.push(key.slice(storageKey(area, '').length));
    }
    return ids.sort();
  } catch {
    return [];
  }
}

/** The page's localStorage, or null where merely reading it throws (storage blocked). */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Parses JSON, or undefined when it is not JSON. */
function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** How one stored value is read. */
export interface StoredValueOptions<T> {
  /** The value as the area stores it, or null when `data` is not of its shape. */
  parse(data: unknown): T | null;
  /** Keys the same value was kept under before; read (and moved) when the key holds nothing. */
  legacyKeys?: readonly string[];
}

/** One value kept on the device under one key, in a storage when it works and nowhere when it does not. */
export class StoredValue<T> {
  /** False while the storage fails (each write tries again): the value then lasts only as long as the page. */
  persistent: boolean;

  constructor(
    private readonly storage: StorageLike | null,
    readonly key: string,
    private readonly options: StoredValueOptions<T>,
  ) {
    this.persistent = storage !== null;
  }

  /** The stored value, or null when there is none or it cannot be read. A value under a legacy key is moved here. */
  read(): T | null {
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(this.key);
      this.persistent = true;
      if (raw !== null) return this.options.parse(parseJson(raw));
      for (const legacy of this.options.legacyKeys ?? []) {
        const old = this.storage.getItem(legacy);
        if (old === null) continue;
        const value = this.options.parse(parseJson(old));
        if (value !== null && this.write(value)) this.storage.removeItem(legacy);
        return value;
      }
      return null;
    } catch {
      this.persistent = false;
      return null;
    }
  }

  /** Stores the value (null forgets it); false when the storage refused. */
  write(value: T | null): boolean {
    if (!this.storage) return false;
    try {
      if (value === null) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(value));
      this.persistent = true;
      return true;
    } catch {
      this.persistent = false;
      return false;
    }
  }
}
