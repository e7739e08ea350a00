import { describe, expect, test } from 'vitest';
import { buildFacets, countSearches, describeSelection, isEmptySelection, pagefindFilters, valueLabel } from '../../src/lib/search/facets';
import { contentKinds } from '../../src/lib/search/meta';

const totals = {
  loai: { 'hướng dẫn': 29, 'quy trình': 23, 'chuyên đề': 3, 'danh sách chuyên đề': 2, 'mẫu văn bản': 7 },
  nam: { '2023': 4, '2024': 2 },
  'quy-trinh': { 'Các bước sinh hoạt chuyên đề': 11, 'Chuẩn bị buổi sinh hoạt chuyên đề': 4 },
};
const order = {
  loai: Object.values(contentKinds),
  'quy-trinh': ['Chuẩn bị buổi sinh hoạt chuyên đề', 'Các bước sinh hoạt chuyên đề'],
};

describe('pagefindFilters', () => {
  test('values of a key combine with "any"; keys with nothing ticked are left out', () => {
    expect(pagefindFilters({ loai: ['quy trình', 'chuyên đề'], nam: [] })).toEqual({ loai: { any: ['quy trình', 'chuyên đề'] } });
  });

  test('leaves out the key it is told to', () => {
    expect(pagefindFilters({ loai: ['quy trình'], nam: ['2023'] }, 'loai')).toEqual({ nam: { any: ['2023'] } });
  });
});

describe('countSearches', () => {
  test('the main search, then one per key with ticks', () => {
    expect(countSearches({})).toEqual([undefined]);
    expect(countSearches({ nam: ['2023'], loai: ['quy trình'], nhom: [] })).toEqual([undefined, 'loai', 'nam']);
  });
});

describe('buildFacets', () => {
  test('one facet per key the index uses, in the page order, values in the handbook order with counts', () => {
    const facets = buildFacets(totals, (key) => totals[key as keyof typeof totals], { loai: ['quy trình'] }, order);
    expect(facets.map((f) => [f.key, f.legend])).toEqual([
      ['loai', 'Loại nội dung'],
      ['quy-trinh', 'Quy trình'],
      ['nam', 'Năm'],
    ]);
    expect(facets[0]!.values.map((v) => [v.label, v.count, v.checked, v.slug])).toEqual([
      ['Hướng dẫn', 29, false, 'huong-dan'],
      ['Quy trình', 23, true, 'quy-trinh'],
      ['Mẫu văn bản', 7, false, 'mau-van-ban'],
      ['Chuyên đề', 3, false, 'chuyen-de'],
      ['Danh sách chuyên đề', 2, false, 'danh-sach-chuyen-de'],
    ]);
    expect(facets[1]!.values.map((v) => v.value)).toEqual(order['quy-trinh']);
    expect(facets[2]!.values.map((v) => v.value)).toEqual(['2024', '2023']);
  });

  test('values the current search does not reach count 0', () => {
    const facets = buildFacets(totals, (key) => (key === 'loai' ? { 'quy trình': 2 } : undefined), {}, order);
    expect(facets[0]!.values.find((v) => v.value === 'quy trình')!.count).toBe(2);
    expect(facets[0]!.values.find((v) => v.value === 'hướng dẫn')!.count).toBe(0);
    expect(facets[2]!.values.every((v) => v.count === 0)).toBe(true);
  });
});

describe('selection helpers', () => {
  test('isEmptySelection and describeSelection', () => {
    expect(isEmptySelection({ loai: [] })).toBe(true);
    expect(isEmptySelection({ nam: ['2023'] })).toBe(false);
    expect(describeSelection({ loai: ['quy trình', 'chuyên đề'], nam: ['2023'] })).toBe('loại nội dung: quy trình, chuyên đề; năm: 2023');
  });

  test('valueLabel capitalises kinds only', () => {
    expect(valueLabel('loai', 'danh sách chuyên đề')).toBe('Danh sách chuyên đề');
    expect(valueLabel('nhom', 'Giáo dục truyền thống')).toBe('Giáo dục truyền thống');
  });
});
