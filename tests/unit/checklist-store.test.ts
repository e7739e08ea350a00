import { afterEach, describe, expect, test } from 'vitest';
import {
  browserStorage,
  ChecklistStore,
  parseStored,
  progressText,
  storageKey,
  type StorageLike,
} from '../../src/lib/checklists/store';

/** An in-memory Storage. */
class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** A Storage that throws as Safari's private mode or a full quota does. */
class ThrowingStorage implements StorageLike {
  constructor(public on: { get?: boolean; set?: boolean }) {}
  readonly inner = new MemoryStorage();
  getItem(key: string): string | null {
    if (this.on.get) throw new Error('SecurityError');
    return this.inner.getItem(key);
  }
  setItem(key: string, value: string): void {
    if (this.on.set) throw new Error('QuotaExceededError');
    this.inner.setItem(key, value);
  }
  removeItem(key: string): void {
    if (this.on.set) throw new Error('QuotaExceededError');
    this.inner.removeItem(key);
  }
}

const items = ['chon-chuyen-de', 'phan-cong-de-dan', 'duyet-de-dan'];
const key = storageKey('chuan-bi-chuyen-de');
const store = (storage: StorageLike | null, version = 'v2', ids = items) =>
  new ChecklistStore('chuan-bi-chuyen-de', version, ids, storage);

describe('ChecklistStore.load', () => {
  test('returns no ticks when nothing is stored', () => {
    expect(store(new MemoryStorage()).load()).toEqual([]);
  });

  test('returns the ticks a previous visit saved, in list order', () => {
    const storage = new MemoryStorage();
    store(storage).save(['duyet-de-dan', 'chon-chuyen-de']);
    expect(store(storage).load()).toEqual(['chon-chuyen-de', 'duyet-de-dan']);
  });

  test('keeps each checklist under its own key', () => {
    const storage = new MemoryStorage();
    store(storage).save(['chon-chuyen-de']);
    expect(new ChecklistStore('cap-uy', 'v2', items, storage).load()).toEqual([]);
  });
});

describe('ChecklistStore.save', () => {
  test('writes the documented shape: { version, done }', () => {
    const storage = new MemoryStorage();
    expect(store(storage).save(['phan-cong-de-dan'])).toBe(true);
    expect(JSON.parse(storage.getItem(key)!)).toEqual({ version: 'v2', done: ['phan-cong-de-dan'] });
  });

  test('stores only ids that are in the list', () => {
    const storage = new MemoryStorage();
    store(storage).save(['phan-cong-de-dan', 'khong-co']);
    expect(parseStored(storage.getItem(key))?.done).toEqual(['phan-cong-de-dan']);
  });

  test('removes the key when nothing is ticked, and clear() forgets every tick', () => {
    const storage = new MemoryStorage();
    const s = store(storage);
    s.save(items);
    expect(s.clear()).toBe(true);
    expect(storage.getItem(key)).toBeNull();
    expect(store(storage).load()).toEqual([]);
  });
});

describe('a changed list (new version)', () => {
  test('keeps the ticks of items that still exist and drops the others', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify({ version: 'v1', done: ['chon-chuyen-de', 'buoc-da-bo', 'duyet-de-dan'] }));
    expect(store(storage, 'v2').load()).toEqual(['chon-chuyen-de', 'duyet-de-dan']);
  });

  test('rewrites the stored value for the new version', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify({ version: 'v1', done: ['buoc-da-bo', 'duyet-de-dan'] }));
    store(storage, 'v2').load();
    expect(JSON.parse(storage.getItem(key)!)).toEqual({ version: 'v2', done: ['duyet-de-dan'] });
  });

  test('keeps surviving ticks when items are added and reordered', () => {
    const storage = new MemoryStorage();
    store(storage, 'v1').save(['chon-chuyen-de', 'duyet-de-dan']);
    const next = ['duyet-de-dan', 'buoc-moi', 'chon-chuyen-de'];
    expect(store(storage, 'v3', next).load()).toEqual(['duyet-de-dan', 'chon-chuyen-de']);
  });
});

describe('a corrupt or foreign value', () => {
  const values = [
    '{oops',
    '',
    'null',
    '42',
    '"chon-chuyen-de"',
    '[]',
    '["chon-chuyen-de"]',
    '{}',
    '{"version":1,"done":["chon-chuyen-de"]}',
    '{"version":"v2","done":"chon-chuyen-de"}',
    '{"version":"v2","done":[1,2]}',
    '{"theme":"dark"}',
  ];
  test.each(values)('%j gives no ticks and does not throw', (raw) => {
    const storage = new MemoryStorage();
    storage.setItem(key, raw);
    expect(store(storage).load()).toEqual([]);
    expect(parseStored(raw)).toBeNull();
  });

  test('is replaced by a valid value on the next save', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, '{oops');
    const s = store(storage);
    s.load();
    expect(s.save(['chon-chuyen-de'])).toBe(true);
    expect(parseStored(storage.getItem(key))).toEqual({ version: 'v2', done: ['chon-chuyen-de'] });
  });
});

describe('storage that throws or is missing', () => {
  test('reading that throws gives no ticks and marks the store as not persistent', () => {
    const s = store(new ThrowingStorage({ get: true }));
    expect(s.load()).toEqual([]);
    expect(s.persistent).toBe(false);
  });

  test('writing that throws (full quota) returns false instead of throwing', () => {
    const s = store(new ThrowingStorage({ set: true }));
    expect(s.load()).toEqual([]);
    expect(s.save(['chon-chuyen-de'])).toBe(false);
    expect(s.clear()).toBe(false);
    expect(s.persistent).toBe(false);
  });

  test('a later write that works makes the store persistent again', () => {
    const flaky = new ThrowingStorage({ set: true });
    const s = store(flaky);
    s.save(['chon-chuyen-de']);
    flaky.on.set = false;
    expect(s.save(['chon-chuyen-de'])).toBe(true);
    expect(s.persistent).toBe(true);
  });

  test('no storage at all: nothing is kept, nothing throws', () => {
    const s = store(null);
    expect(s.persistent).toBe(false);
    expect(s.load()).toEqual([]);
    expect(s.save(items)).toBe(false);
  });
});

describe('browserStorage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  test('returns null when reading localStorage throws (storage blocked)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
  });

  test('returns the page localStorage when there is one', () => {
    const storage = new MemoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage });
    expect(browserStorage()).toBe(storage);
  });
});

describe('progressText', () => {
  test('says the progress in words', () => {
    expect(progressText(3, 10)).toBe('3/10 việc đã xong.');
    expect(progressText(0, 3)).toBe('0/3 việc đã xong.');
  });
  test('says when the whole list is done', () => {
    expect(progressText(3, 3)).toBe('3/3 việc đã xong: đã làm hết các việc trong danh sách.');
  });
});
