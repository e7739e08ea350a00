import { describe, expect, test } from 'vitest';
import { queryTerms, rankSections, shownResult, type PagefindResultData } from '../../src/lib/search/results';
import { contextMetaKey } from '../../src/lib/search/meta';
import { markStroke } from '../../src/lib/search/stroke';

const w = (location: number, balanced_score = 10) => ({ weight: 1, balanced_score, location });

/** A page result as Pagefind returns it: the words of `content`, sections from heading ids. */
const page: PagefindResultData = {
  url: '/sinh-hoat-thuong-ky/',
  content: markStroke('Sinh hoạt chi bộ thường kỳ. Kéo dài 90 phút. Ý kiến của cấp trên. Đồng chí Vương Đại Tương nhận xét.'),
  excerpt: 'kéo <mark>dài</mark> 90 phút',
  meta: { title: 'Sinh hoạt chi bộ thường kỳ' },
  filters: { loai: ['hướng dẫn'] },
  sub_results: [
    { title: 'Sinh hoạt chi bộ thường kỳ', url: '/sinh-hoat-thuong-ky/#_top', excerpt: 'kéo <mark>dài</mark>', locations: [7], weighted_locations: [w(7, 30)] },
    {
      title: 'Ý kiến của cấp trên',
      url: '/sinh-hoat-thuong-ky/#y-kien-cua-cap-tren',
      excerpt: markStroke('ồng chí <mark>Vương</mark> <mark>Đại</mark> <mark>Tương</mark> nhận xét'),
      locations: [17, 18, 19],
      weighted_locations: [w(17), w(18), w(19)],
    },
  ],
};

const record: PagefindResultData = {
  url: '/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky',
  content: 'Cử thư ký ghi biên bản. Cử thư ký ghi biên bản sinh hoạt chi bộ. Người thực hiện: chủ trì.',
  excerpt: '<mark>Cử</mark> <mark>thư</mark> <mark>ký</mark> ghi biên bản. <mark>Cử</mark> thư ký ghi biên bản sinh hoạt chi bộ.',
  meta: { title: 'Cử thư ký ghi biên bản', [contextMetaKey]: markStroke('Bước 2 · Các bước sinh hoạt chuyên đề') },
  filters: { loai: ['quy trình'], 'quy-trinh': ['Các bước sinh hoạt chuyên đề'] },
  sub_results: [{ title: 'Cử thư ký ghi biên bản', url: '/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky', excerpt: 'x', locations: [0, 1, 2] }],
};

describe('queryTerms', () => {
  test('folds each word: no marks, đ as d, punctuation dropped', () => {
    expect(queryTerms('Vương  Đại tương, tương')).toEqual(['vuong', 'dai', 'tuong']);
  });
});

describe('rankSections', () => {
  test('the section holding more of the words typed comes first, though another scores higher', () => {
    expect(rankSections(page, 'vuong dai tuong').map((s) => s.url)).toEqual([
      '/sinh-hoat-thuong-ky/#y-kien-cua-cap-tren',
      '/sinh-hoat-thuong-ky/#_top',
    ]);
  });
});

describe('shownResult', () => {
  test('a page result links to its best section, titled by it, with the page as context', () => {
    const shown = shownResult(page, 'vuong dai tuong');
    expect(shown.href).toBe('/sinh-hoat-thuong-ky/#y-kien-cua-cap-tren');
    expect(shown.title).toBe('Ý kiến của cấp trên');
    expect(shown.context).toBe('Sinh hoạt chi bộ thường kỳ');
    expect(shown.kind).toBe('hướng dẫn');
    expect(shown.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['Vương Đại Tương']);
    // The section's text, from its heading on, without the heading.
    expect(shown.excerpt.map((p) => p.text).join('')).toBe('Đồng chí Vương Đại Tương nhận xét.');
    expect(shown.more).toEqual([]);
  });

  test('a page whose best match is before any heading links to the page itself', () => {
    const shown = shownResult(page, 'dai');
    expect(shown.href).toBe('/sinh-hoat-thuong-ky/');
    expect(shown.title).toBe('Sinh hoạt chi bộ thường kỳ');
    expect(shown.more).toEqual([{ href: '/sinh-hoat-thuong-ky/#y-kien-cua-cap-tren', title: 'Ý kiến của cấp trên' }]);
  });

  test('a record links to its own anchor, with its context, and the excerpt does not repeat its title', () => {
    const shown = shownResult(record, 'cu thu ky');
    expect(shown.href).toBe('/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky');
    expect(shown.title).toBe('Cử thư ký ghi biên bản');
    expect(shown.context).toBe('Bước 2 · Các bước sinh hoạt chuyên đề');
    expect(shown.kind).toBe('quy trình');
    // The title, and the sentence after it that only restates it, are left out.
    expect(shown.excerpt.map((p) => p.text).join('')).toBe('Người thực hiện: chủ trì.');
    expect(shown.text).toBe(record.content);
  });
});

describe('shownResult for a template page', () => {
  test('links to the page itself; the matching sections come under it', () => {
    const template: PagefindResultData = {
      ...page,
      url: '/mau-van-ban/bien-ban-thuong-ky/',
      meta: { title: 'Biên bản sinh hoạt chi bộ thường kỳ' },
      filters: { loai: ['mẫu văn bản'] },
      sub_results: [{ ...page.sub_results![1]!, url: '/mau-van-ban/bien-ban-thuong-ky/#tai-ve', title: 'Tải về' }],
    };
    const shown = shownResult(template, 'vuong dai tuong');
    expect(shown.href).toBe('/mau-van-ban/bien-ban-thuong-ky/');
    expect(shown.title).toBe('Biên bản sinh hoạt chi bộ thường kỳ');
    expect(shown.more).toEqual([{ href: '/mau-van-ban/bien-ban-thuong-ky/#tai-ve', title: 'Tải về' }]);
  });
});

describe('rankSections: words together', () => {
  test('a section where the words typed stand together comes before one holding them apart', () => {
    const data: PagefindResultData = {
      url: '/p/',
      content: 'Chi bộ họp. Đảng ủy cử chỉ huy. Phần hai. Chi ủy duyệt.',
      excerpt: '',
      meta: { title: 'P' },
      sub_results: [
        { title: 'Chi bộ họp', url: '/p/#mot', excerpt: '', locations: [0, 4], weighted_locations: [w(0, 50), w(4, 50), w(5, 50)] },
        { title: 'Phần hai', url: '/p/#hai', excerpt: '', locations: [9, 10], weighted_locations: [w(9), w(10)] },
      ],
    };
    expect(rankSections(data, 'chi uy').map((s) => s.url)).toEqual(['/p/#hai', '/p/#mot']);
  });
});
