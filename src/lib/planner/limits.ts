/**
 * What a plan file is and what its text may hold, in one place, free of the schema library so the
 * page's own script can use it: the saved and exported plan's schema
 * (src/schemas/plan.ts) refuses what breaks these rules, and the page's form checks the same rules
 * beside each field, so a plan the page saves is always one it can read back and import.
 */

/** The longest text, in characters, of each kind of field. */
export const TEXT_LIMITS = {
  /** Upper party body, cell, place name, a person's name. */
  name: 160,
  /** The meeting's place. */
  place: 300,
  /** The thematic meeting's topic. */
  topic: 600,
  /** The self-review's notes. */
  note: 4000,
} as const;

/** What a plan file says it is, so that another JSON file is told apart. */
export const PLAN_FORMAT = 'so-tay-chi-bo/ke-hoach';
/** The version of the plan's shape; another version is refused with a message. */
export const PLAN_VERSION = 1;

/** Every plan id starts so ("kh-m1x2y3"), apart from the storage area's other keys. */
export const PLAN_ID_PREFIX = 'kh-';

/** The largest plan file the page reads, in bytes. */
export const MAX_FILE_BYTES = 256 * 1024;

/** The most days a person may set for a task, and the most minutes for an item. */
export const MAX_DAYS = 90;
export const MAX_MINUTES = 300;

// A tag or a comment: "<b>", "</p>", "<!--", "<?xml". A lone "<" in words ("< 5") is not markup.
const MARKUP = /<[a-zA-Z!/?]/;
// C0 controls other than tab and line feed, DEL and C1 controls, lone surrogates.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a field's text, in Vietnamese, or undefined when it is fine. */
export function textProblem(value: string, max: number, multiline = false): string | undefined {
  if (value.length > max) return `dài ${value.length} ký tự, quá ${max} ký tự cho phép`;
  if (CONTROL.test(value) || (!multiline && /[\n\r\t]/.test(value))) return 'có ký tự điều khiển hoặc xuống dòng không dùng được ở đây';
  if (MARKUP.test(value)) return 'có mã HTML (như <b> hay <script>), không dùng được trong kế hoạch';
  if (value !== value.normalize('NFC')) return 'chữ có dấu chưa ở dạng chuẩn (NFC): dấu bị tách khỏi chữ';
  return undefined;
}
