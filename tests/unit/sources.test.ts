import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load';
import { documentLabel, documentTitle, exampleName, shownSource, sourcesText, sortDocuments } from '../../src/lib/sources';
import { pages, topicYearPage, templatePage, checklistPage } from '../../src/lib/routes';
import { lastChanged, pageFileData, pageFiles } from '../../src/lib/site/last-updated';
import { listPlace } from '../../src/lib/topics';
import { dueText } from '../../src/lib/labels';

const handbook = loadHandbook('content', '.');
const data = { basisDocuments: handbook.basisDocuments, examples: handbook.examples };
const doc = (id: string) => handbook.basisDocuments.find((d) => d.id === id)!;

describe('source labels', () => {
  test('a document, an example of one place and time, the handbook', () => {
    expect(shownSource('hd-42-2025', data)).toEqual({ id: 'hd-42-2025', kind: 'document', label: 'Theo Hướng dẫn 42-HD/BTCTW', path: 'van-ban-can-cu/', hash: 'hd-42-2025' });
    expect(shownSource('tan-thanh-2021', data)).toMatchObject({ kind: 'example', label: 'Ví dụ: chi bộ Tân Thành, tháng 11/2021', path: 'sinh-hoat-thuong-ky/' });
    expect(shownSource('dang-uy-khoi-2023', data).label).toBe('Ví dụ: Ban Thường vụ Đảng ủy Khối, năm 2023');
    expect(shownSource('so-tay', data)).toMatchObject({ kind: 'handbook', label: 'Gợi ý của sổ tay', path: '', hash: 'nguon-noi-dung' });
    expect(shownSource('dieu-le-dang', data).label).toBe('Theo Điều lệ Đảng');
    expect(() => shownSource('khong-co', data)).toThrow(/Không có nguồn "khong-co"/);
  });

  test('several sources read as one line, only the first capitalised', () => {
    expect(sourcesText(['hd-42-2025', 'dieu-le-dang'], data)).toBe('Theo Hướng dẫn 42-HD/BTCTW; theo Điều lệ Đảng');
  });
});

describe('basis documents', () => {
  test('full titles from what is known, dates as Party papers cite them', () => {
    expect(documentTitle(doc('hd-12-2018'))).toBe(
      'Hướng dẫn số 12-HD/BTCTW, ngày 06/7/2018, của Ban Tổ chức Trung ương một số vấn đề cụ thể về nâng cao chất lượng sinh hoạt chi bộ',
    );
    expect(documentTitle(doc('dieu-le-dang'))).toBe('Điều lệ Đảng (năm 2011), của Đại hội đại biểu toàn quốc lần thứ XI của Đảng');
    expect(documentLabel(doc('huong-dan-08'))).toBe('Hướng dẫn 08 về sinh hoạt chi bộ');
  });

  test('what REFERENCES.md marks unverified is left out of the title', () => {
    expect(documentTitle(doc('qd-339-2025'))).toBe('Quy định số 339-QĐ/TW, ngày 10/7/2025');
  });

  test('central documents first, then local ones, then the guidance text; oldest first within each', () => {
    const order = sortDocuments(handbook.basisDocuments).map((d) => d.scope);
    expect(order).toEqual([...order].sort((a, b) => ['trung-uong', 'dia-phuong', 'tai-lieu-goc'].indexOf(a) - ['trung-uong', 'dia-phuong', 'tai-lieu-goc'].indexOf(b)));
    const central = sortDocuments(handbook.basisDocuments).filter((d) => d.scope === 'trung-uong' && d.date && d.date.length === 10);
    expect(central.map((d) => d.date)).toEqual(central.map((d) => d.date).sort());
  });
});

describe('examples and topic lists', () => {
  test('an example is named by who and when', () => {
    expect(exampleName({ body: 'chi bộ Tân Thành', date: '2021-11' })).toBe('chi bộ Tân Thành, tháng 11/2021');
    expect(exampleName({ body: 'chi bộ X' })).toBe('chi bộ X');
  });

  test('a list\'s place comes from its own province or its example, with the inference marked', () => {
    const list = handbook.topicLists.find((l) => l.year === 2023)!;
    expect(listPlace(list, handbook.examples)).toEqual({
      name: 'Hà Tĩnh',
      inferred: 'tài liệu gốc không ghi tỉnh; sổ tay suy ra từ tên chuyên đề có nhắc “con người Hà Tĩnh”',
    });
    expect(listPlace({ province: 'Quảng Trị', provinceInferred: false, source: ['so-tay'] }, handbook.examples)).toEqual({ name: 'Quảng Trị' });
  });

  test('due dates in words', () => {
    expect(dueText({ daysBefore: 1 })).toBe('ít nhất 1 ngày trước buổi sinh hoạt');
    expect(dueText({ atPreviousRegularMeeting: true })).toBe('tại kỳ sinh hoạt thường kỳ của chi bộ tháng trước');
  });
});

describe('when a page last changed', () => {
  const files = pageFileData(handbook);

  test('a page is made from its MDX or route file and the content files it shows', () => {
    expect(pageFiles(pages.regular, files)).toEqual([
      'src/content/docs/sinh-hoat-thuong-ky.mdx',
      'content/procedures/chuan-bi-thuong-ky.yaml',
      'content/procedures/trinh-tu-thuong-ky.yaml',
      'content/procedures/sau-thuong-ky.yaml',
      'content/procedures/chuong-trinh-thuong-ky.yaml',
      'content/rules.yaml',
    ]);
    expect(pageFiles(topicYearPage(2023), files)).toEqual([
      'src/pages/chuyen-de/[year].astro',
      'content/topics/2023/ban-thuong-vu-dang-uy-khoi.yaml',
      'content/topic-groups.yaml',
      'content/examples.yaml',
      'content/rules.yaml',
    ]);
    const minutes = handbook.templates.find((t) => t.id === 'bien-ban-thuong-ky')!;
    expect(pageFiles(templatePage(minutes), files)).toEqual([
      'src/pages/mau-van-ban/[id].astro',
      'content/templates/bien-ban-thuong-ky.yaml',
      'content/procedures/trinh-tu-thuong-ky.yaml',
    ]);
    expect(pageFiles(checklistPage({ id: 'cap-uy', title: 'x' }), files)).toContain('content/advice/cap-uy.yaml');
    expect(pageFiles(pages.basis, files)).toContain('content/basis-documents.yaml');
  });

  test('the newest commit among the files; a file git does not know counts by its modification time', () => {
    const commits = new Map([
      ['a.yaml', new Date('2026-01-02T00:00:00Z')],
      ['b.yaml', new Date('2026-03-04T00:00:00Z')],
    ]);
    expect(lastChanged(['a.yaml', 'b.yaml'], commits)?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
    expect(lastChanged(['package.json'], new Map())).toBeInstanceOf(Date);
    expect(lastChanged(['khong-co.yaml'], new Map())).toBeUndefined();
  });
});
