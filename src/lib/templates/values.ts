/**
 * What a person typed, made fit for a document: NFC text without characters XML cannot hold, and
 * the formats Party papers use for dates, times and the header. Pure; runs in the browser too.
 */
import type { TemplateField } from '../../schemas/template';
import type { PaperValue } from './layout';

/** Values of the form by control name (field ids, plus "chuyen-de-khac"). */
export type FormValues = Record<string, string>;

/**
 * Which part of a field a value shows: of a date, its day, month or year; of a time, its hour or
 * minute, or the clock time some minutes later ("clock", with the value's `at`); of the upper
 * body or the cell, the header's capitals.
 */
export type ValuePart = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'clock' | 'header';

/** A short blank written by hand ("ngày …… tháng"). */
export const BLANK = '……';

// Characters XML 1.0 cannot carry: C0 controls other than tab and newline, lone surrogates, U+FFFE/F.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC, line ends as "\n", no characters XML cannot hold, no blanks at either end. */
export function cleanText(value: string | undefined): string {
  if (!value) return '';
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(NOT_XML, '')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** A yyyy-mm-dd date that exists, as numbers; undefined otherwise. */
export function parseDate(value: string | undefined): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** An hh:mm time, as numbers; undefined otherwise. */
export function parseTime(value: string | undefined): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Upper party body or cell name for the header: the word "Đảng bộ" / "Chi bộ" added when the
 * person left it out, then capitals ("xã Nghi Tân" → "ĐẢNG BỘ XÃ NGHI TÂN").
 */
export function headerName(field: 'dang-bo' | 'chi-bo', value: string): string {
  const text = cleanText(value).replace(/\s+/g, ' ');
  if (!text) return '';
  const named = field === 'dang-bo' ? /^(đảng bộ|đảng ủy|đảng uỷ)(\s|$)/iu : /^chi bộ(\s|$)/iu;
  const full = named.test(text) ? text : `${field === 'dang-bo' ? 'Đảng bộ' : 'Chi bộ'} ${text}`;
  return full.toLocaleUpperCase('vi');
}

/** "14h05": the clock time `at` minutes after `time`, as agendas write it; the day wraps at midnight. */
export function clockTime(time: { hour: number; minute: number }, at = 0): string {
  const total = (time.hour * 60 + time.minute + at) % (24 * 60);
  return `${Math.floor(total / 60)}h${pad(total % 60)}`;
}

/**
 * The text a field shows in the document, or "" when it is left blank. `part` says which part of a
 * date or time (any date or time field), `at` the minutes after a time for a "clock" part.
 */
export function fieldText(values: FormValues, field: TemplateField | '_', part?: ValuePart, at?: number): string {
  if (field === '_') return '';
  if (part === 'day' || part === 'month' || part === 'year') {
    const date = parseDate(values[field]);
    if (!date) return '';
    // 36-HD/VPTW writes days below 10 and the months 1 and 2 with a leading zero.
    if (part === 'day') return pad(date.day);
    if (part === 'month') return date.month < 3 ? pad(date.month) : String(date.month);
    return String(date.year);
  }
  if (part === 'hour' || part === 'minute' || part === 'clock') {
    const time = parseTime(values[field]);
    if (!time) return '';
    if (part === 'hour') return String(time.hour);
    if (part === 'minute') return pad(time.minute);
    return clockTime(time, at);
  }
  if (field === 'chuyen-de') return cleanText(values['chuyen-de-khac']) || cleanText(values['chuyen-de']);
  if (part === 'header' && (field === 'dang-bo' || field === 'chi-bo')) return headerName(field, values[field] ?? '');
  return cleanText(values[field]);
}

/** Every value cleaned, so a stored or downloaded copy holds only what a document can. */
export function cleanValues(values: FormValues): FormValues {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key, value]) => typeof key === 'string' && typeof value === 'string')
      .map(([key, value]) => [key, cleanText(value)])
      .filter(([, value]) => value !== ''),
  );
}

/** What a value on the paper shows: the Word builder, the preview (at build time and as the person types) and the plain text all follow this. */
export interface ShownValue {
  /** The typed text, or the blank; "" for a dotted line to the margin. */
  text: string;
  /** True when something was typed. */
  filled: boolean;
  /** True when the value is an empty blank that runs to the margin. */
  leader: boolean;
}

/** What one value shows: the typed text, else a dotted line to the margin at a line's end, else its blank. */
export function shownValue(value: PaperValue, values: FormValues): ShownValue {
  const typed = fieldText(values, value.f, value.p, value.at);
  if (typed) return { text: typed, filled: true, leader: false };
  if (value.end) return { text: '', filled: false, leader: true };
  return { text: value.blank ?? BLANK, filled: false, leader: false };
}
