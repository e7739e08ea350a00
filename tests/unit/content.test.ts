import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHandbook } from '../../src/lib/content/load';
import { expectedIssue, fixtureCases, loadBroken } from '../helpers/content-fixtures';

const handbook = loadHandbook('content', '.');

describe('loadHandbook on content/', () => {
  test('parses every file in content/', () => {
    expect(handbook.procedures.map((p) => p.id)).toEqual([
      'chuan-bi-thuong-ky',
      'trinh-tu-thuong-ky',
      'sau-thuong-ky',
      'chuong-trinh-thuong-ky',
      'chuan-bi-chuyen-de',
      'cac-buoc-chuyen-de',
      'sau-chuyen-de',
    ]);
    expect(handbook.topicGroups).toHaveLength(7);
    expect(handbook.topicLists.map((l) => [l.year, l.issuerId])).toContainEqual([2023, 'ban-thuong-vu-dang-uy-khoi']);
    expect(handbook.advice.map((a) => a.id).sort()).toEqual(['cap-uy', 'dang-vien']);
    expect(handbook.basisDocuments.length).toBeGreaterThanOrEqual(14);
    expect(handbook.examples.map((e) => e.id)).toEqual(['tan-thanh-2021', 'mat-tran-to-quoc-tinh', 'dien-luc-ha-tinh', 'dang-uy-khoi-2023']);
    expect(handbook.basisDocumentsChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('holds the step counts the sources give: 4 steps of 42-HD, 3 preparation steps, 9 meeting steps then 2 after, 9 Tân Thành items', () => {
    const count = (id: string) => handbook.procedures.find((p) => p.id === id)?.steps.length;
    expect(count('chuan-bi-thuong-ky')).toBe(4);
    expect(count('chuan-bi-chuyen-de')).toBe(3);
    expect(count('cac-buoc-chuyen-de')).toBe(9);
    expect(count('sau-chuyen-de')).toBe(2);
    expect(count('chuong-trinh-thuong-ky')).toBe(9);
  });

  test('puts every step in a phase and gives it at least one actor, named or suggested', () => {
    for (const step of handbook.procedures.flatMap((p) => p.steps)) {
      expect(step.actors.length + step.suggestedActors.length).toBeGreaterThan(0);
      expect(['chuan-bi', 'tien-hanh', 'sau']).toContain(step.phase);
    }
  });

  test('the meeting steps of a thematic meeting are all "tiến hành"; sending the paper and reporting come after', () => {
    const steps = (id: string) => handbook.procedures.find((p) => p.id === id)!.steps;
    expect(steps('cac-buoc-chuyen-de').every((s) => s.phase === 'tien-hanh')).toBe(true);
    expect(steps('sau-chuyen-de').map((s) => [s.id, s.phase])).toEqual([
      ['gui-chuyen-de', 'sau'],
      ['bao-cao-cap-tren', 'sau'],
    ]);
  });

  test('gives the 2023 list the seed issuer, three topics in known groups, and its example case as source', () => {
    const list = handbook.topicLists.find((l) => l.year === 2023);
    expect(list?.issuer).toBe('Ban Thường vụ Đảng ủy Khối');
    expect(list?.source).toEqual(['dang-uy-khoi-2023']);
    expect(list?.topics).toHaveLength(3);
    const groups = new Set(handbook.topicGroups.map((g) => g.id));
    for (const topic of list?.topics ?? []) expect(groups.has(topic.group)).toBe(true);
    // The province is the handbook's inference, and says so.
    const example = handbook.examples.find((e) => e.id === 'dang-uy-khoi-2023');
    expect(example?.place).toMatchObject({ name: 'Hà Tĩnh', inferred: true });
  });

  test('every step, advice item, topic group, topic list and rule names a source', () => {
    const sources = [
      ...handbook.procedures.flatMap((p) => p.steps.map((s) => s.source)),
      ...handbook.advice.flatMap((a) => a.items.map((i) => i.source)),
      ...handbook.topicGroups.map((g) => g.source),
      ...handbook.topicLists.map((l) => l.source),
      ...handbook.rules.map((r) => r.source),
    ];
    for (const source of sources) expect(source.length).toBeGreaterThan(0);
  });

  test('the Tân Thành agenda is one place\'s example, and item 6 covers studying and following Hồ Chí Minh for the year-end review', () => {
    const tanThanh = handbook.procedures.find((p) => p.id === 'chuong-trinh-thuong-ky')!;
    expect(tanThanh.example).toBe('tan-thanh-2021');
    for (const step of tanThanh.steps) expect(step.source).toEqual(['tan-thanh-2021']);
    const item6 = tanThanh.steps[5]!.details.join(' ');
    expect(item6).toMatch(/tự kiểm điểm[^.]*học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT\/TW[^.]*cuối năm/);
  });

  test('the thematic preparation is done before the regular meeting of the month before, where papers are handed out', () => {
    const prep = handbook.procedures.find((p) => p.id === 'chuan-bi-chuyen-de')!;
    expect(prep.summary).not.toMatch(/bắt đầu từ kỳ sinh hoạt/);
    const last = prep.steps.at(-1)!;
    expect(last.due).toEqual({ atPreviousRegularMeeting: true });
    expect(last.details.join(' ')).toMatch(/Tại kỳ sinh hoạt thường kỳ của chi bộ tháng trước, chi ủy thông báo nội dung chuyên đề, gửi đề dẫn, phân công/);
  });

  test('the 42-HD preparation steps cite 42-HD, and the papers are due one day before', () => {
    const prep = handbook.procedures.find((p) => p.id === 'chuan-bi-thuong-ky')!;
    for (const step of prep.steps) expect(step.source).toEqual(['hd-42-2025']);
    expect(prep.steps.find((s) => s.id === 'dua-tai-lieu-len-so-tay')?.due).toEqual({ daysBefore: 1 });
  });

  test('the duration rule cites 42-HD only, with 90 and 120 minutes and the case of small cells', () => {
    const rule = handbook.rules.find((r) => r.id === 'thoi-luong')!;
    expect(rule.source).toEqual(['hd-42-2025']);
    expect(rule.text).toMatch(/ít nhất 90 phút/);
    expect(rule.text).toMatch(/ít nhất 120 phút/);
    expect(rule.text).toMatch(/ít đảng viên/);
  });

  test('no document marked unverified is the source of a rule', () => {
    const unverified = handbook.basisDocuments.filter((d) => d.unverified.includes('subject')).map((d) => d.id);
    expect(unverified).toContain('qd-339-2025');
    const all = JSON.stringify([handbook.procedures, handbook.advice, handbook.rules, handbook.topicGroups]);
    for (const id of unverified) expect(all).not.toContain(`"${id}"`);
  });

  test('stores every string in NFC and none of the seed spelling slips', () => {
    const text = JSON.stringify(handbook);
    expect(text).toBe(text.normalize('NFC'));
    for (const slip of ['diển biến', 'nang cao', 'nỗ lưc', 'quan trong', 'kiểm điểm giá việc', '08-QĐ-TU']) {
      expect(text).not.toContain(slip);
    }
  });

  test('keeps raw YAML files in NFC too', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
      );
    for (const file of walk('content')) {
      const raw = readFileSync(file, 'utf8');
      expect(raw, file).toBe(raw.normalize('NFC'));
    }
  });
});

const fixtures = 'tests/fixtures/broken-content';
const cases = fixtureCases(fixtures);

describe('loadHandbook on broken content', () => {
  test('has a fixture for each kind of error', () => {
    expect(cases.sort()).toEqual(
      [
        'bad-yaml',
        'duplicate-id',
        'figure-not-in-text',
        'flat-topic-file',
        'missing-field',
        'mistyped-field',
        'topic-id-collision',
        'unknown-group',
        'unknown-paper',
        'unknown-source',
        'year-mismatch',
      ].sort(),
    );
  });

  test.each(cases)('%s: stops with the file, the entry and the field named', (name) => {
    const expected = expectedIssue(fixtures, name);
    const issues = loadBroken(fixtures, name);
    expect(issues.length).toBeGreaterThan(0);
    const match = issues.find(
      (i) => i.file === join('content', expected.file) && i.entry === expected.entry && i.field === expected.field,
    );
    expect(match, JSON.stringify(issues, null, 2)).toBeDefined();
    if (expected.message) expect(match?.message).toContain(expected.message);
  });

  test('lists every issue in the error message, one a line', () => {
    const root = mkdtempSync(join(tmpdir(), 'so-tay-content-'));
    try {
      cpSync('content', join(root, 'content'), { recursive: true });
      cpSync(join(fixtures, 'unknown-group'), join(root, 'content'), { recursive: true });
      expect(() => loadHandbook(join(root, 'content'), root)).toThrow(
        /content\/topics\/2023\/ban-thuong-vu-dang-uy-khoi\.yaml › mục topics\[0\] \(id: tu-soi-tu-sua-2023\) › trường "group": nhóm "van-hoa" không có/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
