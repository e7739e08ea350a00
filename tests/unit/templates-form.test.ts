import { describe, expect, test } from 'vitest';
import { cleanText, fieldText, headerName, parseDate } from '../../src/lib/templates/values';
import { parseCount, validateValues } from '../../src/lib/templates/validate';
import { STORAGE_KEY, clearValues, loadValues, saveValues, type KeyValueStore } from '../../src/lib/templates/storage';
import type { FieldInput } from '../../src/lib/templates/fields';
import { formatKilobytes } from '../../src/lib/text';

/** A Map-backed storage, optionally throwing on every call. */
function memoryStore(throws = false): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const guard = () => {
    if (throws) throw new DOMException('QuotaExceededError');
  };
  return {
    data,
    getItem: (k) => (guard(), data.get(k) ?? null),
    setItem: (k, v) => (guard(), void data.set(k, v)),
    removeItem: (k) => (guard(), void data.delete(k)),
  };
}

describe('cleanText', () => {
  test('returns NFC, with Windows line ends and XML-illegal characters removed', () => {
    const nfd = 'Nguye\u0302\u0303n Va\u0306n An';
    expect(cleanText(nfd)).toBe('Nguyễn Văn An');
    expect(cleanText(nfd)).toBe(cleanText(nfd).normalize('NFC'));
    expect(cleanText('  a\r\nb\u0000\u0008c\uFFFE  ')).toBe('a\nbc');
    expect(cleanText('emoji 🎉 stays, lone \uD83D half goes')).toBe('emoji 🎉 stays, lone  half goes');
    expect(cleanText(undefined)).toBe('');
  });
});

describe('headerName', () => {
  test('adds the missing word and writes the name in capitals', () => {
    expect(headerName('dang-bo', 'xã Nghi Tân')).toBe('ĐẢNG BỘ XÃ NGHI TÂN');
    expect(headerName('dang-bo', 'Đảng bộ phường Hòa Hiếu')).toBe('ĐẢNG BỘ PHƯỜNG HÒA HIẾU');
    expect(headerName('dang-bo', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN')).toBe('ĐẢNG ỦY KHỐI CÁC CƠ QUAN');
    expect(headerName('chi-bo', 'thôn  Tân Thành')).toBe('CHI BỘ THÔN TÂN THÀNH');
    expect(headerName('chi-bo', 'chi bộ Kế hoạch Vật tư')).toBe('CHI BỘ KẾ HOẠCH VẬT TƯ');
    expect(headerName('chi-bo', '   ')).toBe('');
  });
});

describe('fieldText', () => {
  test('writes dates as Party papers do: days below 10 and months 1 and 2 with a leading zero', () => {
    const v = { ngay: '2026-02-03' };
    expect([fieldText(v, 'ngay', 'day'), fieldText(v, 'ngay', 'month'), fieldText(v, 'ngay', 'year')]).toEqual(['03', '02', '2026']);
    expect(fieldText({ ngay: '2026-12-13' }, 'ngay', 'month')).toBe('12');
    expect(fieldText({ ngay: '2026-03-09' }, 'ngay', 'month')).toBe('3');
    expect(fieldText(v, 'ngay')).toBe('03/02/2026');
  });

  test('leaves impossible dates and times blank', () => {
    expect(fieldText({ ngay: '2026-02-30' }, 'ngay', 'day')).toBe('');
    expect(parseDate('2026-13-01')).toBeUndefined();
    expect(fieldText({ gio: '25:00' }, 'gio', 'hour')).toBe('');
    expect(fieldText({ gio: '07:05' }, 'gio')).toBe('7 giờ 05 phút');
  });

  test('takes a typed topic over one chosen from the list', () => {
    expect(fieldText({ 'chuyen-de': 'A', 'chuyen-de-khac': ' B ' }, 'chuyen-de')).toBe('B');
    expect(fieldText({ 'chuyen-de': 'A', 'chuyen-de-khac': '' }, 'chuyen-de')).toBe('A');
  });

  test('is blank for "_" and for fields not typed', () => {
    expect(fieldText({}, '_')).toBe('');
    expect(fieldText({}, 'chu-tri')).toBe('');
    expect(fieldText({ 'dang-bo': 'xã A' }, 'dang-bo', 'header')).toBe('ĐẢNG BỘ XÃ A');
    expect(fieldText({ 'dang-bo': 'xã A' }, 'dang-bo')).toBe('xã A');
  });
});

const minutesInputs: Record<string, FieldInput> = {
  ngay: 'date',
  gio: 'time',
  'tong-so': 'count',
  'chinh-thuc': 'count',
  'du-bi': 'count',
  mien: 'count',
  'co-mat': 'count',
  'vang-co-ly-do': 'count',
  'vang-khong-ly-do': 'count',
  'chu-tri': 'text',
};

describe('parseCount', () => {
  test('accepts whole numbers and empty; rejects negatives, decimals and words with a reason', () => {
    expect(parseCount('')).toEqual({});
    expect(parseCount(' 25 ')).toEqual({ value: 25 });
    expect(parseCount('２５')).toEqual({ value: 25 });
    expect(parseCount('-3').error).toBe('Số người không được là số âm.');
    expect(parseCount('2,5').error).toBe('Hãy nhập một số nguyên, ví dụ 25.');
    expect(parseCount('hai mươi').error).toBe('Hãy nhập một số nguyên, ví dụ 25.');
    expect(parseCount('100000').error).toMatch(/Số quá lớn/);
  });
});

describe('validateValues', () => {
  const check = (values: Record<string, string>) => validateValues(values, minutesInputs);

  test('passes an empty form and a consistent one', () => {
    expect(check({})).toEqual([]);
    expect(
      check({ 'tong-so': '20', 'chinh-thuc': '18', 'du-bi': '2', mien: '1', 'co-mat': '16', 'vang-co-ly-do': '2', 'vang-khong-ly-do': '1' }),
    ).toEqual([]);
  });

  test('flags more present than members, beside "có mặt"', () => {
    expect(check({ 'tong-so': '20', 'co-mat': '25' })).toEqual([
      { field: 'co-mat', message: 'Số đảng viên có mặt (25) lớn hơn tổng số đảng viên (20).' },
    ]);
  });

  test('flags a negative number beside its field', () => {
    expect(check({ 'vang-co-ly-do': '-1' })).toEqual([{ field: 'vang-co-ly-do', message: 'Số người không được là số âm.' }]);
  });

  test('flags present plus absent above the total, and nothing else about the sum', () => {
    expect(check({ 'tong-so': '10', 'co-mat': '9', 'vang-co-ly-do': '3' })[0]).toEqual({
      field: 'co-mat',
      message: 'Có mặt và vắng mặt cộng lại là 12, nhiều hơn tổng số đảng viên (10).',
    });
    // Fewer than the total is possible (members on temporary leave, say): no error.
    expect(check({ 'tong-so': '20', 'co-mat': '15', 'vang-co-ly-do': '2', 'vang-khong-ly-do': '1' })).toEqual([]);
    expect(check({ 'tong-so': '20', 'co-mat': '15' })).toEqual([]);
  });

  test('accepts an excused member who attends: excused members are not added to present and absent', () => {
    expect(check({ 'tong-so': '10', mien: '1', 'co-mat': '10', 'vang-co-ly-do': '0', 'vang-khong-ly-do': '0' })).toEqual([]);
  });

  test('does not require full and probationary members to make the total, only each to stay within it', () => {
    expect(check({ 'tong-so': '20', 'chinh-thuc': '18', 'du-bi': '3' })).toEqual([]);
    expect(check({ 'tong-so': '20', 'chinh-thuc': '21' })).toEqual([
      { field: 'chinh-thuc', message: 'Số đảng viên chính thức (21) lớn hơn tổng số đảng viên (20).' },
    ]);
  });

  test('flags dates and times that do not exist', () => {
    expect(check({ ngay: '2026-02-30', gio: '24:10' }).map((e) => e.field)).toEqual(['ngay', 'gio']);
  });

  test('checks only the fields the form shows', () => {
    expect(validateValues({ 'tong-so': '1', 'co-mat': '9' }, { 'co-mat': 'count' })).toEqual([]);
  });
});

describe('storage', () => {
  test('saves and loads values under one key, with a version', () => {
    const store = memoryStore();
    expect(saveValues(store, { 'chu-tri': 'Nguyễn Văn An', 'thu-ky': '' })).toBe(true);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual({ version: 1, values: { 'chu-tri': 'Nguyễn Văn An' } });
    expect(loadValues(store)).toEqual({ 'chu-tri': 'Nguyễn Văn An' });
  });

  test('reads a corrupt, foreign or old value as empty', () => {
    const store = memoryStore();
    for (const raw of ['{', '"text"', '[1,2]', '{"version":2,"values":{"a":"b"}}', '{"version":1,"values":[1]}', 'null']) {
      store.data.set(STORAGE_KEY, raw);
      expect(loadValues(store), raw).toEqual({});
    }
    store.data.set(STORAGE_KEY, '{"version":1,"values":{"a":"b","n":5}}');
    expect(loadValues(store)).toEqual({ a: 'b' });
  });

  test('keeps working when storage throws or is missing', () => {
    const store = memoryStore(true);
    expect(loadValues(store)).toEqual({});
    expect(saveValues(store, { a: 'b' })).toBe(false);
    expect(clearValues(store)).toBe(false);
    expect(loadValues(undefined)).toEqual({});
  });

  test('clears the saved values, and removes the key when everything is emptied', () => {
    const store = memoryStore();
    saveValues(store, { a: 'b' });
    expect(clearValues(store)).toBe(true);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
    saveValues(store, { a: 'b' });
    saveValues(store, { a: '' });
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });
});

describe('formatKilobytes', () => {
  test('writes sizes with a decimal comma', () => {
    expect(formatKilobytes(11355)).toBe('11,1 KB');
    expect(formatKilobytes(512)).toBe('0,5 KB');
  });
});
