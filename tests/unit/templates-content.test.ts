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
import { DATE_FIELDS, fieldOrder, fields } from '../../src/lib/templates/fields';
import { paperLayout } from '../../src/lib/templates/layout';
import { paperText } from '../../src/lib/templates/paper-text';

const handbook = loadHandbook('content', '.');

/** The papers of a month and of a thematic meeting: the meeting's own papers first, as search and the sidebar list them. */
const PAPERS = [
  'bien-ban-thuong-ky',
  'chuong-trinh-thuong-ky',
  'nghi-quyet-thuong-ky',
  'thong-bao-sinh-hoat',
  'bien-ban-hop-chi-uy',
  'bien-ban-chuyen-de',
  'chuong-trinh-chuyen-de',
  'de-dan-chuyen-de',
  'bai-tham-luan',
  'nghi-quyet-chuyen-de',
  'bao-cao-chuyen-de',
  'ke-hoach-chuyen-de',
  'chuong-trinh-ket-hop',
  'bien-ban-ket-hop',
];

describe('content/templates/', () => {
  test('holds the papers a month and a thematic meeting need, in order', () => {
    expect(handbook.templates.map((t) => t.id)).toEqual(PAPERS);
  });

  test('every template file parses with the schema on its own', () => {
    const files = readdirSync('content/templates');
    expect(files).toHaveLength(PAPERS.length);
    for (const file of files) {
      const result = templateSchema.safeParse(parseYaml(readFileSync(join('content/templates', file), 'utf8')));
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  test('takes minutes, agendas, the notice and the committee minutes from the procedure data, not from copies of step texts', () => {
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
    // The notice and the committee minutes follow the 42-HD preparation steps (and the meeting's order).
    expect(kinds['thong-bao-sinh-hoat']).toEqual(['trinh-tu-thuong-ky', 'chuan-bi-thuong-ky']);
    expect(kinds['bien-ban-hop-chi-uy']).toEqual(['trinh-tu-thuong-ky', 'chuan-bi-thuong-ky']);
    expect(kinds['bao-cao-chuyen-de']).toEqual(['chuan-bi-chuyen-de']);
    expect(kinds['ke-hoach-chuyen-de']).toEqual(['chuan-bi-chuyen-de']);
    expect(kinds['bien-ban-ket-hop']).toEqual(['trinh-tu-thuong-ky', 'cac-buoc-chuyen-de']);
  });

  test('asks, in each paper, for the fields its text uses: the header\'s on the cell\'s papers, the topic on thematic papers', () => {
    for (const template of handbook.templates) {
      const resolved = resolveTemplate(template, handbook);
      const header = template.issuer === 'chi-bo' ? ['dang-bo', 'chi-bo', ...(template.symbol ? ['so'] : []), 'dia-danh'] : [];
      expect(resolved.fields.slice(0, header.length), template.id).toEqual(header);
      expect(resolved.fields.includes(template.date), template.id).toBe(template.issuer === 'chi-bo');
      // A year plan asks for a topic a quarter instead.
      const topic = template.meeting === 'chuyen-de' && template.kind !== 'ke-hoach';
      expect(resolved.fields.includes('chuyen-de'), template.id).toBe(topic);
    }
    const contribution = resolveTemplate(handbook.templates.find((t) => t.id === 'bai-tham-luan')!, handbook);
    expect(contribution.fields).toEqual(['chuyen-de', 'nguoi-tham-luan', 'chuc-vu-tham-luan']);
    const minutes = resolveTemplate(handbook.templates.find((t) => t.id === 'bien-ban-thuong-ky')!, handbook);
    expect(minutes.fields).toEqual(
      expect.arrayContaining(['so', 'gio', 'dia-diem', 'noi-dung', 'chu-tri', 'chuc-vu-chu-tri', 'thu-ky', 'chuc-vu-thu-ky', 'tong-so', 'co-mat', 'co-mat-chinh-thuc', 'co-mat-du-bi', 'tam-thoi', 'vang-co-ly-do', 'vang-khong-ly-do', 'khach-moi']),
    );
  });

  test('every date field the header can show is typed as a date', () => {
    for (const field of DATE_FIELDS) expect(fields[field].input, field).toBe('date');
    expect(fieldOrder.filter((f) => fields[f].input === 'date')).toEqual([...DATE_FIELDS].sort((a, b) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b)));
  });

  test('names a source for each part taken from the guidance, and labels the rest', () => {
    const data = handbook;
    const dedan = templateSources(handbook.templates.find((t) => t.id === 'de-dan-chuyen-de')!, data);
    expect(dedan.map((s) => [s.part, s.origin])).toEqual([
      ['Người trình bày', 'huong-dan'],
      ['I. Mục đích, yêu cầu', 'huong-dan'],
      ['II. Căn cứ', 'huong-dan'],
      ['III. Nội dung chuyên đề', 'goi-y'],
      ['IV. Thực trạng ở chi bộ, cơ quan, đơn vị', 'huong-dan'],
      ['V. Giải pháp, nhiệm vụ', 'huong-dan'],
      ['VI. Vấn đề gợi ý thảo luận', 'huong-dan'],
      ['chi ủy duyệt đề dẫn', 'huong-dan'],
    ]);
    expect(dedan[1].links[0]).toEqual({
      label: 'Các bước sinh hoạt chuyên đề, bước 5: Bí thư chi bộ nêu mục đích, yêu cầu',
      path: 'quy-trinh-sinh-hoat-chuyen-de/',
      hash: 'neu-muc-dich-yeu-cau',
    });
    const resolution = templateSources(handbook.templates.find((t) => t.id === 'nghi-quyet-chuyen-de')!, data);
    expect(resolution.find((s) => s.part === 'III. Tổ chức thực hiện')?.origin).toBe('goi-y');
    const minutes = templateSources(handbook.templates.find((t) => t.id === 'bien-ban-thuong-ky')!, data);
    expect(minutes.find((s) => s.part.startsWith('Nội dung sinh hoạt'))).toMatchObject({
      part: 'Nội dung sinh hoạt (mục 1–5)',
      origin: 'huong-dan',
      links: [{ path: 'sinh-hoat-thuong-ky/', hash: 'khai-mac-thuong-ky' }],
    });
    expect(minutes.find((s) => s.part === 'Đảng viên sinh hoạt tạm thời')?.origin).toBe('goi-y');
  });

  test('the votes in minutes and resolutions cite Điều lệ Đảng and its rule that probationary members do not vote', () => {
    for (const id of ['bien-ban-thuong-ky', 'bien-ban-chuyen-de', 'bien-ban-ket-hop', 'nghi-quyet-thuong-ky', 'nghi-quyet-chuyen-de']) {
      const vote = templateSources(handbook.templates.find((t) => t.id === id)!, handbook).find((s) => /biểu quyết/iu.test(s.part));
      expect(vote?.links, id).toEqual([
        { label: 'Điều lệ Đảng', path: 'van-ban-can-cu/', hash: 'dieu-le-dang' },
        { label: 'Quy định: Đảng viên dự bị không biểu quyết', path: 'van-ban-can-cu/', hash: 'quy-dinh-du-bi-khong-bieu-quyet' },
      ]);
    }
  });

  test('an agenda\'s minutes add up to at least the duration its rule states, 90 alone and 120 combined', () => {
    const rule = handbook.rules.find((r) => r.id === 'thoi-luong')!;
    expect(rule.figures).toEqual({ 'moi-buoi': 90, 'ket-hop': 120 });
    for (const [id, figure] of [
      ['chuong-trinh-thuong-ky', 'moi-buoi'],
      ['chuong-trinh-chuyen-de', 'moi-buoi'],
      ['chuong-trinh-ket-hop', 'ket-hop'],
    ] as const) {
      const steps = resolveTemplate(handbook.templates.find((t) => t.id === id)!, handbook).blocks.find((b) => b.type === 'steps');
      expect(steps?.type === 'steps' && steps.duration?.minutes, id).toBe(rule.figures[figure]);
      const total = steps?.type === 'steps' ? steps.items.reduce((sum, item) => sum + (item.minutes ?? 0), 0) : 0;
      expect(total, id).toBeGreaterThanOrEqual(rule.figures[figure]);
    }
  });

  test('a duration is taken from the rule: another figure in the data gives another least total', () => {
    const rules = handbook.rules.map((r) => (r.id === 'thoi-luong' ? { ...r, figures: { ...r.figures, 'moi-buoi': 75 } } : r));
    const agenda = resolveTemplate(handbook.templates.find((t) => t.id === 'chuong-trinh-thuong-ky')!, { ...handbook, rules });
    const steps = agenda.blocks.find((b) => b.type === 'steps');
    expect(steps?.type === 'steps' && steps.duration).toEqual({
      minutes: 75,
      note: '(Thời gian từng mục là gợi ý của sổ tay; cả buổi sinh hoạt ít nhất 75 phút, theo Hướng dẫn 42-HD/BTCTW.)',
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

  test('writes any date field out in full, and gives a value the words it shows while empty', () => {
    expect(parseLine('{ngay-van-ban}').runs).toEqual(parseLine('{ngay}').runs.map((r) => (typeof r === 'string' ? r : { ...r, f: 'ngay-van-ban' })));
    // A value with words of its own stays short, even at the end of a line.
    expect(parseLine('- {cap-uy-cap-tren|Cấp ủy cấp trên trực tiếp}.').runs).toEqual(['- ', { f: 'cap-uy-cap-tren', blank: 'Cấp ủy cấp trên trực tiếp' }, '.']);
    expect(parseLine('{ngay|hôm nay}').unknown).toEqual(['ngay|hôm nay']);
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
        'agenda-missing-minutes',
        'agenda-too-short',
        'id-mismatch',
        'missing-field',
        'recipients-with-two-signatures',
        'unknown-advice',
        'unknown-placeholder',
        'unknown-procedure',
        'unknown-rule',
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

describe('votes on the papers', () => {
  // Điều lệ Đảng, Điều 3 (REFERENCES.md): a probationary member does not vote, so every count of
  // votes, the approval of the minutes included, counts full members only.
  test('every line that counts a vote or an approval counts full members (đảng viên chính thức)', () => {
    const counted = handbook.templates.flatMap((template) =>
      paperText(paperLayout(resolveTemplate(template, handbook)), {})
        .filter((line) => /(biểu quyết|nhất trí thông qua)/.test(line) && /……\/……|tán thành ……/.test(line))
        .map((line) => ({ id: template.id, line })),
    );
    expect(counted.length).toBeGreaterThanOrEqual(5);
    for (const { id, line } of counted) expect(line, id).toMatch(/chính thức/);
  });
});
