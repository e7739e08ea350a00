/**
 * Where a checklist's ticks are kept on the device, through the handbook's one storage helper
 * (src/lib/storage.ts). Pure: the storage is passed in, so the same code runs in the browser
 * (localStorage) and in unit tests (a fake). When the storage is missing, throws or holds something
 * that is not ours, the list keeps working and its ticks last only as long as the page.
 */
import { StoredValue, storageKey as areaKey, type StorageLike } from '../storage';

export { browserStorage, type StorageLike } from '../storage';

/**
 * What is stored, as JSON, under `storageKey(id)`:
 *
 *     { "version": "1k2j3h4", "done": ["chon-chuyen-de", "duyet-de-dan"] }
 *
 * `version` is the checklist's version when the value was written (a hash of its item ids and titles,
 * see src/lib/checklists/build.ts); `done` holds the ids of the ticked items. When the list changes,
 * ids that are still in it stay ticked and the others are dropped.
 */
export interface StoredChecklist {
  version: string;
  done: string[];
}

/** The localStorage key of a checklist: one key per checklist id, whatever its version. */
export function storageKey(checklistId: string): string {
  return areaKey('danh-sach-kiem-tra', checklistId);
}

/** A stored checklist from parsed JSON; null when it is not the shape this store writes. */
export function parseChecklist(value: unknown): StoredChecklist | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { version, done } = value as Record<string, unknown>;
  if (typeof version !== 'string' || !Array.isArray(done) || !done.every((id) => typeof id === 'string')) return null;
  return { version, done };
}

/** Parses a stored value; null when it is absent, not JSON, or not the shape this store writes. */
export function parseStored(raw: string | null): StoredChecklist | null {
  if (raw === null) return null;
  try {
    return parseChecklist(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** "3/10 việc đã xong", the progress in words. */
export function progressText(done: number, total: number): string {
  const text = `${done}/${total} việc đã xong`;
  return done === total && total > 0 ? `${text}: đã làm hết các việc trong danh sách.` : `${text}.`;
}

/** The ticks of one checklist, kept in a storage when it works and in memory when it does not. */
export class ChecklistStore {
  readonly key: string;
  readonly #value: StoredValue<StoredChecklist>;

  /**
   * @param id the checklist's id
   * @param version the checklist's current version
   * @param itemIds ids of the list's items now, in order
   * @param storage where to keep ticks; null when there is none
   */
  constructor(
    id: string,
    readonly version: string,
    readonly itemIds: readonly string[],
    storage: StorageLike | null,
  ) {
    this.key = storageKey(id);
    this.#value = new StoredValue(storage, this.key, { parse: parseChecklist });
  }

  /** False while the storage fails: ticks then last only as long as the page. */
  get persistent(): boolean {
    return this.#value.persistent;
  }

  /**
   * The ids of the ticked items that are still in the list, in list order. A value written for an
   * older version is rewritten for this one without the items that are gone.
   */
  load(): string[] {
    const stored = this.#value.read();
    if (!stored) return [];
    const ticked = new Set(stored.done);
    const done = this.itemIds.filter((id) => ticked.has(id));
    if (stored.version !== this.version || done.length !== stored.done.length) this.save(done);
    return done;
  }

  /** Stores the ticked ids (only those in the list); returns false when the storage failed. */
  save(done: Iterable<string>): boolean {
    const ticked = new Set(done);
    const value: StoredChecklist = { version: this.version, done: this.itemIds.filter((id) => ticked.has(id)) };
    return this.#value.write(value.done.length === 0 ? null : value);
  }

  /** Forgets every tick. */
  clear(): boolean {
    return this.save([]);
  }
}
