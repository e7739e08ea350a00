import { describe, expect, test } from 'vitest';
import { formatDate, nfc, normalizeDeep } from '../../src/lib/text';
import { groupTopics, topicTiming } from '../../src/lib/topics';
import { actorList } from '../../src/lib/labels';
import { splitPath, formatIssue } from '../../src/lib/content/errors';
import type { TopicGroup, TopicList } from '../../src/schemas/topic';

describe('formatDate', () => {
  test('writes yyyy-mm-dd as dd/mm/yyyy', () => {
    expect(formatDate('2007-03-30')).toBe('30/03/2007');
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
    { id: 'a', title: 'A', description: 'A' },
    { id: 'b', title: 'B', description: 'B' },
    { id: 'c', title: 'C', description: 'C' },
  ];
  const list: TopicList = {
    year: 2030,
    issuer: 'X',
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

describe('actorList', () => {
  test('joins Vietnamese names in order', () => {
    expect(actorList(['bi-thu', 'thu-ky'])).toBe('Bí thư chi bộ, Thư ký');
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
