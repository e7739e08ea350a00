import { describe, expect, test } from 'vitest';
import { formatDate, nfc, normalizeDeep, quoted } from '../../src/lib/text';
import { groupTopics, topicTiming } from '../../src/lib/topics';
import { actorList, stepActors } from '../../src/lib/labels';
import { splitPath, formatIssue } from '../../src/lib/content/errors';
import type { TopicGroup, TopicList } from '../../src/schemas/topic';

describe('formatDate', () => {
  test('writes dates as Party papers cite them: two-digit day, month without a leading zero except 01 and 02', () => {
    expect(formatDate('2007-03-30')).toBe('30/3/2007');
    expect(formatDate('2018-07-06')).toBe('06/7/2018');
    expect(formatDate('2014-04-28')).toBe('28/4/2014');
    expect(formatDate('2008-02-02')).toBe('02/02/2008');
    expect(formatDate('2012-01-15')).toBe('15/01/2012');
    expect(formatDate('2025-10-28')).toBe('28/10/2025');
  });
  test('writes partial dates in words', () => {
    expect(formatDate('2021-11')).toBe('tháng 11/2021');
    expect(formatDate('2011')).toBe('năm 2011');
  });
  test('rejects other forms', () => {
    expect(() => formatDate('30/03/2007')).toThrow(/Ngày không hợp lệ/);
  });
});

describe('nfc and normalizeDeep', () => {
  const decomposed = 'Bi\u0301 thu\u031b\u0300'.normalize('NFD');
  test('composes decomposed Vietnamese', () => {
    expect(nfc(decomposed)).toBe('Bí thừ'.normalize('NFC'));
  });
  test('reaches strings nested in arrays and objects', () => {
    const out = normalizeDeep({ a: [decomposed], b: { c: decomposed }, n: 3 });
    expect(out.a[0]).toBe(decomposed.normalize('NFC'));
    expect(out.b.c).toBe(decomposed.normalize('NFC'));
    expect(out.n).toBe(3);
  });
});

describe('groupTopics', () => {
  const groups: TopicGroup[] = [
    { id: 'a', title: 'A', description: 'A', source: ['so-tay'] },
    { id: 'b', title: 'B', description: 'B', source: ['so-tay'] },
    { id: 'c', title: 'C', description: 'C', source: ['so-tay'] },
  ];
  const list: TopicList = {
    year: 2030,
    issuer: 'X',
    provinceInferred: false,
    source: ['so-tay'],
    topics: [
      { id: 't1', title: 'T1', group: 'c' },
      { id: 't2', title: 'T2', group: 'a' },
      { id: 't3', title: 'T3', group: 'c' },
    ],
  };
  test('follows the groups’ order and leaves out empty groups', () => {
    const grouped = groupTopics(list, groups);
    expect(grouped.map((g) => g.group.id)).toEqual(['a', 'c']);
    expect(grouped[1]?.topics.map((t) => t.id)).toEqual(['t1', 't3']);
  });
});

describe('topicTiming', () => {
  test('names the quarter in Roman numerals', () => {
    expect(topicTiming({ quarter: 2 })).toBe('Quý II');
  });
  test('names the month with its quarter', () => {
    expect(topicTiming({ month: 11 })).toBe('Tháng 11 (quý IV)');
  });
  test('is empty when no time is set', () => {
    expect(topicTiming({})).toBe('');
  });
});

describe('actorList and stepActors', () => {
  test('join Vietnamese names in order, only the first word in capitals', () => {
    expect(actorList(['bi-thu', 'thu-ky'])).toBe('Bí thư chi bộ, thư ký');
    expect(actorList(['chu-tri', 'dang-vien'])).toBe('Chủ trì, đảng viên');
  });
  test('mark the people the handbook suggests where the source names no one', () => {
    expect(stepActors({ actors: ['dang-vien'], suggestedActors: [] })).toBe('Đảng viên');
    expect(stepActors({ actors: ['dang-vien'], suggestedActors: ['chu-tri'] })).toBe('Đảng viên; gợi ý của sổ tay: chủ trì');
    expect(stepActors({ actors: [], suggestedActors: ['chu-tri', 'thu-ky'] })).toBe('Gợi ý của sổ tay: chủ trì, thư ký');
  });
});

describe('quoted', () => {
  test('wraps a title in quotation marks and turns the quotes inside it to single ones', () => {
    expect(quoted('Tự soi, tự sửa')).toBe('“Tự soi, tự sửa”');
    expect(quoted('nội dung tác phẩm “Kiên quyết, kiên trì” của đồng chí')).toBe('“nội dung tác phẩm ‘Kiên quyết, kiên trì’ của đồng chí”');
  });
});

describe('splitPath', () => {
  const data = { steps: [{ id: 'x' }, { id: 'cu-thu-ky', title: '' }] };
  test('names the entry by its id and the field after it', () => {
    expect(splitPath(['steps', 1, 'title'], data)).toEqual({ entry: 'steps[1] (id: cu-thu-ky)', field: 'title' });
  });
  test('leaves the entry empty for a top-level field', () => {
    expect(splitPath(['year'], data)).toEqual({ entry: '', field: 'year' });
  });
  test('formats an issue as file › entry › field: message', () => {
    expect(formatIssue({ file: 'content/a.yaml', entry: 'steps[1]', field: 'title', message: 'thiếu' })).toBe(
      'content/a.yaml › mục steps[1] › trường "title": thiếu',
    );
  });
});
