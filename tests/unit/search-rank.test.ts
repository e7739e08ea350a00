import { describe, expect, test } from 'vitest';
import { namedPaper, rankResults, searchedWords, type Rankable, type SearchPaper } from '../../src/lib/search/rank';

const papers: SearchPaper[] = [
  { name: 'biên bản', templates: ['/mau-van-ban/bien-ban-thuong-ky/', '/mau-van-ban/bien-ban-chuyen-de/'], producers: ['/quy-trinh/#cu-thu-ky'] },
  { name: 'đề dẫn', templates: ['/mau-van-ban/de-dan-chuyen-de/'], producers: ['/quy-trinh/#phan-cong-de-dan'] },
];

const r = (href: string, title: string, score: number, text = ''): Rankable => ({ href, title, score, text });
const order = (results: Rankable[], q: string): string[] => rankResults(results, q, papers).map((x) => x.href);

describe('namedPaper and searchedWords', () => {
  test('a query names a paper when its words, after an optional "mẫu", are the paper\'s name, with or without diacritics', () => {
    for (const q of ['biên bản', 'bien ban', 'Mẫu biên bản', 'mau bien ban', 'BIÊN BẢN']) expect(namedPaper(q, papers)?.name, q).toBe('biên bản');
    for (const q of ['đề dẫn', 'de dan', 'ĐE DAN']) expect(namedPaper(q, papers)?.name, q).toBe('đề dẫn');
    for (const q of ['biên bản thường kỳ', 'trình bày đề dẫn', 'mẫu', '']) expect(namedPaper(q, papers), q).toBeUndefined();
  });

  test('"mẫu biên bản" searches "biên bản", so steps that never say "mẫu" are found', () => {
    expect(searchedWords('mau bien ban', papers)).toBe('biên bản');
    expect(searchedWords('cu thu ky', papers)).toBe('cu thu ky');
  });
});

describe('rankResults', () => {
  test('a paper: its templates in the handbook order, then the step that produces it, then the rest by score', () => {
    const results = [
      r('/quy-trinh/#trinh-bay-de-dan', 'Trình bày đề dẫn chuyên đề', 90),
      r('/quy-trinh/#phan-cong-de-dan', 'Phân công chuẩn bị đề dẫn', 50),
      r('/quy-trinh/#duyet-de-dan', 'Duyệt đề dẫn', 95),
      r('/mau-van-ban/de-dan-chuyen-de/', 'Đề dẫn sinh hoạt chuyên đề', 10),
    ];
    expect(order(results, 'de dan')).toEqual([
      '/mau-van-ban/de-dan-chuyen-de/',
      '/quy-trinh/#phan-cong-de-dan',
      '/quy-trinh/#duyet-de-dan',
      '/quy-trinh/#trinh-bay-de-dan',
    ]);
    const minutes = [
      r('/quy-trinh/#cu-thu-ky', 'Cử thư ký ghi biên bản', 99),
      r('/mau-van-ban/bien-ban-chuyen-de/', 'Biên bản sinh hoạt chuyên đề', 80),
      r('/mau-van-ban/bien-ban-thuong-ky/', 'Biên bản sinh hoạt chi bộ thường kỳ', 70),
    ];
    expect(order(minutes, 'biên bản')).toEqual(['/mau-van-ban/bien-ban-thuong-ky/', '/mau-van-ban/bien-ban-chuyen-de/', '/quy-trinh/#cu-thu-ky']);
  });

  test('title: the query itself, then its words together, then all of them scattered, then together in the text', () => {
    const results = [
      r('/d', 'Nói về việc khác', 99, 'Ở đây có thư ký cử ra.'),
      r('/c', 'Thư ký được cử', 98),
      r('/e', 'Khác', 97, 'Chủ trì cử thư ký ngay.'),
      r('/b', 'Cử thư ký ghi biên bản', 10),
      r('/a', 'Cử thư ký', 5),
    ];
    expect(order(results, 'cu thu ky')).toEqual(['/a', '/b', '/c', '/e', '/d']);
  });

  test('ties: the higher score, then the shorter title, then the address; the input order never matters', () => {
    const results = [r('/z', 'Tên dài hơn một chút', 5), r('/y', 'Tên ngắn', 5), r('/x', 'Tên ngắn', 5), r('/w', 'Không khớp', 6)];
    const want = ['/w', '/x', '/y', '/z'];
    expect(order(results, 'khong co')).toEqual(want);
    expect(order([...results].reverse(), 'khong co')).toEqual(want);
  });

  test('diacritics and capitals do not change the order', () => {
    const results = [r('/b', 'Đề ra nhiệm vụ', 9), r('/a', 'Đề dẫn', 1)];
    expect(order(results, 'đề dẫn')).toEqual(order(results, 'DE DAN'));
  });
});
