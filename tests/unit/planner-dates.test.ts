import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  longDate,
  parseTypedDate,
  todayInVietnam,
  vietnamInstant,
  weekday,
} from '../../src/lib/planner/dates';

describe('addDays', () => {
  test('crosses month and year ends in both directions', () => {
    expect(addDays('2026-12-03', -21)).toBe('2026-11-12');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-03', -10)).toBe('2026-12-24');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-03-29', 7)).toBe('2026-04-05');
  });

  test('does not depend on the device time zone (no day lost or doubled)', () => {
    // Dates are counted on calendar days: 400 days forward then back returns to the same day.
    let date = '2026-01-01';
    for (let i = 0; i < 400; i++) date = addDays(date, 1);
    expect(date).toBe('2027-02-05');
    expect(daysBetween('2026-01-01', date)).toBe(400);
  });
});

describe('addMonths', () => {
  test('keeps the day within the month', () => {
    expect(addMonths('2026-03-03', -1)).toBe('2026-02-03');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-12-03', 1)).toBe('2027-01-03');
    expect(addMonths('2027-01-01', -1)).toBe('2026-12-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  test('takes a day of the month (a cell\'s usual day), clamped', () => {
    expect(addMonths('2026-03-03', -1, 31)).toBe('2026-02-28');
    expect(addMonths('2027-01-01', -1, 3)).toBe('2026-12-03');
    expect(addMonths('2026-05-15', -1, 31)).toBe('2026-04-30');
  });

  test('daysInMonth knows leap years', () => {
    expect([daysInMonth(2028, 2), daysInMonth(2026, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
  });
});

describe('parseTypedDate', () => {
  test('reads day first, with any usual separator', () => {
    for (const typed of ['03/12/2026', '3/12/2026', '03-12-2026', '03.12.2026', ' 3 12 2026 ', '03122026']) {
      expect(parseTypedDate(typed)).toEqual({ iso: '2026-12-03' });
    }
  });

  test('refuses impossible dates with a Vietnamese message', () => {
    expect(parseTypedDate('31/02/2026')).toEqual({ error: 'Không có ngày 31/2/2026: tháng 2 năm 2026 có 28 ngày.' });
    expect(parseTypedDate('29/02/2028')).toEqual({ iso: '2028-02-29' });
    expect(parseTypedDate('29/02/2027')).toMatchObject({ error: expect.stringContaining('có 28 ngày') });
    expect(parseTypedDate('03/13/2026')).toMatchObject({ error: expect.stringContaining('Không có tháng 13') });
    expect(parseTypedDate('2026-12-03')).toMatchObject({ error: expect.stringContaining('ngày/tháng/năm') });
    expect(parseTypedDate('03/12/26')).toMatchObject({ error: expect.stringContaining('ngày/tháng/năm') });
  });
});

describe('Vietnam time', () => {
  test('today is the date in Asia/Ho_Chi_Minh (UTC+7), whatever the device says', () => {
    expect(todayInVietnam(Date.parse('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(todayInVietnam(Date.parse('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  test('a meeting at 14:00 is 07:00 UTC; at 06:00 on 01/01 it is the day before in UTC', () => {
    expect(vietnamInstant('2026-12-03', '14:00').toISOString()).toBe('2026-12-03T07:00:00.000Z');
    expect(vietnamInstant('2027-01-01', '06:00').toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  test('weekdays in Vietnamese', () => {
    expect(weekday('2026-12-03')).toBe('Thứ Năm');
    expect(weekday('2026-12-06')).toBe('Chủ nhật');
    expect(longDate('2026-03-03')).toBe('Thứ Ba, 03/3/2026');
  });
});
