import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHandbook } from '../../src/lib/content/load';
import { expectedIssue, fixtureCases, loadBroken } from '../helpers/content-fixtures';
import { parse as parseYaml } from 'yaml';
import { templateSchema } from '../../src/schemas/template';
import { resolveTemplate } from '../../src/lib/templates/resolve';
import { templateSources } from '../../src/lib/templates/sources';
import { parseLine } from '../../src/lib/templates/placeholders';

const handbook = loadHandbook('content', '.');

describe('content/templates/', () => {
  test('holds the seven templates, in order', () => {
    expect(handbook.templates.map((t) => t.id)).toEqual([
      'bien-ban-thuong-ky',
      'bien-ban-chuyen-de',
      'de-dan-chuyen-de',
      'bai-tham-luan',
      'chuong-trinh-thuong-ky',
      'chuong-trinh-chuyen-de',
      'nghi-quyet-chuyen-de',
    ]);
  });

  test('every template file parses with the schema on its own', () => {
    const files = readdirSync('content/templates');
    expect(files).toHaveLength(7);
    for (const file of files) {
      const result = templateSchema.safeParse(parseYaml(readFileSync(join('content/templates', file), 'utf8')));
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  test('takes minutes and agendas from the procedure data, not from copies of step texts', () => {
    const stepTitles = handbook.procedures.flatMap((p) => p.steps.map((s) => s.title));
    for (const template of handbook.templates) {
      const raw = readFileSync(`content/templates/${template.id}.yaml`, 'utf8');
      for (const title of stepTitles) expect(raw, `${template.id} repeats "${title}"`).not.toContain(title);
    }
    const kinds = Object.fromEntries(
      handbook.templates.map((t) => [t.id, t.body.filter((b) => b.type === 'steps').map((b) => b.type === 'steps' && b.procedure)]),
    );
    // Regular papers follow the general order of a regular meeting, not the Tân Thành example.
    expect(kinds['bien-ban-thuong-ky']).toEqual(['trinh-tu-thuong-ky']);
    expect(kinds['chuong-trinh-thuong-ky']).toEqual(['trinh-tu-thuong-ky']);
    expect(kinds['bien-ban-chuyen-de']).toEqual(['cac-buoc-chuyen-de']);
    expect(kinds['chuong-trinh-chuyen-de']).toEqual(['cac-buoc-chuyen-de']);
  });

  test('asks, in each paper, for the fields its text uses, and the topic only in thematic papers', () => {
    for (const template of handbook.templates) {
      const resolved = resolveTemplate(template, handbook.procedures);
      expect(resolved.fields.slice(0, 3), template.id).toEqual(['dang-bo', 'chi-bo', 'dia-danh']);
      expect(resolved.fields.includes('chuyen-de'), template.id).toBe(template.meeting === 'chuyen-de');
    }
    const minutes = resolveTemplate(handbook.templates[0], handbook.procedures);
    expect(minutes.fields).toEqual(
      expect.arrayContaining(['gio', 'dia-diem', 'chu-tri', 'thu-ky', 'tong-so', 'co-mat', 'vang-co-ly-do', 'vang-khong-ly-do', 'khach-moi']),
    );
  });

  test('names a source for each part taken from the guidance, and labels the rest', () => {
    const data = { procedures: handbook.procedures, advice: handbook.advice, basisDocuments: handbook.basisDocuments };
    const dedan = templateSources(handbook.templates.find((t) => t.id === 'de-dan-chuyen-de')!, data);
    expect(dedan.map((s) => [s.part, s.origin])).toEqual([
      ['Người trình bày', 'huong-dan'],
      ['I. Mục đích, yêu cầu', 'huong-dan'],
      ['II. Căn cứ', 'huong-dan'],
      ['III. Thực trạng', 'huong-dan'],
      ['IV. Giải pháp, nhiệm vụ', 'huong-dan'],
      ['V. Vấn đề gợi ý thảo luận', 'huong-dan'],
      ['Nơi nhận', 'huong-dan'],
    ]);
    expect(dedan[1].links[0]).toEqual({
      label: 'Các bước sinh hoạt chuyên đề, bước 5: Bí thư chi bộ nêu mục đích, yêu cầu',
      path: 'quy-trinh-sinh-hoat-chuyen-de/',
      hash: 'neu-muc-dich-yeu-cau',
    });
    const resolution = templateSources(handbook.templates.find((t) => t.id === 'nghi-quyet-chuyen-de')!, data);
    expect(resolution.find((s) => s.part === 'III. Tổ chức thực hiện')?.origin).toBe('goi-y');
    const minutes = templateSources(handbook.templates[0], data);
    expect(minutes.find((s) => s.part.startsWith('Nội dung sinh hoạt'))).toMatchObject({
      part: 'Nội dung sinh hoạt (mục 1–5)',
      origin: 'huong-dan',
      links: [{ path: 'sinh-hoat-thuong-ky/', hash: 'khai-mac-thuong-ky' }],
    });
  });
});

describe('parseLine', () => {
  test('splits text and values and marks a value at the end of the line', () => {
    expect(parseLine('Địa điểm: {dia-diem}.')).toEqual({ runs: ['Địa điểm: ', { f: 'dia-diem', end: true }, '.'], unknown: [] });
  });

  test('expands dates and times into parts that stay short', () => {
    expect(parseLine('lúc {gio}, {ngay}.').runs).toEqual([
      'lúc ',
      { f: 'gio', p: 'hour' },
      ' giờ ',
      { f: 'gio', p: 'minute' },
      ' phút, ngày ',
      { f: 'ngay', p: 'day' },
      ' tháng ',
      { f: 'ngay', p: 'month' },
      ' năm ',
      { f: 'ngay', p: 'year' },
      '.',
    ]);
  });

  test('keeps a value followed by words short', () => {
    expect(parseLine('Có mặt: {co-mat} đồng chí.').runs).toEqual(['Có mặt: ', { f: 'co-mat' }, ' đồng chí.']);
    expect(parseLine('“{chuyen-de}”').runs).toEqual(['“', { f: 'chuyen-de' }, '”']);
  });

  test('reports placeholders it does not know', () => {
    expect(parseLine('Chủ tịch: {chu-tich} và {_}').unknown).toEqual(['chu-tich']);
  });
});

const fixtures = 'tests/fixtures/broken-templates';
const cases = fixtureCases(fixtures);

describe('loadHandbook on a broken template', () => {
  test('has a fixture for each kind of error', () => {
    expect(cases.sort()).toEqual(
      [
        'id-mismatch',
        'missing-field',
        'recipients-with-two-signatures',
        'unknown-advice',
        'unknown-placeholder',
        'unknown-procedure',
        'unknown-step',
      ].sort(),
    );
  });

  test.each(cases)('%s: stops with the file, the entry and the field named', (name) => {
    const expected = expectedIssue(fixtures, name);
    const issues = loadBroken(fixtures, name);
    const match = issues.find(
      (i) => i.file === join('content', expected.file) && i.entry === expected.entry && i.field === expected.field,
    );
    expect(match, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(match?.message).toContain(expected.message ?? '');
  });
});
