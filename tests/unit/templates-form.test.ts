import { describe, expect, test } from 'vitest';
import { cleanText, clockTime, fieldText, headerName, parseDate } from '../../src/lib/templates/values';
import { TOPIC_PARAM, quarterPlan, topicKey, topicQuery } from '../../src/lib/templates/topic-plan';
import { parseCount, validateValues } from '../../src/lib/templates/validate';
import { PER_PAPER_FIELDS, STORAGE_KEY, clearValues, loadValues, saveValues, type KeyValueStore } from '../../src/lib/templates/storage';
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
    // Any date field, the paper's own date as the meeting's.
    expect(fieldText({ 'ngay-van-ban': '2026-01-28' }, 'ngay-van-ban', 'month')).toBe('01');
  });

  test('writes an agenda\'s clock times from the start time, as "14h10"', () => {
    expect(clockTime({ hour: 14, minute: 0 }, 10)).toBe('14h10');
    expect(fieldText({ gio: '07:05' }, 'gio', 'clock', 0)).toBe('7h05');
    expect(fieldText({ gio: '07:05' }, 'gio', 'clock', 115)).toBe('9h00');
    expect(fieldText({ gio: '23:30' }, 'gio', 'clock', 45)).toBe('0h15');
    expect(fieldText({}, 'gio', 'clock', 10)).toBe('');
  });

  test('leaves impossible dates and times blank', () => {
    expect(fieldText({ ngay: '2026-02-30' }, 'ngay', 'day')).toBe('');
    expect(parseDate('2026-13-01')).toBeUndefined();
    expect(fieldText({ gio: '25:00' }, 'gio', 'hour')).toBe('');
    expect(fieldText({ gio: '07:05' }, 'gio', 'hour')).toBe('7');
    expect(fieldText({ gio: '07:05' }, 'gio', 'minute')).toBe('05');
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
  'co-mat-chinh-thuc': 'count',
  'co-mat-du-bi': 'count',
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

  test('flags members present as full or probationary beyond those the cell has, or beyond those present', () => {
    expect(check({ 'chinh-thuc': '18', 'co-mat-chinh-thuc': '19' })).toEqual([
      { field: 'co-mat-chinh-thuc', message: 'Số đảng viên chính thức có mặt (19) lớn hơn số đảng viên chính thức của chi bộ (18).' },
    ]);
    expect(check({ 'du-bi': '2', 'co-mat-du-bi': '3' })[0]?.field).toBe('co-mat-du-bi');
    expect(check({ 'co-mat': '16', 'co-mat-chinh-thuc': '15', 'co-mat-du-bi': '2' })).toEqual([
      { field: 'co-mat-du-bi', message: 'Chính thức và dự bị có mặt cộng lại là 17, nhiều hơn số đảng viên có mặt (16).' },
    ]);
    expect(check({ 'tong-so': '20', 'chinh-thuc': '18', 'du-bi': '2', 'co-mat': '16', 'co-mat-chinh-thuc': '14', 'co-mat-du-bi': '2' })).toEqual([]);
  });

  test('flags a paper\'s number that is not digits, a year that is not one, a month outside its quarter', () => {
    const inputs: Record<string, FieldInput> = { so: 'number', 'nam-ke-hoach': 'year', 'thang-quy-1': 'month', 'thang-quy-2': 'month' };
    expect(validateValues({ so: '05', 'nam-ke-hoach': '2027', 'thang-quy-1': '3', 'thang-quy-2': '４' }, inputs)).toEqual([]);
    expect(validateValues({ so: '5a', 'nam-ke-hoach': '27', 'thang-quy-1': '5', 'thang-quy-2': '13' }, inputs)).toEqual([
      { field: 'so', message: 'Số văn bản chỉ gồm chữ số, ví dụ 05.' },
      { field: 'nam-ke-hoach', message: 'Hãy nhập năm có bốn chữ số, ví dụ 2027.' },
      { field: 'thang-quy-1', message: 'Tháng 5 không thuộc quý I (tháng 1–3).' },
      { field: 'thang-quy-2', message: 'Hãy nhập tháng từ 1 đến 12.' },
    ]);
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

describe('storage of a paper\'s own values', () => {
  test('keeps each paper\'s number for that paper, and every other value for all of them', () => {
    const store = memoryStore();
    saveValues(store, { 'chi-bo': 'thôn Tân Thành', so: '05' }, 'bien-ban-thuong-ky');
    saveValues(store, { 'chi-bo': 'thôn Tân Thành', so: '02' }, 'thong-bao-sinh-hoat');
    expect(PER_PAPER_FIELDS).toEqual(['so']);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toEqual({
      version: 1,
      values: { 'chi-bo': 'thôn Tân Thành' },
      papers: { 'bien-ban-thuong-ky': { so: '05' }, 'thong-bao-sinh-hoat': { so: '02' } },
    });
    expect(loadValues(store, 'bien-ban-thuong-ky')).toEqual({ 'chi-bo': 'thôn Tân Thành', so: '05' });
    expect(loadValues(store, 'thong-bao-sinh-hoat')).toEqual({ 'chi-bo': 'thôn Tân Thành', so: '02' });
    // A paper without a number of its own starts blank, not with another paper's number.
    expect(loadValues(store, 'nghi-quyet-thuong-ky')).toEqual({ 'chi-bo': 'thôn Tân Thành' });
    // A form without a number field leaves the numbers alone; emptying a number forgets it.
    saveValues(store, { 'chi-bo': 'thôn Tân Thành' }, 'chuong-trinh-thuong-ky');
    saveValues(store, { 'chi-bo': 'thôn Tân Thành', so: '' }, 'thong-bao-sinh-hoat');
    expect(JSON.parse(store.data.get(STORAGE_KEY)!).papers).toEqual({ 'bien-ban-thuong-ky': { so: '05' } });
  });

  test('reads a foreign "papers" entry as none', () => {
    const store = memoryStore();
    store.data.set(STORAGE_KEY, '{"version":1,"values":{"a":"b"},"papers":[1]}');
    expect(loadValues(store, 'x')).toEqual({ a: 'b' });
    store.data.set(STORAGE_KEY, '{"version":1,"values":{"a":"b"},"papers":{"x":{"so":"3","n":1},"y":"z"}}');
    expect(loadValues(store, 'x')).toEqual({ a: 'b', so: '3' });
  });
});

describe('quarterPlan', () => {
  const topic = (id: string, extra: { quarter?: number; month?: number } = {}) => ({ id, title: `Chuyên đề ${id}`, group: 'g', ...extra });

  test('puts a topic the list sets in a quarter there, and the rest in the empty quarters in order', () => {
    const plan = quarterPlan({ year: 2027, topics: [topic('a'), topic('b', { month: 5 }), topic('c', { quarter: 4 }), topic('d'), topic('e')] });
    expect(plan).toEqual({
      year: 2027,
      quarters: [{ topic: 'Chuyên đề a' }, { topic: 'Chuyên đề b', month: 5 }, { topic: 'Chuyên đề d' }, { topic: 'Chuyên đề c' }],
    });
  });

  test('leaves a quarter empty when the list has too few topics, and a second topic of a quarter for the cell to choose', () => {
    const plan = quarterPlan({ year: 2023, topics: [topic('a', { quarter: 1 }), topic('b', { quarter: 1 }), topic('c')] });
    expect(plan.quarters.map((q) => q.topic)).toEqual(['Chuyên đề a', 'Chuyên đề c', '', '']);
  });

  test('names a topic in a link the form can read back', () => {
    expect(topicQuery(2023, 'tu-soi-tu-sua-2023')).toBe('?chuyen-de=2023%2Ftu-soi-tu-sua-2023');
    expect(new URLSearchParams(topicQuery(2023, 'a')).get(TOPIC_PARAM)).toBe(topicKey(2023, 'a'));
  });
});

describe('formatKilobytes', () => {
  test('writes sizes with a decimal comma', () => {
    expect(formatKilobytes(11355)).toBe('11,1 KB');
    expect(formatKilobytes(512)).toBe('0,5 KB');
  });
});
