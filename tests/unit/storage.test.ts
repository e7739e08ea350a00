import { describe, expect, test } from 'vitest';
import { StoredValue, storageKey, type StorageLike } from '../../src/lib/storage';
import { LEGACY_STORAGE_KEY, STORAGE_KEY, loadValues, saveValues } from '../../src/lib/templates/storage';
import { ChecklistStore, storageKey as checklistKey } from '../../src/lib/checklists/store';

/** An in-memory storage that can be told to throw. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const asNumber = (data: unknown): number | null => (typeof data === 'number' ? data : null);

describe('storageKey', () => {
  test('every area uses one scheme: so-tay-chi-bo:<area>:<id>', () => {
    expect(storageKey('danh-sach-kiem-tra', 'cu-thu-ky')).toBe('so-tay-chi-bo:danh-sach-kiem-tra:cu-thu-ky');
    expect(storageKey('mau-van-ban', 'da-nhap')).toBe('so-tay-chi-bo:mau-van-ban:da-nhap');
    expect(storageKey('ke-hoach', 'abc')).toBe('so-tay-chi-bo:ke-hoach:abc');
    expect(checklistKey('cap-uy')).toBe(storageKey('danh-sach-kiem-tra', 'cap-uy'));
    expect(STORAGE_KEY).toBe(storageKey('mau-van-ban', 'da-nhap'));
  });
});

describe('StoredValue', () => {
  test('reads back what it wrote, and null forgets it', () => {
    const storage = new FakeStorage();
    const value = new StoredValue(storage, 'k', { parse: asNumber });
    expect(value.read()).toBeNull();
    expect(value.write(5)).toBe(true);
    expect(value.read()).toBe(5);
    expect(value.write(null)).toBe(true);
    expect(storage.data.has('k')).toBe(false);
  });

  test('moves a value from a legacy key to its key the first time it is read', () => {
    const storage = new FakeStorage();
    storage.data.set('old', '7');
    const value = new StoredValue(storage, 'new', { parse: asNumber, legacyKeys: ['old'] });
    expect(value.read()).toBe(7);
    expect(storage.data.get('new')).toBe('7');
    expect(storage.data.has('old')).toBe(false);
  });

  test('keeps a legacy value in place when it cannot be moved', () => {
    const storage = new FakeStorage();
    storage.data.set('old', '7');
    storage.failWrites = true;
    const value = new StoredValue(storage, 'new', { parse: asNumber, legacyKeys: ['old'] });
    expect(value.read()).toBe(7);
    expect(storage.data.get('old')).toBe('7');
    expect(value.persistent).toBe(false);
  });

  test('reads corrupt or foreign values as null, and a missing storage as not persistent', () => {
    const storage = new FakeStorage();
    storage.data.set('k', '{oops');
    expect(new StoredValue(storage, 'k', { parse: asNumber }).read()).toBeNull();
    storage.data.set('k', '"text"');
    expect(new StoredValue(storage, 'k', { parse: asNumber }).read()).toBeNull();
    const none = new StoredValue<number>(null, 'k', { parse: asNumber });
    expect(none.read()).toBeNull();
    expect(none.write(1)).toBe(false);
    expect(none.persistent).toBe(false);
  });
});

describe('migration of values saved before the one key scheme', () => {
  test('template form values under "so-tay.mau-van-ban" are kept and moved', () => {
    const storage = new FakeStorage();
    storage.data.set(LEGACY_STORAGE_KEY, JSON.stringify({ version: 1, values: { 'chi-bo': 'Chi bộ 1' } }));
    expect(loadValues(storage)).toEqual({ 'chi-bo': 'Chi bộ 1' });
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(false);
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({ version: 1, values: { 'chi-bo': 'Chi bộ 1' } });
    saveValues(storage, { 'chi-bo': 'Chi bộ 2' });
    expect(loadValues(storage)).toEqual({ 'chi-bo': 'Chi bộ 2' });
  });

  test('checklist ticks keep their key, so they are read as they were', () => {
    const storage = new FakeStorage();
    storage.data.set('so-tay-chi-bo:danh-sach-kiem-tra:cap-uy', JSON.stringify({ version: 'v1', done: ['a'] }));
    expect(new ChecklistStore('cap-uy', 'v1', ['a', 'b'], storage).load()).toEqual(['a']);
  });
});
