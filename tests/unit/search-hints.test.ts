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
    expect(paper('biên bản')?.templates).toEqual(['/mau-van-ban/bien-ban-thuong-ky/', '/mau-van-ban/bien-ban-chuyen-de/']);
  });

  test('producers: steps and advice its templates refer to whose title names the paper', () => {
    expect(paper('biên bản')?.producers).toEqual(['/sinh-hoat-thuong-ky/#doc-lai-bien-ban', '/quy-trinh-sinh-hoat-chuyen-de/#cu-thu-ky']);
    expect(paper('đề dẫn')?.producers).toEqual(['/quy-trinh-sinh-hoat-chuyen-de/#phan-cong-de-dan']);
    expect(paper('tham luận')?.producers).toEqual(['/luu-y-kinh-nghiem/#chuan-bi-tham-luan']);
    expect(paper('nghị quyết')?.producers).toEqual([]);
  });

  test('a new template is a new paper, ranked by the same rule, with no list to edit', () => {
    const base = handbook.templates[0]!;
    const notice = { ...base, id: 'thong-bao', order: 99, name: 'THÔNG BÁO', body: [{ type: 'section', heading: 'x', refs: [{ step: 'thong-bao-tinh-hinh-dang-vien' }] }] };
    const papersWithNotice = searchPapers({ ...handbook, templates: [...handbook.templates, notice as typeof base] });
    expect(papersWithNotice.find((p) => p.name === 'thông báo')).toEqual({
      name: 'thông báo',
      templates: ['/mau-van-ban/thong-bao/'],
      producers: ['/quy-trinh-sinh-hoat-chuyen-de/#thong-bao-tinh-hinh-dang-vien'],
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
