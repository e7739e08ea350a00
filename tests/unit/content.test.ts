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
      'chuan-bi-chuyen-de',
      'cac-buoc-chuyen-de',
      'chuong-trinh-thuong-ky',
    ]);
    expect(handbook.topicGroups).toHaveLength(7);
    expect(handbook.topicLists.map((l) => l.year)).toContain(2023);
    expect(handbook.advice.map((a) => a.id).sort()).toEqual(['cap-uy', 'dang-vien']);
    expect(handbook.basisDocuments.length).toBeGreaterThanOrEqual(10);
  });

  test('holds the step counts the guidance gives: 3 preparation steps, 10 meeting steps, 9 agenda items', () => {
    const count = (id: string) => handbook.procedures.find((p) => p.id === id)?.steps.length;
    expect(count('chuan-bi-chuyen-de')).toBe(3);
    expect(count('cac-buoc-chuyen-de')).toBe(10);
    expect(count('chuong-trinh-thuong-ky')).toBe(9);
  });

  test('puts every step in a phase and gives it at least one actor', () => {
    for (const step of handbook.procedures.flatMap((p) => p.steps)) {
      expect(step.actors.length).toBeGreaterThan(0);
      expect(['chuan-bi', 'tien-hanh', 'sau']).toContain(step.phase);
    }
  });

  test('gives the 2023 list the seed issuer and three topics in known groups', () => {
    const list = handbook.topicLists.find((l) => l.year === 2023);
    expect(list?.issuer).toBe('Ban Thường vụ Đảng ủy Khối');
    expect(list?.province).toBe('Hà Tĩnh');
    expect(list?.topics).toHaveLength(3);
    const groups = new Set(handbook.topicGroups.map((g) => g.id));
    for (const topic of list?.topics ?? []) expect(groups.has(topic.group)).toBe(true);
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
      ['bad-yaml', 'duplicate-id', 'missing-field', 'mistyped-field', 'unknown-group', 'year-mismatch'].sort(),
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
        /content\/topics\/2023\.yaml › mục topics\[0\] \(id: tu-soi-tu-sua-2023\) › trường "group": nhóm "van-hoa" không có/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
