import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { contentDir } from '../../src/lib/content/paths';
import { allPages } from '../../src/lib/routes';
import { pageData } from '../../src/lib/sidebar';
import { contentKinds, filterMetaTags, pageSearchFilters, searchRanking, type SiteCatalog } from '../../src/lib/search/meta';
import { indexablePage, pageUrl } from '../../src/lib/search/pages';

const handbook = loadHandbook(contentDir(), process.cwd());
const site: SiteCatalog = { pages: allPages(pageData(handbook)), procedures: handbook.procedures };
const title = (id: string): string => handbook.procedures.find((p) => p.id === id)!.title;

describe('pageSearchFilters', () => {
  test('the five kinds of content are the Vietnamese values the issue names', () => {
    expect(Object.values(contentKinds)).toEqual(['hướng dẫn', 'quy trình', 'mẫu văn bản', 'chuyên đề', 'danh sách chuyên đề']);
  });

  test.each([
    ['', { loai: ['hướng dẫn'] }],
    ['sinh-hoat-chuyen-de/', { loai: ['hướng dẫn'] }],
    ['van-ban-can-cu/', { loai: ['hướng dẫn'] }],
    ['danh-sach-kiem-tra/', { loai: ['hướng dẫn'] }],
    ['chuyen-de/', { loai: ['danh sách chuyên đề'] }],
    ['chuyen-de/2023/', { loai: ['danh sách chuyên đề'], nam: ['2023'] }],
    ['mau-van-ban/', { loai: ['mẫu văn bản'] }],
    ['mau-van-ban/bien-ban-thuong-ky/', { loai: ['mẫu văn bản'] }],
  ])('"/%s"', (path, filters) => {
    expect(pageSearchFilters(path, site)).toEqual(filters);
    expect(pageSearchFilters(`/${path}`, site)).toEqual(filters);
  });

  test('the procedure page is "quy trình" with its three procedures; the regular-meeting page shows its own', () => {
    expect(pageSearchFilters('quy-trinh-sinh-hoat-chuyen-de/', site)).toEqual({
      loai: ['quy trình'],
      'quy-trinh': [title('chuan-bi-chuyen-de'), title('cac-buoc-chuyen-de'), title('sau-chuyen-de')],
    });
    expect(pageSearchFilters('sinh-hoat-thuong-ky/', site)).toEqual({
      loai: ['hướng dẫn'],
      'quy-trinh': [title('chuan-bi-thuong-ky'), title('trinh-tu-thuong-ky'), title('sau-thuong-ky'), title('chuong-trinh-thuong-ky')],
    });
  });

  test('the search page and the not-found page are kept out', () => {
    expect(pageSearchFilters('tim-kiem/', site)).toBeUndefined();
    expect(pageSearchFilters('404.html', site)).toBeUndefined();
  });
});

describe('filterMetaTags', () => {
  test('one <meta> per value, keys in order, values escaped', () => {
    expect(filterMetaTags({ nam: ['2023'], loai: ['a "b" <c> & d'] })).toBe(
      '<meta data-pagefind-filter="loai[content]" content="a &quot;b&quot; &lt;c&gt; &amp; d">' +
        '<meta data-pagefind-filter="nam[content]" content="2023">',
    );
  });
});

describe('indexablePage', () => {
  const html = '<html lang="vi"><head><title>x</title></head><body><main data-pagefind-body><h1>Đề dẫn</h1></main></body></html>';

  test('adds the filters to the head and marks đ in the body', () => {
    const out = indexablePage('chuyen-de/2023/index.html', html, site)!;
    expect(out).toContain('<meta data-pagefind-filter="nam[content]" content="2023"></head>');
    expect(out).toContain('<h1>Ḍề dẫn</h1>');
  });

  test('leaves out pages without data-pagefind-body and pages kept out by address', () => {
    expect(indexablePage('danh-sach-kiem-tra/cap-uy/index.html', html.replace(' data-pagefind-body', ''), site)).toBeUndefined();
    expect(indexablePage('404.html', html, site)).toBeUndefined();
  });

  test('pageUrl drops index.html', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('chuyen-de/2023/index.html')).toBe('/chuyen-de/2023/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('searchRanking', () => {
  test('shows the record context without ranking it', () => {
    expect(searchRanking.metaWeights.thuộc).toBe(0);
  });
});
