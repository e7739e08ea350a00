/**
 * Checks what a person typed before a file is made: numbers of people that cannot be, dates and
 * times that do not exist. Messages are Vietnamese and name the numbers involved. Pure.
 */
import type { FieldInput } from './fields';
import { parseDate, parseTime, type FormValues } from './values';

/** A problem with one field, shown beside it. */
export interface FieldError {
  field: string;
  message: string;
}

/** Largest number of members a count accepts; more is surely a typing slip. */
export const MAX_COUNT = 9999;

/** A count as typed: a whole number, empty, or a reason it is not one. */
export function parseCount(raw: string | undefined): { value?: number; error?: string } {
  const text = (raw ?? '').normalize('NFKC').trim();
  if (text === '') return {};
  if (/^[-−–]\s*\d+([.,]\d+)?$/u.test(text)) return { error: 'Số người không được là số âm.' };
  if (!/^\d+$/.test(text)) return { error: 'Hãy nhập một số nguyên, ví dụ 25.' };
  const value = Number(text);
  if (value > MAX_COUNT) return { error: `Số quá lớn (tối đa ${MAX_COUNT}).` };
  return { value };
}

/** The quarter a year plan's month field belongs to ("thang-quy-2" → 2), or undefined. */
const quarterOf = (field: string): number | undefined => {
  const match = /^thang-quy-([1-4])$/.exec(field);
  return match ? Number(match[1]) : undefined;
};

/** The quarters in Roman numerals, for messages. */
const ROMAN = ['I', 'II', 'III', 'IV'];

/** A problem with a number that is not a count of people: a paper's number, a year, a month of a quarter. */
function numberError(field: string, input: 'number' | 'year' | 'month', raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return undefined;
  if (input === 'number') return /^\d{1,4}$/.test(text) ? undefined : 'Số văn bản chỉ gồm chữ số, ví dụ 05.';
  if (input === 'year') {
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    return year >= 2000 && year <= 2100 ? undefined : 'Hãy nhập năm có bốn chữ số, ví dụ 2027.';
  }
  const month = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (!(month >= 1 && month <= 12)) return 'Hãy nhập tháng từ 1 đến 12.';
  const quarter = quarterOf(field);
  if (quarter && Math.ceil(month / 3) !== quarter) {
    return `Tháng ${month} không thuộc quý ${ROMAN[quarter - 1]} (tháng ${3 * quarter - 2}–${3 * quarter}).`;
  }
  return undefined;
}

/**
 * Validates the values of the fields a form shows (`inputs`: field id → kind of control).
 * Returns one error per field at most, in the form's order.
 */
export function validateValues(values: FormValues, inputs: Readonly<Record<string, FieldInput>>): FieldError[] {
  const errors = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [field, input] of Object.entries(inputs)) {
    const raw = values[field];
    if (input === 'count') {
      const parsed = parseCount(raw);
      if (parsed.error) errors.set(field, parsed.error);
      else if (parsed.value !== undefined) counts.set(field, parsed.value);
    } else if (input === 'date' && raw?.trim() && !parseDate(raw)) {
      errors.set(field, 'Ngày không có thật; hãy chọn lại ngày (ngày/tháng/năm).');
    } else if (input === 'time' && raw?.trim() && !parseTime(raw)) {
      errors.set(field, 'Giờ không hợp lệ; hãy nhập giờ và phút, ví dụ 14:00.');
    } else if (input === 'number' || input === 'year' || input === 'month') {
      const error = numberError(field, input, raw ?? '');
      if (error) errors.set(field, error);
    }
  }

  const set = (field: string, message: string): void => {
    if (!errors.has(field)) errors.set(field, message);
  };
  const total = counts.get('tong-so');
  if (total !== undefined) {
    const parts: [string, string][] = [
      ['chinh-thuc', 'Số đảng viên chính thức'],
      ['du-bi', 'Số đảng viên dự bị'],
      ['mien', 'Số đảng viên được miễn sinh hoạt'],
      ['co-mat', 'Số đảng viên có mặt'],
      ['vang-co-ly-do', 'Số vắng mặt có lý do'],
      ['vang-khong-ly-do', 'Số vắng mặt không có lý do'],
    ];
    for (const [field, label] of parts) {
      const n = counts.get(field);
      if (n !== undefined && n > total) set(field, `${label} (${n}) lớn hơn tổng số đảng viên (${total}).`);
    }

    // Only what must hold is checked: an excused member may still attend, so excused members are not
    // added in, and the counts need not add up to the total (members on temporary leave, say).
    const attendance = ['co-mat', 'vang-co-ly-do', 'vang-khong-ly-do'].filter((f) => counts.has(f));
    const sum = attendance.reduce((acc, f) => acc + (counts.get(f) ?? 0), 0);
    const target = attendance.includes('co-mat') ? 'co-mat' : attendance[attendance.length - 1];
    if (target && sum > total) {
      set(target, `Có mặt và vắng mặt cộng lại là ${sum}, nhiều hơn tổng số đảng viên (${total}).`);
    }
  }

  // Members present, split into full and probationary: neither part exceeds its kind, nor both the present.
  const presentParts: [string, string, string][] = [
    ['co-mat-chinh-thuc', 'chinh-thuc', 'Số đảng viên chính thức có mặt'],
    ['co-mat-du-bi', 'du-bi', 'Số đảng viên dự bị có mặt'],
  ];
  for (const [field, of, label] of presentParts) {
    const n = counts.get(field);
    const most = counts.get(of);
    if (n !== undefined && most !== undefined && n > most) set(field, `${label} (${n}) lớn hơn số đảng viên ${of === 'du-bi' ? 'dự bị' : 'chính thức'} của chi bộ (${most}).`);
  }
  const present = counts.get('co-mat');
  const split = (counts.get('co-mat-chinh-thuc') ?? 0) + (counts.get('co-mat-du-bi') ?? 0);
  if (present !== undefined && split > present) {
    set(counts.has('co-mat-du-bi') ? 'co-mat-du-bi' : 'co-mat-chinh-thuc', `Chính thức và dự bị có mặt cộng lại là ${split}, nhiều hơn số đảng viên có mặt (${present}).`);
  }

  return Object.keys(inputs)
    .filter((field) => errors.has(field))
    .map((field) => ({ field, message: errors.get(field) as string }));
}
