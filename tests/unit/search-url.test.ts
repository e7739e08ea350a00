import { describe, expect, test } from 'vitest';
import { parseSearchState, resolveSelection, searchString, tidyQuery, valueSlug } from '../../src/lib/search/url';

const available = {
  loai: { 'hướng dẫn': 29, 'quy trình': 23, 'chuyên đề': 3 },
  nhom: { 'Phòng, chống suy thoái, “tự diễn biến”, “tự chuyển hóa”': 2, 'Giáo dục truyền thống': 1 },
  nam: { '2023': 4 },
  'quy-trinh': { 'Các bước sinh hoạt chuyên đề': 11 },
};

describe('valueSlug', () => {
  test('filter values become slugs without diacritics', () => {
    expect(valueSlug('quy trình')).toBe('quy-trinh');
    expect(valueSlug('Phòng, chống suy thoái, “tự diễn biến”, “tự chuyển hóa”')).toBe('phong-chong-suy-thoai-tu-dien-bien-tu-chuyen-hoa');
    expect(valueSlug('2023')).toBe('2023');
  });
});

describe('searchString and parseSearchState', () => {
  test('an empty search is an empty string', () => {
    expect(searchString('  ', {})).toBe('');
  });

  test('writes the query and the filters as slugs, keys in a fixed order', () => {
    expect(searchString('cu thu ky', { nam: ['2023'], loai: ['quy trình', 'chuyên đề'] })).toBe(
      '?q=cu+thu+ky&loai=quy-trinh&loai=chuyen-de&nam=2023',
    );
  });

  test('round trip: what is written is read back, values matched to the index', () => {
    const selection = { loai: ['quy trình'], nhom: ['Giáo dục truyền thống'], 'quy-trinh': ['Các bước sinh hoạt chuyên đề'] };
    const state = parseSearchState(searchString('Tự soi  tự sửa', selection));
    expect(state.q).toBe('Tự soi tự sửa');
    expect(resolveSelection(state.slugs, available)).toEqual(selection);
  });

  test('a Vietnamese query survives encoding, NFD typed becomes NFC', () => {
    const nfd = 'Vương Đại Tương'.normalize('NFD');
    const state = parseSearchState(searchString(nfd, {}));
    expect(state.q).toBe('Vương Đại Tương');
    expect(state.q).toBe(state.q.normalize('NFC'));
  });

  test('reads values written in full, repeated and unknown parameters', () => {
    const state = parseSearchState('?q=bien%20ban&loai=quy%20tr%C3%ACnh&loai=quy-trinh&loai=khong-co&x=1&nam=2023');
    expect(state).toEqual({ q: 'bien ban', slugs: { loai: ['quy-trinh', 'khong-co'], nam: ['2023'] } });
    expect(resolveSelection(state.slugs, available)).toEqual({ loai: ['quy trình'], nam: ['2023'] });
  });

  test('a query without q is empty', () => {
    expect(parseSearchState('')).toEqual({ q: '', slugs: {} });
  });
});

describe('tidyQuery', () => {
  test('keeps case and diacritics, collapses spaces', () => {
    expect(tidyQuery('  Cử   thư ký ')).toBe('Cử thư ký');
  });
});
