/**
 * Calendar dates for the planner, as "yyyy-mm-dd" strings. Every sum is made on calendar dates in UTC
 * arithmetic, never on the local time of the device, so a plan gives the same dates on every phone.
 * Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975: "today" and a meeting's start
 * time are turned into instants with that one offset.
 */
import { formatDate } from '../text';

/** A calendar date written yyyy-mm-dd. */
export type IsoDate = string;

/** Minutes Vietnam time is ahead of UTC (Asia/Ho_Chi_Minh, no daylight saving). */
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The date of a UTC time value, yyyy-mm-dd. */
function isoOfTime(time: number): IsoDate {
  const d = new Date(time);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Year, month (1–12) and day of a date that exists; undefined otherwise. */
export function dateParts(iso: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `iso` is a date that exists. */
export function isDate(iso: string): boolean {
  return dateParts(iso) !== undefined;
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The UTC time value of a date's midnight; throws on a date that does not exist. */
function timeOf(iso: IsoDate): number {
  const p = dateParts(iso);
  if (!p) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return Date.UTC(p.year, p.month - 1, p.day);
}

/** The date `days` after `iso` (before it when negative), across months and years. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOfTime(timeOf(iso) + days * DAY_MS);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((timeOf(to) - timeOf(from)) / DAY_MS);
}

/** Day `day` of a month, or the month's last day when it has fewer (31 → 30/4, 29/02 in a common year → 28/02). */
export function dayOfMonth(year: number, month: number, day: number): IsoDate {
  // Date.UTC carries months beyond December into the next year.
  const first = new Date(Date.UTC(year, month - 1, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth() + 1;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** The same day `months` later (earlier when negative), kept within the month: 31/01 + 1 → 28/02 or 29/02. */
export function addMonths(iso: IsoDate, months: number, day?: number): IsoDate {
  const p = dateParts(iso);
  if (!p) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return dayOfMonth(p.year, p.month + months, day ?? p.day);
}

/** Vietnamese names of the days of the week, Sunday first (as Date.getUTCDay counts). */
const weekdays = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The day of the week: "Thứ Năm". */
export function weekday(iso: IsoDate): string {
  return weekdays[new Date(timeOf(iso)).getUTCDay()];
}

/** "Thứ Năm, 03/12/2026": the day of the week and the date as Party papers write it. */
export function longDate(iso: IsoDate): string {
  return `${weekday(iso)}, ${formatDate(iso)}`;
}

/** Today's date in Vietnam, whatever the device's time zone. */
export function todayInVietnam(now: number = Date.now()): IsoDate {
  return isoOfTime(now + VIETNAM_OFFSET_MINUTES * 60_000);
}

/** The instant a Vietnam wall-clock time ("14:00") on a date is. */
export function vietnamInstant(iso: IsoDate, time: string): Date {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : 0;
  return new Date(timeOf(iso) + (minutes - VIETNAM_OFFSET_MINUTES) * 60_000);
}

/** Why a typed date was refused, in words for the person who typed it. */
export type DateProblem = { error: string };

/**
 * A date typed as Vietnamese write it, day first: "03/12/2026", "3/12/2026", "03-12-2026",
 * "03.12.2026" or "03122026". Gives the date, or what is wrong with it in Vietnamese.
 */
export function parseTypedDate(text: string): { iso: IsoDate } | DateProblem {
  const typed = text.trim();
  const match = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(typed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(typed);
  if (!match) return { error: 'Hãy ghi ngày theo thứ tự ngày/tháng/năm, ví dụ 03/12/2026.' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2100) return { error: `Năm ${year} không hợp lệ: hãy ghi năm có bốn chữ số, ví dụ 2026.` };
  if (month < 1 || month > 12) return { error: `Không có tháng ${month}: tháng là số từ 1 đến 12.` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { error: `Không có ngày ${day}/${month}/${year}: tháng ${month} năm ${year} có ${last} ngày.` };
  return { iso: `${year}-${pad(month)}-${pad(day)}` };
}
