import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadHandbook } from '../../src/lib/content/load';
import { expandQuery, searchAbbreviations } from '../../src/lib/search/abbreviations';
import { foldKey as formKey } from '../../src/lib/text';
import { expectedIssue, fixtureCases, loadBroken } from '../helpers/content-fixtures';

const handbook = loadHandbook('content', '.');
const abbreviations = searchAbbreviations(handbook.abbreviations, handbook.basisDocuments);
const expand = (q: string): string => expandQuery(q, abbreviations).text;

describe('content/abbreviations.yaml', () => {
  test('every entry has its full name; names from basis documents are their kind and number', () => {
    expect(abbreviations).toHaveLength(handbook.abbreviations.length);
    expect(abbreviations.find((a) => a.keys.includes('hd42'))?.name).toBe('Hướng dẫn 42-HD/BTCTW');
  });

  test.each([
    ['HD42', 'Hướng dẫn 42-HD/BTCTW'],
    ['hd 42', 'Hướng dẫn 42-HD/BTCTW'],
    ['42-HD', 'Hướng dẫn 42-HD/BTCTW'],
    ['hd-42', 'Hướng dẫn 42-HD/BTCTW'],
    ['CT50', 'Chỉ thị 50-CT/TW'],
    ['TW4', 'Nghị quyết Trung ương 4'],
    ['STĐVĐT', 'Sổ tay đảng viên điện tử'],
    ['stdvdt', 'Sổ tay đảng viên điện tử'],
    ['so tay dang vien', 'Sổ tay đảng viên điện tử'],
    ['BTV', 'Ban Thường vụ'],
    ['BCH', 'Ban Chấp hành'],
    ['ĐUK', 'Đảng ủy Khối'],
    ['duk', 'Đảng ủy Khối'],
  ])('"%s" is searched as "%s", with or without diacritics', (typed, name) => {
    expect(expand(typed)).toBe(name);
  });
});

describe('expandQuery', () => {
  const list = [
    { name: 'Hướng dẫn 42-HD/BTCTW', keys: ['hd42', '42hd'] },
    { name: 'Sổ tay đảng viên điện tử', keys: ['sotaydangvien'] },
  ];

  test('forms match whole words anywhere in the query, the longest run first; what was typed is kept', () => {
    expect(expandQuery('theo HD 42 thì', list)).toEqual({
      text: 'theo Hướng dẫn 42-HD/BTCTW thì',
      expansions: [{ typed: 'HD 42', name: 'Hướng dẫn 42-HD/BTCTW' }],
    });
    expect(expandQuery('so tay dang vien', list).text).toBe('Sổ tay đảng viên điện tử');
  });

  test('a word that only contains a form, or a query already holding the full name, is left alone', () => {
    expect(expandQuery('42-HD/BTCTW', list)).toEqual({ text: '42-HD/BTCTW', expansions: [] });
    expect(expandQuery('sổ tay đảng viên điện tử', list).text).toBe('sổ tay đảng viên điện tử');
    expect(expandQuery('hd420', list).expansions).toEqual([]);
  });

  test('formKey ignores case, diacritics, đ/d, spaces and punctuation', () => {
    expect(new Set(['HĐ 42', 'hd-42', 'Hd42', 'H.D. 42'].map(formKey))).toEqual(new Set(['hd42']));
  });
});

const fixtures = 'tests/fixtures/broken-abbreviations';

describe('broken abbreviations stop the build, naming file › entry › field', () => {
  test('there is a fixture for each kind of error', () => {
    expect(fixtureCases(fixtures)).toEqual(['duplicate-form', 'missing-forms', 'name-and-document', 'unknown-document']);
  });

  test.each(fixtureCases(fixtures))('%s', (name) => {
    const expected = expectedIssue(fixtures, name);
    const issues = loadBroken(fixtures, name);
    const match = issues.find((i) => i.file === join('content', expected.file) && i.entry === expected.entry && i.field === expected.field);
    expect(match, JSON.stringify(issues, null, 2)).toBeDefined();
    if (expected.message) expect(match?.message).toContain(expected.message);
  });
});
