import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { searchPapers } from '../../src/lib/search/papers';
import { searchHints } from '../../src/lib/search/hints';
import { countFilters } from '../../src/lib/search/facets';
import { indexFilterCounts, siteCatalog } from '../../src/lib/search/catalog';
import { indexedPages } from '../../src/lib/search/meta';
import { searchRecords } from '../../src/lib/search/records';

const handbook = loadHandbook('content', '.');

describe('searchPapers: papers from the template data', () => {
  const papers = searchPapers(handbook);
  const paper = (name: string) => papers.find((p) => p.name === name);

  test('one paper per template name, its templates in the handbook order', () => {
    expect(papers.map((p) => p.name)).toEqual([...new Set(handbook.templates.map((t) => t.name.toLocaleLowerCase('vi')))]);
    expect(paper('biên bản')?.templates).toEqual([
      '/mau-van-ban/bien-ban-thuong-ky/',
      '/mau-van-ban/bien-ban-hop-chi-uy/',
      '/mau-van-ban/bien-ban-chuyen-de/',
      '/mau-van-ban/bien-ban-ket-hop/',
    ]);
  });

  test('producers: steps and advice its templates refer to whose title names the paper', () => {
    expect(paper('biên bản')?.producers).toEqual(['/sinh-hoat-thuong-ky/#doc-lai-bien-ban', '/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky']);
    expect(paper('đề dẫn')?.producers).toEqual(['/quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan', '/luu-y-kinh-nghiem/#chuan-bi-de-dan-chi-tiet']);
    expect(paper('tham luận')?.producers).toEqual(['/luu-y-kinh-nghiem/#chuan-bi-tham-luan']);
    expect(paper('nghị quyết')?.producers).toEqual(['/sinh-hoat-thuong-ky/#nhiem-vu-thang-toi-bieu-quyet']);
    expect(paper('thông báo')?.producers).toEqual(['/sinh-hoat-thuong-ky/#thong-bao-sinh-hoat', '/sinh-hoat-thuong-ky/#khai-mac-thuong-ky']);
    expect(paper('báo cáo')?.producers).toEqual(['/quy-trinh-sinh-hoat-chuyen-de/#bao-cao-cap-tren']);
  });

  test('a new template is a new paper, ranked by the same rule, with no list to edit', () => {
    const base = handbook.templates[0]!;
    const conclusion = { ...base, id: 'ket-luan', order: 99, name: 'KẾT LUẬN', body: [{ type: 'section', heading: 'x', refs: [{ step: 'nhiem-vu-thang-toi-bieu-quyet' }] }] };
    expect(papers.find((p) => p.name === 'kết luận')).toBeUndefined();
    const papersWithConclusion = searchPapers({ ...handbook, templates: [...handbook.templates, conclusion as typeof base] });
    expect(papersWithConclusion.find((p) => p.name === 'kết luận')).toEqual({
      name: 'kết luận',
      templates: ['/mau-van-ban/ket-luan/'],
      producers: ['/sinh-hoat-thuong-ky/#nhiem-vu-thang-toi-bieu-quyet'],
    });
  });
});

describe('searchHints', () => {
  test('abbreviations and papers, nothing else', () => {
    const hints = searchHints(handbook);
    expect(Object.keys(hints)).toEqual(['abbreviations', 'papers']);
    expect(hints.abbreviations.length).toBe(handbook.abbreviations.length);
    // Small: it is fetched with the index.
    expect(JSON.stringify(hints).length).toBeLessThan(4000);
  });
});

describe('filter counts of the whole index', () => {
  test('countFilters counts entries per key and value, a value once per entry', () => {
    expect(countFilters([{ loai: ['quy trình'] }, { loai: ['quy trình'], nam: ['2023', '2023'] }, {}])).toEqual({ loai: { 'quy trình': 2 }, nam: { '2023': 1 } });
  });

  test('indexFilterCounts: registry pages that search classifies, and the records', () => {
    const counts = indexFilterCounts(handbook);
    const records = searchRecords(handbook);
    const pages = indexedPages(siteCatalog(handbook));
    const steps = records.filter((r) => r.filters.loai?.includes('quy trình')).length;
    const procedurePages = pages.filter((p) => p.filters.loai?.includes('quy trình')).length;
    expect(counts.loai?.['quy trình']).toBe(steps + procedurePages);
    expect(counts.loai?.['mẫu văn bản']).toBe(handbook.templates.length + 1);
    expect(counts.nam?.['2023']).toBeGreaterThan(0);
  });
});
